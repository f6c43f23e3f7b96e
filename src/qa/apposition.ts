/**
 * A person's age written as an apposition after their name: "Kwame Osei, 34, opened…", "Leo Marsh,
 * 11, organised…". News gives an age so and no other number so: a name, a comma, a number of at most
 * three digits, a comma. It says two things the tagger may miss: the capitalised words are a person's
 * name (compromise knows no "Kwame Osei" and takes "Leo Marsh" for a place), and the number is their
 * age, which answers "how old is leo marsh?" though the story never writes "old" or "age".
 */
import { AgingCache } from './aging-cache.js';
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

/**
 * A nickname in quotes inside a full name: the '"Peggy" ' of 'Margaret "Peggy" Trewin', "'Bob' " of
 * "Robert 'Bob' Smith", '“Jim” ' of 'James “Jim” Hall'. It is one of the person's names: the story
 * may call her Peggy after, and a reader asks "how old is peggy?".
 */
const NICKNAME = String.raw`["“‘']\p{Lu}[\p{L}-]*["”’']\s+`;

/**
 * Up to four capitalised words or quoted nicknames (a name), a comma, one to three digits, a comma or
 * the sentence's end.
 */
const APPOSED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]*\s+|${NICKNAME}){0,3}\p{Lu}[\p{L}'’-]+),\s+(\d{1,3})(?=\s*,|\s*[.;]?\s*$)`,
  'gu',
);

/**
 * The same name then a description giving the age ("Martin Kowalski, a 48-year-old accountant,"): the
 * age is the named person's as surely as ", 48," is.
 */
const DESCRIBED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]*\s+|${NICKNAME}){0,3}\p{Lu}[\p{L}'’-]+),\s+an?\s+(\d{1,3})(?=-year-old\b)`,
  'gu',
);

/** Sentences whose named ages are remembered (`namedAges`): more than the passages a question reads. */
const AGES_REMEMBERED = 4_000;

/** The oldest age a person's apposition can give: a larger number is a count or an amount. */
const MAX_AGE = 120;

