/**
 * The learned re-ranking of the best candidates (`passage-model.ts`): its features, the reordering,
 * the fitting (`scripts/passages.ts`), and, as users ask, a question wanting a number answered by the
 * sentence that holds one rather than by the sentence that names what the question is about.
 */
import { describe, expect, it } from 'vitest';
import { fitRanking, rankingShares, type RankingExample } from '../../scripts/passages.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import type { Group } from '../../src/qa/expansion.js';
import {
  PASSAGE_FEATURES,
  PASSAGE_MODEL,
  passageFeatures,
  reorder,
  type PassageModel,
} from '../../src/qa/passage-model.js';
import { parseQuestion } from '../../src/qa/question.js';
import type { Ranked } from '../../src/qa/rerank.js';
import { askedSlot } from '../../src/qa/slot.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { stem, tokenize } from '../../src/qa/text.js';

const group = (word: string): Group => ({ word, terms: [{ stem: stem(word), weight: 1 }], idf: 2 }) as Group;
const ranked = (id: number, score: number, text: string): Ranked => ({
  id,
  score,
  coverage: 0.5,
  tokens: tokenize(text),
  answers: [],
});
const model = (weights: number[]): PassageModel => ({
  features: [...PASSAGE_FEATURES],
  weights,
  candidates: 8,
  provenance: {},
});
const featuresOf = (question: string, text: string, score = 1) =>
  passageFeatures(
    { candidate: ranked(0, score, text), index: new SearchIndex([]), text, entities: () => [] },
    1,
    ['time', 'spend', 'writer'].map(group),
    askedSlot(question, parseQuestion(question)),
  );

describe('features', () => {
  it('a number of the asked kind counts for a question wanting a number', () => {
    const [, found] = featuresOf('How much time did the writer spend?', 'I played 15 to 20 hours a week.');
    expect(found).toBe(1);
  });

  it('no number, or a question wanting no number, counts nothing', () => {
    expect(featuresOf('How much time did the writer spend?', 'The writer loved the game.')[1]).toBe(0);
    expect(featuresOf('Who is the writer?', 'I played 15 to 20 hours a week.')[1]).toBe(0);
  });

  it('the soft coverage is whole when the sentence holds every word, less when it says one in other words', () => {
    const soft = PASSAGE_FEATURES.indexOf('soft');
    expect(featuresOf('Who is the writer?', 'The writer spends time.')[soft]).toBe(1);
    const other = featuresOf('Who is the writer?', 'The author spends time.')[soft] ?? 0;
    expect(other).toBeGreaterThan(0.67);
    expect(other).toBeLessThan(1);
  });

  it('the score is its log share of the best, bounded below', () => {
    expect(featuresOf('Who is the writer?', 'x', 1)[0]).toBeCloseTo(0);
    expect(featuresOf('Who is the writer?', 'x', Math.exp(-1))[0]).toBeCloseTo(-1);
    expect(featuresOf('Who is the writer?', 'x', 0)[0]).toBe(-4);
  });
});

describe('reorder', () => {
  const list = [ranked(1, 1, 'a'), ranked(2, 0.9, 'b'), ranked(3, 0.5, 'c'), ranked(4, 0.2, 'd')];
  const rows = [
    [0, 0],
    [Math.log(0.9), 1],
    [Math.log(0.5), 0],
  ];

  it('trusting the score alone keeps the order and the scores', () => {
    const out = reorder(list, rows, model([1, 0]));
    expect(out.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect(out.map((r) => r.score)).toEqual(list.map((r) => expect.closeTo(r.score, 9)));
  });

  it('a weight on the number puts the candidate holding it first, the best score kept, scores still in order', () => {
    const out = reorder(list, rows, model([1, 2]));
    expect(out.map((r) => r.id)).toEqual([2, 1, 3, 4]);
    expect(out[0]?.score).toBe(1);
    const scores = out.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('fitting', () => {
  // Right candidates hold the asked number, a little behind on score.
  const examples: RankingExample[] = Array.from({ length: 20 }, (_, i) => ({
    set: 's',
    slot: i,
    question: `q${i}`,
    rows: [
      [0, 0],
      [-0.2, 1],
      [-1, 0],
    ],
    labels: [0, 1, 0],
    weight: 1,
  }));

  it('learns what it is shown, the same every time', () => {
    const fitted = fitRanking(examples, {});
    expect(fitted.weights[1]).toBeGreaterThan(0);
    expect(rankingShares(examples, fitted).top1).toBe(1);
    expect(rankingShares(examples, null).top1).toBe(0);
    expect(fitRanking(examples, {})).toEqual(fitted);
  });

  it('the committed model has a weight for every feature', () => {
    expect(PASSAGE_MODEL.features).toEqual([...PASSAGE_FEATURES]);
    expect(PASSAGE_MODEL.weights).toHaveLength(PASSAGE_FEATURES.length);
  });
});

describe('a question wanting a number, as readers ask it', () => {
  const story = parseArticle(
    'gaming.txt',
    [
      'Losing yourself in online gaming',
      '',
      'Gaming can become an obsession, like time spent in the gym.',
      '',
      'Dana Hollis, the Late Quest writer, says she used to spend too much time on Starfall. ' +
        '"I mean about 15 to 20 hours a week, and more in the holidays."',
      '',
      'Hollis stopped playing when the game closed its servers.',
    ].join('\n'),
  );
  const engine = new Engine([story]);
  const plain = new Engine([story], { passageModel: null });

  it.each([
    'How much time did the Late Quest writer spend on Starfall?',
    'how much time did hollis spend playing starfall',
  ])('%s → the hours, not the sentence naming the writer', (question) => {
    expect(plain.ask(question).passages[0]?.text).toContain('Dana Hollis');
    expect(engine.ask(question).passages[0]?.text).toContain('15 to 20 hours');
  });

  it('who is the Late Quest writer? is not moved by the numbers', () => {
    expect(engine.ask('who is the Late Quest writer?').passages[0]?.text).toContain('Dana Hollis');
  });
});
