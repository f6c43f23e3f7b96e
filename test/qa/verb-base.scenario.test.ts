/**
 * A verb asked in its dictionary form ("did the club win", "did the council sell") is read in every form
 * the story may write it ("won", "sold"), so that of two counts of the asked thing the one in the clause
 * saying it answers (`clauseSays` in question-verb.ts): its base was taken from compromise's guesses for
 * the word read as a past tense ("win" → "wy", "sell" → "sall"), whose forms the story never writes. On a
 * story written for this test (test/fixtures/regatta).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/regatta', import.meta.url).pathname);

describe('the count in the clause saying the verb asked in its dictionary form', () => {
  it.each([
    ['how many races did the club win?', /^11$/],
    ['how many races did they win', /^11$/],
    ['how many tickets did the council sell', /^250$/],
  ])('"%s"', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
  });
});
