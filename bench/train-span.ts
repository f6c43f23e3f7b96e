/**
 * Learns the short answer's span model (src/qa/span-model.ts): logistic regression over the features of
 * every candidate span of the best passage (answer-span.ts `spanCandidatesOf`), each labelled with its
 * SQuAD F1 against the gold answers. Deterministic (full-batch gradient descent from zero).
 *
 *   npm run train:span -- --dataset ../shared/qa/squad-dev            # train on odd, test on even, and back
 *   npm run train:span -- --dataset ../shared/qa/squad-dev --write    # then train on all and write the model
 *   npm run train:span -- --dataset ../shared/qa/squad-dev --check    # is the committed model what this code fits?
 *
 * `--out FILE` writes (or checks) another file than src/qa/span-model.ts. `--check` writes nothing and
 * exits 1 when the file differs from what `--write` would write.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';
import { loadKnowledgeOrFail } from '../src/knowledge/load.js';
import {
  extractSpan,
  linear,
  spanCandidatesOf,
  type ScoredSpan,
  type SpanInput,
} from '../src/qa/answer-span.js';
import { spanInputOf } from '../src/qa/answer-stage.js';
import { Engine } from '../src/qa/engine.js';
import { expandQuestion, questionStems } from '../src/qa/expansion.js';
import { parseQuestion } from '../src/qa/question.js';
import type { SpanModel } from '../src/qa/span-model.js';
import { DEFAULT_WEIGHTS } from '../src/qa/weights.js';
import { argValue, fmt, requireFolder, writeOrCheck } from './lib.js';
import { exactMatch, f1 } from './squad-metric.js';

interface Question {
  id: string;
  question: string;
  article: string;
  answers: string[];
}

interface Example {
  half: 'odd' | 'even';
  answers: string[];
  /** What the extractor is given (undefined: the engine found no passage). */
  input: SpanInput | undefined;
  /** Whether the engine answered the question (a refusal shows no short answer). */
  answered: boolean;
  candidates: ScoredSpan[];
  labels: number[];
}

const EPOCHS = 1000;
const RATE = 1;
const L2 = 1e-4;

/**
 * Listwise: per question, a softmax over its candidates, trained towards their F1 shares (questions
 * where no candidate overlaps the gold answer teach nothing and are left out).
 */
function train(examples: readonly Example[]): SpanModel {
  const dims = examples.find((e) => e.candidates.length > 0)?.candidates[0]?.features.length ?? 0;
  const model: SpanModel = { weights: new Array<number>(dims).fill(0) };
  const lists = examples
    .map((e) => {
      const total = e.labels.reduce((s, y) => s + y, 0);
      return {
        xs: e.candidates.map((c) => c.features),
        ys: e.labels.map((y) => (total > 0 ? y / total : 0)),
        total,
      };
    })
    .filter((l) => l.total > 0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Array<number>(dims).fill(0);
    for (const { xs, ys } of lists) {
      const zs = xs.map((x) => linear(x, model));
      const top = Math.max(...zs);
      const exps = zs.map((z) => Math.exp(z - top));
      const sum = exps.reduce((s, v) => s + v, 0);
      xs.forEach((x, i) => {
        const error = (exps[i] as number) / sum - (ys[i] as number);
        x.forEach((v, k) => (grad[k] = (grad[k] as number) + error * v));
      });
    }
    model.weights = model.weights.map((w, k) => w - RATE * ((grad[k] as number) / lists.length + L2 * w));
  }
  return model;
}

/**
 * SQuAD's EM and F1 of the model's short answers, as the engine gives them (`extractSpan`, with its
 * threshold and the questions it leaves to the passage): over every example, and with refused
 * questions counted 0 as `bench:qa` counts them.
 */
function score(
  examples: readonly Example[],
  model: SpanModel,
): { em: number; f1: number; engineEm: number; engineF1: number } {
  let em = 0;
  let f = 0;
  let engineEm = 0;
  let engineF = 0;
  for (const e of examples) {
    const span = e.input === undefined ? null : extractSpan(e.input, DEFAULT_WEIGHTS, model);
    const text = span?.text ?? null;
    em += exactMatch(text, e.answers);
    f += f1(text, e.answers);
    if (e.answered) {
      engineEm += exactMatch(text, e.answers);
      engineF += f1(text, e.answers);
    }
  }
  const n = examples.length;
  return { em: em / n, f1: f / n, engineEm: engineEm / n, engineF1: engineF / n };
}

