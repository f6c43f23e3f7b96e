/**
 * Fitting the summary model: a conditional logit (McFadden, 1973), the listwise form of logistic
 * regression. Each story is one choice among its eligible body sentences; the probability of a
 * sentence is the softmax of its weighted features within its story, and the fit maximises that of
 * the sentences its reference summary took. So the weights learn what makes a sentence better than its
 * neighbours in the same story (what a summary needs), not what makes it likely overall. Full-batch
 * gradient descent from zero, a fixed number of steps, stories in a fixed order: the same stories
 * always give the same weights. No bias: a softmax within a story does not see one.
 */
import { SUMMARY_FEATURES, type SummaryFeature } from '../src/qa/summary-features.js';
import type { SummaryModel } from '../src/qa/summary.js';

export interface Choice {
  /** Feature values of each eligible sentence of one story. */
  rows: Record<SummaryFeature, number>[];
  /** Whether the reference took each sentence (same order as rows). */
  chosen: boolean[];
}

/** The L2 strength and steps: the halves' held-out figures printed by `npm run train:summary` settle them. */
export const SUMMARY_FIT = { steps: 3000, rate: 0.5, l2: 0.001 } as const;

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Weights of `features` (the others stay 0: for measuring what each feature adds). */
export function fitSummary(
  choices: readonly Choice[],
  features: readonly SummaryFeature[] = SUMMARY_FEATURES,
): Record<SummaryFeature, number> {
  const w = new Map<SummaryFeature, number>(features.map((f) => [f, 0]));
  const used = choices.filter((c) => c.chosen.some(Boolean) && c.rows.length > 1);
  for (let step = 0; step < SUMMARY_FIT.steps; step++) {
    const grad = new Map<SummaryFeature, number>(features.map((f) => [f, 0]));
    for (const { rows, chosen } of used) {
      const z = rows.map((r) => features.reduce((s, f) => s + (w.get(f) as number) * r[f], 0));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const total = e.reduce((a, b) => a + b, 0);
      const positives = chosen.filter(Boolean).length;
      for (const f of features) {
        const expected = rows.reduce((s, r, i) => s + ((e[i] as number) / total) * r[f], 0);
        const observed = rows.reduce((s, r, i) => s + (chosen[i] ? r[f] : 0), 0) / positives;
        grad.set(f, (grad.get(f) as number) + (expected - observed) / used.length);
      }
    }
    for (const f of features) {
      const wf = w.get(f) as number;
      w.set(f, wf - SUMMARY_FIT.rate * ((grad.get(f) as number) + SUMMARY_FIT.l2 * wf));
    }
  }
  return Object.fromEntries(SUMMARY_FEATURES.map((f) => [f, round(w.get(f) ?? 0)])) as Record<
    SummaryFeature,
    number
  >;
}

/** The JSON as committed: stable key order, a final newline. */
export function formatSummaryModel(
  weights: Record<SummaryFeature, number>,
  provenance: Record<string, unknown>,
): string {
  const model: SummaryModel = {
    features: [...SUMMARY_FEATURES],
    weights: SUMMARY_FEATURES.map((f) => weights[f]),
    provenance,
  };
  return `${JSON.stringify(model, null, 2)}\n`;
}
