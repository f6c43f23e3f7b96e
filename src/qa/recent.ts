/** A small least-recently-used cache: the search index's tokens of recent sentences, a folder's story engines. */

/**
 * Values made on first use and kept for the `size` most recently used keys (Map keeps insertion order:
 * the first key is the one used longest ago).
 */
export class Recent<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(
    private readonly size: number,
    private readonly make: (key: K) => V,
  ) {}

  get(key: K): V {
    let value: V;
    // Held, even when the value is undefined: a reading that finds nothing ("no verb asked") is made
    // once too.
    if (this.kept.has(key)) {
      value = this.kept.get(key) as V;
      this.kept.delete(key);
    } else {
      value = this.make(key);
      if (this.kept.size >= this.size) this.kept.delete(this.kept.keys().next().value as K);
    }
    this.kept.set(key, value);
    return value;
  }
}
