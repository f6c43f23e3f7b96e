import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { helpExamples } from '../../qa/suggest.js';
import type { BotCommand } from '../context.js';
import { helpReply } from '../replies.js';

export const help: BotCommand = {
  data: new SlashCommandBuilder().setName('help').setDescription('How to ask me questions').toJSON(),
  async execute(interaction, ctx) {
    await interaction.reply({
      ...helpReply(helpExamples(ctx.kb.engine, 2), ctx.kb.engine.articles.length),
      flags: MessageFlags.Ephemeral,
    });
  },
};
