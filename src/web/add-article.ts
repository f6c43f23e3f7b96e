/**
 * Add a web page to the knowledge folder by its URL. The page is stored as it was fetched, under
 * `web/` in the knowledge folder, so that it is read like any saved page (and read again, better, as
 * Readability improves): its text transcoded to UTF-8 with a byte-order mark (which overrides the
 * page's own charset declaration, as browsers do), headed by the browser's "saved from" comment naming
 * its address. The file name comes from the URL, so adding the same URL again replaces the page.
 * Nothing is written unless the page holds an article.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_ARTICLE_BYTES } from '../knowledge/load.js';
import { searchedSentences } from '../qa/search-index.js';
import type { Config } from '../config.js';
import {
  ANY_ADDRESS,
  DEFAULT_FETCH_LIMITS,
  fetchPage,
  WebPageError,
  type FetchLimits,
} from './fetch-page.js';

/** Folder inside the knowledge folder where pages added by URL are kept. */
export const WEB_FOLDER = 'web';

export interface AddedArticle {
  /** Path relative to the knowledge folder. */
  file: string;
  title: string;
  sentences: number;
  /** Where the page was fetched from, after redirects. */
  url: string;
  /** True when the same URL had been added before and its page was replaced. */
  replaced: boolean;
}

/** `news.example/2026/ferry?id=7` → `news.example-2026-ferry-1a2b3c4d.html`: readable, and one file per URL. */
export function fileNameFor(url: URL): string {
  const readable = `${url.hostname}${url.pathname}`
    .toLowerCase()
    .replace(/\.(html?|php|aspx?)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const hash = createHash('sha256').update(url.href).digest('hex').slice(0, 8);
  return `${readable}-${hash}.html`;
}

/** The fetch limits in force: the defaults, with any address allowed when the owner says so. */
export function fetchLimits(config: Pick<Config, 'allowPrivateUrls'>): FetchLimits {
  return config.allowPrivateUrls
    ? { ...DEFAULT_FETCH_LIMITS, addressAllowed: ANY_ADDRESS }
    : DEFAULT_FETCH_LIMITS;
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

export async function addArticleFromUrl(
  raw: string,
  knowledgeDir: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<AddedArticle> {
  const page = await fetchPage(raw, limits);
  // Loaded on first use: Readability and its DOM take about a second to load, which the bot's start
  // need not wait for.
  const { decodeWebPage, parseWebArticle, savedFromComment } = await import('../knowledge/web-page.js');
  const requested = new URL(raw);
  requested.hash = '';
  const file = `${WEB_FOLDER}/${fileNameFor(requested)}`;
  const html = decodeWebPage(page.bytes, page.charset);
  const article = parseWebArticle(file, html, page.url);
  if (article === undefined) throw new WebPageError('no-article', page.url);
  const stored = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(savedFromComment(page.url) + html, 'utf8'),
  ]);
  // A page in a one-byte charset grows in UTF-8; the folder's loader would refuse it past its limit.
  if (stored.length > MAX_ARTICLE_BYTES) throw new WebPageError('too-large', String(MAX_ARTICLE_BYTES));

  const full = path.join(knowledgeDir, ...file.split('/'));
  await mkdir(path.dirname(full), { recursive: true });
  const replaced = await exists(full);
  // Written beside its place under a dot name (the loader skips those), then renamed: a reload never
  // reads half a page.
  const temporary = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, stored);
    await rename(temporary, full);
  } finally {
    await rm(temporary, { force: true });
  }
  return { file, title: article.title, sentences: searchedSentences(article), url: page.url, replaced };
}
