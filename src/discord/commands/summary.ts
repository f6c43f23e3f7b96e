import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { BotCommand } from '../context.js';
import { summaryReply } from '../replies.js';
import { articleChoices } from './choices.js';

export const MAX_SUMMARY_SENTENCES = 10;

export const summary: BotCommand = {
  data: new SlashCommandBuilder()
    .setName('summary')
    .setDescription('A short summary of the article')
    .addIntegerOption((o) =>
      o
        .setName('sentences')
        .setDescription('How many sentences (1-10, default 3)')
        .setMinValue(1)
        .setMaxValue(MAX_SUMMARY_SENTENCES),
    )
    .addStringOption((o) => o.setName('article').setDescription('Which article').setAutocomplete(true))
    .toJSON(),

  async execute(interaction, ctx) {
    const sentences = interaction.options.getInteger('sentences') ?? 3;
    const article = interaction.options.getString('article') ?? undefined;
    const result = ctx.kb.engine.summary(article, Math.min(MAX_SUMMARY_SENTENCES, Math.max(1, sentences)));
    if (result === undefined) {
      await interaction.reply({
        content: 'I do not know that article; pick one from the list.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    await interaction.reply(summaryReply(result));
  },

  async autocomplete(interaction, ctx) {
    await interaction.respond(articleChoices(ctx.kb, interaction.options.getFocused()));
  },
};
