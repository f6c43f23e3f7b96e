/**
 * Train the learned re-ranking (`src/qa/passage-model.json`, see `scripts/passages.ts`) and then the
 * answerability calibrator (`src/qa/calibration.json`) on question sets, the calibrator on the engine
 * with the re-ranking just fitted (it judges the passage that re-ranking puts first):
 *
 *   npm run train -- ../shared/qa/squad-dev ../shared/qa/user-questions [--corpus DIR]
 *     [--out src/qa/calibration.json] [--passages-out src/qa/passage-model.json] [--curve] [--deletions SHARE]
 *     [--label answerable|right-first] [--check]
 *
 * With `--check` it writes nothing and exits 1 when either file differs from what it would write.
 *
 * Each set is `DIR` or `DIR:KNOWLEDGE` (see bench/dataset.ts); with `--corpus DIR`, a set with no
 * `articles/` folder of its own reads the corpus stories its questions name (`storiesOf`). Every answerable question is asked of
 * its own article (label 1) and of the next article (off-topic, label 0); every unanswerable one of its
 * own article (label 0). A question a rule refuses before the calibrator (`readEvidence`, the asked
 * person's) is an example all the same, with the features the calibrator would read, and counts as
 * refused in the held-out figures: fitted on the unruled alone, every new rule took negatives away from
 * the features that mark them, and the refit answered more of what no rule catches (docs/measured.md,
 * session 37). Each set weighs the same in total, half for each label. Before fitting on
 * everything, it cross-validates by article: fitted on the odd articles of every set, scored on the
 * even ones, and the other way round, printing for each set and held-out half how many answerable
 * questions are kept (and kept with the right passage first), unanswerable and off-topic ones refused.
 * With `--curve` it also prints those held-out shares at other thresholds than the calibration's (the
 * trade-off a threshold chooses from: `tradeOff`). With `--deletions SHARE` it also asks each answerable
 * question of its article with the answer sentence taken out (`deletion.ts`), an on-topic question the
 * article does not answer, weighing SHARE of each set's negative half (0: measured held out, not fitted
 * on). Off by default: as an extra kind of negative at any share it did not lower the held-out log-loss
 * on the written questions (docs/measured.md, session 17); it is the larger on-topic check that a
 * set's few written unanswerable questions are not. Deterministic: the same sets give the same file.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { classifyMessage } from '../src/qa/intent.js';
import { Engine, type EngineOptions } from '../src/qa/engine.js';
import { DELETED_PER_COPY, deletions } from './deletion.js';
import { DEFAULT_WEIGHTS } from '../src/qa/weights.js';
import { fold, loadDataset, type Dataset } from '../bench/dataset.js';
import { argValue, requireFolder, writeOrCheck } from '../bench/lib.js';
import { probability, type Calibration } from '../src/qa/answerability.js';
import { fit, formatCalibration, FIT, type Example } from './calibrate.js';
import { collectRanking, fitRanking, PASSAGE_FIT, rankingShares, type RankingExample } from './passages.js';
import type { PassageModel } from '../src/qa/passage-model.js';

/**
 * What the calibrator learns to predict. `answerable` (the default): the question is answerable, whatever
 * passage comes first. `right-first`: it is answerable and the passage shown first holds a gold answer,
 * so that the probability estimates whether the reply shown is right (an answerable question whose
 * first passage is wrong is then a negative, weighing as a written one).
 */
export type Label = 'answerable' | 'right-first';
export const LABELS: readonly Label[] = ['answerable', 'right-first'];

/** `deleted`: an answerable question asked of its article with the answer sentence taken out (`deletion.ts`). */
export type Kind = 'answerable' | 'unanswerable' | 'off-topic' | 'deleted';

export interface Sample extends Example {
  set: string;
  slot: number;
  kind: Kind;
  /** The best passage holds a gold answer (answerable questions only). */
  right: boolean;
  /** The question as asked (for diagnosis). */
  question: string;
  /**
   * A rule refuses it before the calibrator (`readEvidence`, the asked person's): fitted on all the same,
   * since the features say what they say whatever a rule then decides, and counted refused held out.
   */
  ruled: boolean;
}

