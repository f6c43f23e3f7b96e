/**
 * Scale benchmark: a large knowledge folder (e.g. the BBC folder: its 2,223 stories and the corpus's
 * two notes, README.TXT and SOURCE.md, which the bot loads as articles too) and a synthetic 10x of it
 * (written to a temporary folder by this script, deleted afterwards). For each: index build time, heap
 * after build, and ms per question for a fixed set of questions (first ask, with the process's mean CPU
 * time per first ask, and asked again once caches are warm), beside plain Fuse.js (default options) and
 * Fuse.js token search over all sentences, measured in the same run.
 *
 *   npm run bench:scale -- --knowledge ../shared/corpora/bbc-news [--copies 10] [--baseline-questions 5]
 *     [--tagged CACHE_FILE] [--story-chosen]
 *
 * `--tagged FILE` measures the folder as the running bot has it once its warm-up is done: every
 * sentence's entities tagged (taken from FILE, as a restarted bot takes them from its cache file, and
 * the rest tagged in the background as the bot does, then saved to FILE for the next run), then the
 * folder's words looked up and the pipeline practised (`Engine.settle`). A first ask then pays for no
 * tagging, and the heap includes what the look-ups keep. Without it, a first ask tags the sentences it
 * needs, as in the bot's first minutes after its very first start. Use one or the other per run: a process's first questions also
 * pay for V8 compiling the code, so two measures in one process would not compare.
 *
 * `--story-chosen` asks each question with the story it was drawn from chosen (`/ask article:`, a
 * conversation's story), which the engine answers with an engine of that story alone, built on first
 * use (`Engine.alone`): what a first ask costs then, rather than a question of the whole folder. In
 * the synthetic copies, the story chosen is the first copy's.
 */
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fuse from 'fuse.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { Article } from '../src/knowledge/types.js';
import { Engine } from '../src/qa/engine.js';
import { readEntityCache, writeEntityCache } from '../src/qa/entity-cache.js';
import { DEFAULT_WEIGHTS } from '../src/qa/weights.js';
import { ROLE_WEIGHT } from '../src/qa/search-index.js';
import { applySetArgs, argValue, fmt, percentile, requireFolder } from './lib.js';

const args = process.argv.slice(2);
const knowledge = argValue(args, '--knowledge');
if (knowledge === undefined) {
  console.error('usage: npm run bench:scale -- --knowledge DIR [--copies 10] [--baseline-questions 5]');
  process.exit(2);
}
requireFolder(knowledge, '--knowledge');
const copies = Number(argValue(args, '--copies') ?? 10);
// --set NAME=value (repeatable) tries another scoring weight, e.g. --set B=0.6
const weights = { ...DEFAULT_WEIGHTS };
applySetArgs(args, weights);
const baselineQuestions = Number(argValue(args, '--baseline-questions') ?? 5);
const taggedCache = argValue(args, '--tagged');
const storyChosen = args.includes('--story-chosen');

const heapMb = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1048576;
};

interface ScaleQuestion {
  question: string;
  /** The sentence the question was drawn from: a cheap check that speed did not cost accuracy. */
  source: string;
  /** The position of its article in the folder (`--story-chosen` asks the question of it). */
  article: number;
}

/** A fixed, reproducible question set drawn from the folder: "what <six words of a sentence>?" every k-th sentence. */
function questionsFrom(articles: readonly Article[], n: number): ScaleQuestion[] {
  const body = articles.flatMap((a, article) =>
    a.sentences.filter((s) => s.role === 'body').map((s) => ({ text: s.text, article })),
  );
  const step = Math.max(1, Math.floor(body.length / n));
  const out: ScaleQuestion[] = [];
  for (let i = 0; i < body.length && out.length < n; i += step) {
    const { text: source, article } = body[i] ?? { text: '', article: -1 };
    const words = source.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w));
    out.push({ question: `what ${words.slice(2, 8).join(' ')}?`, source, article });
  }
  return out;
}

/**
 * A corpus's own notes beside its stories, by their names (the BBC folder's README.TXT and SOURCE.md).
 * The folder is measured as the bot loads it, notes and all, so that the figures are the bot's: the
 * notes are named so that the article count is not read as a count of stories.
 */
const NOTES = /^(readme|source|licen[cs]e|notice|citation|changelog)(\.\w+)?$/i;

/** The line naming the files loaded that are a corpus's notes rather than stories; undefined when none is. */
function notesLine(label: string, articles: readonly Article[]): string | undefined {
  const notes = articles.filter((a) => NOTES.test(path.basename(a.file))).map((a) => a.file);
  if (notes.length === 0) return undefined;
  return `${label}: ${articles.length} articles loaded, as the bot loads the folder: ${articles.length - notes.length} stories and ${notes.length} notes that are not stories (${notes.join(', ')})\n`;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * `chosen`: the id, in the folder measured, of the story a question's article (by its position in the
 * folder the questions were drawn from) is; with `--story-chosen` each question is asked of it.
 */
