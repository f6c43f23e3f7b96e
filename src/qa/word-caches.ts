/**
 * The bound of the caches keyed by a word that a folder's own words fill (`settle.ts`): WordNet's
 * look-ups, the lemmatiser's, a question noun's people test. Each cache is cleared when it reaches the
 * bound, so that whatever people type cannot grow memory without limit; a fixed 10,000 was smaller
 * than a large folder's vocabulary (about 29,000 words of three letters or more in the BBC stories), so
 * settling them cleared what it had settled. Module state, as the caches are: one engine serves at a time.
 */
const BASE = 10_000;

let limit = BASE;

/** How many words each of those caches holds before it is cleared. */
export function wordCacheLimit(): number {
  return limit;
}

/** Room for `words` words (the folder's, settled ahead) and BASE more, for what people type besides. */
export function fitWordCaches(words: number): void {
  limit = BASE + words;
}
