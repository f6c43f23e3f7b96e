/**
 * `npm run train -- … --label right-first`: the calibrator learns whether the reply shown is right (the
 * question is answerable and the passage put first holds its answer), not only whether the question
 * is answerable.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../bench/dataset.js';
import { collect, train } from '../../scripts/train.js';
import { parseCalibration } from '../../src/qa/answerability.js';
import { writeCorpusSet } from '../support/corpus-set.js';

describe('npm run train -- --label right-first', () => {
  const { corpus, set, remove } = writeCorpusSet(
    'train-label-',
    {
      'local/001.txt':
        'Bakery reopens after the flood\n\nThe Millstone bakery on Quay Street reopened on Tuesday, six weeks after the river flooded its ovens.\n\nIts owner, Priya Nandra, thanked the neighbours who had carried sandbags through the night.\n\nThe council paid for new ovens from its emergency fund.\n',
    },
    [
      // Answered by the passage found first.
      { id: '1', article: 'local-001.txt', question: 'who paid for the new ovens?', answers: ['council'] },
      // Answerable, but the passage found first is the reopening's, not the owner's. ("who owns the
      // bakery?" now finds "Its owner, Priya Nandra, …" first: the agent noun opening an apposition.)
      { id: '2', article: 'local-001.txt', question: 'who runs the bakery?', answers: ['Priya Nandra'] },
    ],
  );
  afterAll(remove);

  it('labels an answerable question 1 only when the first passage holds its answer', async () => {
    const data = await loadDataset(set, { corpus });
    const asked = (label?: 'answerable' | 'right-first') =>
      collect(data, 'readers', label === undefined ? {} : { label })
        .filter((s) => s.kind === 'answerable')
        .map((s) => [s.question, s.right, s.label]);
    expect(asked()).toEqual([
      ['who paid for the new ovens?', true, 1],
      ['who runs the bakery?', false, 1],
    ]);
    expect(asked('answerable')).toEqual(asked());
    expect(asked('right-first')).toEqual([
      ['who paid for the new ovens?', true, 1],
      ['who runs the bakery?', false, 0],
    ]);
  }, 60_000);

  it('says so in the calibration it writes, and nothing when the label is the default', async () => {
    const label = (json: string) => parseCalibration(JSON.parse(json)).provenance.label;
    expect(label((await train([set], { corpus, label: 'right-first' })).json)).toBe('right-first');
    expect(label((await train([set], { corpus, label: 'answerable' })).json)).toBeUndefined();
    expect(label((await train([set], { corpus })).json)).toBeUndefined();
  }, 60_000);
});
