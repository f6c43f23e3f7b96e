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
    -0.1454, 2.0109, -1.0022, 0.2552, 1.0315, -0.0818, -0.3887, 0.7774, -0.4448, -0.0664, -0.0447, 0.6802,
    -0.013, 0.1365, -0.0114, 0.3392, 0.2722, 0.2722, -0.2405, 0.013, -0.2757, 0.1031, 0.245, -0.5509, 0.4656,
    0, 1.1315, 0.0374, 0.1071, -0.1862, 1.4666, 0.6392, -0.1265, 0.2311, 0.1887,
  ],
};
