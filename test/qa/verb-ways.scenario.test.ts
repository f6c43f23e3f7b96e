/**
 * Scenarios: a reader asks with a general verb the story says more precisely. "How many bikes were
 * stolen?" of "thieves pilfered 14 bicycles", "why did the commuters complain?" of "commuters
 * protested…", "when will the shed be built again?" of "would be rebuilt … by the end of March". And a
 * story's "thieves" stays the noun it is. Own small story (test/fixtures/verb-ways).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/verb-ways', import.meta.url).pathname);

describe('a verb the story says only by a way of doing it', () => {
  it('"how many bikes were stolen?" counts the 14 bicycles pilfered', () => {
    const answer = engine.ask('how many bikes were stolen?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/^14\b/);
  });

  it('"why did the commuters complain?" gives what they protested about', () => {
    const answer = engine.ask('why did the commuters complain?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/ignored warnings/);
  });

  it('"when will the shed be built again?" is the rebuilding\'s date', () => {
    const answer = engine.ask('when will the shed be built again?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/March/);
  });

  it('"who stole the bikes?" names no one the sentence only attributes: "thieves" is no way of stealing', () => {
    const answer = engine.ask('who stole the bikes?');
    expect(answer.answer?.text ?? '').not.toMatch(/Police/);
  });
});
