/**
 * The benchmarks and training scripts read question sets and corpora that are not part of the project.
 * A path that does not lead to them (the README's `../shared/…` from another folder) is said in one
 * line with what to do, exit code 2, not a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

describe('a benchmark pointed at a folder that is not there', () => {
  it.each([
    ['bench/qa.ts', '--dataset'],
    ['bench/summary.ts', '--dataset'],
    ['bench/train-span.ts', '--dataset'],
  ])('%s says so in one line and exits with 2', (script, flag) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, flag, 'no-such-set'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `${flag} no-such-set: no such folder. The question sets and corpora are not part of the project (see README "Measured"); pass the folder where you keep them.`,
    );
  });
});
