import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { jaccard, pageRank, similarityMatrix, tfidfVectors, wordSet } from '../../src/qa/sentence-graph.js';
import { SUMMARY_TUNING, parseSentenceCount, summarize } from '../../src/qa/summary.js';
import { selectSentences, type Candidate } from '../../src/qa/summary-select.js';
import { readSeed } from '../support/seed.js';

const seed = parseArticle('iraq-russia-military-cooperation.txt', readSeed());

describe('sentence graph', () => {
  const texts = [
    'The council approved the bridge on Tuesday.',
    'The bridge was approved by the council after six years.',
    'Trams and bicycles will cross the bridge.',
    'Penguins live in Antarctica.',
  ];
  const sim = similarityMatrix(tfidfVectors(texts).vectors);

  it('gives symmetric cosines, zero on the diagonal and between sentences with no word in common', () => {
    expect(sim[0]?.[1]).toBeCloseTo(sim[1]?.[0] ?? NaN);
    expect(sim[0]?.[0]).toBe(0);
    expect(sim[3]?.[0]).toBe(0);
    expect(sim[0]?.[1]).toBeGreaterThan(sim[0]?.[2] ?? 1);
  });

  it('ranks the sentence most like the others highest, and ranks sum to 1 (an isolated one too)', () => {
    const rank = pageRank(sim, 0.85);
    expect(rank.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(Math.min(...rank)).toBe(rank[3]);
  });

  it('measures repeating on lower-cased words', () => {
    expect(jaccard(wordSet('Obaidi thanked Russia'), wordSet('obaidi THANKED russia'))).toBe(1);
    expect(jaccard(wordSet('one two'), wordSet('three four'))).toBe(0);
  });
});

describe('choosing sentences', () => {
  const candidate = (index: number, score: number, text: string): Candidate => ({
    index,
    score,
    words: new Set(text.split(' ')),
    terms: new Set(text.split(' ')),
    eligible: true,
  });
  const options = { relevance: 1, maxOverlap: 0.5, maxContainment: 0.8, similarity: () => 0 };

  it('never takes a sentence that repeats one already taken', () => {
    const picked = selectSentences(
      [candidate(0, 3, 'a b c d'), candidate(1, 2, 'a b c e'), candidate(2, 1, 'x y z')],
      2,
      options,
    );
    expect(picked).toEqual([0, 2]);
  });

  it('takes the fuller statement of a fact instead of the shorter one', () => {
    const picked = selectSentences(
      [candidate(0, 3, 'a b c d'), candidate(1, 1, 'a b c d where when'), candidate(2, 2, 'x y z')],
      2,
      options,
    );
    expect(picked.sort()).toEqual([1, 2]);
  });

  it('takes a sentence leaning on others only once all of them are taken', () => {
    const quote = { ...candidate(2, 9, 'we measured it twice'), leansOn: [1, 0] };
    const pool = [candidate(0, 1, 'a b c d'), candidate(1, 2, 'e f g h'), quote, candidate(3, 3, 'x y z')];
    expect(selectSentences(pool, 2, options)).toEqual([3, 1]);
    expect(selectSentences(pool, 4, options)).toEqual([3, 1, 0, 2]);
  });
});

describe('summarize', () => {
  it('picks body sentences only, in story order, as many as asked', () => {
    for (const n of [1, 3, 5]) {
      const summary = summarize(seed, n);
      expect(summary).toHaveLength(n);
      const body = seed.sentences.filter((s) => s.role === 'body').map((s) => s.text);
      const positions = summary.map((s) => body.indexOf(s));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('never gives a caption, credit, related headline or tag line, even when asked for everything', () => {
    const roles = new Map(seed.sentences.map((s) => [s.text, s.role]));
    for (const s of summarize(seed, 10)) expect(roles.get(s)).toBe('body');
  });

  it('takes its numbers from the object passed in', () => {
    const leadOnly = {
      ...SUMMARY_TUNING,
      ...{ centrality: 0, headline: 0, length: 0, quoteFragment: 0, position: 1, maxContainment: 2 },
    };
    const body = seed.sentences.filter((s) => s.role === 'body').map((s) => s.text);
    expect(summarize(seed, 1, leadOnly)).toEqual([body[0]]);
  });

  it('reads a sentence count strictly: whole numbers 1-10, nothing clamped', () => {
    expect(parseSentenceCount('3')).toBe(3);
    expect(parseSentenceCount('10')).toBe(10);
    for (const bad of ['0', '11', '2.5', '-1', '0x3', ' 3', '', 'three', '1e1'])
      expect(parseSentenceCount(bad)).toBeUndefined();
  });
});
