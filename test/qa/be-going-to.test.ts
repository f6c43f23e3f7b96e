import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/qa/text.js';

const words = (text: string) =>
  tokenize(text)
    .filter((t) => !t.stop)
    .map((t) => t.word);

describe('"be going to" before a verb says "will": its "going" is a function word', () => {
  it.each([
    ["I'm not going to punish them", 'going'],
    ['They were going to win the cup', 'going'],
    ['The council is going to close the road', 'going'],
  ])('%s: no "%s"', (text, word) => {
    expect(words(text)).not.toContain(word);
  });

  it.each([
    ['The shop has been going since 1962'], // going on: trading
    ['We are going to the shop'], // going somewhere
    ['She was going to Leeds'],
    ["He is going to his mother's"],
    ['Going to bed early helps'], // no "be" before it
  ])('%s keeps its "going"', (text) => {
    expect(words(text)).toContain('going');
  });
});
