/**
 * "How big" is asked of amounts, and an amount of money says it. On a story written for this test
 * (test/fixtures/amount-size), main showed the "bonus of £275" sentence as the closest passage for "how
 * big is the staff bonus?" yet refused: "big" counted as a word the passage lacks, though "£275" is how
 * a story writes how big a bonus is.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/amount-size', import.meta.url).pathname);

describe('an amount of money says how big an amount is', () => {
  it('"how big is the staff bonus?" → £275', () => {
    const answer = engine.ask('how big is the staff bonus?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('£275');
  });
});
