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
    -0.1397, 2.0021, -0.993, 0.2556, 1.0315, -0.0784, -0.3802, 0.7783, -0.4509, -0.0727, -0.044, 0.6819,
    -0.0275, 0.1344, -0.0143, 0.3378, 0.2558, 0.2558, -0.2394, 0.0275, -0.2792, 0.0998, 0.2398, -0.5523,
    0.4645, 0, 1.147, 0.0319, 0.1023, -0.1856, 1.4643, 0.6394, -0.1263, 0.2332, 0.1883,
  ],
};
