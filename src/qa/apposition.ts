/**
 * A person's age written as an apposition after their name: "Kwame Osei, 34, opened…", "Leo Marsh,
 * 11, organised…". News gives an age so and no other number so: a name, a comma, a number of at most
 * three digits, a comma. It says two things the tagger may miss: the capitalised words are a person's
 * name (compromise knows no "Kwame Osei" and takes "Leo Marsh" for a place), and the number is their
 * age, which answers "how old is leo marsh?" though the story never writes "old" or "age".
 */
import { isCommonWord, isRoleNoun } from './wordnet.js';
import { isStopword } from './text.js';

export interface ApposedAge {
  /** The name as written, without a title before it ("Kwame Osei" of "Chef Kwame Osei, 34,"). */
  name: string;
  nameStart: number;
  nameEnd: number;
  /** The age's digits and where they stand. */
  age: string;
  ageStart: number;
  ageEnd: number;
}

/** Up to four capitalised words (a name), a comma, one to three digits, a comma or the sentence's end. */
const APPOSED =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),\s+(\d{1,3})(?=\s*,|\s*[.;]?\s*$)/gu;

/** The oldest age a person's apposition can give: a larger number is a count or an amount. */
const MAX_AGE = 120;

/** Every name with an age in apposition in `text` (see the module comment). */
export function apposedAges(text: string): ApposedAge[] {
  const out: ApposedAge[] = [];
  for (const m of text.matchAll(APPOSED)) {
    const [, whole = '', age = ''] = m;
    if (Number(age) > MAX_AGE) continue;
    // A title or a sentence's opening word before the name is no part of it ("Chef", "The", "Mayor").
    const words = [...whole.matchAll(/\p{Lu}[\p{L}'’-]*/gu)];
    let first = 0;
    while (first < words.length - 1) {
      const w = (words[first]?.[0] ?? '').toLowerCase();
      if (!isStopword(w) && !isRoleNoun(w)) break;
      first++;
    }
    const start = (m.index ?? 0) + (words[first]?.index ?? 0);
    const lastWord = words.at(-1);
    if (lastWord === undefined) continue;
    const end = (m.index ?? 0) + (lastWord.index ?? 0) + lastWord[0].length;
    const name = text.slice(start, end);
    const only = words.length - first === 1 ? name.toLowerCase() : undefined;
    // One word alone may be a place or a team with a score ("Leeds, 2"): only a word that is no
    // stopword, role or common English word reads as a surname.
    if (only !== undefined && (isStopword(only) || isRoleNoun(only) || isCommonWord(name))) continue;
    const ageStart = (m.index ?? 0) + m[0].length - age.length;
    out.push({ name, nameStart: start, nameEnd: end, age, ageStart, ageEnd: ageStart + age.length });
  }
  return out;
}
