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
    -0.1428, 1.9793, -0.9483, 0.3056, 1.0543, -0.0533, -0.3273, 0.667, -0.4426, -0.0512, -0.0293, 0.6796,
    -0.0129, 0.203, 0.161, 0.2907, 0.2595, 0.2595, -0.2144, 0.0129, -0.2416, 0.1445, 0.2135, -0.5589, 0.4296,
    0, 0.8598, 0.0189, 0.1369, -0.176, 1.3941, 0.5382, -0.148, 0.2374, 0.2098,
  ],
};
