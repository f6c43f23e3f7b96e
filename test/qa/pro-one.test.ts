/** A pronoun's "one" ("the same one", "which one"), not searched (`pro-one.ts`). */
import { describe, expect, it } from 'vitest';
import { isProOne } from '../../src/qa/pro-one.js';
import { parseQuestion } from '../../src/qa/question.js';
import { tokenize } from '../../src/qa/text.js';

const at = (question: string) => {
  const tokens = tokenize(question);
  return isProOne(
    tokens,
    tokens.findIndex((t) => t.word === 'one'),
  );
};

describe('isProOne', () => {
  it('after a word picking one out, ending the question or before a function word', () => {
    expect(at('how did he know it was the same one')).toBe(true);
    expect(at('is this the one')).toBe(true);
    expect(at('which one is it')).toBe(true);
    expect(at('the party awarded a seat is the one with the highest what')).toBe(true);
  });

  it('a number, or a "one" followed by its own word, is not', () => {
    expect(at('only one person was hurt')).toBe(false);
    expect(at('one of the largest centres')).toBe(false);
    expect(at('which one won the award')).toBe(false);
    expect(at('was no one hurt')).toBe(false);
    expect(at('how many won one award')).toBe(false);
  });
});

describe("the question's keywords", () => {
  it('leave a pronoun\'s "one" out, and keep the number', () => {
    expect(parseQuestion('how did he know it was the same one').keywords).toEqual([]);
    expect(parseQuestion('who was the one who found it').keywords.map((k) => k.word)).toEqual(['found']);
    expect(parseQuestion('one of the largest what').keywords.map((k) => k.word)).toContain('one');
  });
});
