/**
 * The folder's words looked up ahead of the questions. With every sentence's tags at hand, a question's
 * first ask on a large folder still cost about twice what asking it again did, and most of the
 * difference was look-ups of words not seen before: in WordNet, the kinds above each word of a "what
 * <kind>" question's candidate sentences and whether a short answer's head is an English word; for
 * the question's own words, their synonyms, lemmas and irregular forms, the multi-word lemmas they may
 * start ("pass" of "pass away") and whether the noun of "what <noun>" names people; for a candidate
 * sentence's words, their word vectors (the soft match). Those words are the folder's own, so the bot looks them all up in the
 * background once the tags are done.
 */
import { settleStartingLemmas } from './collocations.js';
import { wordVectors } from './embeddings.js';
import { settleKin } from './irregular.js';
import { settleLemma } from './lemma.js';
import { settleNamesPeople } from './question.js';
import type { SearchIndex } from './search-index.js';
import { keepOnlyWords } from './word-caches.js';
import { settleWord } from './wordnet.js';

/**
 * How long words are looked up between two turns of the event loop, so that no question waits long
 * behind them. A fixed 32 words at a time took 57-243 ms in a new process on a busy machine (its first
 * look-ups pay for compiling the code, WordNet's and the tagger's), which a question typed at the
 * console's first prompt waited for.
 */
const SLICE_MS = 4;

/**
 * The words settled: the index's words of three letters or more (lower case), those a candidate's kinds
 * and a question's words are looked up for. Shorter ones are looked up on first use, as before.
 */
export function settledWords(index: SearchIndex): string[] {
  return [...index.words.keys()].filter((w) => w.length > 2);
}

/** Every look-up of one word that `settleVocabulary` makes, each kept as the folder's (`word-caches.ts`). */
export function settle(word: string): void {
  settleWord(word);
  // Its vector's row, which the soft match of every candidate sentence looks up by a binary search over
  // the 100K words the first time (remembered after, `embeddings.ts`).
  wordVectors().row(word);
  settleLemma(word);
  settleKin(word);
  settleNamesPeople(word);
  settleStartingLemmas(word);
}

/**
 * Look up every word of the index (see `settledWords`), yielding every `SLICE_MS`; the word caches keep
 * them all, and no longer keep an earlier folder's words that this one lacks (a reload removed them).
 * Resolves with the number of words looked up; stops early when `signal` aborts.
 */
export async function settleVocabulary(index: SearchIndex, signal?: AbortSignal): Promise<number> {
  const words = settledWords(index);
  if (signal?.aborted !== true) keepOnlyWords(new Set(words));
  let done = 0;
  while (done < words.length && signal?.aborted !== true) {
    const until = performance.now() + SLICE_MS;
    do settle(words[done++] as string);
    while (done < words.length && performance.now() < until);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return done;
}
