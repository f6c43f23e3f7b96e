/**
 * "One" standing for a noun the question does not say: "how did he know it was the same one?", "which
 * one won?", "is this the one they found?". It points back at something, as "it" does, and says no
 * more of it than a pronoun: searched as a word, it finds any sentence saying "one" ("…one of the
 * largest indoor climbing centres", nc53, answered at 0.97 in a folder of four stories, where no other
 * word of the question was searched). The number ("one of the largest", "one man was hurt", "won one
 * award") is another word: it follows no determiner or adjective that takes a noun, or is followed by
 * "of". Pure.
 */
import { tokenize, type Token } from './text.js';

/**
 * Words after which "one" stands for a noun ("the same one", "which one", "the other one", "the first
 * one"): determiners and the adjectives that pick one thing out of several. Not "no" ("no one" is
 * "nobody", a pronoun already) nor a number ("one by one").
 */
const PICKING: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'which',
  'same',
  'other',
  'another',
  'each',
  'every',
  'new',
  'old',
  'first',
  'last',
  'next',
  'right',
  'wrong',
  'latest',
  'original',
]);

/**
 * Is the token at `i` a "one" standing for an unsaid noun (see above)? After a word that picks one
 * out, and ending the question or followed by a function word ("the one with the highest…"): one
 * followed by a word of its own may count it ("the first one hundred", "which one person").
 */
export function isProOne(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.word !== 'one') return false;
  const before = tokens[i - 1]?.word;
  const after = tokens[i + 1];
  return (
    before !== undefined &&
    PICKING.has(before) &&
    (after === undefined || (after.stop && after.word !== 'of'))
  );
}

/** Does the question say a pronoun's "one" anywhere (`isProOne`)? */
export function saysProOne(question: string): boolean {
  const tokens = tokenize(question);
  return tokens.some((_, i) => isProOne(tokens, i));
}
