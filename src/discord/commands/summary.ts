import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { SUMMARY_SENTENCES } from '../../qa/summary.js';
import type { BotCommand } from '../context.js';
import { summaryReply } from '../replies.js';
import { articleChoices } from './choices.js';

export const summary: BotCommand = {
  data: new SlashCommandBuilder()
    .setName('summary')
    .setDescription('A short summary of the article')
    .addIntegerOption((o) =>
      o
        .setName('sentences')
        .setDescription(
          `How many sentences (${SUMMARY_SENTENCES.min}-${SUMMARY_SENTENCES.max}, default ${SUMMARY_SENTENCES.default})`,
        )
        .setMinValue(SUMMARY_SENTENCES.min)
        .setMaxValue(SUMMARY_SENTENCES.max),
    )
    .addStringOption((o) => o.setName('article').setDescription('Which article').setAutocomplete(true))
    .toJSON(),

  async execute(interaction, ctx) {
    const sentences = interaction.options.getInteger('sentences') ?? SUMMARY_SENTENCES.default;
    if (sentences < SUMMARY_SENTENCES.min || sentences > SUMMARY_SENTENCES.max) {
      // Discord enforces the bounds in its client; a request that bypasses it is refused, not clamped.
      await interaction.reply({
        content: `Pick ${SUMMARY_SENTENCES.min} to ${SUMMARY_SENTENCES.max} sentences.`,
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const article = interaction.options.getString('article') ?? undefined;
    const result = ctx.kb.engine.summary(article, sentences);
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
