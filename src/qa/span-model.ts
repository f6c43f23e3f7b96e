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
    -0.1397, 2.0229, -1.0097, 0.2691, 1.032, -0.0803, -0.386, 0.7779, -0.4494, -0.0706, -0.0397, 0.6841,
    -0.0276, 0.1357, -0.0171, 0.3301, 0.2559, 0.2559, -0.2417, 0.0276, -0.28, 0.0984, 0.2376, -0.5526, 0.4689,
    0, 1.1464, 0.0228, 0.1011, -0.1997, 1.4597, 0.6387, -0.1156, 0.2327, 0.1931,
  ],
};
