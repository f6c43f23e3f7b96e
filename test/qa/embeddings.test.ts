/**
 * Word vectors: the conversion of the package's JSON into the compact cache (on a small file written in
 * the package's format), reading it back, finding the project's cache, and the soft matching built on it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertEmbeddings } from '../../scripts/embeddings.mjs';
import { parseArticle } from '../../src/knowledge/article.js';
import {
  cacheDir,
  parseWordVectors,
  readWordVectors,
  similarity,
  wordVectors,
} from '../../src/qa/embeddings.js';
import type { Group } from '../../src/qa/expansion.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { creditedTokens, softCoverage } from '../../src/qa/soft-match.js';
import { stem, tokenize } from '../../src/qa/text.js';

const FIXTURE = new URL('../fixtures/embeddings/vectors.json', import.meta.url).pathname;
const source = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { vectors: Record<string, number[]> };
const work = mkdtempSync(path.join(tmpdir(), 'embeddings-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The cosine of two of the fixture's vectors in full precision. */
function exact(a: string, b: string): number {
  const x = (source.vectors[a] ?? []).slice(0, 4);
  const y = (source.vectors[b] ?? []).slice(0, 4);
  const dot = x.reduce((s, v, i) => s + v * (y[i] ?? 0), 0);
  const norm = (v: number[]) => Math.sqrt(v.reduce((s, e) => s + e * e, 0));
  return dot / (norm(x) * norm(y));
}

async function converted(name: string, words?: number) {
  const dir = path.join(work, name);
  const done = await convertEmbeddings(FIXTURE, dir, words === undefined ? {} : { words });
  return { dir, done };
}

describe('converting the package into the cache', () => {
  it('keeps the lower-case alphabetic words in frequency order, as many as asked', async () => {
    const { dir, done } = await converted('all');
    const v = readWordVectors(dir);
    expect(done).toMatchObject({ words: 6, dimensions: 4 });
    expect(v.size).toBe(6);
    // Row = frequency rank among the kept words; the comma and the capitalised "Paris" are left out.
    expect(['the', 'adults', 'grown', 'hour', 'hourly', 'golf'].map((w) => v.row(w))).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    const few = readWordVectors((await converted('few', 3)).dir);
    expect(few.size).toBe(3);
    expect(few.row('hour')).toBeUndefined();
    expect(few.row('grown')).toBe(2);
  });

  it('writes the same bytes every time', async () => {
    const a = await converted('a');
    const b = await converted('b');
    expect(readFileSync(path.join(a.dir, 'vectors.bin'))).toEqual(
      readFileSync(path.join(b.dir, 'vectors.bin')),
    );
  });

  it('reads back cosines within the int8 rounding of the originals', async () => {
    const v = readWordVectors((await converted('read')).dir);
    expect(v.dimensions).toBe(4);
    for (const [a, b] of [
      ['adults', 'grown'],
      ['hour', 'hourly'],
      ['adults', 'golf'],
      ['the', 'hour'],
    ] as const)
      expect(similarity(v, a, b)).toBeCloseTo(exact(a, b), 1);
    expect(similarity(v, 'adults', 'adults')).toBeCloseTo(1, 2);
    expect(similarity(v, 'adults', 'paris')).toBeUndefined();
  });

  it('refuses a truncated file or another format', async () => {
    const { dir } = await converted('bad');
    const bin = readFileSync(path.join(dir, 'vectors.bin'));
    expect(() => parseWordVectors(bin.subarray(0, bin.length - 1))).toThrow(/truncated/);
    expect(() => parseWordVectors(Buffer.from('AQEV and more bytes'))).toThrow(/not a vectors file/);
  });

  it('finds every word it holds, and no other, by its binary search', async () => {
    const v = readWordVectors((await converted('lookup')).dir);
    expect(['the', 'adults', 'grown', 'hour', 'hourly', 'golf'].map((w) => v.row(w))).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    for (const w of ['', 'a', 'adult', 'adultsx', 'hou', 'zzz', 'paris', 'Paris', 'café', 'x2'])
      expect(v.row(w)).toBeUndefined();
  });
});

describe('the project cache', () => {
  it('is found by going up from a nested folder', async () => {
    const root = path.join(work, 'project');
    const { dir } = await converted(
      path.join('project', 'node_modules', '.cache', 'article-qa-bot', 'embeddings'),
    );
    const nested = path.join(root, 'node_modules', '.cache', 'article-qa-bot', 'test-build-1', 'qa');
    mkdirSync(nested, { recursive: true });
    expect(cacheDir(nested)).toBe(dir);
    writeFileSync(path.join(work, 'nothing-here'), '');
    expect(cacheDir(path.join(tmpdir()))).toBeUndefined();
  });

  it('is there after the build, with the words readers use', () => {
    const v = wordVectors();
    expect(v.dimensions).toBe(100);
    expect(similarity(v, 'adults', 'grown')).toBeGreaterThan(0.3);
    // Near in use: far more than two unrelated words.
    expect(similarity(v, 'golfer', 'golf') ?? 0).toBeGreaterThan(
      (similarity(v, 'golfer', 'parliament') ?? 1) + 0.3,
    );
  });
});

describe('soft matching', () => {
  const group = (word: string, stems: string[], idf = 1): Group => ({
    word,
    terms: stems.map((stem) => ({ stem, weight: 1 })),
    idf,
  });

  it('credits a question word by its nearest word in the sentence, and fully when the sentence holds it', async () => {
    const v = readWordVectors((await converted('soft')).dir);
    const grown = group('grown', []);
    expect(softCoverage(v, [grown], tokenize('Adults must be paid more.'))).toBeCloseTo(
      exact('grown', 'adults'),
      1,
    );
    // Opposite vectors count as nothing, not less than nothing.
    expect(softCoverage(v, [grown], tokenize('Golf again.'))).toBe(0);
    expect(softCoverage(v, [group('golf', ['golf'])], tokenize('Golf again.'))).toBe(1);
    // Weighted by rarity: the rare word said, the common one not at all.
    const rare = group('hour', ['hour'], 3);
    const common = group('golf', [], 1);
    expect(softCoverage(v, [rare, common], tokenize('Paid by the hour.'))).toBeCloseTo(0.75, 5);
  });

  it('credits a sentence that points back with the words of the sentences before it, as the ranking does', () => {
    const article = parseArticle(
      'is.txt',
      'Iraq and Russia\n\nIraq fights the Islamic State in the north. The group is notorious for its atrocities.\n\nIt rained in Baghdad on Monday.\n',
    );
    const index = new SearchIndex([article]);
    const id = index.docs.findIndex((d) => d.sentence.text.startsWith('The group'));
    const own = index.tokens(id);
    expect(creditedTokens(index, id, own).map((t) => t.word)).toContain('islamic');
    // "It rained…" opens with "It" but starts a paragraph of its own: nothing before it to point to.
    const last = index.docs.findIndex((d) => d.sentence.text.startsWith('It rained'));
    expect(creditedTokens(index, last, index.tokens(last)).map((t) => t.word)).toEqual([
      'it',
      'rained',
      'in',
      'baghdad',
      'on',
      'monday',
    ]);
    const v = wordVectors();
    const groups: Group[] = ['islamic', 'notorious'].map((w) => group(w, [stem(w)], 1));
    expect(softCoverage(v, groups, creditedTokens(index, id, own))).toBe(1);
    expect(softCoverage(v, groups, own)).toBeLessThan(1);
  });
});
