/** Questions asked in messages: by mentioning the bot, in a DM, or in a configured ask channel. */
import type { Message } from 'discord.js';
import { replyToQuestion } from './ask-flow.js';
import type { BotContext } from './context.js';
import { helpExamples } from '../qa/suggest.js';
import { helpReply, slowDownReply } from './replies.js';

/** The question in a message, or undefined when the message is not for the bot. */
export function questionOf(
  message: Message,
  botId: string,
  askChannelIds: readonly string[],
): string | undefined {
  if (message.author.bot || message.webhookId !== null || message.author.id === botId || message.system)
    return undefined;
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  const content = message.content;
  if (mention.test(content)) return content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  // Every message in a DM is for the bot. (A partial DM channel may not know its type yet; the guild tells.)
  if (!message.inGuild()) return content.trim();
  if (askChannelIds.includes(message.channelId) && content.trim().endsWith('?')) return content.trim();
  return undefined;
}

/** Message IDs the bot has already treated as questions, so that an edit is not answered twice. Bounded. */
const handled = new Set<string>();
const HANDLED_LIMIT = 10_000;

function markHandled(id: string): boolean {
  if (handled.has(id)) return false;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only the memory bound; clearing later or never changes no reply a test can see without 10,000 messages.
  if (handled.size >= HANDLED_LIMIT) handled.clear();
  handled.add(id);
  return true;
}

export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  const botId = message.client.user.id;
  const question = questionOf(message, botId, ctx.config.askChannelIds);
  // Also covers edits: a message edited into a question is answered once; editing an answered one is not.
  if (question === undefined || !markHandled(message.id)) return;
  const started = performance.now();
  const log = { via: 'message', guild: message.guildId, channel: message.channelId, user: message.author.id };
  // Nothing but the mention, or no word at all ("?!"): how to ask. (An empty question has no letter either.)
  if (!/[\p{L}\p{N}]/u.test(question)) {
    await message.reply(helpReply(helpExamples(ctx.kb.engine, 2), ctx.kb.engine.articles.length));
    return;
  }
  const limit = ctx.cooldown.check(message.author.id);
  if (!limit.ok) {
    ctx.logger.info({ ...log, event: 'cooldown' }, 'question refused by cooldown');
    // One "slow down" per window; further messages in the same window get no reply, so a flood stays quiet.
    if (limit.firstRefusal) await message.reply(slowDownReply(limit.retryAfterSeconds));
    return;
  }
  const { response, reply } = replyToQuestion(ctx, question, {
    askerId: message.author.id,
    channelId: message.channelId,
    shared: true,
  });
  await message.reply(reply);
  ctx.logger.info(
    {
      ...log,
      event: response.kind,
      ...(response.kind === 'answer'
        ? { answered: response.answer.answered, confidence: response.answer.confidence }
        : {}),
      ms: performance.now() - started,
    },
    'answered',
  );
}
