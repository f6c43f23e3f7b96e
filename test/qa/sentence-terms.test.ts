import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { AGE_TERM } from '../../src/qa/age-term.js';
import { joinedTerm } from '../../src/qa/hyphened.js';
import { SCORELINE_TERM } from '../../src/qa/scoreline.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { termsBeyondWords } from '../../src/qa/sentence-terms.js';
import { stem } from '../../src/qa/text.js';

describe('termsBeyondWords: what a sentence is indexed under beyond its words', () => {
  it('an acronym each time written, a hyphenated pair joined, a scoreline once', () => {
    const text = 'The US and U.S. grown-ups saw a 3-2 win.';
    expect(termsBeyondWords(text, ['us', 'us'])).toEqual([
      'US',
      'US',
      joinedTerm(stem('grownups')),
      SCORELINE_TERM,
    ]);
  });

  it('the index keeps them per sentence, searchable, and none for a plain sentence', () => {
    const story = parseArticle(
      'cup.txt',
      ['Cup tie report', '', 'Rovers sealed a 3-2 win on TV.', '', 'The fans went home happy.', ''].join(
        '\n',
      ),
    );
    // Another story first: the terms are found by the sentence's place in its own article.
    const other = parseArticle(
      'other.txt',
      ['Fete opens', '', 'The U.K. fete opened on Monday.', ''].join('\n'),
    );
    const index = new SearchIndex([other, story]);
    const win = index.docs.findIndex((d) => d.sentence.text.startsWith('Rovers'));
    const fans = index.docs.findIndex((d) => d.sentence.text.startsWith('The fans'));
    expect(index.termsBeyondWords(win)).toEqual(['TV', SCORELINE_TERM]);
    expect(index.termsBeyondWords(fans)).toEqual([]);
    expect(index.has('TV') && index.has(SCORELINE_TERM)).toBe(true);
    const fete = index.docs.findIndex((d) => d.sentence.text.startsWith('The U.K.'));
    expect(index.termsBeyondWords(fete)).toEqual(['UK']);
  });

  it('a sentence giving a name an age without a word of age, by apposition or predicate', () => {
    expect(termsBeyondWords('Kwame Osei, 34, opened the café.', [])).toEqual([AGE_TERM]);
    expect(termsBeyondWords('Tom and Jean Baxter, both 74, run the farm.', [])).toEqual([AGE_TERM]);
    expect(termsBeyondWords('Sam Reid is 41 and lives in Hull.', [])).toEqual([AGE_TERM]);
    // "He is 31.": whoever "he" is (see PRONOUN_SUBJECT).
    expect(termsBeyondWords('He is 31.', [])).toEqual([]);
    // A thing's measure after a comma, a year, a count: no one's age.
    expect(termsBeyondWords('The report, 40 pages long, was published.', [])).toEqual([]);
    expect(termsBeyondWords('It is 40.', [])).toEqual([]);
    expect(termsBeyondWords('The café opened in 2019, with 40 seats.', [])).toEqual([]);
  });
});
