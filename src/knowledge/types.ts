/**
 * What part of the page a sentence came from. `comment` is a reader's comment printed under the story
 * (comments.ts); `related` (other stories' headlines) and `tags` never answer questions. `masthead` is
 * the paper's name printed alone by the headline ("Ellbrook Gazette"): read into the article's site
 * (`article.ts`), it is no sentence. `copyright` is the owner a copyright notice at the page's foot names
 * ("© Pellbury Gazette 2026" → "Pellbury Gazette": `copyright.ts`): the site when the page names none
 * otherwise, no sentence either.
 */
export type Role =
  | 'title'
  | 'dateline'
  | 'caption'
  | 'credit'
  | 'heading'
  | 'body'
  | 'comment'
  | 'related'
  | 'tags'
  | 'masthead'
  | 'copyright';

/** A cleaned line or paragraph of an article with the role it plays on the page. */
export interface Block {
  role: Role;
  text: string;
}

export interface Sentence {
  /** Position in the article's sentence list. */
  index: number;
  text: string;
  role: Role;
  /** Paragraph number inside the article, so neighbours can lend context. */
  paragraph: number;
}

/**
 * What the page says about itself, apart from its text: from a web page's metadata (Readability,
 * Open Graph, JSON-LD) or a text file's front matter (`source: URL`). Citations link `url`; questions
 * about the page ("who wrote this?", "which paper is it from?") are answered from these fields.
 */
export interface ArticleMeta {
  /** The original article's address (canonical URL of a web page, `source:` of a text file). */
  url?: string;
  /**
   * The page's title as its metadata declares it, when the headline shown differs from it (an author's
   * name after a bar taken off: `byline.ts`'s `withoutAuthor`).
   */
  pageTitle?: string;
  /** The author(s) as the page names them ("By Jane Doe" → "Jane Doe"). */
  byline?: string;
  /**
   * The publication or site as the page declares it ("BBC News", "Sputnik"): Open Graph's
   * `og:site_name`, or the publisher of its JSON-LD.
   */
  siteName?: string;
  /**
   * The page's `<meta name="application-name">`: usually the site's name, sometimes with a slogan
   * ("Yahoo News - Latest News & Headlines"), so it stands in for `siteName` only when that is absent.
   */
  applicationName?: string;
  /** Publication time as the page states it (ISO 8601 when the page gives one). */
  publishedTime?: string;
}

export interface Article {
  /** Stable id: the path relative to the knowledge folder, with forward slashes. */
  id: string;
  /** Path relative to the knowledge folder (what answers cite). */
  file: string;
  title: string;
  /** The dateline as printed on the page, when one was found. */
  date?: string;
  sentences: Sentence[];
  /** Short phrases from the tag line, when the page had one. */
  tags: string[];
  /** The page's own metadata, when it has any. */
  meta?: ArticleMeta;
}

export interface LoadError {
  file: string;
  reason: string;
}