/** Examples from a question file (`{article, question, answers}` lines) over a folder of its articles. */
export async function examplesOf(questionsFile: string, articlesDir: string): Promise<Example[]> {
  const questions = readFileSync(questionsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Question)
    .filter((q) => q.answers.length > 0);
  const { articles } = await loadKnowledgeOrFail(articlesDir);
  const files = articles.map((a) => a.file).sort();
  const engines = new Map(articles.map((a) => [a.file, new Engine([a])]));
  const examples: Example[] = [];
  for (const q of questions) {
    const engine = engines.get(q.article);
    if (engine === undefined) continue;
    const answer = engine.ask(q.question);
    const parsed = parseQuestion(q.question);
    // The question's words as the engine matches them (names are corrected apart, as it does).
    const { groups } = expandQuestion(engine.index, parsed, DEFAULT_WEIGHTS);
    const matched = questionStems(groups);
    const input = spanInputOf(engine.index, q.question, parsed, answer.passages, matched);
    const candidates = input === undefined ? [] : spanCandidatesOf(input, DEFAULT_WEIGHTS);
    examples.push({
      half: files.indexOf(q.article) % 2 === 0 ? 'odd' : 'even',
      answers: q.answers,
      input,
      answered: answer.answered,
      candidates,
      labels: candidates.map((c) => f1(c.span.text, q.answers)),
    });
  }
  return examples;
}

/** The model trained on every example, its weights rounded as they are committed. */
export function trainAll(examples: readonly Example[]): SpanModel {
  const round = (n: number) => Math.round(n * 1e4) / 1e4;
  return { weights: train(examples).weights.map(round) };
}

/** The source of src/qa/span-model.ts for a model, formatted as the project formats it. */
export async function modelSource(model: SpanModel, file: string): Promise<string> {
  const source = `/**
 * Learned weights of the short answer's span choice (a softmax over the features of
 * \`spanCandidatesOf\` in answer-span.ts). Written by \`npm run train:span -- --dataset
 * ../shared/qa/squad-dev --write\` (bench/train-span.ts); do not edit by hand.
 */
export interface SpanModel {
  weights: number[];
}

export const SPAN_MODEL: SpanModel = {
  weights: [${model.weights.join(', ')}],
};
`;
  return prettier.format(source, { ...(await prettier.resolveConfig(file)), filepath: file });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataset = argValue(args, '--dataset');
  // An --out with neither --write nor --check would train and write nothing, silently.
  const outAlone = args.includes('--out') && !args.includes('--write') && !args.includes('--check');
  if (dataset === undefined || outAlone) {
    console.error('usage: npm run train:span -- --dataset DIR [--write | --check] [--out FILE]');
    process.exit(2);
  }
  requireFolder(dataset, '--dataset');
  const examples = await examplesOf(path.join(dataset, 'questions.jsonl'), path.join(dataset, 'articles'));
  for (const [trainHalf, testHalf] of [
    ['odd', 'even'],
    ['even', 'odd'],
  ] as const) {
    const model = train(examples.filter((e) => e.half === trainHalf));
    const test = score(
      examples.filter((e) => e.half === testHalf),
      model,
    );
    console.log(
      `trained on ${trainHalf}, tested on ${testHalf}: EM ${fmt(test.em)}, F1 ${fmt(test.f1)}; ` +
        `refused questions counted 0: EM ${fmt(test.engineEm)}, F1 ${fmt(test.engineF1)}`,
    );
  }
  const check = args.includes('--check');
  if (!args.includes('--write') && !check) return;
  const model = trainAll(examples);
  const all = score(examples, model);
  console.log(`trained on all: EM ${fmt(all.em)}, F1 ${fmt(all.f1)} (on the same questions)`);
  const file = path.resolve(
    argValue(args, '--out') ?? fileURLToPath(new URL('../src/qa/span-model.ts', import.meta.url)),
  );
  if (!writeOrCheck(file, await modelSource(model, file), check) && check) {
    console.error(
      'npm run train:span -- --check: the span model is out of date; run it with --write to refit',
    );
    process.exit(1);
  }
}

// Run as a script (npm run train:span); imported by its test, it only exports.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
