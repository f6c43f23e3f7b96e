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
    -0.1158, 3.9228, -1.892, 0.9799, 0.8369, 0.2614, -0.0923, 0.725, -0.4501, -0.0527, -0.0228, 0.8084,
    -0.0351, 0.1802, 0.1895, -0.1375, 0.2432, 0.2432, -0.2677, 0.0351, -0.1558, 0.0987, 0.2266, -0.6211,
    0.4165, 0, 1.2035,
  ],
};
