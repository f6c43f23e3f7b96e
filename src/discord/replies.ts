/**
 * Pure functions from an answer (or summary, or error) to Discord reply options. No client, no I/O:
 * easy to test, and every length is cut to Discord's limits here.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  type APIEmbed,
  type BaseMessageOptions,
} from 'discord.js';
import { courtesyText, NOTHING_TO_CONTINUE, storyEndedText } from '../format/chat.js';
import { chooseArticleText, type ArticlePicking } from '../format/choose.js';
import {
  closestHeading,
  notFound,
  nothingMatches,
  otherArticleNote,
  readNote,
  statusMessage,
} from '../format/messages.js';
import { readablePageAnswer } from '../format/published.js';
import { articleLink, placeInArticle } from '../format/citation.js';
import { furtherPassages, withAnswerMarked } from '../format/further.js';
import { confidenceWord, countOf, renderHighlights, shownShortAnswer, shownText } from '../format/text.js';
import { searchedSentences } from '../qa/search-index.js';
import { addedMessage, webFailureMessage } from '../format/web.js';
import type { Article } from '../knowledge/types.js';
import type { ReadOn } from '../qa/read-on.js';
import type { ArticleAsked, Response } from '../qa/respond.js';
import type { Answer, ArticleRef, Passage, Summary } from '../qa/types.js';
import type { AddedArticle } from '../web/add-article.js';
import type { WebPageError } from '../web/fetch-page.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { defuseMentions, safeText } from './sanitize.js';

const COLOR = {
  answer: 0x2e7d32,
  unsure: 0xf9a825,
  notFound: 0x9e9e9e,
  error: 0xc62828,
  info: 0x1565c0,
} as const;

/** The passage with the answer in bold, markdown in the article text escaped. */
export function boldHighlights(passage: Passage): string {
  return renderHighlights(passage, (s) => `**${s}**`, safeText);
}

/** Longest title shown in a citation: the link and date must still fit in an embed field. */
const CITED_TITLE_CHARS = 200;

/** The article's link when it has one short enough to sit in a citation (answers and summaries alike). */
function shownLink(article: ArticleRef): string | undefined {
  const link = articleLink(article);
  return link !== undefined && link.length <= DISCORD_LIMITS.EMBED_FIELD_VALUE / 2 ? link : undefined;
}

/**
 * "Title · date" under a passage, the title linking to the original article when it has a link, and
 * "photo caption" when the passage is one. Markdown in the article's own words is escaped.
 */
export function citation(passage: Passage): string {
  const { article } = passage;
  const title = safeText(truncate(article.title, CITED_TITLE_CHARS));
  const link = shownLink(article);
  const parts = [link !== undefined ? `[${title.replace(/[[\]]/g, '\\$&')}](${link})` : title];
  if (article.date !== undefined) parts.push(safeText(article.date));
  const place = placeInArticle(passage);
  if (place !== undefined) parts.push(place);
  return parts.join(' · ');
}

/**
 * `description` is the passage as shown: for an answer, the short answer in bold on the first line and
 * the passage with only that span bold; for a refusal, the closest passage without any bold (bold would
 * read like an answer). `read` (the corrections made) goes in the footer after the confidence, `alsoIn`
 * (other matching articles) in a field after the source.
 */
function passageEmbed(
  passage: Passage,
  title: string,
  color: number,
  description: string,
  notes: { read?: string; alsoIn?: string } = {},
): APIEmbed {
  const confidence = `Confidence: ${confidenceWord(passage.score)}`;
  const embed = new EmbedBuilder()
    .setColor(color)
    .setTitle(truncate(title, DISCORD_LIMITS.EMBED_TITLE))
    .setDescription(truncate(description, DISCORD_LIMITS.EMBED_DESCRIPTION))
    .addFields({
      name: 'Source',
      value: truncate(citation(passage), DISCORD_LIMITS.EMBED_FIELD_VALUE),
    })
    .setFooter({
      text: truncate(
        notes.read !== undefined ? `${confidence} · read ${notes.read}` : confidence,
        DISCORD_LIMITS.EMBED_FOOTER,
      ),
    });
  if (notes.alsoIn !== undefined) {
    embed.addFields({
      name: 'Also matches',
      value: truncate(notes.alsoIn, DISCORD_LIMITS.EMBED_FIELD_VALUE),
    });
  }
  return embed.toJSON();
}

