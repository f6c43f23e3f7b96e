/**
 * An age written before a name: "she faced 48-year-old accountant Martin Feltham", "the previous winner
 * was 14-year-old Thomas Abbott". The "-year-old" phrase modifies the noun phrase it opens, so the age is
 * the person's that phrase names (its head, the name), not the sentence's subject's nor whoever the
 * question asks about: "how old is she?" of the first is not 48 (nc39). A role noun may stand between
 * the age and the name ("accountant", "retired teacher"). A capitalised word the tagger reads followed
 * by a noun or an adjective is no name but a modifier of what follows ("a 43-year-old Leeds man", "the
 * 26-year-old Wales international Aaron Lee"): the name, if any, is the capitalised words after those
 * ("Aaron Lee"), else the phrase says no one. Pure, apart from WordNet's word lists and compromise's
 * tags (read only for such a word, remembered per text).
 */
import { isStopword } from './text.js';
import { rememberedTerms } from './text-memo.js';
import { isCommonWord, isRoleNoun } from './wordnet.js';

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

/**
 * After a modifier's noun ("Wales international"), up to two more lower-case words, then the name and
 * the word after it, read where the last reading stopped.
 */
const AFTER_MODIFIER =
  /((?:\s+\p{Ll}[\p{L}'’-]*){0,2}?)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)(?:\s+(\p{L}+))?/uy;

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
    const head = headName(text, name, next, m.index + m[0].length);
    // One word alone must read as a name, not an English word opening a clause.
    if (head === undefined || (!head.includes(' ') && isCommonWord(head))) continue;
    const ageStart = m.index;
    out.push({ name: head, age, ageStart, ageEnd: ageStart + age.length });
  }
  return out;
}

/** Does the tagger read the word of `text` starting at `start` as a noun or an adjective, not a verb? */
function nominalAt(text: string, start: number): boolean {
  const tags = rememberedTerms(text).find((t) => t.start === start)?.tags;
  return tags !== undefined && !tags.has('Verb') && (tags.has('Noun') || tags.has('Adjective'));
}

/**
 * The name the "-year-old" phrase ends on: `name`, unless the word after it (`next`, ending at `end`)
 * is a lower-case noun or adjective it modifies ("Leeds man", "Wales international"); then the
 * capitalised words after those, read the same way, or undefined when none follow.
 */
function headName(text: string, name: string, next: string | undefined, end: number): string | undefined {
  let [head, word, at] = [name, next, end];
  for (let hops = 0; hops < 3; hops++) {
    if (word === undefined || !/^\p{Ll}/u.test(word) || isStopword(word)) return head;
    if (!nominalAt(text, at - word.length)) return head;
    AFTER_MODIFIER.lastIndex = at;
    const m = AFTER_MODIFIER.exec(text);
    const [, between = '', following = ''] = m ?? [];
    if (
      m === null ||
      between
        .trim()
        .split(/\s+/u)
        .some((w) => w !== '' && isStopword(w))
    )
      return undefined;
    [head, word, at] = [following, m[3], at + m[0].length];
  }
  return undefined;
}
