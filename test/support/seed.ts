/** The seed article for the tests: its folder of this run's own, or a copy of the project around it. */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { SEED_FILE } from './seed-folder.js';

export { SEED_FILE };

const root = new URL('../..', import.meta.url).pathname;

/** A knowledge folder holding the seed article alone (made once per run by test/support/seed-folder.ts). */
export const seedKnowledge = (): string => inject('seedKnowledge');

/** The seed article's file in that folder. */
export const seedArticle = (): string => path.join(seedKnowledge(), SEED_FILE);

/** The seed article's text. */
export const readSeed = (): string => readFileSync(seedArticle(), 'utf8');

/**
 * A fresh checkout in a temporary folder: `files` copied from the project, knowledge/ holding the seed
 * alone (whatever an owner added to the project's knowledge/ is not part of it), node_modules shared
 * (as `npm ci` would make it). The caller removes it.
 */
export function copyProject(files: string[]): string {
  const project = mkdtempSync(path.join(tmpdir(), 'qa-project-'));
  for (const f of files) cpSync(path.join(root, f), path.join(project, f), { recursive: true });
  mkdirSync(path.join(project, 'knowledge'));
  copyFileSync(seedArticle(), path.join(project, 'knowledge', SEED_FILE));
  symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  return project;
}
