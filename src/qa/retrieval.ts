/**
 * Retrieval stage: BM25 over sentences for each question word's group, credit lent by neighbouring
 * sentences of the same paragraph and by the sentence a pointing-back sentence refers to, a share of
 * the question the sentence's article covers → the best `RERANK` candidates with their coverage.
 */
import type { Group } from './expansion.js';
import type { Scratch } from './scratch.js';
import { CONTEXT_WINDOW, POINTS_BACK, type SearchIndex } from './search-index.js';
import { opensWithSubject, type SubjectCredit } from './subject.js';
import type { Weights } from './weights.js';

/** A sentence in the running for the answer. */
export interface Candidate {
  id: number;
  score: number;
  /** 0-1: the rarity-weighted share of the question the sentence (and what it borrows) accounts for. */
  coverage: number;
}

/** -1: every article; -2: none (an unknown article id); else the article's position in the index. */
export type ArticleFilter = number;

/**
 * The question word groups the reused score rows (`scores`, one row per sentence) are first made for.
 * A row per group, so a question with more groups than any before it made the whole buffer again: on a
 * large folder a few MB of fresh memory, which the system pages in as it is written (4-10 ms of CPU a
 * time at load, docs/measured.md session 33), on the first three of the BBC bench's first asks (4, 5 and 6 groups
 * after the warm-up's 3). Made for this many at the warm-up's first question instead; a longer question
 * still grows them. The buffer is zero wherever it is not in use, so its size changes no score.
 */
const FIRST_ROW_GROUPS = 8;

/** What a sentence holds for the question, group by group, and what it may borrow for each. */
interface Evidence {
  /** BM25 of each group in the sentence itself (row `at` of a flat scores buffer). */
  own: ArrayLike<number>;
  ownAt: number;
  /** What the neighbours lend per group (before the CONTEXT share). */
  near: ArrayLike<number>;
  /** What the antecedent holds per group (row `backAt` of `back`), when the sentence points back. */
  back: ArrayLike<number> | undefined;
  backAt: number;
}

/** A sentence's score and coverage (`sentenceScore`). */
export interface SentenceScore {
  score: number;
  coverage: number;
}

/**
 * A sentence's score and coverage from its evidence. Given upper bounds of what neighbours and an
 * antecedent could lend, it is an upper bound of the exact score: the pruning bound and the exact
 * score come from this one function so that they cannot drift apart (monotone in `near` and `back`).
 * Written into `into` (a new object when none is given), which it returns: retrieval scores a few
 * thousand sentences a question on a large folder, and an object made for each was about a twentieth of
 * what a question allocated (session 51's allocation profile): each collection lands on some question.
 */
export function sentenceScore(
  e: Evidence,
  groups: readonly Group[],
  totalIdf: number,
  factor: number,
  weights: Weights,
  into: SentenceScore = { score: 0, coverage: 0 },
): SentenceScore {
  const anaphoraCover = Math.max(weights.NEAR_COVERAGE, weights.ANAPHORA_COVERAGE);
  let score = 0;
  let covered = 0;
  for (let g = 0; g < groups.length; g++) {
    const own = e.own[e.ownAt + g] as number;
    const near = e.near[g] as number;
    const back = e.back === undefined || own > 0 ? 0 : (e.back[e.backAt + g] as number);
    score += own + Math.max(weights.CONTEXT * near, weights.ANAPHORA * back);
    const idf = (groups[g] as Group).idf;
    // A word found only in a neighbouring sentence counts NEAR_COVERAGE (half) towards the confidence.
    if (own > 0) covered += idf * Math.min(1, own / (idf * weights.FULL_MATCH));
    else if (back > 0) covered += anaphoraCover * idf;
    else if (near > 0) covered += weights.NEAR_COVERAGE * idf;
  }
  const coverage = totalIdf > 0 ? Math.min(1, covered / totalIdf) : 0;
  into.score = score * factor * coverage ** weights.COVERAGE_EXPONENT;
  into.coverage = coverage;
  return into;
}

