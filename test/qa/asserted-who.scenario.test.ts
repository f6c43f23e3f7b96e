/**
 * A who-question that does not deny its verb is not answered by a sentence that denies it: "who will
 * attend the opening?" of "The mayor, Sara Holm, cannot attend the opening…" names the one person the
 * reader did not ask for, as "who won't sign?" is not answered with the signatories
 * (negated-question.scenario.test.ts). On stories written for these tests (test/fixtures/attending,
 * court-case).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const library = (await loadEngine(new URL('../fixtures/attending', import.meta.url).pathname)).engine;
const court = (await loadEngine(new URL('../fixtures/court-case', import.meta.url).pathname)).engine;

describe('a positive who-question of a sentence saying who will not', () => {
  it.each(['who will attend the opening?', 'who is going to the opening?'])(
    '"%s" is not answered with the mayor who cannot attend',
    (question) => {
      const answer = library.ask(question);
      expect(answer.answer?.text ?? '').not.toContain('Sara Holm');
      expect(answer.answered, answer.answer?.text).toBe(false);
    },
  );

  it('"who was charged?" is not answered with the wife "who was not charged"', () => {
    const answer = court.ask('who was charged?');
    expect(answer.answer?.text ?? '').not.toContain('Claire Hollis');
    expect(answer.answered, answer.answer?.text).toBe(false);
  });

  it('the negated questions are still answered by those sentences', () => {
    expect(library.ask('who cannot attend the opening?').answer?.text).toBe('Sara Holm');
    expect(court.ask('who was not charged?').answer?.text).toBe('Claire Hollis');
  });

  it('a sentence saying who will attend answers, beside one saying who cannot', () => {
    const text = [
      'New Brookfield library opens on Saturday',
      'The new Brookfield library will open on Saturday after two years of building work.',
      'The mayor, Sara Holm, cannot attend the opening because she is abroad on council business.',
      'The author Peter Lindqvist will attend the opening and cut the ribbon at 10am.',
    ].join('\n\n');
    const engine = new Engine([parseArticle('library.txt', text)]);
    expect(engine.ask('who will attend the opening?').answer?.text).toBe('Peter Lindqvist');
  });
});
