/**
 * Extractive summary of one article: its body sentences scored by centrality (PageRank over TF-IDF
 * cosine, as TextRank), likeness to the headline and, when weighted, position (news is written
 * top-down), then chosen one at a time so that no two say the same thing, and given in story order.
 * Only body sentences are candidates: never a caption, credit, heading, related headline or tag.
 *
 * The defaults are those that beat leaving a signal out on both halves (odd and even stories) of the
 * BBC reference summaries (`npm run bench:summary`). A lede bonus and an MMR likeness penalty helped
 * one half and cost the other there, so both weigh nothing by default; they stay as settings for
 * stories whose readers favour the lede or want more varied sentences.
 */
import type { Article } from '../knowledge/types.js';
import { selectSentences, type Candidate } from './summary-select.js';
import { cosine, pageRank, similarityMatrix, tfidfVectors, type TermVector } from './sentence-graph.js';
import { tokenize } from './text.js';

export interface SummaryTuning {
  /** PageRank damping factor of the centrality signal. */
  damping: number;
  /** Weights of the three signals, each scaled to 0-1 before weighing. */
  centrality: number;
  position: number;
  headline: number;
  /** The position signal halves every `positionHalfLife` sentences from the first. */
  positionHalfLife: number;
  /** MMR: weight of a sentence's score against its likeness to sentences already chosen (0-1; 1 = none). */
  relevance: number;
  /** A sentence sharing this share of its words (Jaccard) with a chosen one is never added. */
  maxOverlap: number;
  /** A sentence with this share of its content stems in another says nothing more than it. */
  maxContainment: number;
  /** Sentences with fewer content words are not chosen (fragments such as "He added:"). */
  minContentWords: number;
}

export const SUMMARY_TUNING: Readonly<SummaryTuning> = Object.freeze({
  damping: 0.85,
  centrality: 1,
  position: 0,
  headline: 0.25,
  positionHalfLife: 1,
  relevance: 1,
  maxOverlap: 0.5,
  maxContainment: 0.8,
  minContentWords: 4,
});

/** How many sentences a summary may have: every front accepts and refuses the same counts. */
export const SUMMARY_SENTENCES = Object.freeze({ min: 1, max: 10, default: 3 });

/** A count as typed ("3"): a whole number within bounds, or undefined (never clamped). */
export function parseSentenceCount(text: string): number | undefined {
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= SUMMARY_SENTENCES.min && n <= SUMMARY_SENTENCES.max ? n : undefined;
}

export function summarize(
  article: Article,
  count: number,
  tuning: Readonly<SummaryTuning> = SUMMARY_TUNING,
): string[] {
  const body = article.sentences.filter((s) => s.role === 'body');
  if (body.length <= count) return body.map((s) => s.text);
  const texts = body.map((s) => s.text);
  const headline = article.sentences.find((s) => s.role === 'title')?.text ?? article.title;
  const { vectors, extra } = tfidfVectors(texts, [headline]);
  const sim = similarityMatrix(vectors);
  const rank = pageRank(sim, tuning.damping);
  const topRank = Math.max(...rank);
  const title = extra[0];
  const candidates: Candidate[] = body.map((s, i) => {
    const tokens = tokenize(s.text);
    const content = tokens.filter((t) => !t.stop);
    const vector = vectors[i] as TermVector;
    return {
      index: i,
      score:
        (tuning.centrality * (rank[i] as number)) / topRank +
        tuning.position * 0.5 ** (i / tuning.positionHalfLife) +
        (title !== undefined ? tuning.headline * cosine(vector, title) : 0),
      words: new Set(tokens.map((t) => t.word)),
      terms: new Set(content.map((t) => t.stem)),
      eligible: content.length >= tuning.minContentWords,
    };
  });
  const chosen = selectSentences(candidates, count, {
    relevance: tuning.relevance,
    maxOverlap: tuning.maxOverlap,
    maxContainment: tuning.maxContainment,
    similarity: (a, b) => (sim[a] as number[])[b] as number,
  });
  return chosen.sort((a, b) => a - b).map((i) => texts[i] as string);
}
