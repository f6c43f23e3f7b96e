import { describe, expect, it } from 'vitest';
import { madeOf } from '../../src/qa/span-described.js';
import { stem, tokenize } from '../../src/qa/text.js';

const TEXT = 'Mr Pryce said he would put his share towards a trip to Rome.';
const passage = { text: TEXT, tokens: tokenize(TEXT), tags: [] };
const span = (words: string) => ({
  start: TEXT.indexOf(words),
  end: TEXT.indexOf(words) + words.length,
  kind: 'person' as const,
});
const asked = new Set(['gareth', 'pryce'].map(stem));

describe('a span made only of the words of whom the pronoun was read as', () => {
  it('"Mr Pryce" is Gareth Pryce: a title of address names no one', () => {
    expect(madeOf(span('Mr Pryce'), passage, asked)).toBe(true);
  });

  it('"Rome" is not, nor a title alone', () => {
    expect(madeOf(span('Rome'), passage, asked)).toBe(false);
    expect(madeOf(span('Mr'), passage, asked)).toBe(false);
  });
});
