/**
 * `/summary [N] [--sentences N] [--article ID]` in the console chat: the same options, bounds and
 * refusals as `cli summary` (a count out of bounds is refused, never clamped).
 */
import { parseArgs } from 'node:util';
import { CONSOLE_PICK_ARTICLE, CONSOLE_SUMMARY_USAGE, NOTHING_LOADED } from '../format/chat.js';
import { SENTENCE_COUNT_RULE, formatSummary } from '../format/text.js';
import type { Engine } from '../qa/engine.js';
import { SUMMARY_SENTENCES, parseSentenceCount } from '../qa/summary.js';

/** The reply to a `/summary` line; `args` is what follows the command. */
export function summaryCommand(engine: Engine, args: string): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: args.split(/\s+/).filter((a) => a !== ''),
      allowPositionals: true,
      options: { sentences: { type: 'string' }, article: { type: 'string' } },
    });
  } catch (error) {
    return `${(error as Error).message}\nusage: ${CONSOLE_SUMMARY_USAGE}`;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1 || (positionals.length === 1 && values.sentences !== undefined))
    return `usage: ${CONSOLE_SUMMARY_USAGE}`;
  const typed = values.sentences ?? positionals[0];
  const sentences = typed === undefined ? SUMMARY_SENTENCES.default : parseSentenceCount(typed);
  if (sentences === undefined) return `N must be ${SENTENCE_COUNT_RULE}.\nusage: ${CONSOLE_SUMMARY_USAGE}`;
  if (values.article !== undefined && !engine.articles.some((a) => a.id === values.article))
    return `No article "${values.article}"; /articles lists them.`;
  const summary = engine.summary(values.article, sentences);
  if (summary === undefined) return NOTHING_LOADED;
  return formatSummary(summary, CONSOLE_PICK_ARTICLE);
}
