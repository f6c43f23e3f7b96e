/**
 * `npm run train:span -- --check` and `npm run train:summary -- --check`, as `npm run train -- --check`
 * (train-check.test.ts): each says whether a model file is what this code fits on the given set, and
 * writes nothing. The committed span and summary models drifted from what their scripts wrote, unseen
 * (session 55), because the sets they are fitted on are not part of the project; these checks are the
 * ones to run by hand on them. Here on small sets of the seed article, into files of the test's own.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_FILE, seedKnowledge } from '../support/seed.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });
}

/** A set of the seed article: its questions (`questions`) or its reference summary (`summary`). */
function seedSet(questions?: string, summary?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'train-checks-'));
  mkdirSync(path.join(dir, 'articles'));
  copyFileSync(path.join(seedKnowledge(), SEED_FILE), path.join(dir, 'articles', SEED_FILE));
  if (questions !== undefined) copyFileSync(questions, path.join(dir, 'questions.jsonl'));
  if (summary !== undefined) {
    mkdirSync(path.join(dir, 'summaries'));
    writeFileSync(path.join(dir, 'summaries', SEED_FILE), summary);
  }
  return dir;
}

/** Written by `--write --out`, then checked: the same file passes, a weight changed fails, nothing is written. */
function expectChecks(script: string, dataset: string, out: string, name: string): void {
  const write = run(script, '--dataset', dataset, '--write', '--out', out);
  expect(write.status, write.stderr).toBe(0);
  const fresh = run(script, '--dataset', dataset, '--check', '--out', out);
  expect(fresh.status, fresh.stderr).toBe(0);
  expect(fresh.stdout).toContain(`${out} is what this code writes`);

  const stale = readFileSync(out, 'utf8').replace(/(-?\d+\.\d+)/, (w) => String(Number(w) + 0.5));
  writeFileSync(out, stale);
  const run2 = run(script, '--dataset', dataset, '--check', '--out', out);
  expect(run2.status).toBe(1);
  expect(run2.stdout).toContain(`${out} differs from what this code writes`);
  expect(run2.stderr).toContain(`the ${name} model is out of date`);
  expect(readFileSync(out, 'utf8')).toBe(stale);
}

describe("the training scripts' --check", () => {
  it('train:span says whether the span model is what this code fits, writing nothing', () => {
    const dataset = seedSet(here('../fixtures/span-seed.jsonl'));
    expectChecks('bench/train-span.ts', dataset, path.join(dataset, 'span-model.ts'), 'span');
  }, 180_000);

  it('train:summary says whether the summary model is what this code fits, writing nothing', () => {
    const body = readFileSync(path.join(seedKnowledge(), SEED_FILE), 'utf8');
    // The reference: the seed's first body paragraph, as an extractive summary takes it.
    const lead =
      body
        .split('\n')
        .find((l) => /^\s*MOSCOW \(Sputnik\)/.test(l))
        ?.trim() ?? '';
    expect(lead).not.toBe('');
    const dataset = seedSet(undefined, lead);
    expectChecks('scripts/train-summary.ts', dataset, path.join(dataset, 'summary-model.json'), 'summary');
  }, 180_000);
});
