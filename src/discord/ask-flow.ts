import type { BaseMessageOptions } from 'discord.js';
import { questionAfter, readingAfter, respond, topicOf, type Response } from '../qa/respond.js';
import { furtherPassages } from '../format/further.js';
import { personAfter } from '../qa/last-person.js';
import type { BotContext } from './context.js';
import { answerReply, responseReply } from './replies.js';

export interface AskContext {
  askerId: string;
  /** Where it was asked: the conversation whose article "this" means (see `conversations.ts`). */
  channelId: string;
  /** The article named with the `article` option. */
  article?: string;
  /** Whether the channel sees the reply: a private answer does not change what the channel talks about. */
  shared: boolean;
}

/**
 * Reply to a message for the bot (a mention, a DM, /ask): a question gets its answer, with a "More
 * passages" button when there are more; a greeting, thanks, "help" or "what is this about?" gets
 * its own reply, without any search. A question about the page and "what is this about?" mean the
 * article named, else the one the channel was last about; with several and neither, the reply asks which.
 */
export function replyToQuestion(
  ctx: BotContext,
  question: string,
  asked: AskContext,
): { response: Response; reply: BaseMessageOptions } {
  const context = ctx.conversations.get(asked.channelId);
  const before = ctx.conversations.reading(asked.channelId);
  const person = ctx.conversations.person(asked.channelId);
  // The channel's last question was about its article: a "where?" asked of another one
  // (`/ask article:B`) follows up nothing there.
  const last =
    asked.article === undefined || asked.article === context
      ? ctx.conversations.question(asked.channelId)
      : undefined;
  const response = respond(
    ctx.kb.engine,
    question,
    {
      ...(asked.article !== undefined ? { article: asked.article } : {}),
      ...(context !== undefined ? { context } : {}),
    },
    {
      ...(before !== undefined ? { reading: before } : {}),
      ...(person !== undefined ? { person } : {}),
      ...(last !== undefined ? { question: last } : {}),
    },
  );
  const topic = asked.article ?? topicOf(response);
  if (asked.shared && topic !== undefined) ctx.conversations.set(asked.channelId, topic);
  // A private answer (an ephemeral /ask) is not what the channel read: "more" there reads on from theirs.
  if (asked.shared) {
    ctx.conversations.setReading(asked.channelId, readingAfter(response, before));
    ctx.conversations.setPerson(asked.channelId, personAfter(ctx.kb.engine, response, person));
    ctx.conversations.setQuestion(asked.channelId, questionAfter(response, last));
  }
  if (response.kind !== 'answer') return { response, reply: responseReply(response) };
  const answer = response.answer;
  const moreKey =
    furtherPassages(answer).length > 0 && answer.refused === undefined ? ctx.answers.put(answer) : undefined;
  return {
    response,
    reply: answerReply(answer, { askerId: asked.askerId, ...(moreKey !== undefined ? { moreKey } : {}) }),
  };
}
