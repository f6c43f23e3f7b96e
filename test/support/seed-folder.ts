/**
 * Vitest global setup: the seed article alone in a folder of this run's own. Owners put their own
 * articles into knowledge/ (as the README tells them) and run `npm test`: the tests that need the seed
 * read this copy (test/support/seed.ts), never the folder's contents. The seed stays in knowledge/, its
 * one copy in the repository.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
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
export const SEED_ARTICLE = new URL(`../../knowledge/${SEED_FILE}`, import.meta.url).pathname;

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'qa-seed-'));
  copyFileSync(SEED_ARTICLE, path.join(dir, SEED_FILE));
  project.provide('seedKnowledge', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
