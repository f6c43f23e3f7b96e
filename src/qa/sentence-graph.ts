/**
 * Sentences as TF-IDF vectors of content stems, their cosine similarities, and PageRank over the
 * similarity graph (TextRank/LexRank centrality). The summariser and the summary benchmark's TextRank
 * baseline share these, so the baseline is measured with the same words the summariser sees.
 */
import { tokenize } from './text.js';

export interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokenize(text)) if (!t.stop) counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
  return counts;
}

function weigh(counts: Map<string, number>, idf: (stem: string) => number): TermVector {
  const weights = new Map<string, number>();
  let sum = 0;
  for (const [stem, tf] of counts) {
    const w = tf * idf(stem);
    weights.set(stem, w);
    sum += w * w;
  }
  return { weights, norm: Math.sqrt(sum) };
}

/**
 * TF-IDF vectors of `texts`, each sentence a document (a story's own sentences are the collection:
 * a word in every sentence says nothing about which one matters). `extra` texts (a headline) are
 * weighed with the same IDF without counting towards it.
 */
export function tfidfVectors(
  texts: readonly string[],
  extra: readonly string[] = [],
): { vectors: TermVector[]; extra: TermVector[] } {
  const counts = texts.map(termCounts);
  const df = new Map<string, number>();
  for (const c of counts) for (const stem of c.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const idf = (stem: string) => Math.log(1 + texts.length / (df.get(stem) ?? 1));
  return {
    vectors: counts.map((c) => weigh(c, idf)),
    extra: extra.map((t) => weigh(termCounts(t), idf)),
  };
}

export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [stem, w] of small.weights) {
    const v = large.weights.get(stem);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/** Symmetric matrix of pairwise cosines, zero on the diagonal. */
export function similarityMatrix(vectors: readonly TermVector[]): number[][] {
  const n = vectors.length;
  const sim = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i] as TermVector, vectors[j] as TermVector);
      (sim[i] as number[])[j] = s;
      (sim[j] as number[])[i] = s;
    }
  }
  return sim;
}

/**
 * Weighted PageRank by power iteration: a sentence is central when sentences similar to it are
 * central. A sentence similar to none spreads its rank evenly (so ranks always sum to 1).
 */
export function pageRank(sim: readonly (readonly number[])[], damping: number, iterations = 50): number[] {
  const n = sim.length;
  if (n === 0) return [];
  const outSum = sim.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) if ((outSum[j] as number) === 0) dangling += rank[j] as number;
    const next = new Array<number>(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let j = 0; j < n; j++) {
      const out = outSum[j] as number;
      if (out === 0) continue;
      const share = (damping * (rank[j] as number)) / out;
      const row = sim[j] as readonly number[];
      for (let i = 0; i < n; i++)
        if ((row[i] as number) > 0) next[i] = (next[i] as number) + share * (row[i] as number);
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs((next[i] as number) - (rank[i] as number));
    rank = next;
    if (delta < 1e-9) break;
  }
  return rank;
}

/** Lower-cased words of a text, as a set (what "two sentences repeat each other" is measured on). */
export function wordSet(text: string): Set<string> {
  return new Set(tokenize(text).map((t) => t.word));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}
