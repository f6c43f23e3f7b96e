/** Slash commands, autocomplete and the "More passages" button, with one error path for all of them. */
import {
  MessageFlags,
  type ButtonInteraction,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import { scrub } from '../logger.js';
import { commandsByName } from './commands/index.js';
import type { BotContext } from './context.js';
import { DISCORD_LIMITS } from './limits.js';
import { errorReply, morePassagesReply, parseMoreButtonId } from './replies.js';

/** Reply or follow up, whichever Discord still accepts, always ephemeral: errors are for the user who hit them. */
export async function replyWithError(interaction: RepliableInteraction, message?: string): Promise<void> {
  const options = { ...errorReply(message), flags: MessageFlags.Ephemeral } as const;
  if (interaction.replied || interaction.deferred) await interaction.followUp(options);
  else await interaction.reply(options);
}

async function handleMoreButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const parsed = parseMoreButtonId(interaction.customId);
  if (parsed === undefined) return;
  if (parsed.askerId !== interaction.user.id) {
    await interaction.reply({
      content: 'Only the person who asked can page through this answer. Ask your own with /ask.',
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const answer = ctx.answers.get(parsed.answerKey);
  if (answer === undefined) {
    await interaction.reply({
      content: 'This answer has expired; please ask again.',
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  // A follow-up for the presser alone: the public answer is never changed under the channel's eyes.
  await interaction.reply({ ...morePassagesReply(answer), flags: MessageFlags.Ephemeral });
}

export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  const started = performance.now();
  const log = { guild: interaction.guildId, channel: interaction.channelId, user: interaction.user.id };
  try {
    if (interaction.isAutocomplete()) {
      await commandsByName.get(interaction.commandName)?.autocomplete?.(interaction, ctx);
    } else if (interaction.isChatInputCommand()) {
      const command = commandsByName.get(interaction.commandName);
      if (command === undefined) {
        await replyWithError(interaction, 'I do not know that command any more; it may have been removed.');
        return;
      }
      await command.execute(interaction, ctx);
      // Stryker disable next-line ArithmeticOperator: a duration for the logs only.
      const ms = performance.now() - started;
      ctx.logger.info({ ...log, command: interaction.commandName, ms }, 'command handled');
      // Discord drops a first response that comes later than this; a command this slow should defer.
      // Stryker disable all: a warning for operators, decided by timing; testing it needs a timing threshold.
      if (ms > DISCORD_LIMITS.INTERACTION_DEADLINE_MS && !interaction.deferred) {
        ctx.logger.warn(
          { ...log, command: interaction.commandName, ms },
          'command answered after the 3-second deadline',
        );
      }
      // Stryker restore all
    } else if (interaction.isButton()) {
      await handleMoreButton(interaction, ctx);
    }
  } catch (error) {
    ctx.logger.error(
      { ...log, err: scrub(String((error as Error)?.stack ?? error), [ctx.config.token]) },
      'interaction failed',
    );
    if (interaction.isRepliable()) {
      await replyWithError(interaction).catch((e: unknown) =>
        ctx.logger.warn({ ...log, err: String(e) }, 'could not report the error to the user'),
      );
    }
  }
}