/**
 * Per sentence opening with a pronoun that stands for a person the question names (`referents.ts`),
 * the groups naming them and the weighted IDF of the name's word each matched: what the sentence is
 * credited with, as if it wrote the name.
 */
export type ReferentCredit = ReadonlyMap<number, ReadonlyMap<number, number>>;

export function retrieve(
  index: SearchIndex,
  scratch: Scratch,
  groups: readonly Group[],
  articleFilter: ArticleFilter,
  weights: Weights,
  subject?: SubjectCredit,
  referents?: ReferentCredit,
  measure?: number,
): Candidate[] {
  // scores[doc * G + g]: BM25 of group g in doc (the best of the group's stems, so synonyms never add up).
  // One flat buffer reused across questions: on a large folder, a map of rows per question cost more
  // than the scoring itself. Only the touched rows are cleared afterwards.
  const G = groups.length;
  const n = index.docs.length;
  const scores = scratch.floats('scores', n * Math.max(G, FIRST_ROW_GROUPS));
  const seen = scratch.bytes('seen', n);
  const touched = scratch.ints('touched', n);
  let touchedCount = 0;
  const { articleOf, weights: docWeights } = index;
  const groupBest = new Float64Array(G);
  const k1 = weights.K1;
  const b = weights.B;
  // Rarest words first; once MAX_CANDIDATES sentences hold some question word, commoner words only
  // add to sentences already found (the "continue" strategy of term-at-a-time search). On a large
  // folder a sentence that shares only "year" or "set" with a question is never its best answer, and
  // collecting every such sentence cost more than all the rest of a question.
  const order = groups.map((_, g) => g).sort((x, y) => (groups[y] as Group).idf - (groups[x] as Group).idf);
  const norms = index.lengthNorms(b);
  for (const g of order) {
    const group = groups[g] as Group;
    for (const term of group.terms) {
      // The term's share of each product below, multiplied in the same order (the same numbers to the last bit).
      const weighted = term.weight * index.idf(term.stem);
      const list = index.postingsOf(term.stem);
      for (let i = 0; i < list.length; i += 2) {
        const id = list[i] as number;
        if (articleFilter !== -1 && articleOf[id] !== articleFilter) continue;
        if (seen[id] === 0) {
          if (touchedCount >= weights.MAX_CANDIDATES) continue;
          seen[id] = 1;
          touched[touchedCount++] = id;
        }
        const tf = list[i + 1] as number;
        const s = (weighted * tf * (k1 + 1)) / (tf + k1 * (norms[id] as number));
        if (s > (scores[id * G + g] as number)) scores[id * G + g] = s;
        if (s > (groupBest[g] as number)) groupBest[g] = s;
      }
    }
  }
  // The sentences of the subject's story that open with one of its pronouns ("She is 42.") are in the
  // running for the groups that name it even when they hold no word of the question.
  const credit = subject === undefined ? undefined : subjectCredit(index, groups, subject, weights);
  if (
    subject !== undefined &&
    credit !== undefined &&
    (articleFilter === -1 || articleFilter === subject.article)
  ) {
    const end = index.firstDoc[subject.article + 1] as number;
    for (let id = index.firstDoc[subject.article] as number; id < end; id++) {
      if (seen[id] !== 0 || !opensWithSubject(index, subject, id)) continue;
      if (touchedCount >= weights.MAX_CANDIDATES) break;
      seen[id] = 1;
      touched[touchedCount++] = id;
    }
  }
  // So are those opening with a pronoun that stands for a person the question names ("He was born…").
  if (referents !== undefined && weights.REFERENT > 0)
    for (const id of referents.keys()) {
      if (seen[id] !== 0 || (articleFilter !== -1 && articleOf[id] !== articleFilter)) continue;
      if (touchedCount >= weights.MAX_CANDIDATES) break;
      seen[id] = 1;
      touched[touchedCount++] = id;
    }
  const totalIdf = groups.reduce((sum, g) => sum + g.idf, 0);
  // How much of the question each article covers anywhere in it: with many articles, a sentence from
  // the story the question is about beats a similar sentence from another story. Flags per (article,
  // group) and the resulting share per article, in reused buffers; only touched articles are reset.
  // The measure a "how" question asks (group `measure`: "old" in "how old is nordvik?") says what is
  // asked, not what about: a story that holds "19-year-old" but never "Nordvik" is not the one asked
  // about, so the measure counts in no article's share, unless it is all the question has.
  const articles = index.refs.length;
  const articleShare = scratch.floats('articleShare', articles);
  const articleGroups = scratch.bytes('articleGroups', articles * Math.max(G, FIRST_ROW_GROUPS));
  const touchedArticles: number[] = [];
  const topical = (g: number) => g !== measure || G === 1;
  const topicIdf = groups.reduce((sum, group, g) => sum + (topical(g) ? group.idf : 0), 0);
  const byArticle = articles > 1 && weights.ARTICLE_EXPONENT > 0 && topicIdf > 0;
  if (byArticle) {
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t] as number;
      const a = articleOf[id] as number;
      for (let g = 0; g < G; g++) {
        if (topical(g) && (scores[id * G + g] as number) > 0 && articleGroups[a * G + g] === 0) {
          if (articleShare[a] === 0) touchedArticles.push(a);
          articleGroups[a * G + g] = 1;
          articleShare[a] = (articleShare[a] as number) + (groups[g] as Group).idf / topicIdf;
        }
      }
    }
  }
  const factorOf = (id: number): number =>
    (docWeights[id] as number) *
    (byArticle ? (articleShare[articleOf[id] as number] as number) ** weights.ARTICLE_EXPONENT : 1);
  // Keep only the best RERANK candidates, best first: sorting every matching sentence of a large folder
  // would cost more than scoring them.
  const top: Candidate[] = [];
  const context = new Float64Array(G);
  const lent = new Float64Array(G);
  // Made once for the loop below, not once per sentence: on a large folder a question reaches a few
  // thousand sentences, and a closure and an evidence object made for each were over a third of what a
  // question allocated (every few questions a collection, which lands on one question's time). Both
  // hold only what the loop never changes (the buffers, G); the evidence's rows are set before each use.
  const lend = (other: number, nearness: number): void => {
    for (let g = 0; g < G; g++) {
      const own = scores[other * G + g] as number;
      if (own * nearness > (context[g] as number)) context[g] = own * nearness;
    }
  };
  const bounding: Evidence = { own: scores, ownAt: 0, near: groupBest, back: undefined, backAt: 0 };
  const evidence: Evidence = { own: scores, ownAt: 0, near: context, back: undefined, backAt: 0 };
  // Each sentence's score and coverage are written here, read at once, and written over by the next.
  const scored: SentenceScore = { score: 0, coverage: 0 };
  for (let t = 0; t < touchedCount; t++) {
    const id = touched[t] as number;
    const factor = factorOf(id);
    const pointsBack = index.anaphoric[id] !== POINTS_BACK.no;
    const bySubject = credit !== undefined && subject !== undefined && opensWithSubject(index, subject, id);
    const byReferent = weights.REFERENT > 0 ? referents?.get(id) : undefined;
    const credited = bySubject || byReferent !== undefined;
    // A sentence whose upper bound cannot reach the current top list is skipped before its neighbours
    // are looked at: on a large folder most sentences share only a common word with the question. What
    // a neighbour or an antecedent can lend for a word is at most that word's best score anywhere. (A
    // sentence credited with the subject's name is never skipped: there are few, and the name's credit
    // may exceed what any sentence holds of it.)
    if (top.length === weights.RERANK && totalIdf > 0 && !credited) {
      bounding.ownAt = id * G;
      bounding.back = pointsBack ? groupBest : undefined;
      const bound = sentenceScore(bounding, groups, totalIdf, factor, weights, scored).score;
      if (bound <= (top[top.length - 1]?.score ?? 0)) continue;
    }
    context.fill(0);
    index.forEachNeighbour(id, weights.CONTEXT_FAR, lend);
    const antecedent = pointsBack ? antecedentOf(index, id, scores, G) : -1;
    let back: ArrayLike<number> | undefined = antecedent === -1 ? undefined : scores;
    let backAt = antecedent * G;
    if (credited) {
      // What the antecedent lends, and for the groups naming the subject or the person the opening
      // pronoun stands for, the name as if it were written.
      const norm = norms[id] as number;
      for (let g = 0; g < G; g++) {
        const theirs = antecedent === -1 ? 0 : (scores[antecedent * G + g] as number);
        const name = Math.max(
          bySubject ? (credit?.[g] ?? 0) : 0,
          weights.REFERENT * (byReferent?.get(g) ?? 0),
        );
        lent[g] = Math.max(theirs, (name * (k1 + 1)) / (1 + k1 * norm));
      }
      back = lent;
      backAt = 0;
    }
    evidence.ownAt = id * G;
    evidence.back = back;
    evidence.backAt = backAt;
    const { score, coverage } = sentenceScore(evidence, groups, totalIdf, factor, weights, scored);
    if (top.length === weights.RERANK && score <= (top[top.length - 1]?.score ?? 0)) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]?.score ?? 0) < score) at--;
    top.splice(at, 0, { id, score, coverage });
    if (top.length > weights.RERANK) top.pop();
  }
  for (let t = 0; t < touchedCount; t++) {
    const id = touched[t] as number;
    seen[id] = 0;
    scores.fill(0, id * G, id * G + G);
  }
  for (const a of touchedArticles) {
    articleShare[a] = 0;
    articleGroups.fill(0, a * G, a * G + G);
  }
  return top;
}

