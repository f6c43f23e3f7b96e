/** Run the bot the way `npm start` does, as a child process pointed at the fake Discord. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, inject } from 'vitest';
import { seedKnowledge } from './seed.js';

const root = new URL('../..', import.meta.url).pathname;

export interface BotProcess {
  child: ChildProcess;
  logs: Record<string, unknown>[];
  stdout: () => string;
  stderr: () => string;
  waitForLog(
    pred: (log: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/**
 * A script of src/ as `npm start` runs it: transpiled to JavaScript, once per test run, by the global
 * setup (test/support/build-once.ts). `script` is relative to src/ with a .js ending (`cli/main.js`).
 */
export function built(script: string): string {
  return path.join(inject('builtDir'), script);
}

/**
 * `script`: relative to src/ as built (`main.js`, `shard.js`), or an absolute path with the `nodeArgs`
 * to run it (`src/main.ts` under `--import tsx`, the way `npm run dev` does).
 */
export function startBotProcess(
  env: Record<string, string>,
  script = 'main.js',
  nodeArgs: string[] = [],
): BotProcess {
  // Only what the bot needs: nothing inherited can point it at the real Discord.
  // No entity cache unless a test asks for one: tests never write into the project folder.
  // The seed article alone unless a test names its own folder, whatever an owner put in knowledge/.
  const file = path.isAbsolute(script) ? script : built(script);
  return startProcess(process.execPath, [...nodeArgs, file], {
    cwd: root,
    env: { LOG_LEVEL: 'info', CACHE_DIR: 'off', ...env, KNOWLEDGE_DIR: env.KNOWLEDGE_DIR ?? seedKnowledge() },
  });
}

/**
 * Any command (`npm start` in a copy of the project, say), with PATH and HOME and the given variables
 * only. It runs in its own process group, so that stop() reaches the bot under npm and its shell too.
 */
export function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): BotProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const logs: Record<string, unknown>[] = [];
  let out = '';
  let err = '';
  let pending = '';
  const waiters: {
    pred: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      const log = JSON.parse(line) as Record<string, unknown>;
      logs.push(log);
      for (const w of [...waiters]) {
        if (w.pred(log)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(log);
        }
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    logs,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForLog(pred, timeoutMs = 15_000) {
      const seen = logs.find(pred);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for a log line; stderr: ${err.slice(-2000)}`)),
          timeoutMs,
        );
        waiters.push({
          pred,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
      });
    },
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // the group is already gone
        }
      }
      const code = await exited;
      // npm may exit before the bot it started: wait until the whole group is gone (it may still be
      // writing into a folder the test is about to remove).
      if (child.pid !== undefined) await groupGone(child.pid);
      return code;
    },
  };
}

/** Poll until `condition` holds (state in the fake or the logs), failing after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Wait until `done()` reaches `total`, for as long as it keeps moving: fails only when it stays still
 * for `stallMs`. For long runs whose speed depends on how busy the machine is (a fixed deadline failed
 * a soak on a loaded CI host while every reply was still coming), but which must not hang.
 */
export async function waitWhileProgressing(
  done: () => number,
  total: number,
  stallMs = 60_000,
): Promise<void> {
  let last = done();
  let movedAt = performance.now();
  while (last < total) {
    await new Promise((r) => setTimeout(r, 50));
    const now = done();
    if (now !== last) {
      last = now;
      movedAt = performance.now();
    } else if (performance.now() - movedAt > stallMs) {
      throw new Error(`stalled at ${now} of ${total} for ${stallMs} ms`);
    }
  }
}

/**
 * Stop a bot that talked to the fake Discord and check what every run must leave true: no uncaught
 * error, the token in no output, and no message body Discord would have refused.
 */
export async function stopAndCheck(
  bot: BotProcess | undefined,
  fake: { close(): Promise<void>; invalidBodies: unknown[] } | undefined,
  token: string,
): Promise<void> {
  await bot?.stop();
  await fake?.close();
  expect(bot?.stderr()).not.toMatch(/uncaught|unhandled/i);
  expect((bot?.stdout() ?? '') + (bot?.stderr() ?? '')).not.toContain(token);
  expect(fake?.invalidBodies).toEqual([]);
}

async function groupGone(pgid: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return; // ESRCH: no process left in the group
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
