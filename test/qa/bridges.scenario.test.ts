/**
 * Readers ask with another word than the story's: "biggest" where it says "largest" (wordnet.ts
 * `sameDegreeSynonyms`). On stories written for these tests (test/fixtures/bridges), main put the
 * "smallest sponsor" sentence first for "which sponsor is the biggest?".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/bridges', import.meta.url).pathname);

describe('a superlative meets its synonym in the same degree', () => {
  it('"which sponsor is the biggest?" → the "largest sponsor" sentence, not the "smallest" one', () => {
    const answer = engine.ask('which sponsor is the biggest?');
    expect(answer.passages[0]?.text).toMatch(/^Its largest sponsor, the Tarn Building Society/u);
    // Its short answer is the name, not the question's own words read back ("Its largest sponsor").
    expect(answer.answer?.text).toBe('Tarn Building Society');
  });

  it('"who is the biggest sponsor?" → Tarn Building Society', () => {
    const answer = engine.ask('who is the biggest sponsor?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Tarn Building Society');
  });
});
