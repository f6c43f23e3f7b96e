/**
 * Scenarios: short answers that gave a piece of the wrong thing. "Where is production moving to?"
 * bolded the day of the move ("on Monday", a date written with a capital, read as a destination's
 * name); "who did the newly signed striker thank?" read "signed" as the question's verb, so the
 * striker himself, the subject of "thanked", stayed an answer; "who bought the castle hotel?" cut the
 * buyer's name at the question's word ("Leisure Group" of "Castle Leisure Group"). On a story written
 * for these tests (test/fixtures/short-pieces): 17c3899 answered "Monday", "Reid" and "Leisure Group".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/short-pieces', import.meta.url).pathname);

const shortAnswer = (question: string) => {
  const answer = engine.ask(question);
  expect(answer.answered).toBe(true);
  return answer.answer?.text;
};

describe('where a move goes is a place, not the day it happens', () => {
  it.each(['where is production moving to?', 'where will the bakery move?'])('"%s"', (question) => {
    expect(engine.ask(question).passages[0]?.text).toMatch(/^Crumbwell Bakes/u);
    expect(shortAnswer(question)).toBe('larger plant');
  });
});

describe('the words before the verb of "who did … thank?" are its subject, whatever their form', () => {
  it.each(['who did the newly signed striker thank?', 'who did the new signing thank?'])(
    '"%s" is the manager he thanked, not the striker',
    (question) => {
      expect(shortAnswer(question)).toBe('Sunita Patel');
    },
  );
});

describe('a name the tagger found is answered whole', () => {
  it.each(['who bought the castle hotel?', 'who bought the old castle hotel?'])('"%s"', (question) => {
    expect(shortAnswer(question)).toBe('Castle Leisure Group');
  });
});
