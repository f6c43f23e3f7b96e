/**
 * `npm start`'s command line. The folder is usually KNOWLEDGE_DIR in `.env`; `--knowledge DIR` is
 * taken as the CLI takes it (`npm start -- --knowledge DIR`), and anything else is refused rather than
 * ignored: an owner who typed an option expects it to do something.
 */
import { parseArgs } from 'node:util';

export const START_USAGE = `usage: npm start [-- --knowledge DIR]
  The Discord bot when DISCORD_TOKEN is set, else the console chat; the articles are read from DIR,
  else KNOWLEDGE_DIR (.env), else knowledge/.`;

/** Bad usage: printed with START_USAGE, exit code 2. */
export class StartUsageError extends Error {}

export interface StartArgs {
  help: boolean;
  knowledge?: string;
}

export function parseStartArgs(argv: readonly string[]): StartArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        knowledge: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.knowledge === '') throw new StartUsageError('--knowledge needs a folder');
    return { help: values.help, ...(values.knowledge !== undefined ? { knowledge: values.knowledge } : {}) };
  } catch (error) {
    if (error instanceof StartUsageError) throw error;
    throw new StartUsageError((error as Error).message);
  }
}
