/**
 * Answerability stage: does the best passage answer the question, or does the article not say? And
 * does the question fit several articles nearly equally?
 */
import type { ArticleRef, Passage } from './types.js';
import type { Weights } from './weights.js';

export interface Verdict {
  answered: boolean;
  /** 0-1: how much of the question the best passage accounts for. */
  confidence: number;
  /** Other articles whose passages score nearly as well as the best one. */
  alsoIn: ArticleRef[];
}

export function judge(passages: readonly Passage[], weights: Weights): Verdict {
  const first = passages[0];
  const confidence = first?.score ?? 0;
  const alsoIn: ArticleRef[] = [];
  for (const p of passages.slice(1)) {
    if (first === undefined || p.score < confidence * weights.SEVERAL_ARTICLES) break;
    if (p.article.id !== first.article.id && !alsoIn.some((a) => a.id === p.article.id))
      alsoIn.push(p.article);
  }
  return { answered: confidence >= weights.ANSWER_THRESHOLD, confidence, alsoIn };
}
