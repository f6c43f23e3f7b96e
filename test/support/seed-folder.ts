/**
 * Vitest global setup: the seed article alone in a folder of this run's own. Owners put their own
 * articles into knowledge/ and remove the sample story (as the README tells them to), then run
 * `npm test`: the tests that need the seed read this copy (test/support/seed.ts), never the folder's
 * contents. The seed stays in the repository, its one copy knowledge/iraq-russia-military-cooperation.txt;
 * an owner who removed it still has it in git (`seedText`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A knowledge folder holding the seed article and nothing else. */
    seedKnowledge: string;
  }
}

export const SEED_FILE = 'iraq-russia-military-cooperation.txt';
const PROJECT = new URL('../..', import.meta.url).pathname;

/**
 * The seed article's text: from knowledge/ while the owner keeps it there, else as the checkout's last
 * commit holds it (removed with `rm` or `git rm` alike), so that removing the sample as the README says
 * does not break the tests.
 */
export function seedText(project = PROJECT): string {
  const file = path.join(project, 'knowledge', SEED_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  try {
    return execFileSync('git', ['show', `HEAD:knowledge/${SEED_FILE}`], {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    throw new Error(
      `The tests need the sample story knowledge/${SEED_FILE}, which is neither in knowledge/ nor in ` +
        `the git checkout. Restore it with: git checkout HEAD -- knowledge/${SEED_FILE}`,
    );
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'qa-seed-'));
  writeFileSync(path.join(dir, SEED_FILE), seedText());
  project.provide('seedKnowledge', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
