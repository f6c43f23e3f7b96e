/**
 * Train the answerability calibrator (`src/qa/calibration.json`) on question sets:
 *
 *   npm run train -- ../shared/qa/squad-dev ../shared/qa/user-questions [--out src/qa/calibration.json]
 *
 * Each set is `DIR` or `DIR:KNOWLEDGE` (see bench/dataset.ts). Every answerable question is asked of
 * its own article (label 1) and of the next article (off-topic, label 0); every unanswerable one of its
 * own article (label 0). Each set weighs the same in total, half for each label. Before fitting on
 * everything, it cross-validates by article: fitted on the odd articles of every set, scored on the
 * even ones, and the other way round, printing for each set and held-out half how many answerable
 * questions are kept (and kept with the right passage first), unanswerable and off-topic ones refused.
 * Deterministic: the same sets give the same file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classifyMessage } from '../src/qa/intent.js';
import { DEFAULT_WEIGHTS } from '../src/qa/weights.js';
import { fold, loadDataset, type Dataset } from '../bench/dataset.js';
import { argValue } from '../bench/lib.js';
import { probability, type Calibration } from '../src/qa/answerability.js';
import { fit, formatCalibration, FIT, type Example } from './calibrate.js';

export type Kind = 'answerable' | 'unanswerable' | 'off-topic';

export interface Sample extends Example {
  set: string;
  slot: number;
  kind: Kind;
  /** The best passage holds a gold answer (answerable questions only). */
  right: boolean;
  /** The question as asked (for diagnosis). */
  question: string;
}

/** The examples a question set gives, in file order. */
export function collect(data: Dataset, set: string): Sample[] {
  const raw: Omit<Sample, 'weight'>[] = [];
  const add = (message: string, article: string | undefined, kind: Kind, slot: number, gold: string[]) => {
    // Routed as the bot routes it: greetings and "what is this about?" never reach the search, and
    // lead-ins ("hey, can you tell me…") are taken off first.
    const intent = classifyMessage(message);
    if (intent.kind !== 'question') return;
    const { answer, features } = data.engine(article).assess(intent.question);
    const first = fold(answer.passages[0]?.text ?? '');
    const right = gold.some((g) => first.includes(fold(g)));
    const label = kind === 'answerable' ? 1 : 0;
    if (features !== undefined) raw.push({ features, label, set, slot, kind, right, question: message });
  };
  data.questions.forEach((q, i) => {
    const slot = data.slotOf(q, i);
    const answerable = q.answers !== undefined && q.answers.length > 0;
    add(q.question, q.article, answerable ? 'answerable' : 'unanswerable', slot, q.answers ?? []);
    const other = answerable && q.article !== undefined ? data.offTopicOf(q.article) : undefined;
    if (other !== undefined) add(q.question, other, 'off-topic', slot, []);
  });
  const count = (label: 0 | 1) => raw.filter((e) => e.label === label).length || 1;
  const positives = count(1);
  const negatives = count(0);
  return raw.map((e) => ({ ...e, weight: e.label === 1 ? 0.5 / positives : 0.5 / negatives }));
}

/** How a model does on one set's held-out half: each kind of question on its own. */
function heldOut(model: Calibration, samples: readonly Sample[], set: string, test: 'odd' | 'even'): string {
  const held = samples.filter((s) => s.set === set && (test === 'odd') === (s.slot % 2 === 0));
  const answered = (s: Sample) => probability(model, s.features) >= model.threshold;
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
  ].join(', ');
}

export async function train(sets: readonly string[]): Promise<{ json: string; report: string[] }> {
  const samples: Sample[] = [];
  const provenance: Record<string, unknown> = { fit: FIT, sets: [] as unknown[] };
  for (const spec of sets) {
    const [dir = '', knowledge] = spec.split(':');
    const data = await loadDataset(dir, {
      ...(knowledge !== undefined ? { knowledge } : {}),
      engine: { weights: DEFAULT_WEIGHTS },
    });
    const name = path.basename(path.resolve(dir));
    const hash = createHash('sha256');
    for (const q of data.questions) hash.update(JSON.stringify(q));
    for (const a of data.articles) hash.update(a.file).update(a.sentences.map((s) => s.text).join('\n'));
    const own = collect(data, name);
    (provenance.sets as unknown[]).push({ name, examples: own.length, sha256: hash.digest('hex') });
    samples.push(...own);
  }
  const report: string[] = [];
  for (const [train, test] of [
    ['odd', 'even'],
    ['even', 'odd'],
  ] as const) {
    const half = (s: Sample, h: 'odd' | 'even') => (h === 'odd') === (s.slot % 2 === 0);
    const model = fit(
      samples.filter((s) => half(s, train)),
      {},
    );
    for (const set of new Set(samples.map((s) => s.set)))
      report.push(`${set}, ${test} articles (fitted on ${train}): ${heldOut(model, samples, set, test)}`);
  }
  return { json: formatCalibration(fit(samples, provenance)), report };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = argValue(args, '--out') ?? 'src/qa/calibration.json';
  const sets = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
  if (sets.length === 0) {
    console.error('usage: npm run train -- DIR[:KNOWLEDGE]… [--out FILE]');
    process.exit(2);
  }
  const { json, report } = await train(sets);
  for (const line of report) console.log(line);
  const before = (() => {
    try {
      return readFileSync(out, 'utf8');
    } catch {
      return '';
    }
  })();
  writeFileSync(out, json);
  console.log(`${out} ${before === json ? 'unchanged' : 'written'}`);
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(path.basename(process.argv[1]))) await main();
