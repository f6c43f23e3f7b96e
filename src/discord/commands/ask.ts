import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../qa/engine.js';
import { replyToQuestion } from '../ask-flow.js';
import type { BotCommand } from '../context.js';
import { DISCORD_LIMITS } from '../limits.js';
import { slowDownReply } from '../replies.js';
import { articleChoices, toChoices } from './choices.js';
import { UNKNOWN_ARTICLE_TEXT } from '../../format/choose.js';

export const ask: BotCommand = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the article')
    .addStringOption((o) =>
      o
        .setName('question')
        .setDescription('Your question about the article, in your own words')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_CHARS)
        .setAutocomplete(true),
    )
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer'))
    .addStringOption((o) =>
      o.setName('article').setDescription('Search only this article').setAutocomplete(true),
    )
    .toJSON(),

  async execute(interaction, ctx) {
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    const limit = ctx.cooldown.check(interaction.user.id);
    if (!limit.ok) {
      await interaction.reply({ ...slowDownReply(limit.retryAfterSeconds), flags: MessageFlags.Ephemeral });
      return;
    }
    const question = interaction.options.getString('question', true);
    const article = interaction.options.getString('article') ?? undefined;
    if (article !== undefined && !ctx.kb.engine.articles.some((a) => a.id === article)) {
      await interaction.reply({
        content: UNKNOWN_ARTICLE_TEXT,
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const { reply } = replyToQuestion(ctx, question, {
      askerId: interaction.user.id,
      channelId: interaction.channelId,
      ...(article !== undefined ? { article } : {}),
      // A DM (the only place without a guild the command is offered) has no one else in it: a private
      // answer there is the DM's conversation, which its messages carry on.
      shared: !ephemeral || interaction.guildId === null,
    });
    await interaction.reply({ ...reply, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  },

  // Answered straight from memory, never deferred: autocomplete must respond within the 3-second deadline.
  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'article') {
      await interaction.respond(articleChoices(ctx.kb.engine.articles, focused.value));
      return;
    }
    const typed = focused.value.trim();
    const suggestions = ctx.kb.suggest(typed, DISCORD_LIMITS.AUTOCOMPLETE_CHOICES);
    // What the user typed comes first, so choosing a suggestion never replaces their own question.
    const items =
      typed.length > 0 && typed.length <= DISCORD_LIMITS.CHOICE_VALUE ? [typed, ...suggestions] : suggestions;
    await interaction.respond(toChoices(items));
  },
};
