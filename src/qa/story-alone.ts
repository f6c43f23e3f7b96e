/**
 * A question kept to one story of a folder (`/ask article:`, a conversation's story, a question read as
 * about the story itself) is searched and judged as if that story were the only article: by an engine
 * of that story alone. The answerability model learned from one article at a time, and its evidence read
 * over the whole folder says how the folder is made, not whether the passage answers: a question word
 * another story holds counted as held (`unknown` 0 where the story alone gives 0.3-0.7), and a word's
 * rarity was the folder's. So whether "what does Icstis stand for?" asked of one story was answered
 * changed with the other stories loaded beside it. Questions about none in particular are still
 * searched over the whole folder: put story by story they lost answers (docs/measured.md, session 16).
 */

/**
 * Values made on first use and kept for the `size` most recently used keys (Map keeps insertion order:
 * the first key is the one used longest ago). A story's own engine is cheap to build (its terms and
 * entity tags are cached by article, `search-index.ts`), but a folder of thousands of stories each
 * kept as an engine would hold every story's tokens twice: only the stories being talked about are kept.
 */
export class Recent<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(
    private readonly size: number,
    private readonly make: (key: K) => V,
  ) {}

  get(key: K): V {
    let value = this.kept.get(key);
    if (value !== undefined) this.kept.delete(key);
    else {
      value = this.make(key);
      if (this.kept.size >= this.size) this.kept.delete(this.kept.keys().next().value as K);
    }
    this.kept.set(key, value);
    return value;
  }
}
