/**
 * An age written before a name: "she faced 48-year-old accountant Martin Feltham", "the previous winner
 * was 14-year-old Thomas Abbott". The "-year-old" phrase modifies the noun phrase it opens, so the age is
 * the person's that phrase names (its head, the name), not the sentence's subject's nor whoever the
 * question asks about: "how old is she?" of the first is not 48 (nc39). A role noun may stand between
 * the age and the name ("accountant", "retired teacher"); a name followed by a noun is no name but a
 * modifier of that noun ("a 43-year-old Leeds man", "a 19-year-old British student"), and says no one.
 * Pure, apart from WordNet's word lists.
 */
import { isStopword } from './text.js';
import { isCommonWord, isKindOrSame, isRoleNoun } from './wordnet.js';

/** An age before a name, and where each stands. */
export interface PrenominalAge {
  name: string;
  age: string;
  ageStart: number;
  ageEnd: number;
}

/**
 * The age's digits, "-year-old", up to three lower-case words, then one to three capitalised words
 * (the name); group 4 is the word after the name, when one follows.
 */
const BEFORE_NAME =
  /(?<![\p{L}\p{N}])(\d{1,3})-year-old((?:\s+\p{Ll}[\p{L}'’-]*){0,3}?)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)(?:\s+(\p{L}+))?/gu;

/** The oldest age a person can be: a larger number is a count. */
const MAX_AGE = 120;

/** Every age written before a name in `text` (see the module comment). */
export function prenominalAges(text: string): PrenominalAge[] {
  const out: PrenominalAge[] = [];
  for (const m of text.matchAll(BEFORE_NAME)) {
    const [, age = '', between = '', name = '', next] = m;
    if (Number(age) > MAX_AGE) continue;
    // The words between are the name's description: no function word ("the 48-year-old said Tom…"),
    // and ending on a role ("accountant Martin Feltham").
    const words = between.trim() === '' ? [] : between.trim().split(/\s+/u);
    if (words.some((w) => isStopword(w))) continue;
    const last = words.at(-1);
    if (last !== undefined && !isRoleNoun(last)) continue;
    // A capitalised word before a noun modifies it ("Leeds man"): the phrase's head is that noun.
    if (next !== undefined && /^\p{Ll}/u.test(next) && (isRoleNoun(next) || isKindOrSame(next, 'organism')))
      continue;
    // One word alone must read as a name, not an English word opening a clause.
    if (!name.includes(' ') && isCommonWord(name)) continue;
    const ageStart = m.index;
    out.push({ name, age, ageStart, ageEnd: ageStart + age.length });
  }
  return out;
}
