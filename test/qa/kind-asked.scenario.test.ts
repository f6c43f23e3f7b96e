/**
 * A short answer of the kind the question asks (session 53). nc52's newcomer test found three confident
 * answers of the wrong kind: a person for "which street is the box on?" (the chairman said "the most
 * useful thing on the street"), the length "1.2km" for "how high is the wall going to be?" (the same
 * sentence says "1.4 metres high"), and a date for "what time does the shop open?". On a story written
 * for this test (test/fixtures/kind-asked), main gave no street, the mural's length for its height and
 * "14 June" for a time of day.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/kind-asked', import.meta.url).pathname);

describe('the answer is of the kind asked', () => {
  it('"which street is the mural on" → the street the story names, not the councillor', () => {
    const answer = engine.ask('which street is the mural on');
    expect(answer.answer?.text).toBe('Foundry Street');
    expect(answer.passages[0]?.text).toMatch(/^The shop on Foundry Street/);
  });

  it('"how high is the mural" → "3 metres high", not its length "12m"', () => {
    expect(engine.ask('how high is the mural').answer?.text).toBe('3 metres high');
    expect(engine.ask('how tall is the mural?').answer?.text).toBe('3 metres high');
    expect(engine.ask('how long is the mural').answer?.text).toBe('12m');
  });

  it('"what time does the street party start" is refused: the story gives the day, no time', () => {
    expect(engine.ask('what time does the street party start').answered).toBe(false);
    expect(engine.ask('when is the street party').answer?.text).toBe('14 June');
  });
});
