/** Run the CLI as `npm run cli` does (the built `cli/main.js`, from the project folder). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { built } from './bot-process.js';
import { seedKnowledge } from './seed.js';

const root = new URL('../..', import.meta.url).pathname;
const exec = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `input` is written to its stdin; the environment is PATH, HOME, KNOWLEDGE_DIR (the seed article
 * alone, unless `env` or `--knowledge` names another folder) and `env` only.
 */
export async function runCli(
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  const child = exec(process.execPath, [built('cli/main.js'), ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      KNOWLEDGE_DIR: seedKnowledge(),
      ...options.env,
    },
  });
  if (options.input !== undefined) child.child.stdin?.end(options.input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
