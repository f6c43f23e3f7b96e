/**
 * Scenarios: a reader writes one word with a hyphen ("front-runner") that the tokenizer cuts in two,
 * where the story says it by a synonym of the whole word ("favourite"), which neither half has. On a
 * story written for these tests (test/fixtures/leader-race), which never says "front" or "runner".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const race = (await loadEngine(new URL('../fixtures/leader-race', import.meta.url).pathname)).engine;

describe('a hyphened word WordNet lists whole', () => {
  it('is said by its synonym', () => {
    const answer = race.ask('who is the front-runner?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/Tom Okafor/);
  });

  it("finds the synonym's sentence beside the question's other words", () => {
    expect(race.ask('who is the front-runner to replace hale?').passages[0]?.text).toMatch(
      /The clear favourite to succeed her/,
    );
  });

  it('does not answer what the story does not say', () => {
    expect(race.ask('what is her long-term plan?').answered).toBe(false);
  });
});
