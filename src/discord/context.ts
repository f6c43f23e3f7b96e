import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { KnowledgeBase } from '../qa/knowledge-base.js';
import type { AnswerStore } from './answer-store.js';
import type { Conversations } from './conversations.js';
import type { Cooldown } from './cooldown.js';

/** What every handler needs, passed explicitly rather than through globals. */
export interface BotContext {
  config: Config;
  kb: KnowledgeBase;
  logger: Logger;
  cooldown: Cooldown;
  answers: AnswerStore;
  /** The article each channel was last talking about (see `conversations.ts`). */
  conversations: Conversations;
}

/** One slash command: its registration data, its handler and, optionally, its autocomplete. */
export interface BotCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
