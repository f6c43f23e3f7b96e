/**
 * "The buyer, a family from Winchester, had asked not to be named", "A butcher from a Leicestershire
 * village has won…", "Peter Kettlewell, 66, from Leeds": a place after "from" that follows a noun for
 * people (or a person's age in apposition) is where they come from, a description of them, not where
 * the sentence's event happened. It answers "where is he from?" (`origin.ts`), not "where was the
 * auction?" nor "where were the awards held?". "From" after a verb ("flew from Leeds") or a thing
 * ("a letter from London", "not far from Leeds") is not read here.
 */
import { isAdverb, isKindOrSame } from './wordnet.js';

/**
 * The word before "from" (or an age in apposition and its comma, "66,", which "of" may follow too:
 * "58, of Harrogate"), then at most a determiner or "nearby" before the place; group 1 is the word.
 */
const FROM_BEFORE =
  /(?:^|[^\p{L}'’-])([\p{L}'’-]+|\d{1,3},)\s+(?:from|(?<=\d,\s+)of)\s+(?:(?:a|an|the|nearby)\s+)?$/iu;

/** How far back the pattern may look: a word, "from" and a determiner. */
const LOOK_BACK = 48;

/**
 * The kinds of noun whose "from" says where they come from, in the noun's commonest sense only ("back"
 * names a player only in a rare sense): a person ("butcher", "buyer"), a group of them ("family",
 * "delegation", "team"), people ("residents" are persons already).
 */
const PEOPLE = ['person', 'social_group', 'people'] as const;

/** Does the place starting at `start` say where people the text describes come from, not where something happened? */
export function homePlace(text: string, start: number): boolean {
  const m = FROM_BEFORE.exec(text.slice(Math.max(0, start - LOOK_BACK), start));
  const word = m?.[1];
  if (word === undefined) return false;
  if (/^\d/u.test(word)) return true;
  const lower = word.toLowerCase();
  // "far from Leeds" is near Leeds: a word WordNet reads as an adverb is no noun for people.
  if (isAdverb(lower)) return false;
  return PEOPLE.some((kind) => isKindOrSame(lower, kind, 1));
}
