/**
 * `npm start`'s command line. The folder is usually KNOWLEDGE_DIR in `.env`; `--knowledge DIR` is
 * taken as the CLI takes it (`npm start -- --knowledge DIR`), and anything else is refused rather than
 * ignored: an owner who typed an option expects it to do something.
 */
import { FOLDER_AND_HELP, UsageError, parseArgsOrMisuse } from './command-line.js';

export interface StartArgs {
  help: boolean;
  knowledge?: string;
}

/** Throws a UsageError for anything it does not take. */
export function parseStartArgs(argv: readonly string[]): StartArgs {
  const { values } = parseArgsOrMisuse({
    args: [...argv],
    allowPositionals: false,
    options: FOLDER_AND_HELP,
  });
  if (values.knowledge === '') throw new UsageError({ reason: 'no-folder' });
  return { help: values.help, ...(values.knowledge !== undefined ? { knowledge: values.knowledge } : {}) };
}
