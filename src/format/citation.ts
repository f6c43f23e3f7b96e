/**
 * How a passage's source is told to people, for every front: the article's title, date and link, and
 * where in the article the passage is only when that tells the reader something. File names and
 * section names such as "body" are the bot's own words, not the reader's.
 */
import type { ArticleRef, PageField, Passage } from '../qa/types.js';

/** Sections worth naming under a passage; a body sentence, headline or dateline speaks for itself. */
const PLACE: Partial<Record<Passage['section'], string>> = {
  caption: 'photo caption',
  credit: 'photo credit',
};

/**
 * An answer to a question about the page is cited by the part of the page it comes from, always
 * ("dateline" for "when was it published?"), as a body passage is cited by its article.
 */
const PAGE_PART: Partial<Record<Passage['section'], string>> = {
  ...PLACE,
  title: 'headline',
  dateline: 'dateline',
};
/** Parts of the page's metadata (`Article.meta`) by the question they answered. */
const META: Record<PageField, string> = {
  credit: 'photo credit',
  caption: 'photo caption',
  published: 'published (page metadata)',
  author: 'byline',
  source: 'site (page metadata)',
  headline: 'headline',
};

export function placeInArticle(passage: Pick<Passage, 'section' | 'field'>): string | undefined {
  if (passage.field === undefined) return PLACE[passage.section];
  return passage.section === 'page' ? META[passage.field] : PAGE_PART[passage.section];
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
