/** Small helpers shared by the benchmarks and training scripts: argument parsing, percentiles, model files. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';

/**
 * `dir`, when it is a folder; else the reason, and the process ends with 2. The question sets and
 * corpora the benchmarks read are not part of the project (README "Measured" names them): a path that
 * does not lead to them is the usual mistake, and a stack trace would not say so.
 */
export function requireFolder(dir: string, flag: string): string {
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    // Missing or unreadable: said below.
  }
  if (!isFolder) {
    console.error(
      `${flag} ${dir}: no such folder. The question sets and corpora are not part of the project (see README "Measured"); pass the folder where you keep them.`,
    );
    process.exit(2);
  }
  return dir;
}

/**
 * A training script's output: written, or with `check` (its `--check`) only compared with what the
 * file holds, and left as it is. Says which on stdout; returns whether the file already held `text`.
 * The sets the models are fitted on are not part of the project, so no test can see a committed model
 * drift from what the code fits: this is the check to run by hand after a change.
 */
export function writeOrCheck(file: string, text: string, check: boolean): boolean {
  let before = '';
  try {
    before = readFileSync(file, 'utf8');
  } catch {
    // No file yet: it differs.
  }
  const same = before === text;
  if (check)
    console.log(`${file} ${same ? 'is what this code writes' : 'differs from what this code writes'}`);
  else {
    writeFileSync(file, text);
    console.log(`${file} ${same ? 'unchanged' : 'written'}`);
  }
  return same;
}

export function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

export function fmt(n: number, digits = 3): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

/** Apply every `--set NAME=value` argument to a table of numeric weights (for trying other values). */
export function applySetArgs(args: readonly string[], weights: Record<string, number>): void {
  args.forEach((a, i) => {
    if (a !== '--set') return;
    const [name, value] = (args[i + 1] ?? '').split('=');
    if (name === undefined || !(name in weights) || value === undefined)
      throw new Error(`unknown weight ${name}`);
    weights[name] = Number(value);
  });
}
