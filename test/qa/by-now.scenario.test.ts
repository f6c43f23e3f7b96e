/**
 * Scenarios: "yet" and "already" ask whether something has happened by now ("has anyone been arrested
 * yet?"), which a story tells without them ("A man … was arrested on Friday"): they are no words to
 * look up (question.ts). A passage that dates its event by a year ("found … in 1998", of a painting
 * stolen this week) tells of another time, and gives no "Yes" (polarity.ts). Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const THEFT = parseArticle(
  'theft.txt',
  [
    'Painting stolen from village gallery',
    '',
    'A small oil painting has been stolen from the Harwick Gallery in a break-in on Tuesday night.',
    'The painting, a view of the harbour, was found in the attic of a farmhouse in 1998 and was given to the gallery by its owner.',
    'A 41-year-old man from Leeds was arrested on Thursday on suspicion of burglary and has been released on bail.',
    'The gallery will stay closed until Monday while police examine the building.',
    '',
  ].join('\n'),
);
const gallery = new Engine([THEFT]);

describe('"yet" and "already"', () => {
  it('"has anyone been arrested yet" is answered Yes from the arrest', () => {
    const answer = gallery.ask('has anyone been arrested yet');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('was arrested on Thursday');
    expect(answer.polarity).toBe('yes');
  });

  it('"has someone already been arrested?" is answered Yes from the arrest', () => {
    const answer = gallery.ask('has someone already been arrested?');
    expect(answer.passages[0]?.text).toContain('was arrested on Thursday');
    expect(answer.polarity).toBe('yes');
  });

  it('"has the painting been found yet" gets no Yes from its finding in 1998', () => {
    const answer = gallery.ask('has the painting been found yet');
    expect(answer.polarity).toBeUndefined();
  });

  it('"has the pier reopened yet" is Yes from "reopened in March 2026", the story\'s own year', () => {
    const pier = parseArticle(
      'pier.txt',
      [
        'Pier back open after storm repairs',
        '',
        'Harbour News, 12 March 2026',
        '',
        'The Victoria pier reopened in March 2026 after three months of storm repairs.',
        'The pier was first opened in 1899 and was last closed for repairs in 1987.',
        '',
      ].join('\n'),
    );
    const answer = new Engine([pier]).ask('has the pier reopened yet');
    expect(answer.passages[0]?.text).toContain('reopened in March 2026');
    expect(answer.polarity).toBe('yes');
  });
});
