/**
 * "Which article do you mean?": the reply to a question about the page ("who wrote this?") or a request
 * for the gist when several articles are loaded and none is named or being talked about. It lists them
 * and says how this front names one; shared by the console, the CLI and the Discord replies.
 */
import type { ArticleRef, PageField } from '../qa/types.js';
import type { ArticleAsked } from '../qa/respond.js';

/** The reply when the article a request names (picked from the list Discord offers) is not one the bot has. */
export const UNKNOWN_ARTICLE_TEXT = 'I do not know that article; pick one from the list.';

/** How a front names the article a request is about. */
export interface ArticlePicking {
  /** For a question: "/article ID", "--article ID", "`/ask article:`". */
  ask: string;
  /** For a summary: "/summary --article ID", "`/summary article:`". */
  summary: string;
  /** The front remembers the article its conversation was last about (so asking about one first works). */
  remembers: boolean;
  /** Show each article's id beside its title (where the id is what is typed). */
  ids: boolean;
}

export const CLI_PICKING: ArticlePicking = {
  ask: '--article ID',
  summary: '--article ID',
  remembers: false,
  ids: true,
};
export const CONSOLE_PICKING: ArticlePicking = {
  ask: '/article ID',
  summary: '/summary --article ID (/articles lists them)',
  remembers: true,
  ids: true,
};

/** Articles listed by name; the rest are counted (a folder may hold thousands). */
export const MAX_LISTED_ARTICLES = 10;

/** What a question about the page asked for, as the question "which article's … do you mean?" puts it. */
const ASKED: Record<PageField, string> = {
  author: 'author',
  published: 'publication date',
  site: 'publication',
  source: 'source',
  headline: 'headline',
  caption: 'photo',
  credit: 'photo credit',
  address: 'web address',
};

/** "an author", "a photo credit". */
function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * One line per article, the first MAX_LISTED_ARTICLES (title, date, and the id where `ids`: where it is
 * typed), then how many more.
 */
export function articleLines(
  articles: readonly ArticleRef[],
  ids: boolean,
  escape: (s: string) => string = (s) => s,
): string[] {
  const listed = articles.slice(0, MAX_LISTED_ARTICLES).map((a) => {
    const details = [a.date, ids ? a.id : undefined].filter((d) => d !== undefined);
    return `- ${escape(a.title)}${details.length > 0 ? ` (${escape(details.join(', '))})` : ''}`;
  });
  const more = articles.length - listed.length;
  return [...listed, ...(more > 0 ? [`…and ${more} more.`] : [])];
}

/**
 * The reply, as lines: the question back, one line per article (title, date, and the id where it is
 * typed), how to pick. `outOf`: the articles listed are those of all `outOf` whose page has what a page
 * question asks about. `escape` makes an article's own words safe for the front (Discord's markdown).
 */
export function chooseArticleText(
  asked: ArticleAsked,
  articles: readonly ArticleRef[],
  picking: ArticlePicking,
  escape: (s: string) => string = (s) => s,
  outOf?: number,
): string {
  // Those listed for `several` are articles that each answer the question alone, at most a few and
  // perhaps not the one meant (review51c): "may", and any other may be picked.
  const opening =
    asked === 'several'
      ? `${articles.length === 2 ? 'Two' : 'Several'} of my articles may answer that: which one do you mean?`
      : outOf !== undefined && asked !== 'summary' && asked !== 'story'
        ? `${articles.length === 2 ? 'Two' : articles.length} of my ${outOf} articles have ${withArticle(ASKED[asked])}: which one do you mean?`
        : `I have ${articles.length} articles: ${
            asked === 'summary'
              ? 'which one should I summarise?'
              : asked === 'story'
                ? 'which one do you mean?'
                : `which one's ${ASKED[asked]} do you mean?`
          }`;
  const how = asked === 'summary' ? picking.summary : picking.ask;
  return [
    opening,
    ...articleLines(articles, picking.ids, escape),
    `Pick one with ${how}${asked === 'several' ? ' (any of my articles, not only these)' : ''}${
      picking.remembers ? ', or ask me something about one of them first' : ''
    }.`,
  ].join('\n');
}
