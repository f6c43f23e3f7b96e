/**
 * Scenarios: an adverb that grades the adjective after it ("so high", "impressively big") says how
 * much, not what: a story that never writes it still answers the question from the passage holding its
 * other words (`degree.ts`). On a story written for these tests (test/fixtures/ferry-fares).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { parseQuestion } from '../../src/qa/question.js';

const ferry = (await loadEngine(new URL('../fixtures/ferry-fares', import.meta.url).pathname)).engine;

describe('a degree adverb the story does not use', () => {
  it('"why are the fares so high?" is answered from why Bayline raises them', () => {
    const answer = ferry.ask('why are the fares so high?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^Bayline said higher fuel costs/);
  });

  it('"how many cars will the impressively big new boat carry?" is answered with 40', () => {
    const answer = ferry.ask('how many cars will the impressively big new boat carry?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('40');
  });

  it('is left out of the words searched; one the story uses, or one grading no adjective, is kept', () => {
    const words = (question: string, known: (word: string) => boolean) =>
      parseQuestion(question, known).keywords.map((k) => k.word);
    expect(words('why is fuel so expensive?', () => false)).toEqual(['fuel', 'expensive']);
    expect(words('which game had a similarly amazing opening?', () => false)).toEqual([
      'game',
      'amazing',
      'opening',
    ]);
    expect(words('why is fuel so expensive?', () => true)).toEqual(['fuel', 'so', 'expensive']);
    // "again" grades nothing: it says the rise happens once more.
    expect(words('when does the price go up again?', () => false)).toContain('again');
    // "jokingly" says how they call it, before a verb: a word of what is asked ("nicknamed").
    expect(words('what do fans jokingly call the game?', () => false)).toContain('jokingly');
  });
});
