/**
 * Learned weights of the short answer's span choice (a softmax over the features of
 * `spanCandidatesOf` in answer-span.ts). Written by `npm run train:span -- --dataset
 * ../shared/qa/squad-dev --write` (bench/train-span.ts); do not edit by hand.
 */
export interface SpanModel {
  weights: number[];
}

export const SPAN_MODEL: SpanModel = {
  weights: [
    -0.1344, 1.9724, -0.9444, 0.2962, 1.0605, -0.0545, -0.3282, 0.6601, -0.4333, -0.0562, -0.0107, 0.6714,
    -0.0108, 0.2111, 0.1265, 0.3045, 0.2404, 0.2404, -0.2135, 0.0108, -0.1024, 0.1203, 0.1853, -0.5971,
    0.3831, 0, 0.8122, -0.0043, 0.1144, -0.1548, 1.3899, 0.5006, -0.1496, 0.2394, 0.2026,
  ],
};
