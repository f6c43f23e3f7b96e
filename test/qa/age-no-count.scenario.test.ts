/**
 * Scenarios: a number the story says is someone's age ("by the age of five", "aged 12", "Leo Marsh,
 * 11,") counts no one, so it does not answer "how many…?". On 6364121 "how many ran?" of a race report
 * bolded "five" of "…had started running by the age of five" at 0.93, and "how many were hurt?" the
 * "eight" of "a boy aged eight" at high confidence. Own small stories.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const RACE = new Engine([
  parseArticle(
    'fun-run.txt',
    [
      'Amina Yusuf wins Riverside 10K',
      "Amina Yusuf won the women's race at the Riverside 10K on Sunday in warm sunshine.",
      "Tom Hale won the men's wheelchair race in 22 minutes.",
      'First aid teams treated 85 people, mostly for blisters and sprains.',
      'Organiser Jane Marsh, who has run the race since it began, said most of the children in the fun run had started running by the age of five.',
    ].join('\n\n') + '\n',
  ),
]);

const CRASH = new Engine([
  parseArticle(
    'crash.txt',
    [
      'Bus and lorry collide on ring road',
      'A bus and a lorry collided on the Penford ring road on Tuesday morning.',
      'Police said a boy aged eight was hurt when the bus braked.',
      'Three passengers were taken to hospital with minor injuries.',
    ].join('\n\n') + '\n',
  ),
]);

describe('an age counts no one', () => {
  it('"how many ran" is not answered with the age of "by the age of five", which "by what age" still reads', () => {
    expect(RACE.ask('how many ran').answer?.text ?? null).not.toBe('five');
    expect(RACE.ask('by what age had the children started running?').answer?.text).toMatch(/five/u);
  });

  it('"how many were hurt?" is not answered with the "eight" of "a boy aged eight"; a count beside it still is', () => {
    expect(CRASH.ask('how many were hurt?').answer?.text ?? null).not.toBe('eight');
    expect(CRASH.ask('how many passengers were taken to hospital?').answer?.text).toMatch(/^Three/u);
  });
});
