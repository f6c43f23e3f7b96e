/**
 * Fitting the learned re-ranking of the best candidates (`src/qa/passage-model.json`, see
 * `src/qa/passage-model.ts`), the first step of `npm run train`. Each answerable question is asked of
 * its own article with the model off; its candidates (as `rerank` orders them) with their features are
 * one example, labelled by which of them hold a gold answer. Questions with no candidate holding one,
 * or with every candidate holding one, teach nothing and are left out. A softmax over each question's
 * candidates, towards an even share over its right ones, fitted by full-batch gradient descent from
 * zero in file order (deterministic); each question set weighs the same in total.
 */
import { fold, type Dataset } from '../bench/dataset.js';
import { classifyMessage } from '../src/qa/intent.js';
import {
  linearScore,
  PASSAGE_CANDIDATES,
  PASSAGE_FEATURES,
  type PassageModel,
} from '../src/qa/passage-model.js';

export interface RankingExample {
  set: string;
  /** The article's slot (held-out halves: odd and even slots). */
  slot: number;
  rows: number[][];
  /** 1 where the candidate holds a gold answer. */
  labels: number[];
  /** The question as asked (for diagnosis). */
  question: string;
  weight: number;
}

/** L2 strength and steps, chosen by the cross-validation by article that `npm run train` prints. */
export const PASSAGE_FIT = { steps: 1500, rate: 1, l2: 0.001 } as const;

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The ranking examples a question set gives, in file order (the engine's passage model must be off). */
export function collectRanking(data: Dataset, set: string): RankingExample[] {
  const raw: Omit<RankingExample, 'weight'>[] = [];
  data.questions.forEach((q, i) => {
    if (q.answers === undefined || q.answers.length === 0) return;
    const intent = classifyMessage(q.question);
    if (intent.kind !== 'question') return;
    const { candidates } = data.engine(q.article).assess(intent.question);
    if (candidates === undefined || candidates.length < 2) return;
    const gold = q.answers.map(fold);
    const labels = candidates.map((c) => (gold.some((g) => fold(c.text).includes(g)) ? 1 : 0));
    raw.push({
      set,
      slot: data.slotOf(q, i),
      rows: candidates.map((c) => c.features),
      labels,
      question: q.question,
    });
  });
  return raw.map((e) => ({ ...e, weight: 1 / (raw.length || 1) }));
}

/** The examples that teach something: some candidates right, some wrong. */
const informative = (e: RankingExample) => e.labels.some((y) => y === 1) && e.labels.some((y) => y === 0);

export function fitRanking(
  examples: readonly RankingExample[],
  provenance: Record<string, unknown>,
): PassageModel {
  const k = PASSAGE_FEATURES.length;
  const w = new Float64Array(k);
  const used = examples.filter(informative);
  const total = used.reduce((s, e) => s + e.weight, 0) || 1;
  for (let step = 0; step < PASSAGE_FIT.steps; step++) {
    const grad = new Float64Array(k);
    for (const e of used) {
      const zs = e.rows.map((row) => row.reduce((z, x, j) => z + (w[j] as number) * x, 0));
      const top = Math.max(...zs);
      const exps = zs.map((z) => Math.exp(z - top));
      const sum = exps.reduce((s, v) => s + v, 0);
      const right = e.labels.reduce((s, y) => s + y, 0);
      e.rows.forEach((row, i) => {
        const err = ((exps[i] as number) / sum - (e.labels[i] as number) / right) * (e.weight / total);
        row.forEach((x, j) => (grad[j] = (grad[j] as number) + err * x));
      });
    }
    for (let j = 0; j < k; j++)
      w[j] = (w[j] as number) - PASSAGE_FIT.rate * ((grad[j] as number) + PASSAGE_FIT.l2 * (w[j] as number));
  }
  return {
    features: [...PASSAGE_FEATURES],
    weights: [...w].map(round),
    candidates: PASSAGE_CANDIDATES,
    provenance,
  };
}

/** Share of a set's held-out examples with a right candidate first, and in the first three, by the given order. */
export function rankingShares(
  examples: readonly RankingExample[],
  model: PassageModel | null,
): { top1: number; top3: number; n: number } {
  let top1 = 0;
  let top3 = 0;
  for (const e of examples) {
    const order = e.rows
      .map((row, i) => ({ i, z: model === null ? -i : linearScore(row, model) }))
      .sort((a, b) => b.z - a.z);
    const at = order.findIndex((o) => e.labels[o.i] === 1);
    if (at === 0) top1++;
    if (at >= 0 && at < 3) top3++;
  }
  const n = examples.length || 1;
  return { top1: top1 / n, top3: top3 / n, n: examples.length };
}
