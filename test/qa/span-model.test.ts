/**
 * The short answer's span model is learned (`npm run train:span`, on SQuAD, which the tests cannot
 * read): this checks that the training script is deterministic and still runs end to end, by training
 * on a small question file written for the seed article and comparing with its committed output, and
 * that the committed model has one weight per feature the extractor computes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { examplesOf, modelSource, trainAll } from '../../bench/train-span.js';
import { SPAN_MODEL } from '../../src/qa/span-model.js';
import { seedKnowledge } from '../support/seed.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

describe('span model training', () => {
  it('reproduces its committed output on the seed questions exactly', async () => {
    const examples = await examplesOf(here('../fixtures/span-seed.jsonl'), seedKnowledge());
    expect(examples).toHaveLength(12);
    const model = trainAll(examples);
    const expected = JSON.parse(readFileSync(here('../fixtures/span-model.seed.json'), 'utf8')) as {
      weights: number[];
    };
    expect(model.weights).toEqual(expected.weights);
    // The written module is formatted as the linter wants it, whatever the weights.
    expect(await modelSource(model, here('../../src/qa/span-model.ts'))).toContain('export const SPAN_MODEL');
  });

  it('the committed model has a weight for every feature of a candidate span', async () => {
    const [example] = await examplesOf(here('../fixtures/span-seed.jsonl'), seedKnowledge());
    expect(example?.candidates.length).toBeGreaterThan(0);
    expect(SPAN_MODEL.weights).toHaveLength(example?.candidates[0]?.features.length ?? -1);
  });
});
