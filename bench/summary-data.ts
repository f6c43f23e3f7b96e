/**
 * The summary benchmark's stories and scoring, shared with the summary model's training script
 * (`npm run train:summary`), so that both measure a summary the same way. A dataset folder holds
 * `articles/<id>.txt` (headline on the first line) and `summaries/<id>.txt` (reference summary:
 * sentences chosen from the story, possibly joined with no space after the full stop and not in story
 * order).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { n as rougeN } from 'js-rouge';
import { loadKnowledgeOrFail } from '../src/knowledge/load.js';
import type { Article } from '../src/knowledge/types.js';
import { jaccard, wordSet } from '../src/qa/sentence-graph.js';
import { leansOnPrevious } from '../src/qa/summary-antecedent.js';

const REPEAT_JACCARD = 0.5;
/** Letters and digits only, lower-cased: a sentence is found in a reference whatever the joins. */
export const squeeze = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** ROUGE words: runs of letters and digits, so "said.The" (no space after the stop) is two words. */
const rougeWords = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export interface Story {
  article: Article;
  body: string[];
  /** Reference as letters and digits only: sentences are found in it whatever the joins and order. */
  reference: string;
  referenceText: string;
}

export interface System {
  name: string;
  summarize(story: Story, count: number): string[];
}

export interface Scores {
  precision: number[];
  rouge1: number[];
  rouge2: number[];
  repeats: number[];
  /** 1 when the summary has the story's first sentence (its lead). */
  lead: number[];
  /** 1 when a sentence in it leans on one it leaves out ("the seat she is leaving", see summary-antecedent.ts). */
  leaning: number[];
  ms: number[];
}

export function score(system: System, stories: readonly Story[], count: number): Scores {
  const out: Scores = { precision: [], rouge1: [], rouge2: [], repeats: [], lead: [], leaning: [], ms: [] };
  for (const story of stories) {
    const start = performance.now();
    const picked = system.summarize(story, count);
    out.ms.push(performance.now() - start);
    const found = picked.filter((s) => story.reference.includes(squeeze(s))).length;
    out.precision.push(picked.length > 0 ? found / picked.length : 0);
    const cand = picked.join(' ');
    const opts = { beta: Infinity, tokenizer: rougeWords } as const;
    out.rouge1.push(cand.trim() === '' ? 0 : rougeN(cand, story.referenceText, { ...opts, n: 1 }));
    out.rouge2.push(cand.trim() === '' ? 0 : rougeN(cand, story.referenceText, { ...opts, n: 2 }));
    const sets = picked.map(wordSet);
    const repeats = sets.some((a, i) => sets.some((b, j) => j > i && jaccard(a, b) >= REPEAT_JACCARD));
    out.repeats.push(repeats ? 1 : 0);
    const at = new Set(picked.map((p) => story.body.indexOf(p)));
    out.lead.push(at.has(0) ? 1 : 0);
    const stranded = [...at].some((i) => i > 0 && !at.has(i - 1) && leansOnPrevious(story.body[i] as string));
    out.leaning.push(stranded ? 1 : 0);
  }
  return out;
}

export const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

export function loadStories(dataset: string): Promise<Story[]> {
  return loadKnowledgeOrFail(path.join(dataset, 'articles')).then(({ articles }) =>
    articles.flatMap((article) => {
      const file = path.join(dataset, 'summaries', article.file);
      if (!existsSync(file)) return [];
      const referenceText = readFileSync(file, 'utf8');
      const body = article.sentences.filter((s) => s.role === 'body').map((s) => s.text);
      return [{ article, body, reference: squeeze(referenceText), referenceText }];
    }),
  );
}

/** The held-out halves: odd and even stories (by their order in the folder). */
export function halves<T>(stories: readonly T[]): { odd: T[]; even: T[] } {
  return { odd: stories.filter((_, i) => i % 2 === 0), even: stories.filter((_, i) => i % 2 === 1) };
}
