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
    -0.1407, 1.8715, -0.8851, -0.135, 1.0636, -0.1044, -0.3482, 0.635, -0.4266, -0.0592, -0.0357, 0.6791,
    -0.0587, 0.2492, 0.1696, 0.3481, 0.2141, 0.2141, -0.22, 0.0587, -0.2509, 0.1303, 0.1802, -0.5773, 0.4591,
    0, 0.9765, 0.0003, 0.1119, 0.0678, 1.3544, 0.5271, -0.1632, 0.2564, 0.1995,
  ],
};
