/**
 * Vitest global setup: transpile src/ once per run, the way `npm start` does (scripts/build.mjs), so
 * that the tests starting the bot or the CLI run plain JavaScript. Under a TypeScript loader each of
 * those processes spent about half a second of CPU compiling; there are dozens of them per run.
 * The output goes to a folder of this run's own (inside node_modules, so the built files resolve the
 * project's packages), which a test running `npm start` — rebuilding dist/ — cannot change under it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where src/ was built for this run: `<builtDir>/main.js` is what `npm start` runs. */
    builtDir: string;
  }
}

const root = new URL('../..', import.meta.url).pathname;

export default function setup(project: TestProject): () => void {
  const base = path.join(root, 'node_modules', '.cache', 'article-qa-bot');
  mkdirSync(base, { recursive: true });
  const outdir = mkdtempSync(path.join(base, 'test-build-'));
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), outdir], { stdio: 'inherit' });
  project.provide('builtDir', outdir);
  return () => rmSync(outdir, { recursive: true, force: true });
}
