import { describe, expect, it } from 'vitest';
import { possessiveHer } from '../../src/qa/possessive.js';
import { tokenize } from '../../src/qa/text.js';

const at = (question: string): boolean => {
  const tokens = tokenize(question);
  return possessiveHer(
    question,
    tokens,
    tokens.findIndex((t) => t.word === 'her'),
  );
};

describe('possessiveHer', () => {
  it.each([
    'whats her name?',
    'what is her first name?',
    'who is her solicitor?',
    'what did her husband say?',
    'how old is her eldest son?',
  ])('a possessive: "%s"', (question) => expect(at(question)).toBe(true));

  it.each([
    'when did police arrest her?',
    'what happened to her on monday?',
    'did they give her money?',
    'who told her the news?',
    'what did they tell her about the fine?',
  ])('an object, or either: "%s"', (question) => expect(at(question)).toBe(false));

  it('only "her": "his" is read elsewhere', () => {
    const tokens = tokenize('whats his name?');
    expect(possessiveHer('whats his name?', tokens, 1)).toBe(false);
  });
});
