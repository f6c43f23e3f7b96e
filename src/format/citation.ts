/**
 * How a passage's source is told to people, for every front: the article's title, date and link, and
 * where in the article the passage is only when that tells the reader something. File names and
 * section names such as "body" are the bot's own words, not the reader's.
 */
import type { Role } from '../knowledge/types.js';
import type { ArticleRef } from '../qa/types.js';

/** Sections worth naming under a passage; a body sentence, headline or dateline speaks for itself. */
const PLACE: Partial<Record<Role, string>> = {
  caption: 'photo caption',
  credit: 'photo credit',
};

export function placeInArticle(section: Role): string | undefined {
  return PLACE[section];
}

/**
 * The article's link when it is a web address people can open (http or https), with parentheses
 * encoded so that it can sit inside a Markdown link.
 */
export function articleLink(article: ArticleRef): string | undefined {
  if (article.url === undefined || !URL.canParse(article.url)) return undefined;
  const url = new URL(article.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.href.replaceAll('(', '%28').replaceAll(')', '%29');
}
