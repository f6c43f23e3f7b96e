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
    -0.1408, 1.8759, -0.8908, -0.1357, 1.0639, -0.1038, -0.349, 0.6552, -0.4275, -0.0585, -0.0354, 0.6794,
    -0.0588, 0.2492, 0.1696, 0.3478, 0.2139, 0.2139, -0.2228, 0.0588, -0.2511, 0.1299, 0.1799, -0.5773,
    0.4598, 0, 0.9759, 0.0001, 0.1119, 0.0681, 1.3534, 0.5269, -0.1636, 0.2572, 0.2042,
  ],
};
