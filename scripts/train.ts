/**
 * Train the answerability calibrator (`src/qa/calibration.json`) on question sets:
 *
 *   npm run train -- ../shared/qa/squad-dev ../shared/qa/user-questions [--out src/qa/calibration.json]
 *
 * Each set is `DIR` or `DIR:KNOWLEDGE` (see bench/dataset.ts). Every answerable question is asked of
 * its own article (label 1) and of the next article (off-topic, label 0); every unanswerable one of its
 * own article (label 0). Each set weighs the same in total, half for each label. Before fitting on
 * everything, it cross-validates by article: fitted on the odd articles of every set, scored on the
 * even ones, and the other way round. Deterministic: the same sets give the same file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classifyMessage } from '../src/qa/intent.js';
import { DEFAULT_WEIGHTS } from '../src/qa/weights.js';
import { loadDataset, type Dataset } from '../bench/dataset.js';
import { argValue } from '../bench/lib.js';
import { accuracy, fit, formatCalibration, FIT, type Example } from './calibrate.js';

interface Sample extends Example {
  set: string;
  slot: number;
}

/** The examples a question set gives, in file order. */
export function collect(data: Dataset, set: string): Sample[] {
  const raw: Omit<Sample, 'weight'>[] = [];
  const add = (message: string, article: string | undefined, label: 0 | 1, slot: number) => {
    // Routed as the bot routes it: greetings and "what is this about?" never reach the search, and
    // lead-ins ("hey, can you tell me…") are taken off first.
    const intent = classifyMessage(message);
    if (intent.kind !== 'question') return;
    const { features } = data.engine(article).assess(intent.question);
    if (features !== undefined) raw.push({ features, label, set, slot });
  };
  data.questions.forEach((q, i) => {
    const slot = data.slotOf(q, i);
    const answerable = q.answers !== undefined && q.answers.length > 0;
    add(q.question, q.article, answerable ? 1 : 0, slot);
    const other = answerable && q.article !== undefined ? data.offTopicOf(q.article) : undefined;
    if (other !== undefined) add(q.question, other, 0, slot);
  });
  const count = (label: 0 | 1) => raw.filter((e) => e.label === label).length || 1;
  const positives = count(1);
  const negatives = count(0);
  return raw.map((e) => ({ ...e, weight: e.label === 1 ? 0.5 / positives : 0.5 / negatives }));
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
    for (const set of new Set(samples.map((s) => s.set))) {
      const a = accuracy(
        model,
        samples.filter((s) => s.set === set && half(s, test)),
      );
      report.push(
        `fitted on ${train} articles, ${set} ${test} articles: answerable kept ${a.positive.toFixed(3)}, unanswerable/off-topic refused ${a.negative.toFixed(3)}`,
      );
    }
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
