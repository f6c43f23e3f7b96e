/**
 * "How many people were hurt?" counts the people the story says were hurt ("Four workers were hurt"),
 * not the people of another clause of the same sentence ("…, which employs 210 people,"): of the
 * numbers that count the asked thing or a kind of it, the one in the clause saying the question's verb
 * (`withoutCountsOfAnother` in span-candidates.ts, `clauseSays` in question-verb.ts); and "38 of them" after "61
 * parking spaces" counts spaces too, so "how many parking spaces will they lose?" is 38. On stories
 * written for these tests (test/fixtures/factory-fire, test/fixtures/car-park).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/factory-fire', import.meta.url).pathname);
const { engine: carPark } = await loadEngine(new URL('../fixtures/car-park', import.meta.url).pathname);

describe('the number that counts what the question says was done', () => {
  it.each([
    ['how many people were hurt', /^Four\b/],
    ['how many people were injured?', /^Four\b/],
    ['how many were hurt', /^Four\b/],
    ['how many people does the factory employ?', /^210\b/],
  ])('"%s"', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
  });
});

describe('"38 of them" counts what the sentence counted before', () => {
  it.each([
    ['how many parking spaces will they lose', /^38$/],
    ['how many spaces will be lost?', /^38$/],
    ['how many parking spaces does the car park have?', /^61\b/],
  ])('"%s"', (question, expected) => {
    const answer = carPark.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
  });
});
