import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { addArticleFromUrl, fetchLimits } from '../../web/add-article.js';
import { WebPageError } from '../../web/fetch-page.js';
import type { BotCommand } from '../context.js';
import { learnedReply, learnFailedReply } from '../replies.js';
import { warmUpInBackground } from '../warm-up.js';

/** Longest URL accepted: what browsers and servers commonly handle, far under Discord's option limit. */
const MAX_URL_CHARS = 2048;

export const learn: BotCommand = {
  data: new SlashCommandBuilder()
    .setName('learn')
    .setDescription('Add a web article to what the bot knows, by its URL')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addStringOption((o) =>
      o
        .setName('url')
        .setDescription("The article's address (http or https)")
        .setRequired(true)
        .setMaxLength(MAX_URL_CHARS),
    )
    .toJSON(),

  async execute(interaction, ctx) {
    // Fetching and indexing take longer than the 3-second deadline.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const url = interaction.options.getString('url', true);
    try {
      const added = await addArticleFromUrl(url, ctx.kb.dir, fetchLimits(ctx.config));
      const r = await ctx.kb.reload();
      warmUpInBackground(ctx);
      ctx.logger.info(
        { command: 'learn', file: added.file, replaced: added.replaced, sentences: r.sentences },
        'article learned',
      );
      await interaction.editReply(learnedReply(added));
    } catch (error) {
      if (!(error instanceof WebPageError)) throw error;
      ctx.logger.warn(
        { command: 'learn', reason: error.reason, detail: error.detail },
        'article not learned',
      );
      await interaction.editReply(learnFailedReply(error));
    }
  },
};
