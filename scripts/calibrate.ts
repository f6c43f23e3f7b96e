/**
 * Fitting the answerability calibrator: L2-regularised logistic regression by full-batch gradient
 * descent from zero, a fixed number of steps, examples in a fixed order, so that the same examples
 * always give the same weights (no random initialisation, no shuffling). Hand-written because it needs
 * per-example weights (each question set counts equally, whatever its size), which the npm packages
 * for logistic regression do not take; it is thirty lines.
 */
import { FEATURE_NAMES, type Calibration, type Features } from '../src/qa/answerability.js';

export interface Example {
  features: Features;
  /** 1: the article answers the question; 0: it does not (unanswerable or off-topic). */
  label: 0 | 1;
  weight: number;
}

/** The L2 strength was chosen by the cross-validation by article that `npm run train` prints (0.001 → 0.003). */
export const FIT = { steps: 4000, rate: 2, l2: 0.003 } as const;

/** Weights rounded to 6 decimals, so that the committed JSON does not depend on the last float bits. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function fit(examples: readonly Example[], provenance: Record<string, unknown>): Calibration {
  const k = FEATURE_NAMES.length;
  const w = new Float64Array(k);
  let bias = 0;
  const total = examples.reduce((sum, e) => sum + e.weight, 0) || 1;
  const x = examples.map((e) => FEATURE_NAMES.map((name) => e.features[name]));
  for (let step = 0; step < FIT.steps; step++) {
    const grad = new Float64Array(k);
    let gradBias = 0;
    examples.forEach((e, i) => {
      const row = x[i] as number[];
      let z = bias;
      for (let j = 0; j < k; j++) z += (w[j] as number) * (row[j] as number);
      const err = (1 / (1 + Math.exp(-z)) - e.label) * (e.weight / total);
      for (let j = 0; j < k; j++) grad[j] = (grad[j] as number) + err * (row[j] as number);
      gradBias += err;
    });
    for (let j = 0; j < k; j++)
      w[j] = (w[j] as number) - FIT.rate * ((grad[j] as number) + FIT.l2 * (w[j] as number));
    bias -= FIT.rate * gradBias;
  }
  return {
    features: [...FEATURE_NAMES],
    weights: [...w].map(round),
    bias: round(bias),
    threshold: 0.5,
    provenance,
  };
}

/** The JSON as committed: stable key order, one line per field, a final newline. */
export function formatCalibration(calibration: Calibration): string {
  return `${JSON.stringify(calibration, null, 2)}\n`;
}
