/**
 * `npm run bench:qa:built` and `npm run bench:scale:built`, as the README runs them: the benchmarks on
 * src/ and bench/ built with the options `npm start`'s build uses (scripts/build-bench.mjs), so that a
 * timing is of the code the bot runs, not of tsx's (which names every closure as it is made). The built
 * benchmark must score every question exactly as the one under tsx does: only the timings may differ.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

async function npmRun(script: string, args: string[]): Promise<string> {
  const { stdout } = await run('npm', ['run', '--silent', script, '--', ...args], { cwd: root, env });
  return stdout;
}

/** The result rows, without the columns that are times (the headers holding "ms"). */
function scores(stdout: string): string[] {
  const lines = stdout.split('\n').filter((l) => l.startsWith('| '));
  const header = (lines[0] ?? '').split('|');
  const timed = new Set(header.flatMap((h, i) => (/\bms\b|build|heap/.test(h) ? [i] : [])));
  return lines.map((l) =>
    l
      .split('|')
      .filter((_, i) => !timed.has(i))
      .join('|'),
  );
}

describe('the benchmarks on built code', () => {
  it('npm run bench:qa:built scores a question set as npm run bench:qa does', async () => {
    const args = [
      '--dataset',
      'test/fixtures/corpus-set',
      '--corpus',
      'test/fixtures/corpus',
      '--no-baselines',
    ];
    const built = await npmRun('bench:qa:built', args);
    const tsx = await npmRun('bench:qa', args);
    expect(scores(built).length).toBeGreaterThan(3);
    expect(scores(built)).toEqual(scores(tsx));
    expect(built).toMatch(/\| article-qa-bot \| all \|.*\| [\d.]+ \| [\d.]+ \|/);
  });

  it('npm run bench:scale:built measures a folder as npm run bench:scale does', async () => {
    const args = ['--knowledge', 'test/fixtures/corpus', '--copies', '1', '--baseline-questions', '0'];
    const built = await npmRun('bench:scale:built', args);
    const tsx = await npmRun('bench:scale', args);
    expect(built).toMatch(/\| corpus \| article-qa-bot \| 2 \| 8 \|/);
    expect(scores(built)).toEqual(scores(tsx));
  });
});
