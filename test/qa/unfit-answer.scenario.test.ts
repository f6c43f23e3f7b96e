/**
 * Scenarios: a short answer that cannot answer the question is not given in bold (nc55). A word that
 * only names the question's own thing ("part" for "the hardest bit"), a height for the size of a site,
 * what a verb of being says for a job asked, and a word of the wrong sentence when the question's
 * condition or container is answered by the sentence beside it. Own small story.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const orchard = story(
  'orchard.txt',
  'Village plants its own orchard',
  '14 March 2026',
  'Volunteers in Hexley have finished planting a 12-acre community orchard beside the old mill.',
  'The new fence around the orchard will be no more than 1.5 metres high, and the site will be open every day.',
  'Volunteer Dora Finch, 64, who dug almost every weekend for a year, said the hardest part had been the heavy clay in January.',
  // One paragraph: the container named, then what was inside it (a "newsletter" would read as page clutter).
  'As part of the open day, a tin box buried by the first volunteers in 1995 was dug up near the mill. Inside were a cricket ball, a copy of the parish magazine and a letter to the mayor.',
  '"If you turned up late you had to carry the buckets," Mrs Finch said. "I was never late once."',
  'Tom Reed, 80, is thought to be the oldest living member of the group.',
);

/** The bot's own line for "high" (`format/text.ts`). */
const HIGH = 0.8;

describe('a short answer that cannot answer the question', () => {
  it('"what was the hardest bit of the digging" is not answered "part"', () => {
    const answer = orchard.ask('what was the hardest bit of the digging');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').not.toBe('part');
    expect(answer.passages[0]?.text).toMatch(/heavy clay/);
    expect(answer.confidence).toBeLessThan(HIGH);
  });

  it('"how big is the site" is not answered with the fence\'s height', () => {
    const answer = orchard.ask('how big is the site');
    expect(answer.answer?.text ?? '').not.toMatch(/metres high/);
    expect(answer.confidence).toBeLessThan(HIGH);
  });

  it('"what did tom do for a living" (not said) gives no job and is not marked high', () => {
    const answer = orchard.ask('what did tom do for a living');
    expect(answer.answer).toBeNull();
    expect(answer.confidence).toBeLessThan(HIGH);
  });

  it('"what was in the tin box" is answered by the sentence after it, listing what was inside', () => {
    const answer = orchard.ask('what was in the tin box');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(
      'a cricket ball, a copy of the parish magazine and a letter to the mayor',
    );
    expect(answer.passages[0]?.text).toMatch(/^Inside were/);
  });

  it('"what happened if you were late" is answered by the condition\'s outcome, not "once"', () => {
    const answer = orchard.ask('what happened if you were late');
    expect(answer.answer?.text).toMatch(/carry the buckets/);
    expect(answer.passages[0]?.text).toMatch(/^"?If you turned up late/);
  });
});
