/**
 * The answerability calibrator: the fitting is deterministic and learns what it is shown, the training
 * script reproduces its committed output on the committed seed set, and the committed calibration is
 * one this script's settings wrote (the visible sets it was trained on are not part of the project, so
 * their reproduction is `npm run train` by hand; the file records their hashes).
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fit, FIT, formatCalibration, type Example } from '../../scripts/calibrate.js';
import { PASSAGE_FIT } from '../../scripts/passages.js';
import { DELETED_PER_COPY } from '../../scripts/deletion.js';
import { storiesOf, tradeOff, train, writtenLoss, type Kind, type Sample } from '../../scripts/train.js';
import { parsePassageModel } from '../../src/qa/passage-model.js';
import { FEATURE_NAMES, parseCalibration, probability, type Features } from '../../src/qa/answerability.js';
import { seedKnowledge } from '../support/seed.js';
import { writeCorpusSet } from '../support/corpus-set.js';

const features = (coverage: number, slotMissing: number): Features => ({
  ...(Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0.5])) as Features),
  coverage,
  slotMissing,
});

describe('fitting', () => {
  // Answerable when most of the question is covered and the asked type is there.
  const examples: Example[] = [];
  for (let i = 0; i <= 20; i++) {
    const coverage = i / 20;
    for (const missing of [0, 1]) {
      examples.push({
        features: features(coverage, missing),
        label: coverage > 0.5 && missing === 0 ? 1 : 0,
        weight: 1,
      });
    }
  }

  it('learns the rule it is shown: covered and of the asked type → answer, else refuse', () => {
    const model = fit(examples, {});
    expect(probability(model, features(0.95, 0))).toBeGreaterThan(0.5);
    expect(probability(model, features(0.95, 1))).toBeLessThan(0.5);
    expect(probability(model, features(0.1, 0))).toBeLessThan(0.5);
    expect(model.weights[FEATURE_NAMES.indexOf('coverage')]).toBeGreaterThan(0);
    expect(model.weights[FEATURE_NAMES.indexOf('slotMissing')]).toBeLessThan(0);
  });

  it('gives the same weights every time', () => {
    expect(formatCalibration(fit(examples, {}))).toBe(formatCalibration(fit(examples, {})));
  });
});

describe('npm run train', () => {
  it('reproduces its committed output on the seed set exactly (the re-ranking, then the calibrator)', async () => {
    const { json, passages } = await train([`test/qa/seed:${seedKnowledge()}`]);
    expect(passages).toBe(
      readFileSync(new URL('../fixtures/passage-model.seed.json', import.meta.url), 'utf8'),
    );
    expect(json).toBe(readFileSync(new URL('../fixtures/calibration.seed.json', import.meta.url), 'utf8'));
  }, 60_000);

  it('with --deletions 0, also asks the seed questions of the story with their answer taken out, measured but not fitted on', async () => {
    const { json, report } = await train([`test/qa/seed:${seedKnowledge()}`], { deletions: 0 });
    const calibration = parseCalibration(JSON.parse(json));
    const seed = parseCalibration(
      JSON.parse(readFileSync(new URL('../fixtures/calibration.seed.json', import.meta.url), 'utf8')),
    );
    expect(calibration.provenance.deletions).toEqual({ share: 0, perCopy: DELETED_PER_COPY });
    const [set] = calibration.provenance.sets as { deleted: number; examples: number }[];
    expect(set?.deleted).toBeGreaterThan(0);
    expect(set?.examples).toBe((seed.provenance.sets as { examples: number }[])[0]?.examples);
    // A share of 0 weighs them nothing: the weights are those fitted without them.
    expect(calibration.weights).toEqual(seed.weights);
    expect(report.filter((line) => line.includes('deleted refused'))).toHaveLength(2);
  }, 60_000);

  it('wrote the committed re-ranking with its current settings, on the two visible sets', () => {
    const text = readFileSync(new URL('../../src/qa/passage-model.json', import.meta.url), 'utf8');
    const model = parsePassageModel(JSON.parse(text));
    expect(`${JSON.stringify(model, null, 2)}\n`).toBe(text);
    expect(model.provenance.fit).toEqual(PASSAGE_FIT);
    const sets = model.provenance.sets as { name: string; sha256: string }[];
    expect(sets.map((s) => s.name)).toEqual(['squad-dev', 'user-questions']);
  });

  it('wrote the committed calibration with its current settings, on the two visible sets', () => {
    const text = readFileSync(new URL('../../src/qa/calibration.json', import.meta.url), 'utf8');
    const calibration = parseCalibration(JSON.parse(text));
    expect(formatCalibration(calibration)).toBe(text);
    expect(calibration.provenance.fit).toEqual(FIT);
    const sets = calibration.provenance.sets as { name: string; sha256: string; examples: number }[];
    expect(sets.map((s) => s.name)).toEqual(['squad-dev', 'user-questions']);
    for (const s of sets) {
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(s.examples).toBeGreaterThan(100);
    }
  });
});

describe('npm run train -- … --corpus DIR: a set whose questions name corpus stories', () => {
  // Two short stories of a corpus kept in one folder per category, as the BBC News dataset is.
  const { corpus, set, remove } = writeCorpusSet(
    'train-corpus-',
    {
      'sport/001.txt':
        'Harbour rowers win the coastal cup\n\nThe Harbour rowing club won the coastal cup on Saturday, beating Millbay by two lengths.\n\nTheir coach, Anna Reyes, said the crew had trained every morning since March.\n',
      'sport/002.txt':
        'Valley chess school opens\n\nA chess school opened in the valley town of Brenford on Monday.\n\nIts founder, Tom Ellery, hopes to teach two hundred children a year.\n',
    },
    [
      {
        id: '1',
        article: 'sport-001.txt',
        question: 'who won the coastal cup?',
        answers: ['Harbour rowing club'],
      },
      { id: '2', article: 'sport-001.txt', question: "who's the coach", answers: ['Anna Reyes'] },
      {
        id: '3',
        article: 'sport-002.txt',
        question: 'where did the chess school open?',
        answers: ['Brenford'],
      },
      {
        id: '4',
        article: 'sport-002.txt',
        question: 'how many kids will it teach',
        answers: ['two hundred'],
      },
    ],
  );
  afterAll(remove);

  it('reads a set with no articles of its own from the corpus, and a knowledge folder as before', () => {
    expect(storiesOf(set, corpus)).toEqual({ dir: set, corpus });
    expect(storiesOf(`${set}:knowledge`, corpus)).toEqual({ dir: set, knowledge: 'knowledge' });
    expect(storiesOf('bench/sets/newcomers', corpus)).toEqual({ dir: 'bench/sets/newcomers' });
    expect(storiesOf(set, undefined)).toEqual({ dir: set });
  });

  it('trains on the questions asked of the corpus stories they name', async () => {
    const { json } = await train([set], { corpus });
    const [fitted] = parseCalibration(JSON.parse(json)).provenance.sets as {
      name: string;
      examples: number;
    }[];
    expect(fitted?.name).toBe('readers');
    // Each question asked of its own story (and, off-topic, of the other one when it finds a passage there).
    expect(fitted?.examples).toBeGreaterThanOrEqual(4);
  }, 60_000);
});

describe('npm run train -- … --curve: the held-out trade-off across thresholds', () => {
  const sample = (kind: Kind, slot: number, right = false): Sample => ({
    features: features(0.5, 0),
    label: kind === 'answerable' ? 1 : 0,
    weight: 1,
    set: 'news',
    slot,
    kind,
    right,
    question: 'who signed the agreement?',
    ruled: false,
  });
  // Slot 0 is an odd article (the first), slot 1 an even one.
  const samples = [
    sample('answerable', 0, true),
    sample('answerable', 1),
    sample('off-topic', 0),
    sample('unanswerable', 1),
  ];
  const held = [0.45, 0.6, 0.4, 0.55];

  it('refuses what falls below each threshold, odd / even, and says which refusals had the right passage', () => {
    const [at42, at50] = tradeOff(samples, held, [0.42, 0.5]);
    expect(at50).toBe(
      'threshold 0.50, news held out (odd / even): answerable refused 1.000 / 0.000, refused with the right passage first 1.000 / 0.000, right first and kept 0.000 / 0.000, unanswerable refused n/a / 0.000, off-topic refused 1.000 / n/a',
    );
    expect(at42).toContain(
      'answerable refused 0.000 / 0.000, refused with the right passage first 0.000 / 0.000, right first and kept 1.000 / 0.000',
    );
    expect(at42).toContain('off-topic refused 1.000 / n/a');
  });

  it('says how many deletions each half refuses, once there are any', () => {
    const [at50] = tradeOff([...samples, sample('deleted', 1)], [...held, 0.3], [0.5]);
    expect(at50).toContain('off-topic refused 1.000 / n/a, deleted refused n/a / 1.000');
    expect(tradeOff(samples, held, [0.5])[0]).not.toContain('deleted');
  });

  it('judges the held-out log-loss on the written questions alone, whatever the deletions got', () => {
    const written = writtenLoss(samples, held);
    expect(written).toBe(writtenLoss([...samples, sample('deleted', 0)], [...held, 0.99]));
    expect(writtenLoss(samples, [0.9, 0.9, 0.1, 0.1])).toMatch(/: 0\.1054 /);
  });
});
