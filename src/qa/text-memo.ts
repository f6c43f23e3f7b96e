/**
 * Readings of a text that a question makes again and again: a story's sentences come back question
 * after question (the seed's 66 questions read one story's 30), and a reading made per passage reads the
 * question's own words again for each. Each reading here is a pure function of the text (compromise's
 * model and WordNet are loaded once and never change), so the value remembered is the value a fresh
 * reading gives. Module state, as `word-caches.ts` is: the same text reads the same for every engine.
 * Bounded by `RECENT_TEXTS` each, the least recently used dropped, so that what people type cannot grow
 * memory. The values are shared: callers only read them.
 */
import { taggedTerms, type TaggedTerm } from '../nlp/nlp.js';
import { Recent } from './recent.js';

/**
 * Texts remembered per reading: a few stories' sentences and the questions asked of them. A tagged
 * sentence is a few kilobytes (its terms and their tag sets), so about a megabyte at most.
 */
export const RECENT_TEXTS = 512;

const terms = new Recent<string, readonly TaggedTerm[]>(RECENT_TEXTS, taggedTerms);

/**
 * `taggedTerms(text)`, tagged once while the text is among the last RECENT_TEXTS read: tagging a
 * sentence is a fifth of a millisecond warm, more on a first ask, and a yes/no question's passage
 * (`polarity.ts`) or a where-question's thing (`tied-place.ts`, once per passage) is tagged each time.
 */
export function rememberedTerms(text: string): readonly TaggedTerm[] {
  return terms.get(text);
}

/**
 * A reading of texts remembered as `rememberedTerms` is: `read` made once per text while it is among
 * the last RECENT_TEXTS read. `read` must be a pure function of the text.
 */
export function rememberedReading<V>(read: (text: string) => V): (text: string) => V {
  const recent = new Recent<string, V>(RECENT_TEXTS, read);
  return (text) => recent.get(text);
}