export const MORE_BUTTON_PREFIX = 'more';

/** custom_id of the "More passages" button: who may press it and which stored answer it pages. */
export function moreButtonId(askerId: string, answerKey: string): string {
  return truncate(`${MORE_BUTTON_PREFIX}:${askerId}:${answerKey}`, DISCORD_LIMITS.CUSTOM_ID);
}

export function parseMoreButtonId(customId: string): { askerId: string; answerKey: string } | undefined {
  const m = /^more:(\d+):(\w+)$/.exec(customId);
  // Stryker disable next-line ConditionalExpression: when the pattern matches, both groups are set; the checks are for the type checker
  return m?.[1] !== undefined && m[2] !== undefined ? { askerId: m[1], answerKey: m[2] } : undefined;
}

/**
 * The reply to a question. `moreKey` (when there are further passages) adds the "More passages"
 * button, which only `askerId` may use.
 */
export function answerReply(
  asked: Answer,
  options: { askerId?: string; moreKey?: string } = {},
): BaseMessageOptions {
  const answer = readablePageAnswer(asked);
  const question = defuseMentions(answer.question);
  // Refused, or a question about the page that the page does not answer ("The page gives no photo credit.").
  if (answer.refused !== undefined || (answer.page !== undefined && answer.passages.length === 0)) {
    return {
      embeds: [
        new EmbedBuilder()
          .setColor(COLOR.notFound)
          .setDescription(truncate(statusMessage(answer, safeText), DISCORD_LIMITS.EMBED_DESCRIPTION))
          .toJSON(),
      ],
    };
  }
  const best = answer.passages[0];
  // A follow-up the conversation's article does not answer: which other article does.
  const note = otherArticleNote(answer, safeText);
  if (best === undefined) {
    return {
      embeds: [
        new EmbedBuilder()
          .setColor(COLOR.notFound)
          .setTitle(truncate(notFound(answer, safeText), DISCORD_LIMITS.EMBED_TITLE))
          .setDescription(
            truncate(
              withNote(note, nothingMatches(answer, safeText(question), safeText)),
              DISCORD_LIMITS.EMBED_DESCRIPTION,
            ),
          )
          .toJSON(),
      ],
    };
  }
  const shown = shownShortAnswer(answer);
  const short = shown !== undefined ? `**${safeText(shown)}**\n\n` : '';
  // Footers show Markdown as written (an escaped "_" keeps its backslash), and no mention pings (allowedMentions).
  const read = readNote(answer);
  const notes = {
    ...(read !== undefined ? { read } : {}),
    ...(answer.alsoIn !== undefined
      ? { alsoIn: answer.alsoIn.map((a) => safeText(a.title)).join('; ') }
      : {}),
  };
  const embed = answer.answered
    ? passageEmbed(
        best,
        question,
        best.score >= 0.6 ? COLOR.answer : COLOR.unsure,
        withNote(note, short + boldHighlights(best)),
        notes,
      )
    : passageEmbed(
        best,
        closestHeading(answer, safeText),
        COLOR.notFound,
        withNote(note, safeText(shownText(best))),
        notes,
      );
  const reply: BaseMessageOptions = { embeds: [embed] };
  const further = furtherPassages(answer).length;
  if (options.askerId !== undefined && options.moreKey !== undefined && further > 0) {
    reply.components = [
      new ActionRowBuilder<ButtonBuilder>()
        .addComponents(
          new ButtonBuilder()
            .setCustomId(moreButtonId(options.askerId, options.moreKey))
            .setLabel(`More passages (${further})`)
            .setStyle(ButtonStyle.Secondary),
        )
        .toJSON(),
    ];
  }
  return reply;
}

/** The note on another article, in italics above the rest of the description. */
function withNote(note: string | undefined, description: string): string {
  return note === undefined ? description : `*${note}*\n\n${description}`;
}

/**
 * The further passages of an answer, shown to the asker alone when they press "More passages" (an
 * ephemeral follow-up: the public answer stays as everyone saw it).
 */
