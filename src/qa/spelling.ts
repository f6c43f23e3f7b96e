/**
 * Spelling correction of question words against the articles' own vocabulary. Fuse.js (Bitap) finds
 * candidates quickly among words of a similar length; an exact edit distance then decides, so that
 * "sined" becomes "signed" and not "designed".
 */
import Fuse from 'fuse.js';
import { hasNumber } from './letters.js';

/** Damerau-Levenshtein distance (optimal string alignment), small strings only. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const up = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** Edits allowed for a word of this length: none for very short words, which collide too easily. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

function bucketKey(first: string, length: number): string {
  return `${first}:${length}`;
}

/**
 * Words whose corrections a checker remembers at most: a reader's misspelling comes back question after
 * question ("wher", "protocl"), but what people type must not grow memory without bound. All are
 * forgotten when the limit is reached (as `word-caches.ts` does with typed words).
 */
export const REMEMBERED_CORRECTIONS = 10_000;

export class SpellChecker {
  // Buckets by first letter and length: people rarely get the first letter wrong, and a bucket keeps
  // each Fuse search to a few dozen words instead of the whole vocabulary.
  private readonly buckets = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  /**
   * Each word corrected so far and its correction (undefined for none): a pure function of the word and
   * the vocabulary, which never changes after construction, while a correction is up to a dozen Fuse
   * searches and edit distances (the expansion of a word the articles lack asks it each time).
   */
  private readonly corrected = new Map<string, string | undefined>();

  /** `frequency` maps each known word to how many sentences use it (ties go to the commoner word). */
  constructor(private readonly frequency: ReadonlyMap<string, number>) {
    for (const word of frequency.keys()) {
      const key = bucketKey(word[0] ?? '', word.length);
      const list = this.buckets.get(key);
      if (list === undefined) this.buckets.set(key, [word]);
      else list.push(word);
    }
  }

  private fuseFor(key: string): Fuse<string> | undefined {
    const words = this.buckets.get(key);
    if (words === undefined) return undefined;
    let fuse = this.fuses.get(key);
    if (fuse === undefined) {
      // Plain fuzzy search (no extended-search syntax), so no character of user input is an operator.
      fuse = new Fuse(words, {
        includeScore: true,
        threshold: 0.4,
        ignoreLocation: true,
        useExtendedSearch: false,
      });
      this.fuses.set(key, fuse);
    }
    return fuse;
  }

  /** The known word closest to `word`, or undefined when nothing is close enough. */
  correct(word: string): string | undefined {
    if (this.corrected.has(word)) return this.corrected.get(word);
    const found = this.closest(word);
    if (this.corrected.size >= REMEMBERED_CORRECTIONS) this.corrected.clear();
    this.corrected.set(word, found);
    return found;
  }

  /** `correct` worked out. */
  private closest(word: string): string | undefined {
    // A number is never a misspelt number: "2018" is not "2019".
    if (hasNumber(word)) return undefined;
    const max = allowedEdits(word.length);
    if (max === 0) return undefined;
    let best: { word: string; distance: number; frequency: number } | undefined;
    for (let length = word.length - max; length <= word.length + max; length++) {
      const fuse = this.fuseFor(bucketKey(word[0] ?? '', length));
      if (fuse === undefined) continue;
      for (const { item } of fuse.search(word, { limit: 8 })) {
        const distance = editDistance(word, item);
        if (distance > max) continue;
        const frequency = this.frequency.get(item) ?? 0;
        if (
          best === undefined ||
          distance < best.distance ||
          (distance === best.distance && frequency > best.frequency)
        ) {
          best = { word: item, distance, frequency };
        }
      }
    }
    return best?.word;
  }
}