/**
 * The examples a question set gives, in file order; with `deletions`, then its deletions
 * (`deletion.ts`), each asked of an engine over the article's copy (built as the set's engines are,
 * with `engine`), weighing that share of the negative half (`weigh`).
 */
export function collect(
  data: Dataset,
  set: string,
  options: { deletions?: number; engine?: EngineOptions; label?: Label } = {},
): Sample[] {
  const raw: Omit<Sample, 'weight'>[] = [];
  const add = (message: string, ask: () => Engine, kind: Kind, slot: number, gold: readonly string[]) => {
    // Routed as the bot routes it: greetings and "what is this about?" never reach the search, and
    // lead-ins ("hey, can you tell me…") are taken off first.
    const intent = classifyMessage(message);
    if (intent.kind !== 'question') return;
    const { answer, features, read } = ask().assess(intent.question);
    const first = fold(answer.passages[0]?.text ?? '');
    const right = gold.some((g) => first.includes(fold(g)));
    const label = kind === 'answerable' && (options.label !== 'right-first' || right) ? 1 : 0;
    if (read !== undefined)
      raw.push({
        features: read,
        ruled: features === undefined,
        label,
        set,
        slot,
        kind,
        right,
        question: message,
      });
  };
  const slots = new Map(data.questions.map((q, i) => [q, data.slotOf(q, i)]));
  data.questions.forEach((q) => {
    const slot = slots.get(q) ?? 0;
    const answerable = q.answers !== undefined && q.answers.length > 0;
    add(
      q.question,
      () => data.engine(q.article),
      answerable ? 'answerable' : 'unanswerable',
      slot,
      q.answers ?? [],
    );
    const other = answerable && q.article !== undefined ? data.offTopicOf(q.article) : undefined;
    if (other !== undefined) add(q.question, () => data.engine(other), 'off-topic', slot, []);
  });
  if (options.deletions === undefined) return weigh(raw, 0);
  for (const { article, questions } of deletions(data.articles, data.questions)) {
    const copy = new Engine([article], options.engine);
    copy.warmUp();
    for (const q of questions) add(q.question, () => copy, 'deleted', slots.get(q) ?? 0, []);
  }
  return weigh(raw, options.deletions);
}

/**
 * Each set weighs the same in total, half for each label. Of the negative half, the deletions weigh
 * `deletedShare` together however many they are (when there are any: a share, not one weight each, so
 * that 1,500 of them do not drown a set's 32 written ones), the written negatives the rest, one weight
 * each.
 */
export function weigh(raw: readonly Omit<Sample, 'weight'>[], deletedShare: number): Sample[] {
  const count = (test: (e: Omit<Sample, 'weight'>) => boolean) => raw.filter(test).length;
  const positives = count((e) => e.label === 1) || 1;
  const deleted = count((e) => e.kind === 'deleted');
  const written = count((e) => e.label === 0 && e.kind !== 'deleted') || 1;
  const share = deleted === 0 ? 0 : deletedShare;
  return raw.map((e) => ({
    ...e,
    weight:
      e.label === 1
        ? 0.5 / positives
        : e.kind === 'deleted'
          ? (0.5 * share) / deleted
          : (0.5 * (1 - share)) / written,
  }));
}

/** How a model does on one set's held-out half: each kind of question on its own. */
function heldOut(model: Calibration, samples: readonly Sample[], set: string, test: 'odd' | 'even'): string {
  const held = samples.filter((s) => s.set === set && (test === 'odd') === (s.slot % 2 === 0));
  const answered = (s: Sample) => !s.ruled && probability(model, s.features) >= model.threshold;
  const share = (kind: Kind, test: (s: Sample) => boolean) => {
    const list = held.filter((s) => s.kind === kind);
    return list.length === 0
      ? 'n/a'
      : `${(list.filter(test).length / list.length).toFixed(3)} (n=${list.length})`;
  };
  return [
    `answerable kept ${share('answerable', answered)}`,
    `right first and kept ${share('answerable', (s) => s.right && answered(s))}`,
    `unanswerable refused ${share('unanswerable', (s) => !answered(s))}`,
    `off-topic refused ${share('off-topic', (s) => !answered(s))}`,
    ...(held.some((s) => s.kind === 'deleted')
      ? [`deleted refused ${share('deleted', (s) => !answered(s))}`]
      : []),
  ].join(', ');
}