export function morePassagesReply(asked: Answer): BaseMessageOptions {
  const answer = readablePageAnswer(asked);
  const lines = furtherPassages(answer).map(
    (p, i) => `**${i + 2}.** ${boldHighlights(withAnswerMarked(answer, p))}\n-# ${citation(p)}`,
  );
  return {
    embeds: [
      new EmbedBuilder()
        .setColor(COLOR.info)
        .setTitle(truncate(`More passages: ${defuseMentions(answer.question)}`, DISCORD_LIMITS.EMBED_TITLE))
        .setDescription(
          truncate(
            lines.length > 0 ? lines.join('\n\n') : 'No further passages.',
            DISCORD_LIMITS.EMBED_DESCRIPTION,
          ),
        )
        .toJSON(),
    ],
  };
}

/**
 * One bullet per sentence with a blank line between them (long sentences wrapped on a phone no longer
 * run together); whole bullets only, as many as fit. With no article named in a folder of several, a
 * last line says that this is one of them and how to pick another.
 */
function summaryDescription(summary: Summary): string {
  const others = summary.otherArticles;
  const note =
    others !== undefined
      ? `\n\n*One of ${others + 1} articles: pick another with \`/summary article:\`.*`
      : '';
  let text = '';
  for (const sentence of summary.sentences) {
    const bullet = `${text === '' ? '' : '\n\n'}• ${safeText(sentence)}`;
    if (text.length + bullet.length + note.length > DISCORD_LIMITS.EMBED_DESCRIPTION) break;
    text += bullet;
  }
  if (text === '') text = `• ${safeText(summary.sentences[0] ?? '')}`; // one sentence longer than an embed
  return truncate(text + note, DISCORD_LIMITS.EMBED_DESCRIPTION);
}

/**
 * The summary's title links to the article when it has a link, as an answer's citation does; the
 * footer names the file only for an article without one.
 */
export function summaryReply(summary: Summary): BaseMessageOptions {
  const date = summary.article.date !== undefined ? ` · ${summary.article.date}` : '';
  const link = shownLink(summary.article);
  const embed = new EmbedBuilder()
    .setColor(COLOR.info)
    .setTitle(truncate(safeText(summary.article.title), DISCORD_LIMITS.EMBED_TITLE))
    .setDescription(summaryDescription(summary))
    .setFooter({
      text: truncate(
        link === undefined ? `Summary of ${summary.article.file}${date}` : `Summary${date}`,
        DISCORD_LIMITS.EMBED_FOOTER,
      ),
    });
  if (link !== undefined) embed.setURL(link);
  return { embeds: [embed.toJSON()] };
}

/**
 * What the bot knows, one article per paragraph. `current`: the article this channel is talking about
 * (what "who wrote this?" means here), marked when there are several.
 */
export function articlesReply(articles: readonly Article[], current?: string): BaseMessageOptions {
  const lines = articles.map(
    (a) =>
      `**${safeText(a.title)}**\n${a.date !== undefined ? `${a.date} · ` : ''}\`${a.file}\` · ${countOf(searchedSentences(a), 'sentence')}` +
      (articles.length > 1 && a.id === current ? ' · *talking about this one here*' : ''),
  );
  return {
    embeds: [
      new EmbedBuilder()
        .setColor(COLOR.info)
        .setTitle(`What I know: ${countOf(articles.length, 'article')}`)
        .setDescription(truncate(lines.join('\n\n'), DISCORD_LIMITS.EMBED_DESCRIPTION))
        .toJSON(),
    ],
  };
}

/** With several articles loaded: what "this" means in a question, and how to pick the article. */
const DISCORD_THIS_HELP =
  '\nWith several articles, “this” (“who wrote this?”, “what is this article about?”, `/summary`) means the one ' +
  'this channel is talking about: the article of my last answer or summary here. `/article` shows which one; ' +
  'ask about another with `/ask article:` or `/summary article:`.';

/** `articles`: how many are loaded; with several, the help says what "this" means. */
export function helpReply(examples: readonly string[], articles = 1): BaseMessageOptions {
  const tryThese =
    examples.length > 0 ? `\n\nTry: ${examples.map((e) => `“${safeText(e)}”`).join(' or ')}` : '';
  return {
    embeds: [
      new EmbedBuilder()
        .setColor(COLOR.info)
        .setTitle('How to ask')
        .setDescription(
          truncate(
            'Mention me with a question (`@bot` and your question) or use `/ask`. I answer with the passage of the article ' +
              'that answers it, the answer in **bold**, and cite the source.\n' +
              'Ask “what is this about?” for the gist; `/summary` gives a short summary, `/article` lists what I know.' +
              (articles > 1 ? DISCORD_THIS_HELP : '') +
              tryThese,
            DISCORD_LIMITS.EMBED_DESCRIPTION,
          ),
        )
        .toJSON(),
    ],
  };
}

