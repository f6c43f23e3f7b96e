/**
 * A question set that names stories of a corpus (`business-007.txt`) instead of holding them reads each
 * from `<corpus>/<category>/<NNN>.txt`, as the same file in an `articles/` folder would be read; a story
 * that is not there is said in one line with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath, DatasetError, loadCorpusArticles, loadDataset } from '../../bench/dataset.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = path.join(root, 'test/fixtures');
const corpus = path.join(fixtures, 'corpus');
const set = path.join(fixtures, 'corpus-set');

describe('a question set over a corpus', () => {
  it('finds a story by category and number', () => {
    expect(corpusPath('/c', 'business-012.txt')).toBe(path.join('/c', 'business', '012.txt'));
    expect(() => corpusPath('/c', 'business/012.txt')).toThrow(DatasetError);
    expect(() => corpusPath('/c', 'notes.txt')).toThrow(/not a corpus story's name/);
  });

  it('reads each story named, under the name the questions use, as an articles/ folder would', async () => {
    const data = await loadDataset(set, { corpus });
    expect(data.articles.map((a) => a.file)).toEqual(['business-007.txt', 'tech-042.txt']);
    expect(data.questions).toHaveLength(3);

    const folder = mkdtempSync(path.join(tmpdir(), 'corpus-set-'));
    try {
      copyFileSync(path.join(corpus, 'business/007.txt'), path.join(folder, 'business-007.txt'));
      copyFileSync(path.join(corpus, 'tech/042.txt'), path.join(folder, 'tech-042.txt'));
      const { articles } = await loadKnowledge(folder);
      expect(data.articles).toEqual(articles);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const bakery = data.articles[0];
    expect(bakery?.title).toBe('Bakery chain opens its hundredth shop');
    expect(bakery?.sentences.filter((s) => s.role === 'body').map((s) => s.paragraph)).toEqual([1, 2, 2, 3]);
  });

  it("asks each question of its own story's engine and halves by story", async () => {
    const data = await loadDataset(set, { corpus });
    const answer = data.engine('business-007.txt').ask('who founded Crumb & Sons?');
    expect(answer.passages[0]?.text).toContain('founded in 1961 by Margaret Crumb');
    expect(data.offTopicOf('business-007.txt')).toBe('tech-042.txt');
    expect(data.questions.map((q, i) => data.slotOf(q, i))).toEqual([0, 1, 0]);
  });

  it('says which story is missing and where it looked', async () => {
    await expect(
      loadCorpusArticles(corpus, [{ id: 'x', question: 'who won', article: 'sport-999.txt' }]),
    ).rejects.toThrow(`article sport-999.txt: no such story at ${path.join(corpus, 'sport', '999.txt')}`);
    await expect(loadCorpusArticles(corpus, [{ id: 'x', question: 'who won' }])).rejects.toThrow(
      /names no article/,
    );
  });

  it.each([
    [set, 'no-such-corpus', '--corpus no-such-corpus: no such folder.'],
    [path.join(fixtures, 'corpus-set-missing'), corpus, 'article sport-999.txt: no such story at'],
  ])('the benchmark on %s over %s says so in one line and exits with 2', (dataset, dir, message) => {
    const args = ['--import', 'tsx', 'bench/qa.ts', '--dataset', dataset, '--corpus', dir, '--no-baselines'];
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });
});
