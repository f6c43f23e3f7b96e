import { bylinePublisher, isSectionLabel, readByline, readPublisherLine } from './byline.js';
import { splitCaptionCredit } from './caption.js';
import { cleanArticle, extractDate, tidyDateline } from './clean.js';
import { formatDay } from './dateline.js';
import { markReaderComments } from './comments.js';
import { readFrontMatter } from './front-matter.js';
import { splitSentences } from './sentences.js';
import type { Article, ArticleMeta, Block, Role, Sentence } from './types.js';

/** Roles whose text is split into sentences; the others are kept whole as one line each. */
const SPLIT_ROLES: ReadonlySet<Role> = new Set(['body', 'comment', 'caption']);

/** Make a readable title from a file name when the page has no headline: "iraq-russia.txt" → "Iraq russia". */
function titleFromFile(file: string): string {
  const base = file.split('/').pop() ?? file;
  const stem = base.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  return stem.charAt(0).toUpperCase() + stem.slice(1);
}

/** The date a citation shows: the dateline's date, else the day of the stated publication time. */
function dateOf(dateline: string | undefined, meta: ArticleMeta): string | undefined {
  if (dateline !== undefined) return extractDate(dateline);
  const published = meta.publishedTime;
  if (published === undefined) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (day === null) return extractDate(published);
  return formatDay(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))));
}

/** A caption block → the caption and the credit printed at its end ("… Photo: Jonas Weber"). */
function captionParts(block: Block): Block[] {
  if (block.role !== 'caption') return [block];
  const { caption, credit } = splitCaptionCredit(block.text);
  const parts: Block[] = caption === '' ? [] : [{ role: 'caption', text: caption }];
  return credit === undefined ? parts : [...parts, { role: 'credit', text: credit }];
}

/**
 * The publication printed above the story: its name alone beside the headline ("Ellbrook Gazette", the
 * cleaner's masthead), or with the story's day ("Valley Herald, 9 February 2026" under the headline or
 * the byline): a dated line after one of them and before the first paragraph, not one among the
 * paragraphs. The dated line wins over a name alone; a section's label (`isSectionLabel`) is none.
 */
function printedPublisher(blocks: Block[]): string | undefined {
  let under = false;
  let masthead: string | undefined;
  for (const b of blocks) {
    if (b.role === 'body') break;
    masthead ??= b.role === 'masthead' && !isSectionLabel(b.text) ? b.text : undefined;
    const line = under && b.role === 'dateline' ? readPublisherLine(b.text) : undefined;
    // A dated publisher line is the stronger evidence: a name alone may be a section's or a kicker's.
    if (line !== undefined) return line.publisher;
    under ||= b.role === 'title' || b.role === 'credit';
  }
  return masthead;
}

/**
 * The page's metadata, with the byline printed on the page when the metadata names no author: a text
 * file's "By Daniel Okoye" line, or a web page's that Readability did not recognise; and the publisher
 * printed with it, or on a dated line of its own, when the metadata names no site.
 */
function withPrintedByline(blocks: Block[], stated: ArticleMeta): ArticleMeta {
  const undeclared = (stated.siteName ?? stated.applicationName) === undefined;
  const publisher = undeclared ? printedPublisher(blocks) : undefined;
  const meta = publisher === undefined ? stated : { ...stated, siteName: publisher };
  for (const b of blocks) {
    const byline = b.role === 'credit' ? readByline(b.text) : undefined;
    if (byline === undefined) continue;
    // The publisher printed with the byline ("By Tom Hargreaves" / "BBC Sport, Wembley") answers
    // "which paper is this from?" when the page declares no site of its own.
    const onByline = (meta.siteName ?? meta.applicationName) === undefined ? bylinePublisher(byline) : undefined;
    return {
      ...meta,
      ...(meta.byline === undefined ? { byline: byline.names } : {}),
      ...(onByline !== undefined ? { siteName: onByline } : {}),
    };
  }
  return meta;
}

/**
 * The owner the page's copyright notice names ("© Pellbury Gazette 2026"), as the site of a page that
 * names none otherwise: metadata, a printed publisher and a byline's say where the story ran, while a
 * footer may name the group that owns the paper.
 */
function withFooterOwner(blocks: Block[], meta: ArticleMeta): ArticleMeta {
  const owner = blocks.find((b) => b.role === 'copyright')?.text;
  const named = (meta.siteName ?? meta.applicationName) !== undefined;
  return named || owner === undefined ? meta : { ...meta, siteName: owner };
}

/** Roles read into the article's metadata, not sentences: the paper's name by the headline, the footer's owner. */
const META_ROLES: ReadonlySet<Role> = new Set(['masthead', 'copyright']);

/** Assemble an article from its cleaned blocks; `file` is its path relative to the knowledge folder. */
export function articleFromBlocks(file: string, cleaned: Block[], stated: ArticleMeta): Article {
  const blocks = markReaderComments(cleaned)
    .map((b) => (b.role === 'dateline' ? { role: b.role, text: tidyDateline(b.text) } : b))
    .flatMap(captionParts);
  const meta = withFooterOwner(blocks, withPrintedByline(blocks, stated));
  const sentences: Sentence[] = [];
  let paragraph = 0;
  // The paper's name is the site's (above), not a sentence of the story.
  for (const block of blocks.filter((b) => !META_ROLES.has(b.role))) {
    const parts = SPLIT_ROLES.has(block.role) ? splitSentences(block.text) : [block.text];
    for (const text of parts) sentences.push({ index: sentences.length, text, role: block.role, paragraph });
    paragraph++;
  }
  const title = blocks.find((b) => b.role === 'title')?.text ?? titleFromFile(file);
  const date = dateOf(blocks.find((b) => b.role === 'dateline')?.text, meta);
  const tagLine = blocks.find((b) => b.role === 'tags')?.text;
  return {
    id: file,
    file,
    title,
    ...(date !== undefined ? { date } : {}),
    sentences,
    tags: tagLine ? tagLine.split(/\s*[,;|•·]\s*/).filter((t) => t !== '') : [],
    ...(Object.keys(meta).length > 0 ? { meta } : {}),
  };
}

/** Build an article from a text file's content (front matter, then the scraped text). */
export function parseArticle(file: string, raw: string): Article {
  const { meta, title, text } = readFrontMatter(raw);
  const blocks = cleanArticle(text, { markdown: /\.(md|markdown)$/i.test(file) });
  return articleFromBlocks(file, title === undefined ? blocks : withTitle(blocks, title), meta);
}

/**
 * The front matter's `title:` is the headline. A headline printed in the text as well is the same one
 * (dropped); any other line the cleaner took for the headline is a sub-heading under it.
 */
function withTitle(blocks: Block[], title: string): Block[] {
  const same = (text: string) => text.toLowerCase() === title.toLowerCase();
  const rest = blocks
    .filter((b) => !(b.role === 'title' && same(b.text)))
    .map((b): Block => (b.role === 'title' ? { role: 'heading', text: b.text } : b));
  return [{ role: 'title', text: title }, ...rest];
}
