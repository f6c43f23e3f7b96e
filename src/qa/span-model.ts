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
    -0.1426, 1.9884, -0.9628, 0.2916, 1.0605, -0.0576, -0.3263, 0.6632, -0.4363, -0.0522, -0.014, 0.672,
    -0.0105, 0.2073, 0.1486, 0.3049, 0.2611, 0.2611, -0.2114, 0.0105, -0.2352, 0.1487, 0.2162, -0.5634,
    0.4233, 0, 0.8598, -0.0033, 0.121, -0.1601, 1.3851, 0.5468, -0.1476, 0.2354, 0.2006,
  ],
};