const half = (slot: number, h: 'odd' | 'even') => (h === 'odd') === (slot % 2 === 0);

/** The thresholds `--curve` reads the held-out trade-off at. */
export const CURVE_THRESHOLDS = [0.3, 0.35, 0.4, 0.42, 0.44, 0.46, 0.48, 0.5, 0.52, 0.55, 0.6, 0.65, 0.7];

/**
 * The held-out trade-off: for each threshold and set, the shares the issue's targets name, odd / even
 * half, each sample judged by its held-out probability (`held`, from the model fitted on the other
 * half). A threshold is one choice on this curve: lower answers more answerable questions and refuses
 * fewer unanswerable and off-topic ones.
 */
export function tradeOff(
  samples: readonly Sample[],
  held: readonly number[],
  thresholds: readonly number[],
): string[] {
  const lines: string[] = [];
  const share = (list: readonly number[], test: (i: number) => boolean) =>
    list.length === 0 ? 'n/a' : (list.filter(test).length / list.length).toFixed(3);
  for (const threshold of thresholds)
    for (const set of new Set(samples.map((s) => s.set))) {
      const halves = (['odd', 'even'] as const).map(
        (h) => (kind: Kind) =>
          samples.flatMap((s, i) => (s.set === set && s.kind === kind && half(s.slot, h) ? [i] : [])),
      );
      const refused = (i: number) => (samples[i] as Sample).ruled || (held[i] as number) < threshold;
      const both = (kind: Kind, test: (i: number) => boolean) =>
        halves.map((of) => share(of(kind), test)).join(' / ');
      lines.push(
        `threshold ${threshold.toFixed(2)}, ${set} held out (odd / even): answerable refused ${both('answerable', refused)}, ` +
          `refused with the right passage first ${both('answerable', (i) => refused(i) && (samples[i] as Sample).right)}, ` +
          `right first and kept ${both('answerable', (i) => !refused(i) && (samples[i] as Sample).right)}, ` +
          `unanswerable refused ${both('unanswerable', refused)}, off-topic refused ${both('off-topic', refused)}` +
          (samples.some((s) => s.set === set && s.kind === 'deleted')
            ? `, deleted refused ${both('deleted', refused)}`
            : ''),
      );
    }
  return lines;
}

/**
 * The held-out log-loss on the written questions alone (no deletions), each set weighing the same and
 * half for each label, as they weigh without deletions: what a share of deletions is judged by, since
 * the fit's own loss changes with the weighting it is asked to judge.
 */
export function writtenLoss(samples: readonly Sample[], held: readonly number[]): string {
  const parts: string[] = [];
  let total = 0;
  const sets = [...new Set(samples.map((s) => s.set))];
  for (const set of sets) {
    const own = samples.flatMap((s, i) =>
      s.set === set && s.kind !== 'deleted' ? [{ s, p: held[i] as number }] : [],
    );
    const weights = weigh(
      own.map((o) => o.s),
      0,
    );
    const loss = own.reduce((sum, { s, p }, i) => {
      const q = Math.min(Math.max(s.label === 1 ? p : 1 - p, 1e-12), 1);
      return sum - (weights[i] as Sample).weight * Math.log(q);
    }, 0);
    parts.push(`${set} ${loss.toFixed(4)}`);
    total += loss / sets.length;
  }
  return `held-out log-loss on the written questions (deletions left out): ${total.toFixed(4)} (${parts.join(', ')})`;
}

