/**
 * Answer-quality benchmark. A dataset folder holds `questions.jsonl` ({id, question, article?,
 * answers?}) and `articles/` (or pass --knowledge DIR). A passage is right when it contains one of the
 * gold answers (case-insensitive, whitespace folded); a question without answers must be refused.
 * Questions that name their article are asked of that article alone, and also of another article
 * (the next one in the folder) as off-topic questions that should be refused.
 *
 *   npm run bench:qa -- --dataset ../shared/qa/squad-dev [--knowledge DIR] [--limit N] [--no-baselines]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Fuse from 'fuse.js';
import { loadKnowledgeOrFail } from '../src/knowledge/load.js';
import type { Article } from '../src/knowledge/types.js';
import { Engine, SCORING } from '../src/qa/engine.js';
import { ROLE_WEIGHT } from '../src/qa/search-index.js';
import { applySetArgs, argValue, fmt, percentile } from './lib.js';

interface Question {
  id: string;
  question: string;
  article?: string;
  answers?: string[];
}

interface System {
  name: string;
  /** False when the setting has no off-topic questions (everything is in the index). */
  offTopic?: boolean;
  /** Passages best first, and whether the system claims an answer. */
  ask(question: string, article: string | undefined): { passages: string[]; answered: boolean };
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function engineSystem(name: string, engines: Map<string | undefined, Engine>): System {
  return {
    name,
    ask(question, article) {
      const engine = engines.get(article) ?? engines.get(undefined);
      if (engine === undefined) throw new Error(`no engine for ${article}`);
      const answer = engine.ask(question);
      return { passages: answer.passages.map((p) => p.text), answered: answer.answered };
    },
  };
}

function fuseSystem(name: string, articles: Map<string | undefined, Article[]>, options: object): System {
  const fuses = new Map<string | undefined, Fuse<string>>();
  for (const [key, list] of articles) {
    const sentences = list.flatMap((a) =>
      a.sentences.filter((s) => ROLE_WEIGHT[s.role] !== undefined).map((s) => s.text),
    );
    fuses.set(key, new Fuse(sentences, options));
  }
  return {
    name,
    ask(question, article) {
      const fuse = fuses.get(article) ?? fuses.get(undefined);
      if (fuse === undefined) throw new Error(`no index for ${article}`);
      const results = fuse.search(question, { limit: 5 });
      return { passages: results.map((r) => r.item), answered: results.length > 0 };
    },
  };
}

interface Row {
  name: string;
  top1: number;
  top3: number;
  mrr: number;
  answeredRate: number;
  refusal: number;
  median: number;
  p95: number;
  n: number;
  offN: number;
}

function evaluate(
  system: System,
  questions: Question[],
  offTopicOf: (article: string) => string | undefined,
): Row {
  let top1 = 0;
  let top3 = 0;
  let mrr = 0;
  let answered = 0;
  let answerable = 0;
  let refused = 0;
  let off = 0;
  const times: number[] = [];
  for (const q of questions) {
    const t0 = performance.now();
    const result = system.ask(q.question, q.article);
    times.push(performance.now() - t0);
    if (q.answers === undefined || q.answers.length === 0) {
      off++;
      if (!result.answered) refused++;
      continue;
    }
    answerable++;
    if (result.answered) answered++;
    const gold = q.answers.map(fold);
    const rank = result.passages.findIndex((p) => gold.some((g) => fold(p).includes(g)));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (q.article !== undefined && system.offTopic !== false) {
      const other = offTopicOf(q.article);
      if (other !== undefined) {
        off++;
        const t1 = performance.now();
        if (!system.ask(q.question, other).answered) refused++;
        times.push(performance.now() - t1);
      }
    }
  }
  return {
    name: system.name,
    top1: top1 / answerable,
    top3: top3 / answerable,
    mrr: mrr / answerable,
    answeredRate: answered / answerable,
    refusal: off > 0 ? refused / off : NaN,
    median: percentile(times, 50),
    p95: percentile(times, 95),
    n: answerable,
    offN: off,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataset = argValue(args, '--dataset');
  if (dataset === undefined) {
    console.error('usage: npm run bench:qa -- --dataset DIR [--knowledge DIR] [--limit N] [--no-baselines]');
    process.exit(2);
  }
  // --set NAME=value (repeatable) tries another scoring weight, e.g. --set B=0.6
  applySetArgs(args, SCORING);
  const knowledge = argValue(args, '--knowledge') ?? path.join(dataset, 'articles');
  const limit = Number(argValue(args, '--limit') ?? Infinity);
  const questions = readFileSync(path.join(dataset, 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Question)
    .slice(0, limit);

  const t0 = performance.now();
  const { articles } = await loadKnowledgeOrFail(knowledge);
  const byArticle = new Map<string | undefined, Article[]>([[undefined, articles]]);
  for (const a of articles) byArticle.set(a.file, [a]);
  const engines = new Map<string | undefined, Engine>();
  for (const [key, list] of byArticle) {
    const engine = new Engine(list);
    engine.warmUp();
    engines.set(key, engine);
  }
  const buildMs = performance.now() - t0;
  const files = articles.map((a) => a.file);
  const offTopicOf = (file: string) =>
    files.length > 1 ? files[(files.indexOf(file) + 1) % files.length] : undefined;

  const systems: System[] = [engineSystem('article-qa-bot', engines)];
  const all = engines.get(undefined);
  if (byArticle.size > 2 && all !== undefined) {
    // Every question searched across all articles at once (one index over the whole folder). A passage
    // is right when it holds the gold answer; there are no off-topic questions in this setting.
    systems.push({
      name: 'article-qa-bot, all articles in one index',
      offTopic: false,
      ask(question) {
        const answer = all.ask(question);
        return { passages: answer.passages.map((p) => p.text), answered: answer.answered };
      },
    });
  }
  if (!args.includes('--no-baselines')) {
    systems.push(fuseSystem('Fuse.js, default options', byArticle, {}));
    systems.push(
      fuseSystem('Fuse.js token search', byArticle, {
        useTokenSearch: true,
        ignoreLocation: true,
        threshold: 0.4,
      }),
    );
  }
  console.log(
    `${questions.length} questions, ${articles.length} articles, engines built and warmed up in ${buildMs.toFixed(0)} ms (Node ${process.version})\n`,
  );
  console.log(
    '| system | top-1 | top-3 | MRR@5 | answered (answerable) | refused (off-topic) | median ms | p95 ms |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const system of systems) {
    const r = evaluate(system, questions, offTopicOf);
    console.log(
      `| ${r.name} | ${fmt(r.top1)} | ${fmt(r.top3)} | ${fmt(r.mrr)} | ${fmt(r.answeredRate)} (n=${r.n}) | ${fmt(r.refusal)} (n=${r.offN}) | ${fmt(r.median)} | ${fmt(r.p95)} |`,
    );
  }
}

await main();
