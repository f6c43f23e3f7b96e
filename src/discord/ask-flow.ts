import type { BaseMessageOptions } from 'discord.js';
import { respond, type Response } from '../qa/respond.js';
import { furtherPassages } from '../format/further.js';
import type { BotContext } from './context.js';
import { answerReply, responseReply } from './replies.js';

/**
 * Reply to a message for the bot (a mention, a DM, /ask): a question gets its answer, with a "More
 * passages" button when there are more; a greeting, thanks, "help" or "what is this about?" gets
 * its own reply, without any search.
 */
export function replyToQuestion(
  ctx: BotContext,
  question: string,
  askerId: string,
  article?: string,
): { response: Response; reply: BaseMessageOptions } {
  const response = respond(ctx.kb.engine, question, article !== undefined ? { article } : {});
  if (response.kind !== 'answer') return { response, reply: responseReply(response) };
  const answer = response.answer;
  const moreKey =
    furtherPassages(answer).length > 0 && answer.refused === undefined ? ctx.answers.put(answer) : undefined;
  return {
    response,
    reply: answerReply(answer, { askerId, ...(moreKey !== undefined ? { moreKey } : {}) }),
  };
}
