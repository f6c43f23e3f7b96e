/**
 * A saved or fetched web page → the article in it. Mozilla's Readability (Firefox Reader View) picks the
 * article out of the page and reads its metadata (title, byline, site name, publication time, from
 * JSON-LD, Open Graph and the like); linkedom is the DOM it runs on. linkedom rather than jsdom: jsdom 31
 * needs Node 22 (this project supports 20.19), and over Readability's own 130 test pages linkedom gives
 * the expected metadata on 128 and the expected text on 117 (the rest differ by a few characters).
 * No script on the page is run: linkedom only builds the tree. This module (and its libraries, about a
 * second to load) is imported only when a folder holds a web page.
 */
import { TextDecoder as StandardDecoder } from '@exodus/bytes/encoding.js';
import { Readability } from '@mozilla/readability';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { isUtf8 } from 'node:buffer';
import { parseHTML } from 'linkedom';
import { articleFromBlocks } from './article.js';
import { withoutAuthor } from './byline.js';
import { pointsAtPhoto } from './caption.js';
import { isProse, roleOfBodyLine } from './clean.js';
import { normalizeText, words } from './normalize.js';
import type { Article, ArticleMeta, Block } from './types.js';

/** The few DOM members read here (the project builds without the DOM lib; linkedom implements these). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}
interface DomElement {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  textContent: string | null;
  closest(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The page's encoding, found as browsers find it. The HTML standard's sniffing: a byte-order mark, then
 * the HTTP charset when fetched, then `<meta charset>` in the first 1024 bytes. With none there, a
 * browser still honours a `<meta charset>` further on (its parser meets it and reads the page again in
 * that encoding: pages whose head opens with scripts declare it late), and with none at all it guesses
 * from the bytes, taking text that is valid UTF-8 for UTF-8; only then windows-1252, the default. Read
 * as windows-1252, a late-declared UTF-8 page's quotes came out as "â€œ". One prescan of the whole
 * page finds both: it stops at the first declaration, in the first 1024 bytes or after them.
 */
export function webPageEncoding(bytes: Buffer, httpCharset?: string): string {
  const sniffer = new Sniffer({
    ...(httpCharset !== undefined ? { transportLayerEncodingLabel: httpCharset } : {}),
    maxBytes: bytes.length,
  });
  sniffer.write(bytes);
  if (sniffer.resultType !== ResultType.DEFAULT) return sniffer.encoding;
  // Pure ASCII reads the same either way; a byte above it that forms valid UTF-8 is UTF-8 text.
  return isUtf8(bytes) && bytes.some((b) => b >= 0x80) ? 'UTF-8' : sniffer.encoding;
}

/**
 * Bytes → text in the page's own encoding (see `webPageEncoding`), decoded as the Encoding Standard
 * says. Node 20's own TextDecoder reads "windows-1252" as ISO-8859-1, so a page's curly quotes and
 * apostrophes (0x91–0x94) came out as invisible control characters; this one maps them as browsers do.
 */
export function decodeWebPage(bytes: Buffer, httpCharset?: string): string {
  return new StandardDecoder(webPageEncoding(bytes, httpCharset)).decode(bytes);
}

/**
 * The comment browsers put at the top of a page saved as HTML (`<!-- saved from url=(0023)https://… -->`):
 * where the page came from. Pages this project fetches are stored with it too.
 */
const SAVED_FROM = /^\s*<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

export function savedFromComment(url: string): string {
  return `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n`;
}

function httpUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page's own address: its canonical link, else og:url, else where it was saved or fetched from. */
function pageUrl(document: DomDocument, html: string, fetchedFrom?: string): string | undefined {
  const origin = fetchedFrom ?? httpUrl(SAVED_FROM.exec(html)?.[1]);
  return (
    httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), origin) ??
    httpUrl(document.querySelector('meta[property="og:url"]')?.getAttribute('content'), origin) ??
    origin
  );
}

type JsonLdNode = Record<string, unknown>;

const isNode = (v: unknown): v is JsonLdNode => typeof v === 'object' && v !== null && !Array.isArray(v);
const types = (node: JsonLdNode): string[] => [node['@type']].flat().filter((t) => typeof t === 'string');
const nameOf = (node: unknown): string | undefined =>
  isNode(node) && typeof node.name === 'string' && node.name.trim() !== '' ? node.name.trim() : undefined;

/** Every node of the page's JSON-LD blocks: top-level objects, arrays of them and `@graph` members. */
function jsonLdNodes(document: DomDocument): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(scripts[i]?.textContent ?? '');
    } catch {
      continue; // a broken block is the page's problem; the others may still say it
    }
    const add = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(add);
      else if (isNode(v)) {
        nodes.push(v);
        add(v['@graph']);
      }
    };
    add(parsed);
  }
  return nodes;
}

/**
 * The site's name from the page's JSON-LD when Readability found none: the article's publisher given
 * by reference (`"publisher": {"@id": "…#organization"}`, a node elsewhere in the `@graph`, as
 * WordPress plugins write it), which Readability does not follow; else the `WebSite` node's name.
 */
