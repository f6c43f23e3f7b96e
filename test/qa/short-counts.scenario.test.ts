/**
 * Two numbers or amounts in one sentence, each tied to its own noun: "up to 140 passengers and 25
 * bicycles", "£4.20 for adults and £1.50 for children". The short answer is the one that counts or
 * prices the noun asked about (`countsQuestionWord` in answer-span.ts), not the one nearest the
 * question's other words. On a story written for these tests (test/fixtures/short-counts).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/short-counts', import.meta.url).pathname);

describe('the number that counts what was asked', () => {
  it.each([
    ['how many passengers can each boat carry?', /^140\b/],
    ['how many bicycles can each boat carry?', /^25\b/],
    ['how much does a child ticket cost?', /^£1\.50$/],
    ['how much does an adult ticket cost?', /^£4\.20$/],
    ['how much is a season pass?', /^£90$/],
  ])('"%s"', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
  });
});
