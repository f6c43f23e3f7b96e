/**
 * What the two command lines share, `npm start`'s (`start-args.ts`) and the CLI's (`cli/args.ts`): one
 * error for every misuse, which each front prints with its own usage and exit code 2, and node's
 * parseArgs, whose refusals ("Unknown option '--knowlege'") are misuses like any other.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The options both take: the articles' folder (`--knowledge DIR`) and help (`--help`, `-h`). */
export const FOLDER_AND_HELP = {
  knowledge: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Bad usage: the message is printed with the command line's usage, exit code 2. */
export class UsageError extends Error {}

/** node's parseArgs, its errors turned into UsageErrors (its own words kept). */
export function parseArgsOrMisuse<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