/**
 * Per group, the best weighted IDF of its terms when the group names the story's subject (0 for the
 * others): with BM25's length part, what the name would score in a sentence that says it once.
 * Undefined when no group names it.
 */
function subjectCredit(
  index: SearchIndex,
  groups: readonly Group[],
  subject: SubjectCredit,
  weights: Weights,
): Float64Array | undefined {
  if (subject.groups.length === 0 || weights.SUBJECT <= 0) return undefined;
  const credit = new Float64Array(groups.length);
  for (const g of subject.groups) {
    const group = groups[g];
    if (group === undefined) continue;
    credit[g] = weights.SUBJECT * Math.max(0, ...group.terms.map((t) => t.weight * index.idf(t.stem)));
  }
  return credit;
}

/**
 * The sentence (one or two before `id`, same paragraph) that a sentence opening with "It", "The
 * group"… most likely points back to: the one holding most of the question words `id` lacks, and
 * only when `id` adds a question word that one lacks (otherwise it repeats it and earns nothing).
 */
function antecedentOf(index: SearchIndex, id: number, scores: Float64Array, G: number): number {
  let best = -1;
  let bestLacking = 0;
  // A quote going on refers to the sentence just before it, which opened the quote, across paragraphs.
  const quote = index.anaphoric[id] === POINTS_BACK.quote;
  for (let back = 1; back <= (quote ? 1 : CONTEXT_WINDOW); back++) {
    const other = id - back;
    if (other < 0 || index.articleOf[other] !== index.articleOf[id]) break;
    if (!quote && index.paragraphOf[other] !== index.paragraphOf[id]) break;
    let lacking = 0;
    let adds = false;
    for (let g = 0; g < G; g++) {
      const own = scores[id * G + g] as number;
      const theirs = scores[other * G + g] as number;
      if (own === 0) lacking += theirs;
      else if (theirs === 0) adds = true;
    }
    if (adds && lacking > bestLacking) {
      best = other;
      bestLacking = lacking;
    }
  }
  return best;
}
