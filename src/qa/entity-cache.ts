/**
 * Entity tags persisted between runs. Tagging is the slowest part of indexing (about 1.5 ms a
 * sentence: a minute for 2,000 news stories), so the bot saves the tags it computed and, on the next
 * start, takes back those of every sentence whose text is unchanged. Keyed by a hash of the sentence
 * text, and versioned by the tagger's version and this file's format, so a changed article or a newer
 * tagger simply misses the cache. A missing, unreadable or foreign file is an empty cache, never an error.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Entity } from './entities.js';
import { nlpVersion } from '../nlp/nlp.js';

/**
 * Bump when entities.ts changes what it finds: old caches are then ignored. A test
 * (entity-cache-format.test.ts) fails when the tags of its sentences change and this stays the same.
 */
export const FORMAT = 12;

export type EntityTable = Map<string, Entity[]>;

interface CacheFile {
  version: string;
  entries: Record<string, Entity[]>;
}

function version(): string {
  return `${FORMAT}/compromise-${nlpVersion()}`;
}

/** The cache key of a sentence: a short hash of its exact text. */
export function sentenceKey(text: string): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, 20);
}

export async function readEntityCache(file: string): Promise<EntityTable> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
    if (parsed.version !== version() || typeof parsed.entries !== 'object' || parsed.entries === null)
      return new Map();
    return new Map(Object.entries(parsed.entries).filter(([, v]) => Array.isArray(v)));
  } catch {
    return new Map();
  }
}

/** Write atomically (a temporary file renamed over the old one), so a crash or a second shard never leaves half a file. */
export async function writeEntityCache(file: string, table: EntityTable): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const body: CacheFile = { version: version(), entries: Object.fromEntries(table) };
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(body));
  await rename(temporary, file);
}
