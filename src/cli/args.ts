/**
 * The CLI's command line: which command, with which options; every misuse is a UsageError. What a
 * person reads of it (the usage, what was wrong) is written in `format/usage.ts`.
 */
import { FOLDER_AND_HELP, UsageError, parseArgsOrMisuse } from '../command-line.js';
import { SUMMARY_SENTENCES, parseSentenceCount } from '../qa/summary.js';

export type CliCommand =
  | { command: 'help' }
  | { command: 'add'; url: string; knowledge?: string }
  | {
      command: 'ask' | 'summary';
      /** The words of the question (ask), joined; empty with --jsonl. */
      question: string;
      sentences: number;
      json: boolean;
      jsonl: boolean;
      knowledge?: string;
      article?: string;
    };

/** The options each command takes (see CLI_USAGE). */
const OPTIONS_OF: Readonly<Record<string, readonly string[]>> = {
  ask: ['json', 'jsonl', 'knowledge', 'article'],
  summary: ['sentences', 'article', 'json', 'knowledge'],
  add: ['knowledge'],
};

export function parseCommand(argv: string[]): CliCommand {
  const { values, positionals } = parseArgsOrMisuse({
    args: argv,
    allowPositionals: true,
    options: {
      ...FOLDER_AND_HELP,
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      article: { type: 'string' },
      sentences: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help) return { command: 'help' };
  // An option another command takes ("ask --sentences 3") would be silently ignored: say so instead.
  const allowed = OPTIONS_OF[command ?? ''];
  if (allowed !== undefined)
    for (const [name, value] of Object.entries(values))
      if (value !== undefined && value !== false && !allowed.includes(name))
        throw new UsageError({ reason: 'not-an-option', option: name, command: command ?? '' });
  // Stryker disable next-line ConditionalExpression: an absent and an undefined option read the same (`cli.knowledge ?? …`)
  const knowledge = values.knowledge !== undefined ? { knowledge: values.knowledge } : {};
  if (command === 'add') {
    const [url, ...extra] = rest;
    if (url === undefined || extra.length > 0) throw new UsageError({ reason: 'one-url' });
    return { command, url, ...knowledge };
  }
  if (command !== 'ask' && command !== 'summary')
    throw new UsageError(command ? { reason: 'unknown-command', command } : { reason: 'no-command' });
  const sentences =
    values.sentences === undefined ? SUMMARY_SENTENCES.default : parseSentenceCount(values.sentences);
  if (sentences === undefined) throw new UsageError({ reason: 'sentence-count' });
  const question = rest.join(' ');
  if (command === 'ask' && !values.jsonl && question.trim() === '')
    throw new UsageError({ reason: 'no-question' });
  return {
    command,
    question,
    sentences,
    json: values.json,
    jsonl: values.jsonl,
    ...knowledge,
    // Stryker disable next-line ConditionalExpression: an absent and an undefined article read the same
    ...(values.article !== undefined ? { article: values.article } : {}),
  };
}
