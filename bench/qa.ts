/**
 * Answer-quality benchmark. A dataset folder holds `questions.jsonl` ({id, question, article?,
 * answers?}) and `articles/` (or pass --knowledge DIR). A passage is right when it contains one of the
 * gold answers (case-insensitive, whitespace folded); a question without answers must be refused.
 * Questions that name their article are asked of that article alone, and also of another article
 * (the next one in the folder) as off-topic questions that should be refused.
 *
 * An `unanswerable.jsonl` beside `questions.jsonl` adds on-topic questions the article does not answer,
 * asked of their own article; they should be refused. Every figure is printed for all questions and for
 * the held-out halves split by article (odd and even positions of the sorted article files; with a
 * single article, odd and even questions), so that a change can be kept only when both halves improve.
 * The short answer is scored as SQuAD scores it (squad-metric.ts): exact match and token F1 over all
 * answerable questions (none given counts 0), and the share of them given one; and, for sets whose gold
 * answers are phrases around the answer (short-kind.ts), the share of answerable questions whose short
 * answer says only words of a gold answer, and the share of the short answers given that are of
 * another kind than the question asks for.
 *
 * A set whose `article` fields name stories of a corpus (`business-012.txt`) and holds no articles of its
 * own is read with `--corpus DIR`: the story is `DIR/business/012.txt` (see dataset.ts).
 *
 *   npm run bench:qa -- --dataset ../shared/qa/squad-dev [--knowledge DIR | --corpus DIR] [--limit N]
 *     [--no-baselines] [--half odd|even] [--set NAME=value]… [--settle]
 *
 * Each question is timed as a first ask in a new process after `Engine.warmUp`. `--settle` times it as
 * the bot and the console answer once their background warm-up is done: each engine also runs
 * `Engine.settle` (the folder's words looked up, the pipeline practised) before the questions.
 *
 * A folder of saved web pages (`pages/<name>/source.html`) is scored page by page: see web-pages.ts.
 */
import path from 'node:path';
import Fuse from 'fuse.js';
import type { Article } from '../src/knowledge/types.js';
import type { AskOptions, Engine } from '../src/qa/engine.js';
import { DEFAULT_WEIGHTS } from '../src/qa/weights.js';
import { classifyMessage } from '../src/qa/intent.js';
import { respond } from '../src/qa/respond.js';
import { ROLE_WEIGHT } from '../src/qa/search-index.js';
import { KnowledgeError } from '../src/knowledge/load.js';
import { DatasetError, fold, loadDataset, type Dataset, type Question } from './dataset.js';
import { applySetArgs, argValue, fmt, percentile, requireFolder } from './lib.js';
import { exactMatch, f1 } from './squad-metric.js';
import { otherKind, withinGold } from './short-kind.js';
import { isWebPagesDataset, runWebPages } from './web-pages.js';

interface System {
  name: string;
  /** False when the setting has no off-topic questions (everything is in the index). */
  offTopic?: boolean;
  /** Passages best first, and whether the system claims an answer. */
  ask(
    question: string,
    article: string | undefined,
  ): {
    passages: string[];
    answered: boolean;
    /** "What is this about?" fits every article: it is never asked of another one as off-topic. */
    aboutAnyArticle?: boolean;
    /** The short answer's text (null: none); undefined for systems that give none. */
    short?: string | null;
    /** Milliseconds the short-answer stage took, when it ran (part of the question's time). */
    answerMs?: number;
  };
}

/**
 * The engine asks each question of the engine `pick` gives for its article (by file), with the options
 * it gives (`AskOptions.article`: the story chosen among several).
 */
