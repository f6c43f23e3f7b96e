/**
 * What the two command lines share, `npm start`'s (`start-args.ts`) and the CLI's (`cli/args.ts`): one
 * error for every misuse, which each front prints with its own usage and exit code 2 (the words:
 * `format/usage.ts`), and node's parseArgs, whose refusals ("Unknown option '--knowlege'") are misuses
 * like any other.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What was wrong with a command line, and what it names. */
export type Misuse =
  /** node's parseArgs refused it ("Unknown option '--verbose'…"): its own words. */
  | { reason: 'refused'; said: string }
  | { reason: 'no-command' }
  | { reason: 'unknown-command'; command: string }
  /** An option another command takes ("ask --sentences 3"): refused, not silently ignored. */
  | { reason: 'not-an-option'; option: string; command: string }
  /** `add` with no URL or with several. */
  | { reason: 'one-url' }
  | { reason: 'no-question' }
  /** `--sentences` out of the summary's bounds, or no whole number. */
  | { reason: 'sentence-count' }
  /** `--knowledge ''`. */
  | { reason: 'no-folder' }
  /** `--article` naming several articles (`ids`), or none (`known`: every article's id). */
  | { reason: 'several-articles'; typed: string; ids: readonly string[] }
  | { reason: 'no-such-article'; typed: string; known: readonly string[] };

/** Bad usage: printed with the command line's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(readonly misuse: Misuse) {
    super(misuse.reason);
  }
}

/** The options both take: the articles' folder (`--knowledge DIR`) and help (`--help`, `-h`). */
export const FOLDER_AND_HELP = {
  knowledge: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** node's parseArgs, its errors turned into UsageErrors (its own words kept). */
export function parseArgsOrMisuse<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError({ reason: 'refused', said: (error as Error).message });
  }
}
