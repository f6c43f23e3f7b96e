/**
 * Scenarios: a reader asks how high or deep something lies, which English gives as a length above or
 * below a level ("3.6 metres above its usual level", "12m beneath the surface"); asks "how low" of a
 * temperature, which WordNet's first sense of "low" reads as a degree, not a height; and asks a cost
 * given as millions of a currency ("3m euros"). On a story written for this test
 * (test/fixtures/measure-levels).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/measure-levels', import.meta.url).pathname);

describe('a height or a depth given above or below a level', () => {
  it.each([
    ['how high did the river peak', '3.6 metres'],
    ['how deep was the anchor?', '12m'],
  ])('"%s" → %s', (question, measure) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toContain(measure);
  });
});

describe('"how <adjective>" of a degree asks no measure', () => {
  it('"how low did temperatures fall" is not answered with the speed of the gusts', () => {
    expect(engine.ask('how low did temperatures fall').answer?.text ?? '').not.toContain('70km/h');
  });
});

describe('millions of a unit glued on as "m"', () => {
  it('"how much will the repairs cost?" → 3m euros, millions of a currency, not metres', () => {
    const answer = engine.ask('how much will the repairs cost?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('3m euros');
  });
});
