/**
 * "Where was the auction?" asks where the auction happened. "The buyer, a collector from Glasgow" says
 * where the buyer comes from, which answers "where is the collector from?" but not where the sale was
 * (`home-place.ts`). On a story written for these tests (test/fixtures/home-place).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/home-place', import.meta.url).pathname);

describe("a person's home town is not where the asked event happened", () => {
  it.each(['where was the auction', 'where was the auction held', 'where did the auction take place'])(
    '"%s" → the Corn Exchange, not the buyer\'s Glasgow',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer?.text).toBe('Corn Exchange');
      expect(answer.passages[0]?.text).toMatch(/^The auction took place at the Corn Exchange/);
    },
  );

  it.each([
    ['where is the collector from?', 'Glasgow'],
    ['where did the buyer bid from', 'Glasgow'],
    ['where is daniel hollis from', 'Bristol'],
  ])(
    'asked where someone is from, "%s" → %s, while the auction is at the Corn Exchange',
    (question, place) => {
      expect(engine.ask(question).answer?.text).toBe(place);
      expect(engine.ask('where was the auction?').answer?.text).toBe('Corn Exchange');
    },
  );
});