function jsonLdSiteName(document: DomDocument): string | undefined {
  const nodes = jsonLdNodes(document);
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const resolve = (ref: unknown): string | undefined =>
    nameOf(ref) ?? (isNode(ref) && typeof ref['@id'] === 'string' ? nameOf(byId.get(ref['@id'])) : undefined);
  for (const node of nodes) {
    if (!types(node).some((t) => /Article|BlogPosting|Report|NewsArticle/.test(t))) continue;
    for (const publisher of [node.publisher].flat()) {
      const name = resolve(publisher);
      if (name !== undefined) return name;
    }
  }
  return nameOf(nodes.find((n) => types(n).includes('WebSite')));
}

const BLOCK_ELEMENTS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY THEAD TFOOT TR TD TH UL'.split(
    ' ',
  ),
);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CONTENT_ELEMENTS = new Set(['P', 'LI', 'DD', 'TD', 'BLOCKQUOTE', 'PRE']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * A class that names a caption ("caption", "pb-caption", "c-lead-image__caption", "caption-text"), not
 * "no_caption" or "fig--narrow-caption" (a figure's layout).
 */
const CAPTION_CLASS = /^(?!no[-_])(?:[a-z0-9]+[-_])*[a-z0-9]*[-_]?caption(?:[-_]text)?$/i;
/** Readability drops classes but keeps other attributes: a caption's element keeps this one through it. */
const CAPTION_MARK = 'data-article-qa-caption';

/** Marks the elements a page sets its captions in without `<figcaption>`, by their class. */
function markCaptions(document: DomDocument): void {
  const elements = document.querySelectorAll('[class]');
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as DomElement;
    const classes = (element.getAttribute('class') ?? '').split(/\s+/);
    if (classes.some((c) => CAPTION_CLASS.test(c))) element.setAttribute(CAPTION_MARK, '');
  }
}

/** A photo's caption is a sentence or a phrase; one or two words ("Kevin", "Key") label an avatar or a chart. */
const LEAD_CAPTION_WORDS = 4;

/**
 * The captions of the story's own photos, read before Readability runs: it keeps the element that
 * holds the text, and a lead photo set above it (`<article><h1/><figure/><div class="body">…`) is left
 * out with its caption and credit ("who took the photo?" then found only a later photo's). Taken only
 * where the page has one `<article>` (a page of several is a listing, whose figures are other stories'),
 * from its `<figure>`s' captions outside an aside, nav or footer.
 */
function storyCaptions(document: DomDocument): string[] {
  const articles = document.querySelectorAll('article');
  if (articles.length !== 1) return [];
  const captions: string[] = [];
  // <figcaption> only: a caption found by its class may be a gallery's or a video's, which Readability
  // leaves out on purpose (on a saved Washington Post page, a slideshow's).
  const found = (articles[0] as DomElement).querySelectorAll('figcaption');
  for (let i = 0; i < found.length; i++) {
    const element = found[i] as DomElement;
    if (element.closest('aside, nav, footer') !== null) continue;
    const text = clean(element.textContent);
    if (words(text).length >= LEAD_CAPTION_WORDS) captions.push(text);
  }
  return captions;
}

/** The story's captions Readability left out, placed before the story (a lead photo comes first). */
function withDroppedCaptions(blocks: Block[], captions: readonly string[]): Block[] {
  const kept = blocks.filter((b) => b.role === 'caption').map((b) => b.text);
  const dropped = captions.filter((c) => !kept.some((k) => k === c || c.startsWith(k) || k.startsWith(c)));
  return dropped.length === 0 ? blocks : [...dropped.map((text): Block => ({ role: 'caption', text })), ...blocks];
}

/** A numbered list's item: "1. Finland", "10) United States". */
const LIST_ITEM = /^\d{1,3}[.)]\s+\S/u;
/** An item of a list joined to the sentence that opens it is short: a name, a place, a few words. */
const LIST_ITEM_WORDS = 8;

/** At least this share of a paragraph's letters in links makes it a link ("[Read: " and "]" around one). */
const LINKED_SHARE = 0.8;
const LETTER = /[\p{L}\p{N}]/gu;
const letterCount = (text: string) => text.match(LETTER)?.length ?? 0;

/**
 * The article's content element → one block per paragraph: text runs between block-level tags, with
 * the role their element gives (a heading, a figure caption) or, for body text, the role the text
 * cleaner gives such a line (a credit, a stray "Advertisement" dropped).
 */
function contentBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  // Which block element the text is in (a <br> inside it keeps it), and the one the last block came from.
  let elementNo = 0;
  let listFrom = -1;
  let run = '';
  // How many of the run's letters are a link's text.
  let linked = 0;
  const flush = (element: string | undefined) => {
    const text = normalizeText(run.replace(/\s+/g, ' '));
    const letters = letterCount(run);
    const allLink = letters > 0 && linked >= LINKED_SHARE * letters;
    run = '';
    linked = 0;
    if (text === '') return;
    // A numbered item on its own line ("1. Finland") after a line that opens a list ("… were as
    // follows:") in the same paragraph is part of that sentence, not a passage of its own.
    const last = blocks[blocks.length - 1];
    if (listFrom === elementNo && last !== undefined && LIST_ITEM.test(text) && words(text).length <= LIST_ITEM_WORDS) {
      last.text = `${last.text}${last.text.endsWith(':') ? ' ' : '; '}${text}`;
      return;
    }
    const before = blocks.length;
    // A sentence in a heading element is a standfirst (some pages set the lead paragraph as <h2>).
    // A slideshow may set its photo's caption as a heading ("In this photo dated…", `caption.ts`).
    if (element !== undefined && HEADINGS.has(element))
      blocks.push({ role: pointsAtPhoto(text) ? 'caption' : isProse(text) ? 'body' : 'heading', text });
    else if (element === 'FIGCAPTION') blocks.push({ role: 'caption', text });
    // A paragraph that is all a link's text is another page's headline ("Map: Flow of foreign fighters
    // to Syria", "[Read: Tunisia sends most foreign fighters…]"), not a sentence of this story.
    else if (allLink) blocks.push({ role: 'related', text });
    else {
      const role = roleOfBodyLine(text);
      // A short line of a paragraph or list item (a ranking, a list of names) is content, not a sub-heading.
      if (role === 'heading' && element !== undefined && CONTENT_ELEMENTS.has(element)) blocks.push({ role: 'body', text });
      else if (role !== undefined) blocks.push({ role, text });
    }
    const pushed = blocks[blocks.length - 1];
    listFrom = blocks.length > before && pushed?.role === 'body' && pushed.text.endsWith(':') ? elementNo : -1;
  };
  const walk = (node: DomNode, inside: string | undefined, inLink: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      run += text;
      if (inLink) linked += letterCount(text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    const caption = (node as Partial<DomElement>).getAttribute?.(CAPTION_MARK) != null;
    const block = BLOCK_ELEMENTS.has(name) || caption;
    if (block) flush(inside);
    if (block && name !== 'BR') elementNo++;
    const here = caption ? 'FIGCAPTION' : block && name !== 'BR' ? name : inside;
    const link = inLink || name === 'A';
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode, here, link);
    if (block) flush(here);
  };
  walk(root, undefined, false);
  return blocks;
}

export interface WebPage {
  title: string;
  /** The article's paragraphs, the title first. */
  blocks: Block[];
  meta: ArticleMeta;
}

const clean = (s: string | null | undefined) => (s ? normalizeText(s.replace(/\s+/g, ' ')) : '');

/**
 * The article in an HTML page, or undefined when Readability finds none. `fetchedFrom` is the address
 * the page was fetched from (for relative canonical links, and as its URL when it names none).
 */
export function readWebPage(html: string, fetchedFrom?: string): WebPage | undefined {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const url = pageUrl(document, html, fetchedFrom);
  // Read before Readability runs: it removes the page's scripts, JSON-LD blocks among them.
  const jsonLdSite = jsonLdSiteName(document);
  markCaptions(document);
  const captions = storyCaptions(document);
  const applicationName = clean(document.querySelector('meta[name="application-name"]')?.getAttribute('content'));
  // The serializer hands back the content element itself: no HTML string to parse a second time.
  const result = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  if (result === null || result.content === null || result.content === undefined) return undefined;
  const pageTitle = clean(result.title);
  const byline = clean(result.byline).replace(/^by\s+/i, '');
  // The headline without an author the site appends to its title ("… | Eleanor Ainge Roy", `byline.ts`).
  const title = withoutAuthor(pageTitle, byline === '' ? undefined : byline);
  const siteName = clean(result.siteName) || clean(jsonLdSite);
  const publishedTime = clean(result.publishedTime);
  const meta: ArticleMeta = {
    ...(url !== undefined ? { url } : {}),
    ...(byline !== '' ? { byline } : {}),
    ...(siteName !== '' ? { siteName } : {}),
    ...(applicationName !== '' ? { applicationName } : {}),
    ...(publishedTime !== '' ? { publishedTime } : {}),
    ...(title !== pageTitle ? { pageTitle } : {}),
  };
  // The byline as printed above the text ("By Jane Doe") is the author's credit, not a sentence of the story.
  const bylineLine = (text: string) => byline !== '' && text.replace(/^by\s+/i, '').toLowerCase() === byline.toLowerCase();
  const body = withDroppedCaptions(
    contentBlocks(result.content).map((b): Block => (bylineLine(b.text) ? { role: 'credit', text: b.text } : b)),
    captions,
  );
  const blocks: Block[] = title !== '' ? [{ role: 'title', text: title }, ...body] : body;
  return { title, blocks, meta };
}

/**
 * Build an article from an HTML page, or undefined when the page holds no article. `fetchedFrom` is
 * the address it was fetched from, when it was.
 */
export function parseWebArticle(file: string, html: string, fetchedFrom?: string): Article | undefined {
  const page = readWebPage(html, fetchedFrom);
  // A headline alone (a front page, a login wall) is not an article.
  if (page === undefined || !page.blocks.some((b) => b.role === 'body')) return undefined;
  return articleFromBlocks(file, page.blocks, page.meta);
}