/** Every name with an age in apposition in `text` (see the module comment). */
export function apposedAges(text: string): ApposedAge[] {
  const out: ApposedAge[] = [];
  for (const m of [...text.matchAll(APPOSED), ...text.matchAll(DESCRIBED)]) {
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

/** A name of up to four capitalised words (maybe opened by a title or the sentence's first word). */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+`;
/** Names joined by commas and "and": "Tom and Jean Baxter", "Amy, Ben and Cara Price". */
const NAME_LIST = String.raw`${NAME}(?:,\s+${NAME})*\s+and\s+${NAME}`;

/** A list of names, a comma, "both", "each" or "all" (maybe "aged"), then one age. */
const SHARED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NAME_LIST}),\s+(?:both|each|all)\s+(?:aged\s+)?(\d{1,3})(?=\s*,|\s*[.;]?\s*$)`,
  'gu',
);

/** Numbers joined by commas and "and": "31 and 27", "19, 23 and 26". */
const NUMBER_LIST = String.raw`\d{1,3}(?:,\s+\d{1,3})*,?\s+and\s+\d{1,3}`;

/**
 * A list of names, a comma, as many ages joined by commas and "and" said to be ages — after "aged", or
 * followed by "respectively" — then a comma or the sentence's end: "Tom and Ann Weir, aged 31 and 27
 * respectively,", "Amy, Ben and Cara Price, aged 19, 23 and 26,". Bare numbers after a list are as
 * often runs, goals or votes ("Joe Root and Harry Brook, 84 and 62, put on 140": session 33's review).
 */
const RESPECTIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NAME_LIST}),\s+(?:aged\s+(${NUMBER_LIST})(?:,?\s+respectively)?|(${NUMBER_LIST}),?\s+respectively)(?=\s*,|\s*[.;]?\s*$)`,
  'gu',
);

interface ListedName {
  /** The name, a lone first name completed by the list's last surname ("Tom" of "Tom and Ann Weir": "Tom Weir"). */
  name: string;
  start: number;
  end: number;
}

/**
 * The names of a list matched at `offset` in the text (`NAME_LIST`), in the order written, or undefined
 * when the list is no list of people (it ends on a lone word). A lone word in it that is a stopword or a
 * common word but no first name ("Leeds and Wigan") is no name: left out, or, when `strict`, the
 * whole list is refused. A first name alone before the list's last
 * full name shares its surname, as English writes a couple ("Tom and Jean Baxter": Tom Baxter).
 */
function listedNames(text: string, list: string, offset: number, strict: boolean): ListedName[] | undefined {
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
    const start = offset + (p.index ?? 0) + (from.index ?? 0);
    const end = offset + (p.index ?? 0) + (last.index ?? 0) + last[0].length;
    return [{ name: text.slice(start, end), start, end, one: words.length - first === 1 }];
  });
  const final = names.at(-1);
  if (names.length < 2 || final === undefined || final.one) return undefined;
  const surname = final.name.split(/\s+/u).at(-1) ?? '';
  const out: ListedName[] = [];
  for (const n of names) {
    // A lone word is a first name only when the list ends on a full name; a common word is no name.
    // In a list read in order (`strict`), one part that is no name leaves the order unclear.
    if (n.one && (isStopword(n.name.toLowerCase()) || (isCommonWord(n.name) && !isFirstName(n.name)))) {
      if (strict) return undefined;
      continue;
    }
    out.push({ name: n.one ? `${n.name} ${surname}` : n.name, start: n.start, end: n.end });
  }
  return out;
}

/**
 * "The couple, Tom and Jean Baxter, both 74, married…", "Geoffrey and Ann Hale, both 70,": one age
 * apposed to several names with "both", "each" or "all" is each one's age (a distributive: "both 74"
 * says each is 74, not that they are 74 together). A first name alone takes the list's surname
 * (`listedNames`); its `name` is then completed so, while `nameStart`/`nameEnd` still mark what the
 * text writes ("Tom").
 */
export function sharedAges(text: string): ApposedAge[] {
  const out: ApposedAge[] = [];
  for (const m of text.matchAll(SHARED)) {
    const [, list = '', age = ''] = m;
    if (Number(age) > MAX_AGE) continue;
    const ageStart = (m.index ?? 0) + m[0].length - age.length;
    for (const n of listedNames(text, list, m.index ?? 0, false) ?? [])
      out.push({
        name: n.name,
        nameStart: n.start,
        nameEnd: n.end,
        age,
        ageStart,
        ageEnd: ageStart + age.length,
      });
  }
  return out;
}

/**
 * "Tom and Ann Weir, aged 31 and 27 respectively,", "Gary Fenwick and Julie Moss, aged 52 and 48,":
 * as many ages as names, apposed to the list as ages (`RESPECTIVE`), are theirs in the order written
 * (English gives a list's ages so, with or without "respectively"). When the counts differ, or a part of the list is no name,
 * the order says nothing and no one is given an age.
 */
export function respectiveAges(text: string): ApposedAge[] {
  const out: ApposedAge[] = [];
  for (const m of text.matchAll(RESPECTIVE)) {
    const [whole, list = ''] = m;
    const ages = m[2] ?? m[3] ?? '';
    const at = (m.index ?? 0) + whole.indexOf(ages, list.length);
    const numbers = [...ages.matchAll(/\d{1,3}/gu)];
    const names = listedNames(text, list, m.index ?? 0, true);
    if (names === undefined || names.length !== numbers.length) continue;
    if (numbers.some((n) => Number(n[0]) > MAX_AGE)) continue;
    names.forEach((n, i) => {
      const age = numbers[i];
      if (age === undefined) return;
      const ageStart = at + (age.index ?? 0);
      out.push({
        name: n.name,
        nameStart: n.start,
        nameEnd: n.end,
        age: age[0],
        ageStart,
        ageEnd: ageStart + age[0].length,
      });
    });
  }
  return out;
}

/**
 * Every age the text gives a name: in apposition to it (`apposedAges`), shared by a list
 * (`sharedAges`) or given a list's names in order (`respectiveAges`).
 */
export function namedAges(text: string): readonly Readonly<ApposedAge>[] {
  let ages = agesCache.get(text);
  if (ages === undefined) {
    ages = [...apposedAges(text), ...sharedAges(text), ...respectiveAges(text)].sort(
      (a, b) => a.nameStart - b.nameStart,
    );
    agesCache.set(text, ages);
  }
  return ages;
}

/**
 * `namedAges` of the sentences asked about lately. Module state, as the texts it reads are: a sentence
 * gives the same ages to every engine, and the ranking reads them of every candidate passage several
 * times a question (its three patterns were about a tenth of a settled seed question's time). Bounded
 * (`AgingCache`), so passages of a large folder and text people type cannot grow it without limit.
 */
const agesCache = new AgingCache<string, readonly Readonly<ApposedAge>[]>(AGES_REMEMBERED / 2);

/**
 * Does the span of `text` overlap a name the text gives an age (`namedAges`)? Such a name is a person's,
 * whatever the tagger made of it ("Tom and Jean Baxter, both 74," read as a place).
 */
export function agedAt(text: string, span: { start: number; end: number }): boolean {
  return namedAges(text).some((a) => a.nameStart < span.end && a.nameEnd > span.start);
}
