/** Dictionary forms of irregular words ("met" → "meet", "children" → "child"), which no stemmer finds. */
import { nlp, selectable, verbBases } from '../nlp/nlp.js';
import { WordCache } from './word-caches.js';
import { infinitiveRewrites, infinitiveText, singularText, soleWord } from './word-forms.js';
import { firstListed } from './wordnet.js';

const cache = new WordCache<string | undefined>();

/** Regular inflections and derivations: the stemmer already handles them, and no irregular form looks like this. */
const REGULAR = /(ed|ing|s|ly|tion|ment|ness|ity|al|ic|ous|ive|able|ible|er|est)$/;

export function lemmaOf(word: string): string | undefined {
  return lemmaKept(word, false);
}

/**
 * The verb's dictionary form as WordNet lists it ("got" → "get", "said" → "say"): the word itself, its
 * lemma or one of its bases, whichever WordNet has as a verb first; undefined when it has none.
 */
export function verbLemmaOf(word: string): string | undefined {
  return verbLemmas.get(word, readVerbLemma);
}

/**
 * Module state, as `cache`: each word's verb lemma, read once. A who-question's verb test reads it for
 * words of each passage it orders (`formOf`), and every read converted the word by compromise's tables
 * four times and looked each form up in WordNet.
 */
const verbLemmas = new WordCache<string | undefined>();

function readVerbLemma(word: string): string | undefined {
  return firstListed('verb', [word, lemmaOf(word) ?? word, ...verbBases(word)]);
}

/** Is `word`'s verb lemma held, read already (for tests and diagnosis)? */
export function remembersVerbLemma(word: string): boolean {
  return verbLemmas.has(word);
}

/** `lemmaOf` for one of the folder's words, looked up ahead (`settle.ts`): kept whatever is typed after. */
export function settleLemma(word: string): void {
  lemmaKept(word, true);
}

function lemmaKept(word: string, keep: boolean): string | undefined {
  if (REGULAR.test(word) || word.length < 3) return undefined;
  return cache.get(word, computeLemma, keep);
}

function computeLemma(word: string): string | undefined {
  const doc = nlp(word);
  const term = soleWord(doc);
  if (term !== undefined) {
    // The conversions' shortcuts (word-forms.ts).
    const verb = infinitiveText(term)?.trim().toLowerCase();
    if (verb !== undefined && verb !== '' && verb !== word) return verb;
    // A verb already in its infinitive is rewritten as itself, tagged a verb: the noun conversion then
    // finds nothing (so on each of 4,113 such words of BBC stories and WordNet's verbs, and a test's list).
    if (verb !== undefined && infinitiveRewrites(term)) return undefined;
    const noun = verb !== undefined ? singularText(term) : null;
    if (noun !== null) {
      const lemma = noun.trim().toLowerCase();
      return lemma !== '' && lemma !== word ? lemma : undefined;
    }
  }
  // Only selections that can find the word are converted (see `selectable`); the noun's is read after
  // the verb's conversion, which may have rewritten the word.
  const verb = selectable(doc).verb ? doc.verbs().toInfinitive().text().trim().toLowerCase() : '';
  if (verb !== '' && verb !== word) return verb;
  const noun = selectable(doc).noun ? doc.nouns().toSingular().text().trim().toLowerCase() : '';
  if (noun !== '' && noun !== word) return noun;
  return undefined;
}
