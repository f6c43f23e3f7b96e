/**
 * `npm run train -- --check`: it says whether model files are what this code fits on the given sets,
 * and writes nothing (the committed models drifted once from what the script wrote, unnoticed, because
 * the visible sets are not part of the project; this is the check to run by hand on them).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedKnowledge } from '../support/seed.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);

function check(calibration: string, passages: string) {
  return spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/train.ts',
      `test/qa/seed:${seedKnowledge()}`,
      '--out',
      calibration,
      '--passages-out',
      passages,
      '--check',
    ],
    { encoding: 'utf8' },
  );
}

describe('npm run train -- --check', () => {
  it('passes on the files it would write and fails, naming it, on one that is not, writing nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'train-check-'));
    const calibration = path.join(dir, 'calibration.json');
    const passages = path.join(dir, 'passage-model.json');
    copyFileSync(fixture('calibration.seed.json'), calibration);
    copyFileSync(fixture('passage-model.seed.json'), passages);

    const fresh = check(calibration, passages);
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toContain(`${calibration} is what this code writes`);
    expect(fresh.stdout).toContain(`${passages} is what this code writes`);

    // A calibration fitted by older code: one weight off.
    const stale = readFileSync(calibration, 'utf8').replace(/(-?\d+\.\d+)/, (w) => String(Number(w) + 0.5));
    writeFileSync(calibration, stale);
    const run = check(calibration, passages);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${calibration} differs from what this code writes`);
    expect(run.stdout).toContain(`${passages} is what this code writes`);
    expect(run.stderr).toContain('1 model file(s) out of date');
    expect(readFileSync(calibration, 'utf8')).toBe(stale);
  }, 120_000);
});
