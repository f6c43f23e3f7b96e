/**
 * A question a rule refuses before the calibrator ("how many machines…" of a passage with no number
 * counting machines: `noCountOfAsked`) is refused as before, and is still one of the calibrator's
 * training examples, with the features it reads, counted refused held out. Fitted on the unruled alone,
 * each new rule took its negatives away from the features that mark them (docs/measured.md, session 37).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../bench/dataset.js';
import { collect } from '../../scripts/train.js';

const dir = path.join(import.meta.dirname, '../fixtures/ruled-training');

describe('a question a rule refuses, as the training reads it', () => {
  it('is refused by the engine, with what the calibrator reads of its passage kept apart', async () => {
    const data = await loadDataset(dir);
    const { answer, features, read } = data.engine(undefined).assess('How many machines does the mill have?');
    expect(answer.answered).toBe(false);
    expect(answer.confidence).toBe(0);
    expect(features).toBeUndefined();
    // "…said the machines would be dried out…": the question's words, and no number at all.
    expect(read?.numberMissing).toBe(1);
    expect(read?.own).toBeGreaterThan(0.5);
  });

  it('is a negative example of the calibrator, marked as ruled; those it judges are not', async () => {
    const data = await loadDataset(dir);
    const samples = collect(data, 'mill');
    const of = (question: string) => samples.find((s) => s.question === question);
    expect(of('How many machines does the mill have?')).toMatchObject({
      kind: 'unanswerable',
      label: 0,
      ruled: true,
    });
    expect(of('How many machines does the mill have?')?.features.numberMissing).toBe(1);
    expect(of('How many people does the mill employ?')).toMatchObject({ label: 1, ruled: false });
    expect(of('When was the mill closed?')).toMatchObject({ label: 1, ruled: false });
  });
});