/** The re-ranking, cross-validated by article (fitted on one half of every set, scored on the other), then fitted on all. */
function trainRanking(examples: readonly RankingExample[], provenance: Record<string, unknown>) {
  const report: string[] = [];
  const pct = (x: number) => x.toFixed(3);
  for (const [train, test] of [
    ['odd', 'even'],
    ['even', 'odd'],
  ] as const) {
    const model = fitRanking(
      examples.filter((e) => half(e.slot, train)),
      {},
    );
    for (const set of new Set(examples.map((e) => e.set))) {
      const held = examples.filter((e) => e.set === set && half(e.slot, test));
      const before = rankingShares(held, null);
      const after = rankingShares(held, model);
      report.push(
        `${set}, ${test} articles (fitted on ${train}): re-ranking top-1 ${pct(before.top1)} -> ${pct(after.top1)}, top-3 ${pct(before.top3)} -> ${pct(after.top3)} (n=${held.length})`,
      );
    }
  }
  return { model: fitRanking(examples, provenance), report };
}

/**
 * Where a set's stories are: `DIR:KNOWLEDGE` names a knowledge folder; a set with neither that nor an
 * `articles/` folder of its own names corpus stories (`business-012.txt`, see bench/dataset.ts) and reads
 * them from `corpus`, as the bench's `--corpus` does.
 */
export function storiesOf(
  spec: string,
  corpus: string | undefined,
): { dir: string; knowledge?: string; corpus?: string } {
  const [dir = '', knowledge] = spec.split(':');
  if (knowledge !== undefined) return { dir, knowledge };
  if (corpus !== undefined && !existsSync(path.join(dir, 'articles'))) return { dir, corpus };
  return { dir };
}

