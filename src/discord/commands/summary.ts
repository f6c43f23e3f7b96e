import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { readingAfter, summaryFor } from '../../qa/respond.js';
import { SUMMARY_SENTENCES } from '../../qa/summary.js';
import type { BotCommand } from '../context.js';
import { chooseArticleReply, summaryReply } from '../replies.js';
import { articleChoices } from './choices.js';
import { UNKNOWN_ARTICLE_TEXT } from '../../format/choose.js';

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
    // Without `article`, the article the channel was last talking about; with several and none, which one?
    const context = ctx.conversations.get(interaction.channelId);
    const result = summaryFor(
      ctx.kb.engine,
      { ...(article !== undefined ? { article } : {}), ...(context !== undefined ? { context } : {}) },
      sentences,
    );
    if (result.kind === 'choose-article') {
      await interaction.reply({
        ...chooseArticleReply(result.asked, result.articles),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    if (result.summary === undefined) {
      await interaction.reply({
        content: UNKNOWN_ARTICLE_TEXT,
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    ctx.conversations.set(interaction.channelId, result.summary.article.id);
    const reading = readingAfter(result, ctx.conversations.reading(interaction.channelId));
    ctx.conversations.setReading(interaction.channelId, reading);
    // "where?" after a summary asks about the story, not the question before it (`questionAfter`).
    ctx.conversations.setQuestion(interaction.channelId, undefined);
    await interaction.reply(summaryReply(result.summary));
  },

  async autocomplete(interaction, ctx) {
    await interaction.respond(articleChoices(ctx.kb.engine.articles, interaction.options.getFocused()));
  },
};