/** The slash commands a message can point people to (Discord runs them; a message cannot). */
const SLASH_COMMANDS = '`/ask`, `/summary`, `/article`, `/help`';

/** The reply to a message that is not a question: greeting, thanks, help, the gist, a typed `/command`. */
export function responseReply(response: Exclude<Response, { kind: 'answer' }>): BaseMessageOptions {
  switch (response.kind) {
    case 'help':
      return helpReply(response.examples, response.articles);
    case 'courtesy':
      return { content: courtesyText(response.courtesy, response.examples, (e) => `“${safeText(e)}”`) };
    case 'summary':
      return response.summary === undefined
        ? errorReply('No article is loaded yet.')
        : summaryReply(response.summary);
    case 'choose-article':
      return chooseArticleReply(response.asked, response.articles, response.outOf);
    case 'more':
      return readOnReply(response.read);
    case 'command':
      return {
        content: truncate(
          `I can't run “/${safeText(response.name)}” from a message. My commands are ${SLASH_COMMANDS}: type \`/\` in the message box to pick one.`,
          DISCORD_LIMITS.MESSAGE_CONTENT,
        ),
      };
  }
}

/**
 * "tell me more": the story's next sentences, cited as a passage is; or why there is nothing to read on
 * from (nothing answered yet here, or the story ends).
 */
export function readOnReply(read: ReadOn): BaseMessageOptions {
  if (read.kind === 'nothing-shown') return { content: NOTHING_TO_CONTINUE };
  if (read.kind === 'end')
    return {
      content: truncate(storyEndedText(safeText(read.article.title)), DISCORD_LIMITS.MESSAGE_CONTENT),
    };
  const first = read.passages[0];
  const embed = new EmbedBuilder()
    .setColor(COLOR.info)
    .setDescription(
      truncate(read.passages.map((p) => safeText(p.text)).join(' '), DISCORD_LIMITS.EMBED_DESCRIPTION),
    );
  if (first !== undefined)
    embed.addFields({ name: 'Source', value: truncate(citation(first), DISCORD_LIMITS.EMBED_FIELD_VALUE) });
  return { embeds: [embed.toJSON()] };
}

/** How a Discord user names an article: the commands' `article` option, autocompleted by title. */
const DISCORD_PICKING: ArticlePicking = {
  ask: '`/ask article:`',
  summary: '`/summary article:`',
  remembers: true,
  ids: false,
};

/**
 * Several articles, none named and none talked about in this channel: which one did they mean? The
 * titles, and how to pick one (no guess).
 */
export function chooseArticleReply(
  asked: ArticleAsked,
  articles: readonly ArticleRef[],
  outOf?: number,
): BaseMessageOptions {
  return {
    embeds: [
      new EmbedBuilder()
        .setColor(COLOR.info)
        .setTitle('Which article?')
        .setDescription(
          truncate(
            chooseArticleText(asked, articles, DISCORD_PICKING, safeText, outOf),
            DISCORD_LIMITS.EMBED_DESCRIPTION,
          ),
        )
        .toJSON(),
    ],
  };
}

/** `/learn` succeeded: the page's title and sentence count (shown to the moderator only). */
export function learnedReply(added: AddedArticle): BaseMessageOptions {
  return { content: truncate(addedMessage(added, safeText), DISCORD_LIMITS.MESSAGE_CONTENT) };
}

/** `/learn` failed: why, in words; nothing was written. */
export function learnFailedReply(error: WebPageError): BaseMessageOptions {
  return errorReply(`Nothing was added. ${safeText(webFailureMessage(error))}`);
}

export function slowDownReply(seconds: number): BaseMessageOptions {
  return { content: `Slow down — you can ask again in ${Math.max(1, Math.ceil(seconds))} s.` };
}

export function errorReply(
  message = 'Something went wrong while answering. Please try again.',
): BaseMessageOptions {
  return {
    embeds: [
      new EmbedBuilder()
        .setColor(COLOR.error)
        .setDescription(truncate(message, DISCORD_LIMITS.EMBED_DESCRIPTION))
        .toJSON(),
    ],
  };
}