async function measure(
  label: string,
  dir: string,
  questions: ScaleQuestion[] | undefined,
  chosen: (article: number, articles: readonly Article[]) => string | undefined = (a, list) => list[a]?.id,
): Promise<string[]> {
  const before = heapMb();
  const t0 = performance.now();
  const { articles } = await loadKnowledge(dir);
  const engine = new Engine(articles, { weights });
  engine.warmUp();
  const buildMs = performance.now() - t0;
  if (taggedCache !== undefined) {
    // As the bot's warm-up (knowledge-base.ts): the cache's tags, then the rest, then the cache saved.
    const t1 = performance.now();
    const adopted = engine.index.adoptEntities(await readEntityCache(taggedCache));
    const tagged = await engine.index.tagEntitiesInBackground(new AbortController().signal);
    if (tagged > 0) await writeEntityCache(taggedCache, engine.index.taggedEntities());
    const ms = performance.now() - t1;
    // Then, as the bot does, the folder's words looked up and the pipeline practised (Engine.settle).
    const t2 = performance.now();
    const cpu2 = process.cpuUsage();
    const settled = await engine.settle();
    const settleCpu = process.cpuUsage(cpu2);
    console.log(
      `${label}: ${adopted} sentences' tags from ${taggedCache}, ${tagged} tagged, in ${fmt(ms / 1000, 1)} s; ${settled} words settled and the pipeline practised in ${fmt((performance.now() - t2) / 1000, 1)} s (${fmt((settleCpu.user + settleCpu.system) / 1e6, 1)} s CPU)\n`,
    );
  }
  const heap = heapMb() - before;
  const qs = questions ?? questionsFrom(articles, 100);
  const ask = (q: ScaleQuestion) => {
    const article = storyChosen ? chosen(q.article, articles) : undefined;
    return engine.ask(q.question, article === undefined ? {} : { article });
  };
  // CPU time as well as wall time: on a shared machine other jobs stretch the wall time, not this one.
  const cpu0 = process.cpuUsage();
  const first = qs.map((q) => time(() => ask(q)));
  const cpu = process.cpuUsage(cpu0);
  const firstCpu = (cpu.user + cpu.system) / 1000 / qs.length;
  const again = qs.map((q) => time(() => ask(q)));
  // Source sentence first / in the top 5 (with copies, any copy of it counts).
  let top1 = 0;
  let top5 = 0;
  for (const q of qs) {
    const rank = ask(q).passages.findIndex((p) => p.text === q.source);
    if (rank === 0) top1++;
    if (rank >= 0) top5++;
  }
  const rows = [
    `| ${label} | article-qa-bot | ${articles.length} | ${engine.index.docs.length} | ${fmt(buildMs / 1000, 1)} s | ${fmt(heap, 0)} MB | ${fmt(percentile(first, 50), 1)} / ${fmt(percentile(first, 95), 1)} | ${fmt(firstCpu, 1)} | ${fmt(percentile(again, 50), 1)} / ${fmt(percentile(again, 95), 1)} | ${fmt(top1 / qs.length, 2)} / ${fmt(top5 / qs.length, 2)} |`,
  ];
  const sentences = articles.flatMap((a) =>
    a.sentences.filter((s) => ROLE_WEIGHT[s.role] !== undefined).map((s) => s.text),
  );
  const sample = qs.slice(0, baselineQuestions).map((q) => q.question);
  const ours = percentile(again, 50);
  if (baselineQuestions === 0) return rows;
  for (const [name, options] of [
    ['Fuse.js, default options', {}],
    ['Fuse.js token search', { useTokenSearch: true, ignoreLocation: true, threshold: 0.4 }],
  ] as const) {
    const b0 = heapMb();
    const tb = performance.now();
    const fuse = new Fuse(sentences, options);
    const build = performance.now() - tb;
    const h = heapMb() - b0;
    const times = sample.map((q) => time(() => fuse.search(q, { limit: 5 })));
    const median = percentile(times, 50);
    rows.push(
      `| ${label} | ${name} (${sample.length} questions) | | | ${fmt(build / 1000, 1)} s | ${fmt(h, 0)} MB | ${fmt(median, 1)} / ${fmt(percentile(times, 95), 1)} (${fmt(median / ours, 0)}x ours) | | | |`,
    );
  }
  return rows;
}

const base = await loadKnowledge(knowledge);
const questions = questionsFrom(base.articles, 100);
console.log(
  `Scale benchmark (Node ${process.version}); ${questions.length} questions drawn from the folder\n`,
);
const notes = notesLine(path.basename(knowledge), base.articles);
// The synthetic copies are of every article loaded: each copy holds the notes too.
if (notes !== undefined) console.log(copies > 1 ? `${notes.trimEnd()}; each synthetic copy too\n` : notes);
console.log(
  '| folder | system | articles | sentences | build | heap after build | first ask ms, median / p95 | first ask CPU ms, mean | asked again ms, median / p95 | source sentence top-1 / top-5 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const label =
  (taggedCache === undefined ? path.basename(knowledge) : `${path.basename(knowledge)}, tagged`) +
  (storyChosen ? ', story chosen' : '');
for (const row of await measure(label, knowledge, questions)) console.log(row);

if (copies > 1) {
  const dir = await mkdtemp(path.join(tmpdir(), 'qa-scale-'));
  try {
    // Synthetic copies: each story again under another sub-folder, with a copy number in its title.
    for (let c = 0; c < copies; c++) {
      await mkdir(path.join(dir, `copy-${c}`));
      await Promise.all(
        base.articles.map(async (a, i) => {
          const text = await readFile(path.join(knowledge, a.file), 'utf8');
          await writeFile(path.join(dir, `copy-${c}`, `${i}.txt`), text.replace(/^(.*)$/m, `$1 (copy ${c})`));
        }),
      );
    }
    const synthetic = `${copies}x synthetic${storyChosen ? ', story chosen' : ''}`;
    for (const row of await measure(synthetic, dir, questions, (a) => `copy-0/${a}.txt`)) console.log(row);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
