/**
 * Irregular inflections meet on their dictionary word both ways ("grew" ↔ "grow", "found" ↔ "find",
 * "children" ↔ "child"), where the stemmer leaves them apart; regular words, function verbs and
 * forms the tables do not write bring in nothing.
 */
import { describe, expect, it } from 'vitest';
import { irregularKin } from '../../src/qa/irregular.js';
import { parseQuestion } from '../../src/qa/question.js';

describe('irregular forms as one word', () => {
  it.each([
    ['grew', ['grow', 'grown']],
    ['grow', ['grew', 'grown']],
    ['found', ['find']],
    ['find', ['found']],
    ['lost', ['lose']],
    ['lose', ['lost']],
    ['held', ['hold']],
    ['hold', ['held']],
    ['left', ['leave']],
    ['leave', ['left']],
    ['caught', ['catch']],
    ['catch', ['caught']],
    ['went', ['go', 'gone']],
    ['children', ['child']],
    ['child', ['children']],
    ['mice', ['mouse']],
  ])('"%s" meets %j', (word, kin) => {
    expect(irregularKin(word)).toEqual(expect.arrayContaining(kin));
  });

  it.each(['walked', 'walk', 'county', 'counties', 'government'])(
    'a regular word ("%s"): the stemmer brings its forms together already',
    (word) => {
      expect(irregularKin(word)).toEqual([]);
    },
  );

  it.each(['doing', 'made', 'said', 'took'])(
    '"%s", a form of a verb searched as a function word, brings in nothing',
    (word) => {
      expect(irregularKin(word)).toEqual([]);
    },
  );

  it('a form the tables do not write for a base brings that base in no more ("born" is no form of "bear" there; "people" a noun of its own)', () => {
    expect(irregularKin('born')).not.toContain('bear');
    expect(irregularKin('people')).not.toContain('person');
  });

  it('adjectives are left out: "best" is no form of "good" to a question', () => {
    expect(irregularKin('best')).not.toContain('good');
    expect(irregularKin('good')).not.toContain('best');
  });
});

describe('"going to" + a verb says the future', () => {
  const words = (q: string) => parseQuestion(q).keywords.map((k) => k.word);

  it.each(["who's going to be captain?", 'is the mayor going to retire?'])(
    '"%s": "going" is not searched',
    (q) => {
      expect(words(q)).not.toContain('going');
    },
  );

  it.each([
    'where are the trains going to?',
    'who is going to the final?',
    'which trains are going to scotland',
  ])('"%s": going somewhere, "going" is searched', (q) => {
    expect(words(q)).toContain('going');
  });
});
