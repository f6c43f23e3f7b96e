import type { BaseMessageOptions } from 'discord.js';
import type { Answer } from '../qa/types.js';
import type { BotContext } from './context.js';
import { answerReply } from './replies.js';

/** Answer a question for a user: the reply options, with a "More passages" button when there are more. */
export function replyToQuestion(
  ctx: BotContext,
  question: string,
  askerId: string,
  article?: string,
): { answer: Answer; reply: BaseMessageOptions } {
  const answer = ctx.kb.engine.ask(question, article !== undefined ? { article } : {});
  const moreKey =
    answer.passages.length > 1 && answer.refused === undefined ? ctx.answers.put(answer) : undefined;
  return { answer, reply: answerReply(answer, { askerId, ...(moreKey !== undefined ? { moreKey } : {}) }) };
}
