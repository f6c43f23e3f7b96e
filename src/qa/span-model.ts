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
    -0.1195, 3.9469, -1.8938, 0.9992, 0.8416, 0.2523, -0.0861, 0.7363, -0.4535, -0.0524, -0.0315, 0.8139,
    -0.0381, 0.1712, 0.1954, -0.1392, 0.24, 0.24, -0.2843, 0.0381, -0.1671, 0.0972, 0.2303, -0.6275, 0.429, 0,
    1.2093,
  ],
};
