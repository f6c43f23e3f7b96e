/**
 * "How many jobs will go?" of "The mill employs 52 permanent staff, all of whom are expected to lose
 * their jobs": the story counts the people, and the asked things are theirs, one each. Main refused
 * such a question at confidence 0 (`noCountOfAsked`: no number counts jobs); the count of those the
 * things belong to by "their" is now weighed, not refused (`ownedByThem` in src/qa/counted-noun.ts).
 * Stories written for these tests (test/fixtures/their-count), asked as one folder and each alone.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const folder = new URL('../fixtures/their-count', import.meta.url).pathname;
const { engine } = await loadEngine(folder);
const alone = async (name: string) =>
  (await loadEngine(new URL(`../fixtures/their-count/${name}`, import.meta.url).pathname)).engine;
const stories = {
  mill: await alone('mill-closure'),
  flood: await alone('river-flood'),
  cup: await alone('cup-match'),
};

describe('a count of those the asked things belong to answers how many', () => {
  it.each([
    ['mill', 'how many jobs will be lost', /^52\b/],
    ['flood', 'how many homes got flooded', /^Thirty\b/],
    ['cup', 'how many tickets were cancelled?', /^(?:More than )?400\b/],
  ] as const)('%s: "%s"', (name, question, expected) => {
    for (const asked of [stories[name], engine]) {
      const answer = asked.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer?.text ?? '').toMatch(expected);
    }
  });
});

describe('other people, or one thing shared, are still no count of what was asked', () => {
  it.each([
    // The six are pupils; their teachers are others.
    ['flood', 'how many teachers were praised?'],
    // Three people in one car.
    ['flood', 'how many cars were swept off the road'],
  ] as const)('%s: "%s" is refused', (name, question) => {
    expect(stories[name].ask(question).answered).toBe(false);
  });
});
