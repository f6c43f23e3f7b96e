/** A condition is no fact (conditional.ts): spans inside an "if" clause, for questions about what was. */
import { describe, expect, it } from 'vitest';
import { asksPast, inCondition } from '../../src/qa/conditional.js';

describe('a span inside a condition', () => {
  const text = '"If we lose 2-0 we are out, but we won 3-1 tonight," said Cole, unless he was joking.';
  const at = (s: string) => text.indexOf(s);

  it.each([
    ['2-0', true],
    ['3-1', false],
    ['Cole', false],
    ['joking', true],
  ])('%s → %s', (span, expected) => {
    expect(inCondition(text, at(span))).toBe(expected);
  });
});

describe('a question about what was', () => {
  it.each([
    ['what was the score', true],
    ['who did they beat?', true],
    ['what is the score', false],
    // The question asks for the condition itself: "were" is no past here.
    ['The sieve of Eratosthenes would not be valid if what were true?', false],
  ])('"%s" → %s', (question, expected) => {
    expect(asksPast(question)).toBe(expected);
  });
});
