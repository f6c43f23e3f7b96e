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
    -0.1412, 1.8361, -0.8552, -0.1334, 1.0654, -0.0973, -0.3497, 0.6508, -0.4271, -0.0586, -0.0356, 0.6796,
    -0.059, 0.25, 0.1699, 0.3489, 0.2137, 0.2137, -0.1955, 0.059, -0.25, 0.1289, 0.1807, -0.5773, 0.4587, 0,
    0.9752, -0.0004, 0.1126, 0.0672, 1.3544, 0.5265, -0.1648, 0.2523, 0.2049,
  ],
};
