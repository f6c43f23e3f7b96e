/**
 * Re-ranking leaves out, untagged, the candidates that cannot reach the best `keep`: the best `keep`
 * must be exactly those (same sentences, scores, answers, order) that re-ranking every candidate gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { expand } from '../../src/qa/expansion.js';
import { parseQuestion } from '../../src/qa/question.js';
import { BestScores, BoundOrder, rerank } from '../../src/qa/rerank.js';
import { retrieve } from '../../src/qa/retrieval.js';
import { Scratch } from '../../src/qa/scratch.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';
import { seedArticle } from '../support/seed.js';

describe('BestScores', () => {
  it('has no bar until it holds `size` scores, then the lowest of the best `size`', () => {
    const best = new BestScores(3);
    best.add(5);
    best.add(1);
    expect(best.last()).toBe(-Infinity);
    best.add(3);
    expect(best.last()).toBe(1);
    best.add(4);
    expect(best.last()).toBe(3);
    best.add(2);
    expect(best.last()).toBe(3);
    best.add(4);
    expect(best.last()).toBe(4);
  });

  it('never has a bar when it keeps nothing, or everything', () => {
    const none = new BestScores(0);
    const all = new BestScores(Infinity);
    for (const s of [3, 1, 2]) {
      none.add(s);
      all.add(s);
    }
    expect(none.last()).toBe(-Infinity);
    expect(all.last()).toBe(-Infinity);
  });
});

describe('BoundOrder', () => {
  /** A small deterministic generator: bounds with ties, each open one some amount above its exact bound. */
  function entries(seed: number, n: number) {
    let x = seed;
    const rand = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    return Array.from({ length: n }, (_, at) => {
      const exact = Math.floor(rand() * 6);
      const open = rand() < 0.6;
      return { at, exact, bound: open ? exact + Math.floor(rand() * 3) : exact, open };
    });
  }

  it('gives the order of the exact bounds (ties in retrieval order), making bounds exact only when needed', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const list = entries(seed, 1 + (seed % 12));
      const made: number[] = [];
      const order = new BoundOrder(
        list.map((e) => ({ at: e.at, bound: e.bound, exact: !e.open })),
        (at) => {
          made.push(at);
          return (list[at] as { exact: number }).exact;
        },
      );
      const expected = [...list].sort((a, b) => b.exact - a.exact).map((e) => [e.at, e.exact]);
      const got: number[][] = [];
      for (let e = order.next(); e !== undefined; e = order.next()) got.push([e.at, e.bound]);
      expect(got).toEqual(expected);
      expect(new Set(made).size).toBe(made.length);
      expect(made.every((at) => (list[at] as { open: boolean }).open)).toBe(true);
    }
  });

  it('leaves a bound open while a better exact one comes first', () => {
    const made: number[] = [];
    const order = new BoundOrder(
      [
        { at: 0, bound: 9, exact: true },
        { at: 1, bound: 5, exact: false },
      ],
      (at) => {
        made.push(at);
        return 4;
      },
    );
    expect(order.next()).toEqual({ at: 0, bound: 9, exact: true });
    expect(made).toEqual([]);
    expect(order.next()).toEqual({ at: 1, bound: 4, exact: true });
    expect(made).toEqual([1]);
  });
});

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const articles = [
  ['seed.txt', seedArticle()],
  ['bridge.txt', '../fixtures/answerability/harbour-bridge.txt'],
  ['rovers.txt', '../fixtures/answerability/rovers-loan.txt'],
  ['plain.txt', '../fixtures/articles/plain.txt'],
  ['debris.txt', '../fixtures/articles/other-debris.txt'],
].map(([file, path]) => parseArticle(file as string, read(path as string)));
/**
 * A short sentence without the asked type and longer ones with it: retrieval ranks the short one
 * first, the type boost puts a longer one above it, so only a bound with the boost keeps it.
 */
const council = parseArticle(
  'council.txt',
  [
    'Council notes',
    '',
    'The council discussed the budget.',
    '',
    'The council discussed the budget again at length on Monday 3 March.',
    '',
    'Members of the council discussed the budget with Mary Jones for an hour.',
    '',
    'Cars and lorries crossed the bridge after the council meeting.',
  ].join('\n'),
);
const index = new SearchIndex([...articles, council]);
const scratch = new Scratch();

/** The default weights, and with fewer candidates re-ranked by the token search (more left to the bounds). */
const settings = [
  DEFAULT_WEIGHTS,
  { ...DEFAULT_WEIGHTS, FUSE_CANDIDATES: 1 },
  { ...DEFAULT_WEIGHTS, FUSE_CANDIDATES: 0 },
  // A next sentence worth more than its topic sentence boosted: its bound is then the candidate's.
  { ...DEFAULT_WEIGHTS, FUSE_CANDIDATES: 0, NEXT_SENTENCE: 1.5 },
];

function ranked(question: string, keep: number, weights = DEFAULT_WEIGHTS) {
  const parsed = parseQuestion(question);
  const { groups } = expand(
    index,
    parsed.keywords.map((k) => k.word),
    weights,
    parsed.names,
  );
  const candidates = retrieve(index, scratch, groups, -1, weights);
  const matched = new Set(groups.flatMap((g) => g.terms.map((t) => t.stem)));
  return rerank(index, candidates, groups, parsed, matched, weights, keep).map((r) => ({
    id: r.id,
    score: r.score,
    answers: r.answers,
  }));
}

const questions = [
  'Who signed the agreement?',
  'When was the agreement signed?',
  'Where did the talks take place?',
  'how many years did the cooperation last?',
  'Which company won the contract?',
  'who opened the bridge',
  'when did the club sign the player?',
  'how much is the loan deal worth?',
  'What did the minister say?',
  'why did they meet?',
  'which country supplied the weapons?',
  'When did the council discuss the budget?',
  'Who discussed the budget with the council?',
  // Kinds asked for ("what weapons"): looked for only in candidates whose bound can still reach the best.
  'What weapons did Russia supply?',
  'What vehicles crossed the bridge?',
  'what sport does the club play?',
];

describe('re-ranking the best `keep` only', () => {
  it.each(questions)('%s: the best 1, 2 and 5 are those of re-ranking everything', (question) => {
    for (const weights of settings) {
      const everything = ranked(question, Infinity, weights);
      expect(everything.length).toBeGreaterThan(0);
      for (const keep of [1, 2, 5])
        expect(ranked(question, keep, weights).slice(0, keep)).toEqual(everything.slice(0, keep));
    }
  });

  it('finds the kinds asked for ("what vehicles": cars, lorries) in the candidates it keeps', () => {
    const cars = index.docs.findIndex((d) => d.sentence.text.startsWith('Cars and lorries'));
    for (const keep of [3, Infinity]) {
      const found = ranked('What vehicles crossed the bridge?', keep).find((r) => r.id === cars);
      expect(found?.answers.length).toBe(2);
    }
  });

  it('leaves some candidates out', () => {
    const left = questions.filter((q) => ranked(q, 1).length < ranked(q, Infinity).length);
    expect(left.length).toBeGreaterThan(0);
  });
});
