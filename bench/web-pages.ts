/**
 * Saved web pages as articles (a dataset folder with `pages/<name>/source.html` and
 * `expected-metadata.json`, `questions.jsonl` with body and meta questions, `unanswerable.jsonl`,
 * `debris.jsonl`; see ../shared/web-pages/SOURCE.md). Each page is put alone in a temporary knowledge
 * folder as `<name>.html` and loaded the way the bot loads it.
 *
 *   npm run bench:qa -- --dataset ../shared/web-pages [--misses]
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadKnowledgeOrFail } from '../src/knowledge/load.js';
import type { Article } from '../src/knowledge/types.js';
import { Engine } from '../src/qa/engine.js';
import type { Weights } from '../src/qa/weights.js';
import { fold, readJsonl } from './dataset.js';
import { fmt, percentile } from './lib.js';

interface PageQuestion {
  id: string;
  page: string;
  question: string;
  expect?: string[];
  kind?: 'body' | 'meta';
}

const jsonl = <T>(file: string) => readJsonl<T>(file, { optional: true });

export function isWebPagesDataset(dir: string): boolean {
  return existsSync(path.join(dir, 'pages'));
}

/**
 * Fields SOURCE.md says are wrong on the page itself (a sidebar author, a dateline in the byline, the
 * site's generic title): Readability reads them faithfully, and they are not compared.
 */
const WRONG_ON_PAGE: Record<string, (keyof Expected)[]> = {
  'salon-1': ['byline'],
  'herald-sun-1': ['byline'],
  'seattletimes-1': ['byline'],
  'yahoo-2': ['title'],
};

interface Expected {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** Our metadata beside Readability's expected values ("By Jane Doe" is stored as "Jane Doe"; spaces folded). */
function metadataMismatches(page: string, article: Article, expected: Expected): string[] {
  const ours: Record<keyof Expected, string | undefined> = {
    // The title the page declares (the headline shown may leave off an author's name: `withoutAuthor`).
    title: article.meta?.pageTitle ?? article.title,
    byline: article.meta?.byline,
    siteName: article.meta?.siteName,
    publishedTime: article.meta?.publishedTime,
  };
  const theirs = (k: keyof Expected) =>
    (k === 'byline' ? expected[k]?.replace(/^by\s+/i, '') : expected[k]) ?? undefined;
  return (Object.keys(ours) as (keyof Expected)[])
    .filter((k) => !(WRONG_ON_PAGE[page] ?? []).includes(k))
    .filter((k) => fold(ours[k] ?? '') !== fold(theirs(k) ?? ''))
    .map((k) => `${page}.${k}: ${JSON.stringify(ours[k])} ≠ ${JSON.stringify(theirs(k))}`);
}

export async function runWebPages(dataset: string, weights: Weights, showMisses: boolean): Promise<void> {
  const misses: string[] = [];
  const questions = jsonl<PageQuestion>(path.join(dataset, 'questions.jsonl'));
  const unanswerable = jsonl<PageQuestion>(path.join(dataset, 'unanswerable.jsonl'));
  const debris = new Map(
    jsonl<{ page: string; debris: string[] }>(path.join(dataset, 'debris.jsonl')).map((d) => [
      d.page,
      d.debris.map(fold),
    ]),
  );
  const pages = readdirSync(path.join(dataset, 'pages')).sort();
  const row = () => ({ right: 0, answered: 0, n: 0 });
  const tally = { body: row(), meta: row(), refused: row() };
  const debrisHits: string[] = [];
  const mismatches: string[] = [];
  let compared = 0;
  const times: number[] = [];
  const loadTimes: number[] = [];
  for (const page of pages) {
    const dir = mkdtempSync(path.join(tmpdir(), 'web-pages-'));
    try {
      copyFileSync(path.join(dataset, 'pages', page, 'source.html'), path.join(dir, `${page}.html`));
      const t0 = performance.now();
      const { articles } = await loadKnowledgeOrFail(dir);
      loadTimes.push(performance.now() - t0);
      const article = articles[0] as Article;
      const expectedFile = path.join(dataset, 'pages', page, 'expected-metadata.json');
      if (existsSync(expectedFile)) {
        mismatches.push(
          ...metadataMismatches(page, article, JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected),
        );
        compared += 4 - (WRONG_ON_PAGE[page]?.length ?? 0);
      }
      const engine = new Engine(articles, { weights });
      engine.warmUp();
      const ask = (q: PageQuestion) => {
        const t1 = performance.now();
        const answer = engine.ask(q.question);
        times.push(performance.now() - t1);
        for (const p of answer.passages) {
          const hit = (debris.get(page) ?? []).find((d) => fold(p.text).includes(d));
          if (hit !== undefined) debrisHits.push(`${q.id}: "${hit}" in "${p.text.slice(0, 80)}"`);
        }
        return answer;
      };
      for (const q of questions.filter((x) => x.page === page)) {
        const answer = ask(q);
        const gold = (q.expect ?? []).map(fold);
        const first = answer.passages[0];
        // A meta answer may come from the page's metadata (a field of the answer) rather than a passage.
        const said = q.kind === 'meta' ? JSON.stringify({ ...answer, question: '', passages: [] }) : '';
        const right = [first?.text ?? '', said].some((t) => gold.some((g) => fold(t).includes(g)));
        const t = q.kind === 'meta' ? tally.meta : tally.body;
        if (right && answer.answered) t.right++;
        if (answer.answered) t.answered++;
        t.n++;
        if (!(right && answer.answered))
          misses.push(
            `${q.id} (${answer.answered ? 'answered' : 'refused'} ${fmt(answer.confidence, 2)}): ${q.question} → ${first?.text.slice(0, 120) ?? '-'}`,
          );
      }
      for (const q of unanswerable.filter((x) => x.page === page)) {
        const answer = ask(q);
        tally.refused.n++;
        if (!answer.answered) tally.refused.right++;
        else
          misses.push(
            `${q.id} (answered ${fmt(answer.confidence, 2)}): ${q.question} → ${answer.passages[0]?.text.slice(0, 120) ?? '-'}`,
          );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const { body: b, meta: m, refused: r } = tally;
  console.log(`${pages.length} pages, each alone in a knowledge folder (Node ${process.version})\n`);
  console.log('| questions | right at top-1 (and answered) | answered | n |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| body | ${fmt(b.right / b.n)} | ${fmt(b.answered / b.n)} | ${b.n} |`);
  console.log(`| page metadata | ${fmt(m.right / m.n)} | ${fmt(m.answered / m.n)} | ${m.n} |`);
  console.log(`| unanswerable: refused | ${fmt(r.right / r.n)} | – | ${r.n} |`);
  console.log(
    `\npassages holding page debris: ${debrisHits.length}; metadata fields equal to expected-metadata.json: ${compared - mismatches.length}/${compared} (skipped as wrong on the page: ${Object.entries(
      WRONG_ON_PAGE,
    )
      .filter(([p]) => pages.includes(p))
      .map(([p, f]) => `${p} ${f.join(', ')}`)
      .join('; ')})`,
  );
  console.log(
    `load ms per page: median ${fmt(percentile(loadTimes, 50), 0)}, max ${fmt(Math.max(...loadTimes), 0)}; ask ms: median ${fmt(percentile(times, 50))}, p95 ${fmt(percentile(times, 95))}`,
  );
  for (const line of [...debrisHits, ...mismatches, ...(showMisses ? misses : [])]) console.log(`  ${line}`);
}
