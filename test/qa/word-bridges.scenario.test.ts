/**
 * Readers ask with another word than the story's. "Was anyone injured?" of a story saying "nobody was
 * hurt": read as adjectives, "hurt" is one of the satellites WordNet groups under the head "injured"
 * (similar-to), which a yes/no question reads as a synonym in a common sense of both words
 * (wordnet.ts `sharedSynonyms`). The two verbs share only rare senses, so main found no passage at all.
 * Story written for these tests (test/fixtures/word-bridges).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/word-bridges', import.meta.url).pathname);

const HURT = /nobody was hurt\.$/u;

describe('an adjective meets its head or satellite in a yes/no question', () => {
  it('"was anyone injured?" → the "nobody was hurt" sentence', () => {
    const answer = engine.ask('was anyone injured?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(HURT);
  });

  it('"anyone injured" → the same sentence, with no verb to lean on', () => {
    expect(engine.ask('anyone injured').passages[0]?.text).toMatch(HURT);
  });
});
