/** What a command line prints above its usage when `parse` refuses `argv` (fails the test if it takes it). */
import { UsageError } from '../../src/command-line.js';
import { misuseMessage } from '../../src/format/usage.js';

export function misuseOf(parse: (argv: string[]) => unknown, argv: string[]): string {
  try {
    parse(argv);
  } catch (error) {
    if (error instanceof UsageError) return misuseMessage(error.misuse);
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}
