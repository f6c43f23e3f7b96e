/**
 * Test doubles of the discord.js objects the handlers use, recording what the bot sent: replies,
 * deferrals, edits, follow-ups and autocomplete choices, with their flags. They implement only the
 * members the handlers read, and are cast to the discord.js types at one place each, so that a handler
 * reading a member they lack fails loudly (TypeError) rather than passing by accident.
 */
import { Writable } from 'node:stream';
import type {
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  InteractionReplyOptions,
  Message,
} from 'discord.js';
import { createLogger } from '../../src/logger.js';
import { loadConfig, type Config } from '../../src/config.js';
import { AnswerStore } from '../../src/discord/answer-store.js';
import { Conversations } from '../../src/discord/conversations.js';
import { Cooldown } from '../../src/discord/cooldown.js';
import type { BotContext } from '../../src/discord/context.js';
import type { KnowledgeBase } from '../../src/qa/knowledge-base.js';

export const BOT_ID = '100000000000000001';
export const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
export const TOKEN = 'x'.repeat(24) + '.tokenpart.' + 'y'.repeat(27);

/** One thing the bot sent, in order: which call, with which body. */
export interface Sent {
  call: 'reply' | 'deferReply' | 'editReply' | 'followUp' | 'respond';
  body: InteractionReplyOptions & { choices?: ApplicationCommandOptionChoiceData[] };
}

/** The options a slash command was given, by name. */
/** An Error is thrown when the handler reads that option (a handler failing half-way). */
export type Options = Record<string, string | number | boolean | Error | undefined>;

/** Log lines as parsed JSON objects. */
export function memoryLog(): { lines: Record<string, unknown>[]; stream: Writable } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n')) if (l.trim() !== '') lines.push(JSON.parse(l));
      done();
    },
  });
  return { lines, stream };
}

/** A handler context around a knowledge base, with a cooldown on a clock the test moves. */
export function testContext(
  kb: KnowledgeBase,
  env: Record<string, string> = {},
): { ctx: BotContext; clock: { now: number }; log: Record<string, unknown>[] } {
  const config: Config = loadConfig({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'info', ...env });
  const clock = { now: 1_000_000 };
  const { lines, stream } = memoryLog();
  return {
    ctx: {
      config,
      kb,
      logger: createLogger(config, stream),
      cooldown: new Cooldown(config.cooldownSeconds, () => clock.now),
      answers: new AnswerStore(() => clock.now),
      conversations: new Conversations(),
    },
    clock,
    log: lines,
  };
}

/** What every interaction kind shares: who, where, and the record of what was sent. */
class BaseInteraction {
  readonly sent: Sent[] = [];
  replied = false;
  deferred = false;
  readonly guildId: string | null = GUILD_ID;
  readonly channelId = CHANNEL_ID;
  readonly user: { id: string };
  constructor(
    readonly kind: 'command' | 'autocomplete' | 'button',
    userId: string,
  ) {
    this.user = { id: userId };
  }
  isAutocomplete(): boolean {
    return this.kind === 'autocomplete';
  }
  isChatInputCommand(): boolean {
    return this.kind === 'command';
  }
  isButton(): boolean {
    return this.kind === 'button';
  }
  isRepliable(): boolean {
    return this.kind !== 'autocomplete';
  }
  async reply(body: InteractionReplyOptions): Promise<void> {
    // discord.js throws here too: an interaction is answered once.
    if (this.replied || this.deferred) throw new Error('InteractionAlreadyReplied');
    this.replied = true;
    this.sent.push({ call: 'reply', body });
  }
  async deferReply(body: InteractionReplyOptions): Promise<void> {
    if (this.replied || this.deferred) throw new Error('InteractionAlreadyReplied');
    this.deferred = true;
    this.sent.push({ call: 'deferReply', body });
  }
  async editReply(body: InteractionReplyOptions): Promise<void> {
    if (!this.replied && !this.deferred) throw new Error('InteractionNotReplied');
    this.sent.push({ call: 'editReply', body });
  }
  async followUp(body: InteractionReplyOptions): Promise<void> {
    if (!this.replied && !this.deferred) throw new Error('InteractionNotReplied');
    this.sent.push({ call: 'followUp', body });
  }
}

