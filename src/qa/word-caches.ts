/**
 * The caches keyed by a word that a folder's own words fill (`settle.ts`): WordNet's look-ups, the
 * lemmatiser's, a question noun's people test. Module state, as the look-ups they remember are: the
 * same word has the same answer for every engine. Each holds two parts, so that no size has to be set
 * at run time:
 * - the folder's words, looked up ahead in the background (`keep`), are kept: they are bounded by the
 *   folder now loaded, not by what people type, and a first question on a large folder needs them (about
 *   29,000 words of three letters or more in the BBC stories, more than any fixed bound that was tried).
 *   When a reloaded folder's look-ups begin (`keepOnlyWords`), the words it no longer has join the
 *   other words below, so that a folder edited for weeks does not keep every word it ever held;
 * - any other word is one of at most TYPED_WORDS, all forgotten when that is reached, so that whatever
 *   people type can neither grow memory without limit nor push out the folder's words.
 */

/** Words besides the folder's held at most by each cache. */
export const TYPED_WORDS = 10_000;

/** Every WordCache made (module state, as they are), for `keepOnlyWords`. */
const caches: WordCache<unknown>[] = [];

/** `WordCache.keepOnly` for every cache: a folder's look-ups begin, with these words (`settle.ts`). */
export function keepOnlyWords(words: ReadonlySet<string>): void {
  for (const cache of caches) cache.keepOnly(words);
}

export class WordCache<V> {
  private readonly kept = new Map<string, V>();
  private readonly typed = new Map<string, V>();

  constructor() {
    caches.push(this as WordCache<unknown>);
  }

  /**
   * What `look` gives for `word`, looked up only the first time. `keep`: the word is one of the folder's,
   * looked up ahead (`settle.ts`), and kept whatever is typed after.
   */
  get(word: string, look: (word: string) => V, keep = false): V {
    // One look-up of each map for a word held (`has` only for a value that is undefined): a question
    // asks these caches a few thousand times (session 51's profile: a twentieth of a first ask).
    const held = this.kept.get(word);
    if (held !== undefined || this.kept.has(word)) return held as V;
    const typed = this.typed.get(word);
    const known = typed !== undefined || this.typed.has(word);
    const value = known ? (typed as V) : look(word);
    if (keep) {
      this.typed.delete(word);
      this.kept.set(word, value);
    } else if (!known) {
      if (this.typed.size >= TYPED_WORDS) this.typed.clear();
      this.typed.set(word, value);
    }
    return value;
  }

  /**
   * The folder now has only `words`: any other kept word becomes one of the typed ones (still at hand
   * until TYPED_WORDS more are, as if typed last), so that a word a reload removed is eventually forgotten.
   */
  keepOnly(words: ReadonlySet<string>): void {
    for (const [word, value] of this.kept) {
      if (words.has(word)) continue;
      this.kept.delete(word);
      if (this.typed.size >= TYPED_WORDS) this.typed.clear();
      this.typed.set(word, value);
    }
  }

  /** Is `word`'s value held, kept or typed (for tests and diagnosis)? */
  has(word: string): boolean {
    return this.kept.has(word) || this.typed.has(word);
  }

  /** Is `word` kept as one of the folder's (for tests and diagnosis)? */
  keeps(word: string): boolean {
    return this.kept.has(word);
  }
}
