/**
 * Scenarios: a reader's wording read as what it asks, on a story written for this test
 * (test/fixtures/natural-readings). "How short was the film?" asks a length of time as "how long" does,
 * and "how numerous were the protesters?" a count as "how many" does (WordNet: "short" and "long",
 * "numerous" and "many" are values of one attribute); a formation written in figures ("2-1-1") is no
 * date, whatever the tagger makes of it.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/natural-readings', import.meta.url).pathname);

describe('an adjective asking the measure its antonym or its head asks', () => {
  it('"how short was the film?" → 52 minutes, not how long the filming took', () => {
    expect(engine.ask('how short was the film?').answer?.text).toBe('52 minutes');
  });

  it('"how numerous were the protesters?" → 300, as "how many" would be', () => {
    const answer = engine.ask('how numerous were the protesters?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('300');
  });
});

describe('a formation in figures is a formation, not a date', () => {
  it('"what formation did the lifeboat crew play?" → 2-1-1', () => {
    expect(engine.ask('what formation did the lifeboat crew play?').answer?.text).toBe('2-1-1');
  });

  it('"when did the lifeboat crew win?" is not answered with the formation', () => {
    expect(engine.ask('when did the lifeboat crew win?').answer?.text).not.toBe('2-1-1');
  });
});
