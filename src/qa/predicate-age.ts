/**
 * An age said in a sentence of its own: "Professor Grant is 58.", "She is 34 and has swum since…",
 * "Chidi Eze is 52." News gives an age so when it did not put it after the name: the sentence's subject,
 * a copula, the number (maybe "years old"), and the clause's end. The subject is whose age it is: a name,
 * a title and surname, or a pronoun the story reads as someone (`referents.ts`). Pure.
 */
import { addressTitle, isFirstName } from '../knowledge/names.js';
import { namedAges } from './apposition.js';
import { prenominalAges } from './prenominal-age.js';
import { isCommonWord } from './wordnet.js';

export interface PredicateAge {
  /** The subject as written: "Professor Grant", "She". */
  subject: string;
  age: string;
  ageStart: number;
  ageEnd: number;
}

/**
 * A subject of one to four capitalised words or "He"/"She" opening the sentence, "is", "was" or "turned",
 * a number of at most three digits, maybe "years old", then a comma, "and", a full stop or the end.
 */
const PREDICATE =
  /^["“]?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(?:is|was|turned|turns)\s+(?:now\s+)?(\d{1,3})(?=(?:\s+years?\s+old)?\s*(?:[,.;]|\band\b|$))/u;

/** The oldest age a person can be: a larger number is a count. */
const MAX_AGE = 120;

/** The age the sentence gives its subject (see the module comment), or undefined. */
export function predicateAge(text: string): PredicateAge | undefined {
  const m = PREDICATE.exec(text);
  const [, subject = '', age = ''] = m ?? [];
  if (m === null || Number(age) > MAX_AGE) return undefined;
  const ageStart = m[0].length - age.length;
  return { subject, age, ageStart, ageEnd: ageStart + age.length };
}

/**
 * A name and an age said of it inside the sentence, past its opening: "… and his older brother, Tom
 * Reid, is 45". The name (one to four capitalised words, maybe set off by a comma) is the clause's
 * subject, the copula's, so the age is theirs.
 */
const LATER_PREDICATE =
  /(?<=[,;]\s*|\band\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),?\s+(?:is|was|turned|turns)\s+(?:now\s+)?(\d{1,3})(?=(?:\s+years?\s+old)?\s*(?:[,.;]|\band\b|$))/gu;

/**
 * Every age a sentence says of a subject: at its opening (`predicateAge`, a pronoun too) and of a name
 * later in it ("Sam Reid is 41 and his older brother, Tom Reid, is 45": Sam 41, Tom 45), in order.
 */
export function predicateAges(text: string): PredicateAge[] {
  const first = predicateAge(text);
  const out = first === undefined || !personLike(first.subject) ? [] : [first];
  for (const m of text.matchAll(LATER_PREDICATE)) {
    const [whole, subject = '', age = ''] = m;
    const ageStart = (m.index ?? 0) + whole.length - age.length;
    if (Number(age) > MAX_AGE || out.some((p) => p.ageStart === ageStart) || !personLike(subject)) continue;
    out.push({ subject, age, ageStart, ageEnd: ageStart + age.length });
  }
  return out;
}

/** A subject that is a pronoun for a person: "He is 31." gives an age to whoever "he" stands for. */
export const PRONOUN_SUBJECT = /^(?:he|she)$/iu;

/**
 * Could the subject be someone: "He" or "She", a title ("Professor Grant"), a first name the lists know
 * ("Sam Reid", "Rhys"), or two capitalised words or more none of which is a common word ("Chidi Eze").
 * Not "Turnout was 29" nor "Labour was 31", whose number is no age (review32c).
 */
function personLike(subject: string): boolean {
  const words = subject.replace(/^["“]/u, '').split(/\s+/u);
  const [head = ''] = words;
  if (PRONOUN_SUBJECT.test(subject) || addressTitle(head.replace(/\.$/u, '')) !== undefined) return true;
  if (isFirstName(head)) return true;
  return words.length > 1 && words.every((w) => !isCommonWord(w.toLowerCase()));
}

/** A further age said of someone after the first: "… and his brother, Sam Reid, is 41". */
export const LATER_AGE = /\b(?:is|was|turned|turns)\s+(?:now\s+)?\d{1,3}\b/u;

/** Does the sentence give another age after `from` (said of someone, or apposed to a later name)? */
export function saysAnotherAge(text: string, from: number): boolean {
  return LATER_AGE.test(text.slice(from)) || namedAges(text).some((a) => a.ageStart >= from);
}

/** An age a sentence gives a name, and whether it was said of the name as a clause's subject. */
export interface NamedAge {
  name: string;
  age: string;
  ageStart: number;
  ageEnd: number;
  said: boolean;
}

/**
 * Every age the sentence gives a name: in apposition or shared by a list (`namedAges`: "Chinedu Okafor,
 * 46,", "Tom and Jean Baxter, both 74"), then said of a named subject ("Sam Reid is 41 and his brother,
 * Tom Reid, is 45"), or written before the name (`prenominalAges`: "48-year-old accountant Martin
 * Feltham"); a pronoun's ("She is 34") is no name's.
 */
export function agesOfNames(text: string): NamedAge[] {
  const apposed = namedAges(text);
  const before = prenominalAges(text).filter((b) => !apposed.some((a) => a.ageStart === b.ageStart));
  const said = predicateAges(text).filter(
    (p) => !/^(?:he|she)$/iu.test(p.subject) && !apposed.some((a) => a.ageStart === p.ageStart),
  );
  return [
    ...apposed.map((a) => ({
      name: a.name,
      age: a.age,
      ageStart: a.ageStart,
      ageEnd: a.ageEnd,
      said: false,
    })),
    ...said.map((p) => ({ name: p.subject, age: p.age, ageStart: p.ageStart, ageEnd: p.ageEnd, said: true })),
    ...before.map((b) => ({ ...b, said: false })),
  ];
}
