/**
 * The training script's on-topic unanswerable questions made by deleting the answer sentence
 * (`scripts/deletion.ts`): which questions it can use, what the copy of the article loses, and how
 * much they weigh against the written questions.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { answerSentence, deletions, holdsAnswer, withoutSentences } from '../../scripts/deletion.js';
import { weigh, type Kind, type Sample } from '../../scripts/train.js';
import type { Question } from '../../bench/dataset.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { FEATURE_NAMES, type Features } from '../../src/qa/answerability.js';

const article = parseArticle(
  'bridge.txt',
  [
    'Council approves the Eastfield bridge',
    '',
    'The city council approved the new bridge on Tuesday. The vote was seven to two.',
    '',
    'Work will begin in March and will cost £4 million. The mayor, Ann Price, said the bridge was long overdue.',
    '',
    'Residents of Eastfield welcomed the news on Tuesday evening.',
  ].join('\n'),
);

const question = (id: string, text: string, answers: string[]): Question => ({
  id,
  question: text,
  article: 'bridge.txt',
  answers,
});
const cost = question('cost', 'How much will the bridge cost?', ['£4 million', '£4 MILLION']);
const mayor = question('mayor', 'Who is the mayor?', ['Ann Price']);
const when = question('when', 'When did the council approve the bridge?', ['Tuesday']);
const vote = question('vote', 'What was the vote?', ['seven to two']);
const text = (a: typeof article) => a.sentences.map((s) => s.text).join(' ');

describe('deleting the answer sentence', () => {
  it('finds the one sentence that holds the answer, whatever its case', () => {
    const at = answerSentence(article, cost);
    expect(article.sentences.find((s) => s.index === at)?.text).toBe(
      'Work will begin in March and will cost £4 million.',
    );
  });

  it('leaves out a question whose answer is said in another sentence too', () => {
    // "Tuesday" is in the first sentence and the last: taking one out would leave the answer.
    expect(answerSentence(article, when)).toBeUndefined();
    expect(deletions([article], [when], 1)).toEqual([]);
  });

  it('leaves out a question with no answer or one the article does not hold', () => {
    expect(answerSentence(article, question('none', 'Who built it?', []))).toBeUndefined();
    expect(answerSentence(article, question('other', 'Who built it?', ['Arup']))).toBeUndefined();
  });

  it('takes the answer sentence out and keeps the rest of the story, numbered in order', () => {
    const [only] = deletions([article], [cost], 1);
    expect(only?.questions).toEqual([cost]);
    const reduced = only?.article ?? article;
    expect(text(reduced)).not.toContain('£4 million');
    expect(holdsAnswer(reduced, cost)).toBe(false);
    expect(reduced.sentences).toHaveLength(article.sentences.length - 1);
    expect(text(reduced)).toContain('The mayor, Ann Price, said the bridge was long overdue.');
    expect(reduced.sentences.map((s) => s.index)).toEqual(reduced.sentences.map((_, i) => i));
  });

  it('sees an answer left in the article even across the end of a sentence', () => {
    const runOn = question('run-on', 'What did the vote lead to?', ['two. Work will begin']);
    expect(holdsAnswer(article, runOn)).toBe(true);
    expect(holdsAnswer(withoutSentences(article, new Set([0])), mayor)).toBe(true);
  });

  it('takes a question that names no article as one of the only article, as a set of one story asks them', () => {
    const unnamed: Question = { id: cost.id, question: cost.question, answers: cost.answers ?? [] };
    expect(deletions([article], [unnamed], 1).map((d) => d.questions)).toEqual([[unnamed]]);
    const other = { ...article, file: 'other.txt', id: 'other.txt' };
    expect(deletions([article, other], [unnamed], 1)).toEqual([]);
  });

  it('takes several answer sentences out of one copy, spread through the story, at most so many a copy', () => {
    const one = deletions([article], [vote, cost, mayor], 3);
    expect(one).toHaveLength(1);
    expect(one[0]?.questions).toEqual([vote, cost, mayor]);
    for (const q of [vote, cost, mayor]) expect(holdsAnswer(one[0]?.article ?? article, q)).toBe(false);
    // At most two a copy: the three answer sentences dealt in turn into two copies (first and third, second).
    const two = deletions([article], [vote, cost, mayor], 2);
    expect(two.map((d) => d.questions)).toEqual([[vote, mayor], [cost]]);
    expect(text(two[1]?.article ?? article)).toContain('Ann Price');
  });
});

describe('how much the deletions weigh', () => {
  const features = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0.5])) as Features;
  const raw = (kind: Kind): Omit<Sample, 'weight'> => ({
    features,
    label: kind === 'answerable' ? 1 : 0,
    set: 'news',
    slot: 0,
    kind,
    right: false,
    question: 'who signed the agreement?',
    ruled: false,
  });
  const total = (samples: Sample[], kind: Kind) =>
    samples.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.weight, 0);

  it('gives the deletions together their share of the negative half, however many they are', () => {
    for (const n of [1, 10]) {
      const samples = weigh(
        [
          raw('answerable'),
          raw('answerable'),
          raw('off-topic'),
          raw('unanswerable'),
          ...Array(n).fill(raw('deleted')),
        ],
        0.25,
      );
      expect(total(samples, 'answerable')).toBeCloseTo(0.5);
      expect(total(samples, 'deleted')).toBeCloseTo(0.125);
      expect(total(samples, 'off-topic') + total(samples, 'unanswerable')).toBeCloseTo(0.375);
      expect(total(samples, 'off-topic')).toBeCloseTo(total(samples, 'unanswerable'));
    }
  });

  it('gives the written negatives the whole negative half when there are no deletions', () => {
    const samples = weigh([raw('answerable'), raw('off-topic')], 0.25);
    expect(total(samples, 'off-topic')).toBeCloseTo(0.5);
  });
});

describe('npm run train -- --deletions', () => {
  // A flag with no share after it would otherwise run the fit without the deletions, as if not asked.
  it.each([['--deletions'], ['--deletions=0.1'], ['--deletions', '2']])(
    'refuses %s with exit 2',
    (...flag) => {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/train.ts', 'test/qa/seed', ...flag],
        {
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--deletions SHARE');
    },
  );
});
