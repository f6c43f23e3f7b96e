/**
 * A reader that stops early: `npm start < questions.txt | head -2` and `cli ask --jsonl … | head -1`
 * close the pipe while the console chat or the CLI is still writing. They stop quietly, exit code 0,
 * with no "Error: write EPIPE" stack trace on the terminal.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { built } from './support/bot-process.js';
import { seedKnowledge } from './support/seed.js';

const root = new URL('..', import.meta.url).pathname;

/** Runs a built script with `input` on stdin and closes its stdout after the first chunk it writes. */
function readOneChunk(
  script: string,
  args: string[],
  input: string,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [built(script), ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      KNOWLEDGE_DIR: seedKnowledge(),
      CACHE_DIR: 'off',
      LOG_LEVEL: 'silent',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  child.stdin.end(input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

// Enough questions that the answers go on long after the reader has gone.
const QUESTIONS = Array.from({ length: 300 }, (_, i) => (i % 2 ? 'who signed?' : 'where was the meeting?'));

describe('a reader that closes the pipe early', () => {
  it('stops the console chat quietly (npm start < questions | head -2)', async () => {
    const { code, stderr } = await readOneChunk('main.js', [], `${QUESTIONS.join('\n')}\n`);
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });

  it('stops the CLI quietly (cli ask --jsonl < questions | head -1)', async () => {
    const lines = QUESTIONS.map((question) => JSON.stringify({ question })).join('\n');
    const { code, stderr } = await readOneChunk('cli/main.js', ['ask', '--jsonl'], `${lines}\n`);
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
