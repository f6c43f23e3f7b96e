/**
 * `npm run bench:bot`, as docs/development.md ("Benchmarks and training") runs it, on a small burst: it
 * starts the built bot against its own fake Discord on 127.0.0.1 and reports. A documented command no test ran
 * crashed (it asked vitest for the test build outside a test run); this walks it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, inject, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

it('npm run bench:bot drives the bot through the fake Discord and loses no reply', async () => {
  // The run's own build (see build-once.ts), so that the benchmark does not rebuild dist/ under other tests.
  const { stdout } = await promisify(execFile)(
    'npm',
    [
      'run',
      '--silent',
      'bench:bot',
      '--',
      '--questions',
      '12',
      '--latency',
      '2',
      '--built',
      inject('builtDir'),
    ],
    { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
  );
  expect(stdout).toContain('| burst of 12 questions: lost / duplicated replies | 0 / 0 |');
  expect(stdout).toMatch(/\| mention: event → reply, median \/ p95 \(n=1\) \| [\d.]+ \/ [\d.]+ ms \|/);
}, 120_000);
