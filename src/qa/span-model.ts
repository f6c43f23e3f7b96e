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
    -0.1175, 3.9243, -1.8906, 0.896, 0.8309, 0.2661, -0.0903, 0.7355, -0.4578, -0.06, -0.0561, 0.8044,
    -0.0381, 0.178, 0.1094, -0.1394, 0.2421, 0.2421, -0.2699, 0.0381, -0.1572, 0.1026, 0.2342, -0.6347,
    0.4171, 0, 1.2036,
  ],
};
