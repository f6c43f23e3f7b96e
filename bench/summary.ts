/**
 * Summary benchmark. A dataset folder holds `articles/<id>.txt` (headline on the first line) and
 * `summaries/<id>.txt` (reference summary: sentences chosen from the story, possibly joined with no
 * space after the full stop and not in story order). For each story alone, each system picks N
 * sentences; reported: precision (share of picked sentences found in the reference), ROUGE-1 and
 * ROUGE-2 recall of the reference (js-rouge), the share of summaries with two sentences repeating each
 * other (word-set Jaccard ≥ 0.5), the share that have the story's first sentence (its lead), the share
 * with a sentence leaning on one they leave out (summary-antecedent.ts), and time per story. Lead-N and
 * TextRank run on the same sentences; "gist" is the summariser as "what is this about?" runs it.
 * Every number is given for all stories and for the two held-out halves (odd and even stories).
 *
 *   npm run bench:summary -- --dataset ../shared/qa/bbc-summaries [--sentences N] [--set name=value]
 */
import type { Article } from '../src/knowledge/types.js';
import { pageRank, similarityMatrix, tfidfVectors } from '../src/qa/sentence-graph.js';
import { SUMMARY_TUNING, summarize, type SummaryTuning } from '../src/qa/summary.js';
import { applySetArgs, argValue, fmt, percentile, requireFolder } from './lib.js';
import { halves, loadStories, mean, score, type Scores, type Story, type System } from './summary-data.js';

const lead: System = { name: 'Lead-N', summarize: (story, count) => story.body.slice(0, count) };

/** TextRank (Mihalcea & Tarau, 2004) with TF-IDF cosine edges, PageRank d = 0.85, in story order. */
const textRank: System = {
  name: 'TextRank',
  summarize(story, count) {
    const rank = pageRank(similarityMatrix(tfidfVectors(story.body).vectors), 0.85);
    return rank
      .map((r, i) => ({ r, i }))
      .sort((a, b) => b.r - a.r)
      .slice(0, count)
      .sort((a, b) => a.i - b.i)
      .map(({ i }) => story.body[i] as string);
  },
};

function project(tuning: SummaryTuning, name = 'article-qa-bot'): System {
  return { name, summarize: (story, count) => summarize(story.article, count, tuning) };
}

function row(name: string, s: Scores): string {
  return [
    name.padEnd(16),
    fmt(mean(s.precision)),
    fmt(mean(s.rouge1)),
    fmt(mean(s.rouge2)),
    fmt(mean(s.repeats)).padStart(7),
    fmt(mean(s.lead)),
    fmt(mean(s.leaning)).padStart(7),
    `${fmt(mean(s.ms), 2)} / ${fmt(percentile(s.ms, 95), 2)} / ${fmt(Math.max(...s.ms), 2)}`,
  ].join('  ');
}

/** Time the summariser on a story of exactly `size` body sentences, made of the stories' own. */
function timeStoryOf(size: number, stories: readonly Story[], tuning: SummaryTuning): number {
  const base = stories.find((s) => s.article.sentences.length >= size) ?? stories[0];
  if (base === undefined) return NaN;
  const pool = stories.flatMap((s) => s.article.sentences.filter((x) => x.role === 'body'));
  const sentences = pool
    .slice(0, size)
    .map((s, index) => ({ ...s, index, paragraph: 1 + Math.floor(index / 3) }));
  const article: Article = { ...base.article, sentences };
  for (let i = 0; i < 20; i++) summarize(article, 3, tuning); // warm up the JIT and the stem cache
  const runs: number[] = [];
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    summarize(article, 3, tuning);
    runs.push(performance.now() - start);
  }
  return percentile(runs, 50);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataset = argValue(args, '--dataset');
  if (dataset === undefined) throw new Error('--dataset DIR is required');
  requireFolder(dataset, '--dataset');
  const count = Number(argValue(args, '--sentences') ?? 3);
  if (!Number.isInteger(count) || count < 1) throw new Error('--sentences must be a positive whole number');
  const tuning: SummaryTuning = { ...SUMMARY_TUNING };
  applySetArgs(args, tuning as unknown as Record<string, number>);

  const stories = await loadStories(dataset);
  const { odd, even } = halves(stories);
  const parts: [string, Story[]][] = [
    ['all', stories],
    ['odd', odd],
    ['even', even],
  ];
  // "What is this about?": the lead first, no sentence without the one it leans on (GIST_TUNING).
  const gist = project({ ...tuning, leadFirst: 1, antecedents: 1 }, 'gist (about?)');
  const systems = [lead, textRank, project(tuning), gist];
  for (const s of systems) s.summarize(stories[0] as Story, count); // warm up before timing
  console.log(`${stories.length} stories, ${count} sentences each (${dataset})`);
  for (const [label, part] of parts) {
    console.log(`\n${label} (${part.length} stories)`);
    console.log(`${'system'.padEnd(16)}  prec.  R-1 r  R-2 r  repeats  lead   leaning  ms mean / p95 / max`);
    for (const system of systems) {
      const name = system === lead ? `Lead-${count}` : system.name;
      console.log(row(name, score(system, part, count)));
    }
  }
  console.log(`\n50-sentence story: ${fmt(timeStoryOf(50, stories, tuning), 2)} ms (median of 50 runs)`);
}

await main();
