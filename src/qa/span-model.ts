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
    -0.1528, 1.9753, -0.9452, -0.1548, 1.0779, -0.0579, -0.3261, 0.6578, -0.4347, -0.0613, -0.0126, 0.6854,
    -0.0493, 0.2118, 0.1662, 0.3032, 0.2284, 0.2284, -0.2245, 0.0493, -0.2128, 0.1113, 0.196, -0.5592, 0.4154,
    0, 0.9914, -0.0178, 0.1062, 0.0809, 1.3581, 0.5183, -0.1525, 0.2393, 0.1985,
  ],
};
