/**
 * Choosing a summary's sentences: maximal marginal relevance (Carbonell & Goldstein, 1998) takes them
 * one at a time, each the best trade-off between its own score and its likeness to those already
 * taken; a sentence that repeats a chosen one (most of its words, or most of its content within the
 * other's) is never taken. When the sentence taken is restated in full by a longer one (a lede
 * repeated with the place and the date), the fuller statement is taken instead: one fact, once, with
 * all that the story says about it.
 */
import { jaccard } from './sentence-graph.js';

export interface Candidate {
  index: number;
  /** Higher is better; comparable across candidates only (any sign). */
  score: number;
  /** Lower-cased words (what repeating is measured on). */
  words: ReadonlySet<string>;
  /** Content stems (what one sentence containing another is measured on). */
  terms: ReadonlySet<string>;
  /** False for sentences that may not be chosen at all (fragments). */
  eligible: boolean;
  /** The candidates (by index) it leans on (see summary-antecedent.ts): never chosen before all of them. */
  leansOn?: readonly number[];
}

export interface SelectOptions {
  relevance: number;
  /** Word-set Jaccard from which two sentences repeat each other. */
  maxOverlap: number;
  /** Share of a sentence's content stems found in another from which it says nothing more. */
  maxContainment: number;
  /** Likeness 0-1 of two candidates (by index). */
  similarity(a: number, b: number): number;
  /** A candidate (by index) taken before any other: the story's lead, when the summary opens with it. */
  first?: number;
}

/** Share of `a`'s content found in `b`. */
function containedIn(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 1;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / a.size;
}

function repeats(a: Candidate, b: Candidate, o: SelectOptions): boolean {
  if (jaccard(a.words, b.words) >= o.maxOverlap) return true;
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  return containedIn(small.terms, large.terms) >= o.maxContainment;
}

/** Indexes of up to `count` chosen candidates, in the order they were chosen. */
export function selectSentences(candidates: readonly Candidate[], count: number, o: SelectOptions): number[] {
  // Scores scaled to 0-1 before they are traded against likeness (a learned score may be negative).
  const scores = candidates.map((c) => c.score);
  const low = Math.min(...scores);
  const span = Math.max(...scores) - low || 1;
  const chosen: Candidate[] = [];
  const pool = candidates.filter((c) => c.eligible);
  const open = (c: Candidate) =>
    !chosen.includes(c) &&
    !chosen.some((d) => repeats(c, d, o)) &&
    // A sentence leaning on others is shown only with them.
    (c.leansOn ?? []).every((i) => chosen.some((d) => d.index === i));
  const lead = pool.find((c) => c.index === o.first);
  if (lead !== undefined && count > 0) chosen.push(lead);
  while (chosen.length < count) {
    let best: Candidate | undefined;
    let bestValue = -Infinity;
    for (const c of pool) {
      if (!open(c)) continue;
      const likeness = Math.max(0, ...chosen.map((d) => o.similarity(c.index, d.index)));
      const value = o.relevance * ((c.score - low) / span) - (1 - o.relevance) * likeness;
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    if (best === undefined) break;
    const pick = best;
    const fuller = pool
      .filter((c) => c !== pick && open(c) && c.terms.size > pick.terms.size)
      .filter((c) => containedIn(pick.terms, c.terms) >= o.maxContainment)
      .sort((a, b) => b.score - a.score)[0];
    chosen.push(fuller ?? pick);
  }
  return chosen.map((c) => c.index);
}
