/**
 * A person's age written as an apposition after their name: "Kwame Osei, 34, opened…", "Leo Marsh,
 * 11, organised…". News gives an age so and no other number so: a name, a comma, a number of at most
 * three digits, a comma. It says two things the tagger may miss: the capitalised words are a person's
 * name (compromise knows no "Kwame Osei" and takes "Leo Marsh" for a place), and the number is their
 * age, which answers "how old is leo marsh?" though the story never writes "old" or "age".
 */
import { isCommonWord, isRoleNoun } from './wordnet.js';
import { isStopword } from './text.js';
import { isFirstName } from '../knowledge/names.js';

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

/** Names joined by commas and "and", a comma, "both", "each" or "all" (maybe "aged"), then one age. */
const SHARED =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+(?:,\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)*\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),\s+(?:both|each|all)\s+(?:aged\s+)?(\d{1,3})(?=\s*,|\s*[.;]?\s*$)/gu;

/**
 * "The couple, Tom and Jean Baxter, both 74, married…", "Geoffrey and Ann Hale, both 70,": one age
 * apposed to several names with "both", "each" or "all" is each one's age (a distributive: "both 74"
 * says each is 74, not that they are 74 together). A first name alone before the last name of the list
 * shares its surname, as English writes a couple ("Tom and Jean Baxter": Tom Baxter); its `name` is then
 * completed so, while `nameStart`/`nameEnd` still mark what the text writes ("Tom").
 */
export function sharedAges(text: string): ApposedAge[] {
  const out: ApposedAge[] = [];
  for (const m of text.matchAll(SHARED)) {
    const [, list = '', age = ''] = m;
    if (Number(age) > MAX_AGE) continue;
    const ageStart = (m.index ?? 0) + m[0].length - age.length;
    const parts = [...list.matchAll(/((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?=\s*,|\s+and\s|$)/gu)];
    const names = parts.flatMap((p) => {
      const words = [...(p[1] ?? '').matchAll(/\p{Lu}[\p{L}'’-]*/gu)];
      // A title or the sentence's opening word is no part of the name ("The", "Mr").
      let first = 0;
      while (first < words.length - 1) {
        const w = (words[first]?.[0] ?? '').toLowerCase();
        if (!isStopword(w) && !isRoleNoun(w)) break;
        first++;
      }
      const from = words[first];
      const last = words.at(-1);
      if (from === undefined || last === undefined) return [];
      const start = (m.index ?? 0) + (p.index ?? 0) + (from.index ?? 0);
      const end = (m.index ?? 0) + (p.index ?? 0) + (last.index ?? 0) + last[0].length;
      return [{ name: text.slice(start, end), start, end, one: words.length - first === 1 }];
    });
    const final = names.at(-1);
    if (names.length < 2 || final === undefined || final.one) continue;
    const surname = final.name.split(/\s+/u).at(-1) ?? '';
    for (const n of names) {
      // A lone word is a first name only when the list ends on a full name; a common word is no name.
      if (n.one && (isStopword(n.name.toLowerCase()) || (isCommonWord(n.name) && !isFirstName(n.name))))
        continue;
      const name = n.one ? `${n.name} ${surname}` : n.name;
      out.push({ name, nameStart: n.start, nameEnd: n.end, age, ageStart, ageEnd: ageStart + age.length });
    }
  }
  return out;
}

/** Every age the text gives a name: in apposition to it (`apposedAges`) or shared by a list (`sharedAges`). */
export function namedAges(text: string): ApposedAge[] {
  return [...apposedAges(text), ...sharedAges(text)].sort((a, b) => a.nameStart - b.nameStart);
}

/**
 * Does the span of `text` overlap a name the text gives an age (`namedAges`)? Such a name is a person's,
 * whatever the tagger made of it ("Tom and Jean Baxter, both 74," read as a place).
 */
export function agedAt(text: string, span: { start: number; end: number }): boolean {
  return namedAges(text).some((a) => a.nameStart < span.end && a.nameEnd > span.start);
}
