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
    -0.1129, 3.9216, -1.8882, 0.9791, 0.8311, 0.2685, -0.0893, 0.7189, -0.4518, -0.0529, -0.0233, 0.8083,
    -0.0329, 0.1808, 0.1905, -0.1389, 0.2467, 0.2467, -0.2706, 0.0329, -0.1543, 0.0993, 0.2203, -0.618,
    0.4199, 0, 1.2041,
  ],
};
