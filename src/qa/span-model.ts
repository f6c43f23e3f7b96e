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
    -0.1196, 3.9589, -1.9059, 0.9982, 0.842, 0.2539, -0.0853, 0.7354, -0.4536, -0.0521, -0.0242, 0.8141,
    -0.0387, 0.1769, 0.1906, -0.1362, 0.24, 0.24, -0.2863, 0.0387, -0.1636, 0.099, 0.2321, -0.6249, 0.4186, 0,
    1.209,
  ],
};
