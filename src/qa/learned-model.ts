/**
 * The learned models' JSON files (calibration, passage re-ranking, summary) name the features their
 * weights are for, in order: a model trained on other features than the code computes is refused at
 * start rather than weighing the wrong numbers.
 */

/** Throw unless `model` weighs exactly `expected`, in that order (`what` names the model in the error). */
export function checkFeatures(
  what: string,
  model: { features: readonly string[]; weights: readonly number[] },
  expected: readonly string[],
): void {
  if (model.features.join() !== expected.join() || model.weights.length !== expected.length)
    throw new Error(`${what} features ${model.features.join()} are not ${expected.join()}`);
}
