/**
 * `/summary [N] [--sentences N] [--article ID]` in the console chat: the same options, bounds and
 * refusals as `cli summary` (a count out of bounds is refused, never clamped).
 */
import { parseArgs } from 'node:util';
import { CONSOLE_SUMMARY_USAGE, NOTHING_LOADED, unknownArticleText } from '../format/chat.js';
import { CONSOLE_PICKING, chooseArticleText } from '../format/choose.js';
import { SENTENCE_COUNT_RULE, formatSummary } from '../format/text.js';
import type { Engine } from '../qa/engine.js';
import { summaryFor } from '../qa/respond.js';
import type { Conversation } from './chat.js';
import { SUMMARY_SENTENCES, parseSentenceCount } from '../qa/summary.js';

/**
 * The reply to a `/summary` line; `args` is what follows the command. Without `--article`, the article
 * the conversation is about; the one summarised becomes it.
 */
export function summaryCommand(engine: Engine, args: string, conversation: Conversation = {}): string {
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
    return unknownArticleText(values.article);
  const response = summaryFor(
    engine,
    {
      ...(values.article !== undefined ? { article: values.article } : {}),
      ...(conversation.article !== undefined ? { context: conversation.article } : {}),
    },
    sentences,
  );
  if (response.kind === 'choose-article')
    return chooseArticleText('summary', response.articles, CONSOLE_PICKING);
  if (response.summary === undefined) return NOTHING_LOADED;
  conversation.article = response.summary.article.id;
  return formatSummary(response.summary, CONSOLE_PICKING.summary);
}
