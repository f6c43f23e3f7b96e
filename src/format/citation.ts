/**
 * How a passage's source is told to people, for every front: the article's title, date and link, and
 * where in the article the passage is only when that tells the reader something. File names and
 * section names such as "body" are the bot's own words, not the reader's.
 */
import { readByline } from '../knowledge/byline.js';
import type { ArticleRef, PagePart, Passage } from '../qa/types.js';

/** Sections worth naming under a passage; a body sentence, headline or dateline speaks for itself. */
const PLACE: Partial<Record<Passage['section'], string>> = {
  caption: 'photo caption',
  credit: 'photo credit',
};

/**
 * An answer to a question about the page is cited by the part of the page it comes from, always
 * ("dateline" for "when was it published?"), as a body passage is cited by its article.
 */
const PAGE_PART: Record<PagePart, string> = {
  credit: 'photo credit',
  caption: 'photo caption',
  headline: 'headline',
  published: 'published (page metadata)',
  author: 'byline',
  source: 'source',
  site: 'site name (page metadata)',
  agency: 'news agency (dateline)',
  attribution: 'attribution in the lead',
  address: 'web address (page metadata)',
};

export function placeInArticle(passage: Pick<Passage, 'section' | 'field' | 'text'>): string | undefined {
  // The cleaner keeps a printed "By Hannah Greaves" line with the photo credits (both name who made
  // the page); cited, it is the byline.
  if (passage.field === undefined)
    return passage.section === 'credit' && readByline(passage.text) !== undefined
      ? PAGE_PART.author
      : PLACE[passage.section];
  // The date printed on the page, rather than the one in its metadata.
  if (passage.field === 'published' && passage.section === 'dateline') return 'dateline';
  return PAGE_PART[passage.field];
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

/**
 * How a whole article (a summary) is cited: its link when it has one, as answers cite it, else its file
 * (the console and CLI run beside the knowledge folder, where the file is how to find the article).
 */
export function articleSource(article: ArticleRef): string {
  return articleLink(article) ?? article.file;
}
