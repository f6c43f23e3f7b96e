/**
 * Scenarios: a word of a longer name the question writes ("Bank of America", "North America") is that
 * name, not the country the word names alone, so it does not search the country's acronym ("US") a
 * story writes. The name's own acronyms still count ("United States of America" → "US"). Own small
 * story, which names both a bank and the US.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const BANKS = parseArticle(
  'banks.txt',
  [
    'Lenders cut jobs as profits fall',
    '',
    'Bank of America has announced a review of its branch network.',
    '',
    'The lender will cut 4,000 jobs by the end of March, it said.',
    '',
    'In the US, car makers will cut 2,000 jobs in October, figures show.',
    '',
    'Trade ministers from North America meet in Toronto next week.',
    '',
    'Mexico and Canada will send ten delegates each.',
    '',
  ].join('\n'),
);

const engine = new Engine([BANKS]);

describe('a word of a longer name is that name', () => {
  it('"how many jobs will Bank of America cut?" is answered by the lender, not by the sentence on the US', () => {
    const answer = engine.ask('how many jobs will Bank of America cut?');
    expect(answer.passages[0]?.text).toMatch(/^The lender will cut 4,000 jobs/);
    expect(answer.answer?.text).toMatch(/^4,000/);
  });

  it('"when will the United States of America cut jobs?" still finds the sentence saying "the US"', () => {
    const answer = engine.ask('when will the United States of America cut jobs?');
    expect(answer.passages[0]?.text).toMatch(/^In the US/);
  });
});
