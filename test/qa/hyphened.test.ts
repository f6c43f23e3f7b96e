import { describe, expect, it } from 'vitest';
import { joinedTerm, joinedTerms } from '../../src/qa/hyphened.js';
import { stem } from '../../src/qa/text.js';

describe('joinedTerms: a hyphenated word as the reader may write it joined', () => {
  it('joins a pair of letters: "front-runners" → the term of "frontrunners" joined', () => {
    expect(joinedTerms('The clear front-runners are Price and Jones.')).toEqual([
      joinedTerm(stem('frontrunners')),
    ]);
  });

  it('reads "e-mail", whose single letter the tokenizer drops', () => {
    expect(joinedTerms('Send an E-mail today')).toEqual([joinedTerm(stem('email'))]);
  });

  it('leaves chains and numbers: "mother-in-law", "68-year-old", "a 3-2 win"', () => {
    expect(joinedTerms('His mother-in-law, a 68-year-old, saw a 3-2 win.')).toEqual([]);
  });
});
