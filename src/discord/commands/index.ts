/** The bot's slash commands, explicitly listed: the bot dispatches from this list and deploy-commands registers it. */
import type { BotCommand } from '../context.js';
import { article } from './article.js';
import { ask } from './ask.js';
import { help } from './help.js';
import { learn } from './learn.js';
import { reload } from './reload.js';
import { summary } from './summary.js';

export const commands: readonly BotCommand[] = [ask, summary, article, help, reload, learn];

export const commandsByName: ReadonlyMap<string, BotCommand> = new Map(commands.map((c) => [c.data.name, c]));
