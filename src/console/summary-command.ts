/**
 * `/summary [N] [--sentences N] [--article ID]` in the console chat: the same options, bounds and
 * refusals as `cli summary` (a count out of bounds is refused, never clamped).
 */
import { parseArgs } from 'node:util';
import {
  CONSOLE_SUMMARY_USAGE,
  NOTHING_LOADED,
  severalArticlesText,
  unknownArticleText,
} from '../format/chat.js';
import { CONSOLE_PICKING, chooseArticleText } from '../format/choose.js';
import { SENTENCE_COUNT_RULE, formatSummary } from '../format/text.js';
import type { Engine } from '../qa/engine.js';
import { articlesMeant } from '../qa/focus.js';
import { readingAfter, summaryFor } from '../qa/respond.js';
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
  // As /article takes it: the id, the file's name, or a part of its title that fits one article.
  const meant = values.article === undefined ? [] : articlesMeant(engine.index.refs, values.article);
  if (values.article !== undefined && meant.length !== 1)
    return meant.length === 0
      ? unknownArticleText(values.article)
      : severalArticlesText(values.article, meant);
  const article = meant[0]?.id;
  const response = summaryFor(
    engine,
    {
      ...(article !== undefined ? { article } : {}),
      ...(conversation.article !== undefined ? { context: conversation.article } : {}),
    },
    sentences,
  );
  if (response.kind === 'choose-article')
    return chooseArticleText('summary', response.articles, CONSOLE_PICKING);
  if (response.summary === undefined) return NOTHING_LOADED;
  conversation.article = response.summary.article.id;
  const reading = readingAfter(response, conversation.reading);
  if (reading !== undefined) conversation.reading = reading;
  // "where?" after a summary asks about the story, not the question before it (`questionAfter`).
  delete conversation.question;
  return formatSummary(response.summary, CONSOLE_PICKING.summary);
}
