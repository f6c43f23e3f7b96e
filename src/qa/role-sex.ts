/**
 * The sex a role noun says of the person it names ("mother", "husband", "sister"), read from WordNet's
 * definition, and the sex a story gives a name by such a noun right before it ("whose father Enzo",
 * "his daughter, Giulia,"): a reader who meets "father Enzo" knows Enzo is no "she", whatever the
 * first-name lists know of "Enzo". Pure, apart from WordNet's definitions.
 */
import type { Gender } from '../knowledge/names.js';
import type { Sentence } from '../knowledge/types.js';
import type { PronounSex } from './pronoun-sex.js';
import { glossedSenses } from './wordnet.js';

/**
 * The sex a role noun says of its person, by WordNet's definition of its commonest sense ("mother": "a
 * woman who has given birth…", "husband": "a married man", "sister": "a female person…"); undefined
 * for a role of either ("judge", "victim", "chief executive").
 */
export function roleSex(word: string): PronounSex | undefined {
  const gloss = glossedSenses('noun', word.toLowerCase())[0]?.gloss;
  const said = gloss === undefined ? undefined : GENDERED_GLOSS.exec(gloss);
  const sex = said?.[1] ?? said?.[2];
  if (sex === undefined) return undefined;
  return FEMALE.test(sex) ? 'she' : 'he';
}

/**
 * A definition whose head says its person's sex: "a married woman", "the mother of your father or
 * mother", "an adult person who is male" (not "a specialist in the health care of women").
 */
const GENDERED_GLOSS =
  /^(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}?(?:(woman|female|girl|lady|mother|daughter|wife|sister|man|male|boy|father|son|husband|brother)|person who is (male|female))\b/u;

/** The words of `GENDERED_GLOSS` that say a woman. */
const FEMALE = /^(?:woman|female|girl|lady|mother|daughter|wife|sister)$/u;

/** A lower-case noun, a comma maybe, then a capitalised word: group 1 the noun, group 2 the word. */
const ROLE_BEFORE_NAME = /\b(\p{Ll}+),?\s+(\p{Lu}[\p{L}'’-]*)/gu;

/**
 * The sex the story's role nouns give `name` where one stands right before its first word ("father
 * Enzo", "his daughter, Giulia"): undefined when none does, or they disagree.
 */
export function roleGivenGender(sentences: readonly Sentence[], name: string): Gender | undefined {
  const first = name.split(/\s+/u)[0];
  if (first === undefined || first === '') return undefined;
  const said = new Set<PronounSex>();
  for (const { text } of sentences) {
    if (!text.includes(first)) continue;
    for (const m of text.matchAll(ROLE_BEFORE_NAME)) {
      if (m[2] !== first) continue;
      const sex = roleSex(m[1] as string);
      if (sex !== undefined) said.add(sex);
    }
  }
  const [only] = said;
  if (said.size !== 1 || only === undefined) return undefined;
  return only === 'she' ? 'female' : 'male';
}