function engineSystem(
  name: string,
  pick: (article: string | undefined) => { engine: Engine | undefined; options?: AskOptions },
): System {
  return {
    name,
    ask(question, article) {
      const { engine, options = {} } = pick(article);
      if (engine === undefined) throw new Error(`no engine for ${article}`);
      // As the fronts do: "what is this about?" gets the summary (headline, then its sentences).
      const intent = classifyMessage(question);
      if (intent.kind === 'question') {
        // What respond() does for a question, through assess() for the short-answer stage's own time.
        const { answer, answerMs } = engine.assess(intent.question, options);
        return {
          passages: answer.passages.map((p) => p.text),
          answered: answer.answered,
          short: answer.answer?.text ?? null,
          ...(answerMs !== undefined ? { answerMs } : {}),
        };
      }
      const response = respond(engine, question, options);
      if (response.kind === 'summary' && response.summary !== undefined)
        return {
          passages: [response.summary.article.title, ...response.summary.sentences],
          answered: true,
          aboutAnyArticle: true,
        };
      if (response.kind !== 'answer') return { passages: [], answered: false };
      return {
        passages: response.answer.passages.map((p) => p.text),
        answered: response.answer.answered,
        short: response.answer.answer?.text ?? null,
      };
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

/** What happened to one question: where the right passage ranked, whether the system answered, how long it took. */
interface Outcome {
  /** Sorted position of the question's article in the folder (or of the question itself with one article). */
  slot: number;
  kind: 'answerable' | 'unanswerable' | 'off-topic';
  /** 0-based rank of the first passage holding a gold answer, -1 when none does. */
  rank: number;
  answered: boolean;
  ms: number;
  /** The short-answer stage's share of `ms`, when it ran. */
  answerMs?: number;
  /** The short answer against the gold answers (SQuAD's scoring); undefined when the system gives none. */
  short?: { em: number; f1: number; given: boolean; withinGold: boolean; otherKind: boolean };
}

function evaluate(
  system: System,
  questions: Question[],
  offTopicOf: (article: string) => string | undefined,
  slotOf: (q: Question, i: number) => number,
): Outcome[] {
  const out: Outcome[] = [];
  const ask = (question: string, article: string | undefined) => {
    const t0 = performance.now();
    const result = system.ask(question, article);
    return { result, ms: performance.now() - t0 };
  };
  questions.forEach((q, i) => {
    const slot = slotOf(q, i);
    const { result, ms } = ask(q.question, q.article);
    if (q.answers === undefined || q.answers.length === 0) {
      out.push({ slot, kind: 'unanswerable', rank: -1, answered: result.answered, ms });
      return;
    }
    const gold = q.answers.map(fold);
    const rank = result.passages.findIndex((p) => gold.some((g) => fold(p).includes(g)));
    const short =
      result.short === undefined
        ? {}
        : {
            short: {
              em: exactMatch(result.short, q.answers),
              f1: f1(result.short, q.answers),
              given: result.short !== null,
              withinGold: result.short !== null && withinGold(result.short, q.answers),
              otherKind: result.short !== null && otherKind(q.question, result.short),
            },
          };
    const stage = result.answerMs !== undefined ? { answerMs: result.answerMs } : {};
    out.push({ slot, kind: 'answerable', rank, answered: result.answered, ms, ...stage, ...short });
    if (q.article !== undefined && system.offTopic !== false && result.aboutAnyArticle !== true) {
      const other = offTopicOf(q.article);
      if (other !== undefined) {
        const off = ask(q.question, other);
        out.push({ slot, kind: 'off-topic', rank: -1, answered: off.result.answered, ms: off.ms });
      }
    }
  });
  return out;
}

const HALVES = ['all', 'odd', 'even'] as const;
type Half = (typeof HALVES)[number];

/** Held-out halves split by article: odd and even positions in the sorted list of articles (1-based). */
function inHalf(slot: number, half: Half): boolean {
  return half === 'all' || (half === 'odd') === (slot % 2 === 0);
}

function row(outcomes: readonly Outcome[]): string {
  const answerable = outcomes.filter((o) => o.kind === 'answerable');
  const share = (list: readonly Outcome[], test: (o: Outcome) => boolean) =>
    list.length > 0 ? list.filter(test).length / list.length : NaN;
  const unanswerable = outcomes.filter((o) => o.kind === 'unanswerable');
  const offTopic = outcomes.filter((o) => o.kind === 'off-topic');
  const mrr =
    answerable.reduce((sum, o) => sum + (o.rank >= 0 ? 1 / (o.rank + 1) : 0), 0) / answerable.length;
  const times = outcomes.map((o) => o.ms);
  const answerTimes = outcomes.flatMap((o) => (o.answerMs !== undefined ? [o.answerMs] : []));
  // Short answers over all answerable questions (a question without one scores 0).
  const mean = (value: (o: Outcome) => number) =>
    answerable.some((o) => o.short !== undefined)
      ? answerable.reduce((sum, o) => sum + value(o), 0) / answerable.length
      : NaN;
  return [
    fmt(share(answerable, (o) => o.rank === 0)),
    fmt(share(answerable, (o) => o.rank >= 0 && o.rank < 3)),
    fmt(mrr),
    fmt(mean((o) => o.short?.em ?? 0)),
    fmt(mean((o) => o.short?.f1 ?? 0)),
    fmt(mean((o) => (o.short?.given === true ? 1 : 0))),
    fmt(mean((o) => (o.short?.withinGold === true ? 1 : 0))),
    fmt(
      share(
        answerable.filter((o) => o.short?.given === true),
        (o) => o.short?.otherKind === true,
      ),
    ),
    `${fmt(share(answerable, (o) => o.answered))} (n=${answerable.length})`,
    fmt(share(answerable, (o) => o.rank === 0 && o.answered)),
    fmt(share(answerable, (o) => !o.answered)),
    `${fmt(share(unanswerable, (o) => !o.answered))} (n=${unanswerable.length})`,
    `${fmt(share(offTopic, (o) => !o.answered))} (n=${offTopic.length})`,
    fmt(percentile(times, 50)),
    fmt(percentile(times, 95)),
    answerTimes.length > 0 ? fmt(percentile(answerTimes, 50)) : '–',
    answerTimes.length > 0 ? fmt(percentile(answerTimes, 95)) : '–',
  ].join(' | ');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataset = argValue(args, '--dataset');
  if (dataset === undefined) {
    console.error(
      'usage: npm run bench:qa -- --dataset DIR [--knowledge DIR | --corpus DIR] [--limit N] [--no-baselines] [--half odd|even] [--settle]',
    );
    process.exit(2);
  }
  requireFolder(dataset, '--dataset');
  const knowledgeArg = argValue(args, '--knowledge');
  if (knowledgeArg !== undefined) requireFolder(knowledgeArg, '--knowledge');
  const corpus = argValue(args, '--corpus');
  if (corpus !== undefined) requireFolder(corpus, '--corpus');
  if (corpus !== undefined && knowledgeArg !== undefined) {
    console.error('--knowledge and --corpus both name where the articles are: pass one of them.');
    process.exit(2);
  }
  // --set NAME=value (repeatable) tries another scoring weight, e.g. --set B=0.6
  const weights = { ...DEFAULT_WEIGHTS };
  applySetArgs(args, weights);
  if (isWebPagesDataset(dataset)) return runWebPages(dataset, weights, args.includes('--misses'));
  const limit = Number(argValue(args, '--limit') ?? Infinity);
  const halves = argValue(args, '--half');
  const shown: readonly Half[] =
    halves === undefined ? HALVES : HALVES.filter((h) => h === 'all' || h === halves);

  const t0 = performance.now();
  let data: Dataset;
  try {
    data = await loadDataset(dataset, {
      ...(corpus !== undefined ? { corpus } : { knowledge: knowledgeArg ?? path.join(dataset, 'articles') }),
      limit,
      engine: { weights },
    });
  } catch (error) {
    // A story the set names that is not where the corpus should hold it, or a set without its articles.
    if (!(error instanceof DatasetError || error instanceof KnowledgeError)) throw error;
    const hint =
      error instanceof KnowledgeError && corpus === undefined && knowledgeArg === undefined
        ? ' (a set whose questions name corpus stories, such as business-012.txt, reads them with --corpus DIR)'
        : '';
    console.error(`${error.message}${hint}`);
    process.exit(2);
  }
  const { articles, questions, offTopicOf } = data;
  const byArticle = new Map<string | undefined, Article[]>([[undefined, articles]]);
  for (const a of articles) byArticle.set(a.file, [a]);
  const engines = new Map<string | undefined, Engine>();
  for (const key of byArticle.keys()) engines.set(key, data.engine(key));
  if (args.includes('--settle')) for (const engine of engines.values()) await engine.settle();
  const buildMs = performance.now() - t0;
  const systems: System[] = [
    engineSystem('article-qa-bot', (article) => ({
      engine: engines.get(article) ?? engines.get(undefined),
    })),
  ];
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
    // Every question asked of the same folder-wide engine with its story chosen (`/ask article:`, a
    // conversation's story): judged as that story alone, it scores as the per-article row.
    const idOf = new Map(articles.map((a) => [a.file, a.id]));
    systems.push(
      engineSystem('article-qa-bot, all articles in one index, asked with the story chosen', (article) => {
        const id = article === undefined ? undefined : idOf.get(article);
        return { engine: all, ...(id !== undefined ? { options: { article: id } } : {}) };
      }),
    );
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
    `${questions.length} questions, ${articles.length} articles, engines built and warmed up${args.includes('--settle') ? ' and settled' : ''} in ${buildMs.toFixed(0)} ms (Node ${process.version})\n`,
  );
  console.log(
    '| system | half | top-1 | top-3 | MRR@5 | answer EM | answer F1 | with an answer span | answer within gold | answers of another kind | answered (answerable) | right first and answered | refused (answerable) | refused (unanswerable) | refused (off-topic) | median ms | p95 ms | short answer median ms | short answer p95 ms |',
  );
  console.log(
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const system of systems) {
    const outcomes = evaluate(system, questions, offTopicOf, data.slotOf);
    for (const half of shown) {
      console.log(`| ${system.name} | ${half} | ${row(outcomes.filter((o) => inHalf(o.slot, half)))} |`);
    }
  }
}

await main();
