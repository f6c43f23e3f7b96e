import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { expand } from '../../src/qa/expansion.js';
import { measureGiven, measureSaidByUnits, MONEY_TERM, namesMoney } from '../../src/qa/measure-term.js';
import { givesMoney } from '../../src/qa/measure.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { termsBeyondWords } from '../../src/qa/sentence-terms.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

describe('givesMoney: a sum written with its currency sign', () => {
  it.each([
    'Halsey Town Council agreed to cover £22,000 of the £38,500 bill.',
    'Fans can download it for $0.99 from iTunes.',
    'The fine was €500.',
    'The deal is worth USD 40m.',
  ])('%s', (text) => {
    expect(givesMoney(text)).toBe(true);
  });

  it.each([
    'More than 500 swimmers came on the first weekend.',
    'She told us 40 people had signed.',
    'The bell weighs 40 pounds.',
  ])('none in: %s', (text) => {
    expect(givesMoney(text)).toBe(false);
  });

  it('the index files such a sentence under the money term', () => {
    expect(termsBeyondWords('The repair bill came to £38,500.', [])).toEqual([MONEY_TERM]);
    expect(termsBeyondWords('The repair took nine months.', [])).toEqual([]);
  });
});

describe('namesMoney: a word naming a sum paid or earned (WordNet: outgo, financial gain)', () => {
  it.each(['cost', 'costs', 'price', 'fare', 'fee', 'charge', 'wage', 'salary', 'rent', 'income', 'profit'])(
    '%s',
    (word) => {
      expect(namesMoney(word)).toBe(true);
    },
  );

  // "fine" is as a rule an adjective; a ticket, a bill, a repair are things a sum is for, not sums.
  it.each(['fine', 'ticket', 'bill', 'repair', 'clock', 'score'])('not %s', (word) => {
    expect(namesMoney(word)).toBe(false);
  });
});

describe('measureSaidByUnits: a question asking only a sum searches the sums given', () => {
  const story = parseArticle(
    'clock.txt',
    [
      'Market hall clock to strike again after £38,500 repair',
      '',
      'The clock fell silent when a gear wheel cracked.',
      '',
      'The council agreed to cover £22,000 of the £38,500 bill.',
      '',
    ].join('\n'),
  );
  const index = new SearchIndex([story]);
  const groupsOf = (words: string[]) => expand(index, words, DEFAULT_WEIGHTS).groups;

  it('"how much did it cost?": "cost", which the story never says, searches its sums', () => {
    const groups = groupsOf(['cost']);
    measureSaidByUnits(index, 'how much did it cost', groups);
    expect(groups[0]?.terms.map((t) => t.stem)).toEqual([MONEY_TERM]);
    expect(groups[0]?.widened).toBe(true);
    // Said where a sum is given, not elsewhere.
    expect(measureGiven('how much did it cost', groups, 0, 'The council agreed to cover £22,000.')).toBe(
      true,
    );
    expect(measureGiven('how much did it cost', groups, 0, 'The clock fell silent.')).toBe(false);
  });

  it('beside another word the sum may be another payment: nothing is searched', () => {
    const groups = groupsOf(['cost', 'museum']);
    measureSaidByUnits(index, 'how much does it cost to get into the museum', groups);
    expect(groups[0]?.terms).toEqual([]);
  });

  it('a word that names no sum searches none', () => {
    const groups = groupsOf(['ticket']);
    measureSaidByUnits(index, 'how much is a ticket', groups);
    expect(groups[0]?.terms).toEqual([]);
  });
});
