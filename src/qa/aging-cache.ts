/**
 * A bounded memo that keeps what was used lately, for look-ups keyed by whatever people type (WordNet's
 * `isKindOf`). Two generations of at most `half` entries each: a key is looked for in the young one,
 * then in the old one (and joins the young one when found there); when the young one is full it
 * becomes the old one, and the old one's entries not used since are dropped. So an entry used at least
 * once every `half` new entries is never forgotten and memory stays under `2 * half` entries, where a
 * map cleared whole at its limit forgot the entries every question uses along with the rest. A hit in
 * the young generation costs one look-up, where a strict least-recently-used list (`recent.ts`)
 * reorders its map on every hit. What is kept is only ever a value computed for its key, so a value
 * read back is the one computing it again would give.
 */
export class AgingCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly half: number) {}

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** How many entries are held (both generations; a key in both counts twice): at most `2 * half`. */
  get size(): number {
    return this.young.size + this.old.size;
  }

  /** Is `key` held (for tests and diagnosis)? */
  has(key: K): boolean {
    return this.young.has(key) || this.old.has(key);
  }
}
