/**
 * The spelling checker's edit budget, at each boundary: a budget loosened by one edit tripled the wrong
 * corrections over the BBC vocabulary ("cited" → "city"), so every limit is pinned from both sides.
 */
import { describe, expect, it } from 'vitest';
import { editDistance, SpellChecker } from '../../src/qa/spelling.js';

/** A vocabulary in which each word is used once, unless a count is given. */
function checker(...words: (string | [string, number])[]): SpellChecker {
  return new SpellChecker(new Map(words.map((w) => (typeof w === 'string' ? [w, 1] : w))));
}

describe('edit distance (optimal string alignment)', () => {
  it.each([
    ['signed', 'signed', 0],
    ['sined', 'signed', 1],
    ['signde', 'signed', 1],
    ['agrement', 'agreement', 1],
    ['singh', 'sign', 2],
    ['miliband', 'military', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['ca', 'abc', 3],
    // Only a swap of two neighbours counts as one edit, not any two letters that happen to match.
    ['ab', 'ba', 1],
    ['ac', 'ba', 2],
    ['abc', 'cba', 2],
    ['abcd', 'badc', 2],
  ] as const)('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('spelling correction: how many edits a word may be off by', () => {
  it('words of three letters or fewer are never corrected: they collide too easily', () => {
    expect(checker('cat').correct('cag')).toBeUndefined();
    expect(checker('cat').correct('cta')).toBeUndefined();
  });

  it('four to seven letters: one edit, not two', () => {
    expect(checker('sign').correct('sigm')).toBe('sign');
    expect(checker('sign').correct('sxgm')).toBeUndefined();
    expect(checker('signing').correct('sxgning')).toBe('signing');
    expect(checker('signing').correct('sxgnxng')).toBeUndefined();
    expect(checker('cited').correct('citex')).toBe('cited');
    expect(checker('city').correct('cited')).toBeUndefined();
  });

  it('eight letters or more: two edits, not three', () => {
    expect(checker('military').correct('milxtxry')).toBe('military');
    expect(checker('military').correct('mxlxtxry')).toBeUndefined();
    expect(checker('military').correct('miliband')).toBeUndefined();
    expect(checker('agreement').correct('agrxemxnt')).toBe('agreement');
  });

  it('a letter missing or added reaches words one letter longer or shorter', () => {
    expect(checker('signed').correct('sined')).toBe('signed');
    expect(checker('meeting').correct('meting')).toBe('meeting');
    expect(checker('fomin').correct('fomn')).toBe('fomin');
    expect(checker('agreement').correct('agreementss')).toBe('agreement');
    expect(checker('agreement').correct('agreemen')).toBe('agreement');
  });

  it('the closer word wins over the commoner one, whichever is found first', () => {
    // Words are searched shortest first: the farther word is met before the closer one, and after it.
    expect(checker(['abcdef', 50], ['abcdefgx', 1]).correct('abcdefgh')).toBe('abcdefgx');
    expect(checker(['abcdefg', 1], ['abcdefghij', 50]).correct('abcdefgh')).toBe('abcdefg');
  });

  it('operators of Fuse.js extended search in a word are plain characters', () => {
    // As an operator, "$" would demand a word ending in "agreemnt"; as a character it is one edit.
    expect(checker('agreement').correct('agreemnt$')).toBe('agreement');
  });

  it('an empty word, or an empty entry in the vocabulary, corrects nothing', () => {
    expect(checker('', 'sign').correct('')).toBeUndefined();
  });

  it('among equally close words the commoner wins', () => {
    expect(checker(['signed', 1], ['designed', 50]).correct('sined')).toBe('signed');
    expect(checker(['signed', 1], ['singed', 5]).correct('sined')).toBe('singed');
    expect(checker(['signed', 5], ['singed', 1]).correct('sined')).toBe('signed');
  });

  it('the first letter is trusted: no correction into a word that starts otherwise', () => {
    expect(checker('signed').correct('xigned')).toBeUndefined();
  });

  it('a number is never a misspelt number, nor a word with digits in it', () => {
    expect(checker('2019').correct('2018')).toBeUndefined();
    expect(checker('covid19').correct('covid18')).toBeUndefined();
  });

  it('a word the vocabulary lacks entirely gets no correction', () => {
    expect(checker().correct('anything')).toBeUndefined();
  });
});
