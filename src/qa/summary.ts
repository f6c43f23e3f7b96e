/**
 * Extractive summary: the body sentences most central to the article (most similar to the others,
 * by TF-IDF cosine), with a nudge towards the lead as news is written top-down, in article order.
 */
import type { Article } from '../knowledge/types.js';
import { tokenize } from './text.js';

const LEAD_BONUS = 0.15;

function vector(text: string): Map<string, number> {
  const v = new Map<string, number>();
  for (const t of tokenize(text)) if (!t.stop) v.set(t.stem, (v.get(t.stem) ?? 0) + 1);
  return v;
}

export function summarize(article: Article, count: number): string[] {
  const body = article.sentences.filter((s) => s.role === 'body');
  if (body.length <= count) return body.map((s) => s.text);
  const vectors = body.map((s) => vector(s.text));
  const df = new Map<string, number>();
  for (const v of vectors) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const weighted = vectors.map((v) => {
    const w = new Map<string, number>();
    let norm = 0;
    for (const [k, tf] of v) {
      const x = tf * Math.log(1 + body.length / (df.get(k) ?? 1));
      w.set(k, x);
      norm += x * x;
    }
    return { w, norm: Math.sqrt(norm) || 1 };
  });
  const centrality = weighted.map((a, i) => {
    let sum = 0;
    weighted.forEach((b, j) => {
      if (i === j) return;
      let dot = 0;
      for (const [k, x] of a.w) dot += x * (b.w.get(k) ?? 0);
      sum += dot / (a.norm * b.norm);
    });
    return sum / (body.length - 1) + (i < 3 ? (LEAD_BONUS * (3 - i)) / 3 : 0);
  });
  const chosen = centrality
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .sort((a, b) => a.i - b.i);
  return chosen.map(({ i }) => (body[i] as { text: string }).text);
}