class CommandDouble extends BaseInteraction {
  readonly options;
  constructor(
    readonly commandName: string,
    given: Options,
    userId: string,
  ) {
    super('command', userId);
    const get = (name: string, required = false) => {
      const v = given[name];
      if (v instanceof Error) throw v;
      if (v === undefined && required) throw new Error(`option ${name} is required`);
      return v ?? null;
    };
    this.options = {
      getString: (name: string, required?: boolean) => get(name, required) as string | null,
      getBoolean: (name: string, required?: boolean) => get(name, required) as boolean | null,
      getInteger: (name: string, required?: boolean) => get(name, required) as number | null,
    };
  }
}

class AutocompleteDouble extends BaseInteraction {
  readonly options;
  constructor(
    readonly commandName: string,
    focused: { name: string; value: string },
    userId: string,
  ) {
    super('autocomplete', userId);
    this.options = {
      getFocused: (full?: boolean) => (full === true ? focused : focused.value),
    };
  }
  async respond(choices: ApplicationCommandOptionChoiceData[]): Promise<void> {
    this.sent.push({ call: 'respond', body: { choices } });
  }
}

class ButtonDouble extends BaseInteraction {
  constructor(
    readonly customId: string,
    userId: string,
  ) {
    super('button', userId);
  }
}

export function slashCommand(name: string, options: Options = {}, userId = '400000000000000004') {
  const double = new CommandDouble(name, options, userId);
  return { double, interaction: double as unknown as ChatInputCommandInteraction & Interaction };
}

export function autocomplete(
  name: string,
  focused: { name: string; value: string },
  userId = '400000000000000004',
) {
  const double = new AutocompleteDouble(name, focused, userId);
  return { double, interaction: double as unknown as AutocompleteInteraction & Interaction };
}

export function buttonPress(customId: string, userId = '400000000000000004') {
  const double = new ButtonDouble(customId, userId);
  return { double, interaction: double as unknown as ButtonInteraction & Interaction };
}

let nextMessageId = 500000000000000000n;

export interface MessageDoubleOptions {
  content: string;
  authorId?: string;
  bot?: boolean;
  webhookId?: string | null;
  system?: boolean;
  /** False for a DM. */
  inGuild?: boolean;
  channelId?: string;
  /** A fixed id (an edited message keeps its id); by default a new one. */
  id?: string;
}

/** A message and the replies the bot made to it. */
export function messageDouble(o: MessageDoubleOptions) {
  const replies: InteractionReplyOptions[] = [];
  const inGuild = o.inGuild ?? true;
  const double = {
    id: o.id ?? String(nextMessageId++),
    content: o.content,
    author: { id: o.authorId ?? '400000000000000004', bot: o.bot ?? false },
    webhookId: o.webhookId ?? null,
    system: o.system ?? false,
    channelId: o.channelId ?? CHANNEL_ID,
    guildId: inGuild ? GUILD_ID : null,
    client: { user: { id: BOT_ID } },
    inGuild: () => inGuild,
    reply: async (body: InteractionReplyOptions) => {
      replies.push(body);
    },
  };
  return { replies, message: double as unknown as Message };
}

/** The text a reply shows: its content and its embeds' titles and descriptions. */
export function shownText(body: InteractionReplyOptions): string {
  const embeds = (body.embeds ?? []).map((e) => {
    const j = 'toJSON' in e && typeof e.toJSON === 'function' ? e.toJSON() : e;
    const data = j as { title?: string; description?: string; fields?: { name: string; value: string }[] };
    return [data.title, data.description, ...(data.fields ?? []).map((f) => `${f.name} ${f.value}`)].join(
      '\n',
    );
  });
  return [body.content ?? '', ...embeds].join('\n');
}
