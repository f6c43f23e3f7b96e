/**
 * What a person reads about the command lines: each one's usage (printed by `--help` and after a
 * misuse) and what was wrong with a misused one. `npm start`'s is short; the CLI's is the contract that
 * scripts rely on, shown in the README as printed (a test checks).
 */
import type { Misuse, UsageError } from '../command-line.js';
import { SENTENCE_COUNT_RULE } from './text.js';

export const CLI_USAGE = `usage:
  cli ask [--json] [--article ID] [--knowledge DIR] "question"
  cli ask --jsonl [--article ID] [--knowledge DIR] < questions.jsonl
      (each line {"id": "q1", "question": "who signed?"}; each answer one JSON line, as
      --json prints it, with the id: no --json needed)
  cli summary [--sentences N] [--article ID] [--json] [--knowledge DIR]
  cli add [--knowledge DIR] URL`;

export const START_USAGE = `usage: npm start [-- --knowledge DIR]
  The Discord bot when DISCORD_TOKEN is set, else the console chat; the articles are read from DIR,
  else KNOWLEDGE_DIR (.env), else knowledge/.`;

/** What was wrong, in a line. */
export function misuseMessage(misuse: Misuse): string {
  switch (misuse.reason) {
    case 'refused':
      return misuse.said;
    case 'no-command':
      return 'no command';
    case 'unknown-command':
      return `unknown command "${misuse.command}"`;
    case 'not-an-option':
      return `--${misuse.option} is not an option of ${misuse.command}`;
    case 'one-url':
      return 'add needs one URL';
    case 'no-question':
      return 'ask needs a question';
    case 'sentence-count':
      return `--sentences must be ${SENTENCE_COUNT_RULE}`;
    case 'no-folder':
      return '--knowledge needs a folder';
    case 'several-articles':
      return `"${misuse.typed}" matches several articles: ${misuse.ids.join(', ')}`;
    case 'no-such-article':
      return `no article "${misuse.typed}"; known: ${misuse.known.join(', ')}`;
  }
}

/** What a misuse prints: what was wrong, then the usage that shows the right use. */
export function misuseText(error: UsageError, usage: string): string {
  return `${misuseMessage(error.misuse)}\n${usage}`;
}
