import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { describeLoadError } from '../../qa/load-engine.js';
import type { BotCommand } from '../context.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import { warmUpInBackground } from '../warm-up.js';

export const reload: BotCommand = {
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Reload the articles from the knowledge folder')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .toJSON(),

  async execute(interaction, ctx) {
    // A large folder can take longer than the 3-second deadline to index.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      const r = await ctx.kb.reload();
      warmUpInBackground(ctx);
      ctx.logger.info({ command: 'reload', ...r, errors: r.errors.length }, 'knowledge reloaded');
      const lines = [
        `Reloaded in ${Math.round(r.ms)} ms: ${r.added.length} added, ${r.changed.length} changed, ${r.removed.length} removed, ${r.unchanged} unchanged (${r.sentences} sentences).`,
        ...r.added.map((f) => `+ ${f}`),
        ...r.changed.map((f) => `~ ${f}`),
        ...r.removed.map((f) => `- ${f}`),
        ...r.errors.map((e) => `⚠ ${describeLoadError(e)}`),
      ];
      await interaction.editReply({ content: truncate(lines.join('\n'), DISCORD_LIMITS.MESSAGE_CONTENT) });
    } catch (error) {
      ctx.logger.warn({ command: 'reload', err: error }, 'reload failed; old knowledge kept');
      await interaction.editReply({
        content: truncate(
          `Reload failed, still answering from the previous articles: ${(error as Error).message}`,
          DISCORD_LIMITS.MESSAGE_CONTENT,
        ),
      });
    }
  },
};
