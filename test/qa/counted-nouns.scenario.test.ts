/**
 * A how-many question is answered by a count of what it asks about, and "how much is a ticket?" by a
 * price. On stories written for these tests (test/fixtures/counted-nouns, each asked alone), main
 * answered "how many people have diabetes?" with the "2" of "type 2 diabetes", "how many singers are in
 * the choir?" with their ages ("aged between 11 and 18"), "how many homes were flooded in Marston?"
 * with the 300 homes of four towns together, and "how much is a ticket?" with the day tickets go on
 * sale: `noCountOfAsked` and `asksPrice` in src/qa/slot.ts, `src/qa/counted-noun.ts`.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const story = async (name: string) =>
  (await loadEngine(new URL(`../fixtures/counted-nouns/${name}`, import.meta.url).pathname)).engine;

const stories = {
  dinners: await story('late-dinners'),
  choir: await story('choir-tour'),
  panto: await story('panto'),
  storm: await story('storm'),
};
const { panto } = stories;
const ferry = (await loadEngine(new URL('../fixtures/short-counts', import.meta.url).pathname)).engine;

describe('a count of something else is no answer to how many', () => {
  it.each([
    // The only number is a label: "type 2 diabetes" counts nothing.
    ['dinners', 'how many people have diabetes?'],
    ['dinners', 'how many people in norway have diabetes'],
    // The story lists the countries and gives no number of them.
    ['choir', 'how many countries will they sing in'],
    // Ages are no count of singers.
    ['choir', 'how many singers are in the choir?'],
    // 300 homes in four towns together are not Marston's.
    ['storm', 'how many homes were flooded in Marston?'],
  ] as const)('%s: "%s" is refused', (name, question) => {
    expect(stories[name].ask(question).answered).toBe(false);
  });

  it.each([
    ['choir', 'how many families founded the choir?', /^four\b/],
    ['panto', 'how many children are in the cast?', /^12\b/],
    // A kind of person counts people.
    ['panto', 'how many people saw aladdin?', /^18,000\b/],
    ['storm', 'how many homes were flooded?', /^300 homes$/],
    // A headline in title case: "Four" is a count there, not a word of a name.
    ['storm', 'how many towns were flooded', /^Four\b/],
  ] as const)('%s: "%s" is still answered with its count', (name, question, expected) => {
    const answer = stories[name].ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
  });
});

describe('"how much is a ticket?" asks a price', () => {
  it.each(['how much is a ticket?', 'how much are the tickets'])(
    '"%s" of a story with no price is refused',
    (q) => {
      expect(panto.ask(q).answered).toBe(false);
    },
  );

  it.each([
    ['how much are the tickets?', '£4.20'],
    ['how much is a child ticket?', '£1.50'],
  ])('"%s" of a story with prices → %s', (question, expected) => {
    const answer = ferry.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(expected);
  });
});
