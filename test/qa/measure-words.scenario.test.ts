/**
 * Scenarios: a reader asks for a measure with an adjective the story does not use ("how heavy was the
 * hedgehog?" of "weighed just 300g", "how far down was Rosie?" of "30m below the top of the cliff"), or
 * one the engine does not list ("how near", "how narrow"): WordNet names the attribute the adjective is a
 * value of (heavy → weight, far → distance, near → distance), and a number whose unit measures that
 * attribute answers, while a number of another of a thing's dimensions ("2 miles long" for "how wide")
 * does not. On a story written for this test (test/fixtures/measure-words).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/measure-words', import.meta.url).pathname);

describe('a measure asked with an adjective the story does not use', () => {
  it.each([
    ['how heavy was the hedgehog', '300g'],
    ['how heavy is the hedgehog?', '300g'],
    ['how far down was rosie', '30m'],
    ['how far did rosie fall?', '30m'],
    ['how tall is the cliff', '130m'],
    ['how far did the coastguards drive', '40 miles'],
  ])('"%s" → %s', (question, measure) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toContain(measure);
  });
});

describe('"how long" of a time and of a length', () => {
  it('"how long did the rescue last" → three hours', () => {
    expect(engine.ask('how long did the rescue last').answer?.text).toBe('three hours');
  });

  it('"how long is the coastal path" → 2 miles', () => {
    expect(engine.ask('how long is the coastal path').answer?.text).toContain('2 miles');
  });
});

describe('an adjective the engine does not list is read by its WordNet attribute', () => {
  it('"how near is exeter" asks a distance, as "how far" does → 40 miles', () => {
    const answer = engine.ask('how near is exeter');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('40 miles');
  });
});

describe('a number of another kind of measure is not taken', () => {
  it('"how wide is the coastal path" is not answered by how long it is', () => {
    const answer = engine.ask('how wide is the coastal path');
    expect(answer.answer?.text ?? '').not.toContain('2 miles');
    expect(answer.answered).toBe(false);
  });

  it('"how heavy was rosie" is refused: her age, how far down she was and her speed are no weight', () => {
    expect(engine.ask('how heavy was rosie').answered).toBe(false);
  });
});
