/**
 * The full name a story gave before of someone it names again by one word: news names a person in
 * full once ("Isla Mackay beat 40 adults…") and then by first name or surname alone ("Isla, who learned
 * the game…", "Mackay said…"). A pronoun read as the person the nearest sentence names
 * (`referents.ts`) stands for the person, not for the one word written there: "what did isla mackay
 * say?" asks for the words of the "she" after "Isla, who…".
 *
 * Conservative, as a wrong full name would credit a sentence to someone else:
 * - only a name of one word (titles aside: "Mrs Reid" is "Reid") that is the first or the last word of
 *   a longer name the story wrote before it;
 * - only when exactly one such name was written ("Fiona Reid" and "Tom Reid" before "Reid said" leave
 *   it as it is), and its first name or title does not say otherwise of the pronoun ("she" after "Reid"
 *   is not Tom Reid), nor its title ("Mrs Reid" is not Sam Reid, whose first name says nothing);
 * Pure: names come as text, in the order the story writes them.
 */
import type { Gender } from '../knowledge/names.js';
import { addressTitle, withoutTitles } from '../knowledge/names.js';
import { hasLetter } from './letters.js';

/** A name as the story wrote it, with what its first name or title says of the person. */
export interface WrittenName {
  name: string;
  gender: Gender | undefined;
}

/** A name's words that hold a letter. */
const wordsOf = (name: string): string[] => name.split(/\s+/u).filter((w) => hasLetter(w));

/**
 * The one longer name in `before` (names written earlier in the story) whose first or last word is
 * `name`'s one word (`isTitle`: titles that are words, as `withoutTitles` reads them), fitting `gender`
 * (the pronoun's) when its first name or title says one; undefined when there is none, or more than one.
 */
export function fullerName(
  name: string,
  before: readonly WrittenName[],
  gender: Gender | undefined,
  isTitle: (word: string) => boolean,
): WrittenName | undefined {
  const own = wordsOf(withoutTitles(name, isTitle));
  if (own.length !== 1) return undefined;
  const word = own[0] as string;
  const found = new Map<string, WrittenName>();
  for (const written of before) {
    const words = wordsOf(withoutTitles(written.name, isTitle));
    if (words.length < 2 || (words[0] !== word && words.at(-1) !== word)) continue;
    found.set(words.join(' '), written);
  }
  if (found.size !== 1) return undefined;
  const [only] = found.values();
  if (only === undefined) return undefined;
  // Its own first name or title says it is someone else than the pronoun.
  if (gender !== undefined && only.gender !== undefined && only.gender !== gender) return undefined;
  // A title says who of a family is meant ("Mrs Reid" after "Sam Reid" may be his wife): the full
  // name must say the same, not merely nothing.
  const title = addressTitle(name.split(/\s+/u)[0] ?? '');
  if ((title === 'male' || title === 'female') && only.gender !== title) return undefined;
  return only;
}
