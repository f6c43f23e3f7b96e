/**
 * Trains the summariser's weights (src/qa/summary-model.json) on stories with reference extractive
 * summaries, and prints what they do held out: fitted on the odd stories, scored on the even ones, and
 * the other way round, against the committed weights, at 3 sentences (precision and ROUGE-2 recall, as
 * `npm run bench:summary` measures them).
 *
 *   npm run train:summary -- --dataset ../shared/qa/bbc-summaries [--features a,b,c] [--write | --check] [--out FILE]
 *
 * `--features` fits only those (the others weigh 0), to measure what each adds; `--write` writes the
 * model fitted on all stories (to src/qa/summary-model.json, or `--out FILE`); `--check` writes nothing
 * and exits 1 when that file differs from what `--write` would write.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUMMARY_FEATURES, storyFeatures, type SummaryFeature } from '../src/qa/summary-features.js';
import { SUMMARY_TUNING, summarize, type SummaryTuning } from '../src/qa/summary.js';
import { argValue, fmt, requireFolder, writeOrCheck } from '../bench/lib.js';
import { halves, loadStories, mean, score, squeeze, type Story } from '../bench/summary-data.js';
import { fitSummary, formatSummaryModel, SUMMARY_FIT, type Choice } from './summary-fit.js';

/**
 * One story as a choice: its sentences long enough to be chosen and what its reference took. Sentences
 * the summariser refuses to show as broken (`opensMidSentence`) stay in: the reference's choice among
 * them still says what it prefers.
 */
export function choiceOf(story: Story, tuning: Readonly<SummaryTuning> = SUMMARY_TUNING): Choice {
  const eligible = storyFeatures(story.article, tuning).sentences.filter(
    (s) => s.contentWords >= tuning.minContentWords,
  );
  return {
    rows: eligible.map((s) => s.values),
    chosen: eligible.map((s) => story.reference.includes(squeeze(s.text))),
  };
}

function measure(stories: readonly Story[], tuning: SummaryTuning): string {
  const s = score(
    { name: 'model', summarize: (story, n) => summarize(story.article, n, tuning) },
    stories,
    3,
  );
  return `${fmt(mean(s.precision))} / ${fmt(mean(s.rouge2))}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataset = argValue(args, '--dataset');
  if (dataset === undefined) throw new Error('--dataset DIR is required');
  requireFolder(dataset, '--dataset');
  const named = argValue(args, '--features')?.split(',') ?? [...SUMMARY_FEATURES];
  const unknown = named.filter((f) => !(SUMMARY_FEATURES as readonly string[]).includes(f));
  if (unknown.length > 0) throw new Error(`unknown features ${unknown.join()}: ${SUMMARY_FEATURES.join()}`);
  const features = named as SummaryFeature[];

  const stories = await loadStories(dataset);
  const { odd, even } = halves(stories);
  const withWeights = (w: Record<SummaryFeature, number>): SummaryTuning => ({ ...SUMMARY_TUNING, ...w });
  const fitted = (part: readonly Story[]) =>
    withWeights(
      fitSummary(
        part.map((s) => choiceOf(s)),
        features,
      ),
    );
  console.log(`${stories.length} stories; features ${features.join(', ')}; precision / ROUGE-2 recall at 3`);
  console.log(
    `odd,  committed ${measure(odd, SUMMARY_TUNING)}  fitted on even ${measure(odd, fitted(even))}`,
  );
  console.log(
    `even, committed ${measure(even, SUMMARY_TUNING)}  fitted on odd  ${measure(even, fitted(odd))}`,
  );

  const weights = fitSummary(
    stories.map((s) => choiceOf(s)),
    features,
  );
  console.log(`all stories: ${SUMMARY_FEATURES.map((f) => `${f} ${weights[f]}`).join(', ')}`);
  const check = args.includes('--check');
  if (args.includes('--write') || check) {
    const hash = createHash('sha256');
    for (const s of stories) hash.update(s.article.file).update(s.body.join('\n')).update(s.referenceText);
    const out = path.resolve(
      argValue(args, '--out') ?? fileURLToPath(new URL('../src/qa/summary-model.json', import.meta.url)),
    );
    const provenance = {
      // The command as it was run to write it (its --dataset and --features; --check compares with what
      // --write would write), so that the file says how to make it again. Not its --out.
      command: ['npm run train:summary --', ...written(args)].join(' '),
      stories: stories.length,
      sha256: hash.digest('hex'),
      fit: SUMMARY_FIT,
    };
    if (!writeOrCheck(out, formatSummaryModel(weights, provenance), check) && check) {
      console.error(
        'npm run train:summary -- --check: the summary model is out of date; run it with --write to refit',
      );
      process.exit(1);
    }
  }
}

/** The arguments as `--write` is given them: `--check` read as `--write`, and no `--out FILE`. */
function written(args: readonly string[]): string[] {
  const out = args.indexOf('--out');
  const kept = args.filter((_, i) => out === -1 || (i !== out && i !== out + 1));
  // Both given: --check wins (nothing is written), and the command names --write once.
  return kept.includes('--write')
    ? kept.filter((a) => a !== '--check')
    : kept.map((a) => (a === '--check' ? '--write' : a));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
