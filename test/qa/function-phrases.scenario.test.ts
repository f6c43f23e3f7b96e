/**
 * Scenarios: a word of a complex preposition ("due to") or of "be able to" links or grades, as a
 * function word does (`function-phrases.ts`), and "ever" only stresses: a story that never writes
 * them still answers from the passage holding the question's other words. On a story written for these
 * tests (test/fixtures/pool-closure).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const pool = (await loadEngine(new URL('../fixtures/pool-closure', import.meta.url).pathname)).engine;

describe('a function-word phrase the story does not use', () => {
  it.each([
    'where will members be able to go swimming while it is shut?',
    'where will members be able to swim meanwhile?',
  ])('"%s" is answered with Marston Academy', (question) => {
    const answer = pool.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Marston Academy');
  });

  it('"how much is the bill for the repairs due to the cracks?" is answered with £180,000', () => {
    const answer = pool.ask('how much is the bill for the repairs due to the cracks?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('£180,000');
  });

  it('"when was the pool ever busiest?" is answered from its record week', () => {
    const answer = pool.ask('when was the pool ever busiest?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^Last August 1,400 swimmers/);
  });

  it('"when is the pool due to reopen?" asks of a plan the story does not give, and is refused', () => {
    expect(pool.ask('when is the pool due to reopen?').answered).toBe(false);
  });
});
