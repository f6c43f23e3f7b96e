/**
 * A person's name in full that the tagger did not read as a person's: compromise knows "Priya Raman"
 * by no name list, so "City council member Priya Raman" is one noun phrase to it and "whats her name?"
 * found no name to give (the model's span was the passage's date). A reader finds the name by its
 * capitals: the words the question names her by, written with capitals and in a row, and the
 * capitalised word that English puts right before a surname (her first name) or right after a first
 * name (her surname).
 */
import { isFirstName, withoutTitles } from '../knowledge/names.js';
import type { Entity } from './entities.js';
import type { SpanSentence } from './span-input.js';
import type { Token } from './text.js';
import { isCommonWord, isRoleNoun } from './wordnet.js';

/** A word written as part of a name: a capital, then letters (no possessive "'s"). */
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
/** Tags whose words are no part of a person's name ("Tuesday Raman", "Harford Raman"). */
const OTHER_NAMES: ReadonlySet<Entity['type']> = new Set(['date', 'number', 'place', 'organization']);

/**
 * The name in full that the owner's words name in the passage, read by its capitals: the owner's words
 * (the question's "raman", or "priya raman" for a "her" read as her), in order and each written as a
 * name; with one word only, the word before it that may be a first name, else the word after it that
 * may be a surname. Undefined when the passage writes no name of two words or more so.
 */
export function untaggedFullName(owner: readonly Token[], passage: SpanSentence): Entity | undefined {
  const { text, tokens } = passage;
  if (owner.length === 0) return undefined;
  const written = (t: Token) => NAME_WORD.test(text.slice(t.start, t.end));
  for (let i = 0; i + owner.length <= tokens.length; i++) {
    const run = tokens.slice(i, i + owner.length);
    if (!run.every((t, k) => written(t) && t.stem === owner[k]?.stem && spaced(text, run[k - 1], t)))
      continue;
    const first = run[0] as Token;
    const last = run.at(-1) as Token;
    if (owner.length > 1) return { type: 'person', start: first.start, end: last.end };
    const before = tokens[i - 1];
    if (before !== undefined && spaced(text, before, first) && nameWord(before, passage, true))
      return { type: 'person', start: before.start, end: last.end };
    const after = tokens[i + 1];
    if (after !== undefined && spaced(text, last, after) && nameWord(after, passage, false))
      return { type: 'person', start: first.start, end: after.end };
  }
  return undefined;
}

/** Are the two tokens written with only a space between them (no comma, no "'s")? */
function spaced(text: string, before: Token | undefined, after: Token): boolean {
  return before === undefined || /^\s+$/u.test(text.slice(before.end, after.start));
}

/**
 * May the word be one of a person's names beside another: written as a name, no title ("Mrs", "Dr",
 * "Councillor", "Mayor": a role noun, though some are in the first-name lists), no word of another
 * name's tag, and either a first name of the lists (before the surname only: "Rose Raman") or no
 * common word of English ("Priya"; not "Wins" of a headline in Title Case, nor "Yesterday").
 */
function nameWord(t: Token, passage: SpanSentence, beforeSurname: boolean): boolean {
  const word = passage.text.slice(t.start, t.end);
  if (t.stop || !NAME_WORD.test(word) || isRoleNoun(t.word)) return false;
  if (withoutTitles(`${word} X`, isRoleNoun) === 'X') return false;
  if (passage.tags.some((e) => OTHER_NAMES.has(e.type) && e.start < t.end && e.end > t.start)) return false;
  return (beforeSurname && isFirstName(t.word)) || !isCommonWord(t.word);
}
