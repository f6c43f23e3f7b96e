/**
 * A how-many question whose noun the passage counts only by another of WordNet's names for it: "how
 * many lorries does the firm have?" of "It has 60 vehicles and is due to take delivery of the first of 8
 * new Volvo FH trucks next spring, which … than the lorries they replace". A lorry is a kind of vehicle
 * (`countsWider` in counted-noun.ts) and a truck its synonym: both count lorries, and the one "has"
 * takes as its object, as "have" ends the question, is the answer (`countsTakenBy` in count-object.ts),
 * not the number nearest the word "lorries". On a story written for these tests
 * (test/fixtures/short-wider).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/short-wider', import.meta.url).pathname);

describe('the count of a wider noun', () => {
  it.each([
    ['how many lorries does the firm have?', /^60\b/],
    ['how many lorries do they have', /^60\b/],
    ['how many trucks will they take delivery of?', /^8\b/],
    ['how many drivers does it employ?', /^140\b/],
  ])('"%s"', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
  });
});

describe('a count of a kind of the asked noun', () => {
  it('counts only some of them: "95 pilots" is not how many workers there are', async () => {
    const { parseArticle } = await import('../../src/knowledge/article.js');
    const { Engine } = await import('../../src/qa/engine.js');
    const story = [
      'Airline to open new base',
      'Regional airline Skyhop will open a base in Inverness next year.',
      'Chief executive Ross Drummond said the company employs 640 staff, among them 95 pilots and 210 cabin crew.',
    ].join('\n\n');
    const answer = new Engine([parseArticle('skyhop.txt', story)]).ask(
      'how many workers does skyhop employ?',
    );
    expect(answer.answer?.text ?? '').not.toMatch(/pilots/);
  });
});
