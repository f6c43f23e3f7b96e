/** Small helpers shared by the benchmarks: argument parsing and percentiles. */
import { statSync } from 'node:fs';

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
