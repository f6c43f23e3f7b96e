import type { BaseMessageOptions } from 'discord.js';
import { questionAfter, readingAfter, respond, topicOf, type Response } from '../qa/respond.js';
import { furtherPassages } from '../format/further.js';
import { personAfter } from '../qa/last-person.js';
import { privateConversation } from './conversations.js';
import type { BotContext } from './context.js';
import { answerReply, responseReply } from './replies.js';

export interface AskContext {
  askerId: string;
  /** Where it was asked: the conversation whose article "this" means (see `conversations.ts`). */
  channelId: string;
  /** The article named with the `article` option. */
  article?: string;
  /**
   * Whether the conversation is the channel's: a private answer is the asker's own conversation, which
   * does not change what the channel talks about nor follows up anyone else's question
   * (`conversations.ts`). In a DM, where no one else reads, a private answer is the DM's (`ask.ts`).
   */
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
  const conversations = ctx.conversations;
  const key = asked.shared ? asked.channelId : privateConversation(asked.channelId, asked.askerId);
  // A private conversation starts on the article the channel is talking about, and nothing more of it.
  const context = conversations.get(key) ?? (asked.shared ? undefined : conversations.get(asked.channelId));
  const before = conversations.reading(key);
  const person = conversations.person(key);
  // The conversation's last question was about its article: a "where?" asked of another one
  // (`/ask article:B`) follows up nothing there.
  const last =
    asked.article === undefined || asked.article === context ? conversations.question(key) : undefined;
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
  if (topic !== undefined) conversations.set(key, topic);
  conversations.setReading(key, readingAfter(response, before));
  conversations.setPerson(key, personAfter(ctx.kb.engine, response, person));
  conversations.setQuestion(key, questionAfter(response, last));
  if (response.kind !== 'answer') return { response, reply: responseReply(response) };
  const answer = response.answer;
  const moreKey =
    furtherPassages(answer).length > 0 && answer.refused === undefined ? ctx.answers.put(answer) : undefined;
  return {
    response,
    reply: answerReply(answer, { askerId: asked.askerId, ...(moreKey !== undefined ? { moreKey } : {}) }),
  };
}