export async function train(
  sets: readonly string[],
  options: { curve?: boolean; deletions?: number; corpus?: string; label?: Label } = {},
): Promise<{ json: string; passages: string; report: string[] }> {
  const specs = sets.map((spec) => {
    const stories = storiesOf(spec, options.corpus);
    return { ...stories, name: path.basename(path.resolve(stories.dir)) };
  });
  const hashes = new Map<string, string>();
  const ranking: RankingExample[] = [];
  const rankingProvenance: Record<string, unknown> = { fit: PASSAGE_FIT, sets: [] as unknown[] };
  for (const { dir, name, knowledge, corpus } of specs) {
    const data = await loadDataset(dir, {
      ...(knowledge !== undefined ? { knowledge } : {}),
      ...(corpus !== undefined ? { corpus } : {}),
      engine: { weights: DEFAULT_WEIGHTS, passageModel: null },
    });
    const hash = createHash('sha256');
    for (const q of data.questions) hash.update(JSON.stringify(q));
    for (const a of data.articles) hash.update(a.file).update(a.sentences.map((s) => s.text).join('\n'));
    hashes.set(name, hash.digest('hex'));
    const own = collectRanking(data, name);
    (rankingProvenance.sets as unknown[]).push({ name, examples: own.length, sha256: hashes.get(name) });
    ranking.push(...own);
  }
  const fitted = trainRanking(ranking, rankingProvenance);
  const passageModel: PassageModel = fitted.model;
  const samples: Sample[] = [];
  const provenance: Record<string, unknown> = {
    fit: FIT,
    ...(options.deletions !== undefined
      ? { deletions: { share: options.deletions, perCopy: DELETED_PER_COPY } }
      : {}),
    // Only when not the default, so that a default fit writes the same file as before the option.
    ...(options.label !== undefined && options.label !== 'answerable' ? { label: options.label } : {}),
    sets: [] as unknown[],
  };
  for (const { dir, name, knowledge, corpus } of specs) {
    const data = await loadDataset(dir, {
      ...(knowledge !== undefined ? { knowledge } : {}),
      ...(corpus !== undefined ? { corpus } : {}),
      engine: { weights: DEFAULT_WEIGHTS, passageModel },
    });
    const own = collect(data, name, {
      ...(options.deletions !== undefined ? { deletions: options.deletions } : {}),
      engine: { weights: DEFAULT_WEIGHTS, passageModel },
      ...(options.label !== undefined ? { label: options.label } : {}),
    });
    const deleted = own.filter((s) => s.kind === 'deleted').length;
    (provenance.sets as unknown[]).push({
      name,
      examples: own.length - deleted,
      ...(options.deletions !== undefined ? { deleted } : {}),
      sha256: hashes.get(name),
    });
    samples.push(...own);
  }
  const report: string[] = [...fitted.report];
  const held = samples.map(() => 0);
  for (const [train, test] of [
    ['odd', 'even'],
    ['even', 'odd'],
  ] as const) {
    const model = fit(
      samples.filter((s) => half(s.slot, train)),
      {},
    );
    for (const set of new Set(samples.map((s) => s.set)))
      report.push(`${set}, ${test} articles (fitted on ${train}): ${heldOut(model, samples, set, test)}`);
    samples.forEach((s, i) => {
      if (half(s.slot, test)) held[i] = probability(model, s.features);
    });
  }
  report.push(writtenLoss(samples, held));
  if (options.curve === true) report.push(...tradeOff(samples, held, CURVE_THRESHOLDS));
  return {
    json: formatCalibration(fit(samples, provenance)),
    passages: `${JSON.stringify(passageModel, null, 2)}\n`,
    report,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = argValue(args, '--out') ?? 'src/qa/calibration.json';
  const share = argValue(args, '--deletions');
  const deletionShare = share === undefined ? undefined : Number(share);
  // "--deletions" with no share after it ("--deletions=0.1" too) is an error, not a run without them.
  const unread = share === undefined && args.some((a) => a.startsWith('--deletions'));
  if (unread || (deletionShare !== undefined && !(deletionShare >= 0 && deletionShare < 1))) {
    console.error(
      `npm run train -- --deletions SHARE: a share of the negative half, from 0 up to (not) 1${share === undefined ? '' : ` (not ${share})`}`,
    );
    process.exit(2);
  }
  const passagesOut = argValue(args, '--passages-out') ?? 'src/qa/passage-model.json';
  const label = argValue(args, '--label');
  if (
    (label === undefined && args.some((a) => a.startsWith('--label'))) ||
    (label !== undefined && !LABELS.includes(label as Label))
  ) {
    console.error(
      `npm run train -- --label LABEL: one of ${LABELS.join(', ')}${label === undefined ? '' : ` (not ${label})`}`,
    );
    process.exit(2);
  }
  const corpus = argValue(args, '--corpus');
  if (corpus !== undefined) requireFolder(corpus, '--corpus');
  const sets = args.filter(
    (a, i) =>
      !a.startsWith('--') &&
      !['--out', '--passages-out', '--deletions', '--corpus', '--label'].includes(args[i - 1] ?? ''),
  );
  if (sets.length === 0) {
    console.error(
      'usage: npm run train -- DIR[:KNOWLEDGE]… [--corpus DIR] [--out FILE] [--passages-out FILE] [--curve] [--deletions SHARE] [--label answerable|right-first] [--check]',
    );
    process.exit(2);
  }
  for (const spec of sets) for (const dir of spec.split(':')) requireFolder(dir, 'npm run train --');
  const { json, passages, report } = await train(sets, {
    curve: args.includes('--curve'),
    ...(corpus !== undefined ? { corpus } : {}),
    ...(deletionShare !== undefined ? { deletions: deletionShare } : {}),
    ...(label !== undefined ? { label: label as Label } : {}),
  });
  for (const line of report) console.log(line);
  // --check writes nothing: it says whether the committed models are what this code fits on these
  // sets (the sets are not part of the project, so no test can; run it after any change that could
  // move what the models read, and refit when it fails).
  const check = args.includes('--check');
  let stale = 0;
  for (const [file, text] of [
    [passagesOut, passages],
    [out, json],
  ] as const)
    if (!writeOrCheck(file, text, check) && check) stale++;
  if (stale > 0) {
    console.error(
      `npm run train -- --check: ${stale} model file(s) out of date; run it without --check to refit`,
    );
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
