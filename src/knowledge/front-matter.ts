/**
 * A text article's statement of where it came from: YAML front matter (`title:`, `source:`, `author:`,
 * `site:`, `published:` and their other names below) or a leading `source: URL` line. Either is taken
 * off the text before it is cleaned.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { ArticleMeta } from './types.js';

// The YAML parser (about 70 files, some 50 ms to load) is loaded only for a file that has front matter;
// its CommonJS build loads synchronously, so this stays a plain function.
const require = createRequire(import.meta.url);
const yaml = (): typeof Yaml => require('yaml') as typeof Yaml;

const FIELDS: Record<string, keyof ArticleMeta> = {
  source: 'url',
  url: 'url',
  link: 'url',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  site: 'siteName',
  sitename: 'siteName',
  site_name: 'siteName',
  publisher: 'siteName',
  published: 'publishedTime',
  published_time: 'publishedTime',
  date: 'publishedTime',
};

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const SOURCE_LINE = /^\uFEFF?\s*source:[ \t]*(\S+)[ \t]*(?:\r?\n|$)/i;

function httpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function fieldText(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? value.join(', ') : undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  return undefined;
}

function metaOf(fields: Record<string, unknown>): ArticleMeta {
  const meta: ArticleMeta = {};
  for (const [key, value] of Object.entries(fields)) {
    const field = FIELDS[key.toLowerCase()];
    const text = fieldText(value);
    if (field === undefined || text === undefined || meta[field] !== undefined) continue;
    if (field === 'url') {
      const url = httpUrl(text);
      if (url !== undefined) meta.url = url;
    } else meta[field] = field === 'byline' ? text.replace(/^by\s+/i, '') : text;
  }
  return meta;
}

/** Names of the headline in front matter (Jekyll, Hugo and most static sites write `title:`). */
const TITLE_KEYS = new Set(['title', 'headline']);

function titleOf(fields: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(fields)) {
    const text = TITLE_KEYS.has(key.toLowerCase()) && !Array.isArray(value) ? fieldText(value) : undefined;
    if (text !== undefined) return text.replace(/\s+/g, ' ');
  }
  return undefined;
}

export interface FrontMatter {
  meta: ArticleMeta;
  /** The headline the front matter states (`title:`), when it does. */
  title?: string;
  /** The article's text after the front matter. */
  text: string;
}

/** Split a text article into its metadata and the rest of its text. */
export function readFrontMatter(raw: string): FrontMatter {
  const block = FRONT_MATTER.exec(raw);
  if (block !== null) {
    let fields: unknown;
    try {
      // YAML 1.2's core schema: dates stay the strings the author wrote.
      fields = yaml().parse(block[1] ?? '', { schema: 'core' });
    } catch {
      fields = undefined; // not YAML after all: a horizontal rule in a Markdown file, left as text
    }
    if (typeof fields === 'object' && fields !== null && !Array.isArray(fields)) {
      const record = fields as Record<string, unknown>;
      const title = titleOf(record);
      return { meta: metaOf(record), ...(title !== undefined ? { title } : {}), text: raw.slice(block[0].length) };
    }
  }
  const line = SOURCE_LINE.exec(raw);
  const url = line?.[1] !== undefined ? httpUrl(line[1]) : undefined;
  if (line !== null && url !== undefined) return { meta: { url }, text: raw.slice(line[0].length) };
  return { meta: {}, text: raw };
}
