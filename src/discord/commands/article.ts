import { SlashCommandBuilder } from 'discord.js';
import type { BotCommand } from '../context.js';
import { articlesReply } from '../replies.js';

export const article: BotCommand = {
  data: new SlashCommandBuilder()
    .setName('article')
    .setDescription('What I know: the articles I can answer from')
    .toJSON(),
  async execute(interaction, ctx) {
    await interaction.reply(
      articlesReply(ctx.kb.engine.articles, ctx.conversations.get(interaction.channelId)),
    );
  },
};
