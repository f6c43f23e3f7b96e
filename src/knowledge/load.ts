/**
 * Read every article in the knowledge folder (and its sub-folders). A bad file is reported in one line
 * and skipped; the good ones still load.
 */
import type { Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { TextDecoder as StandardDecoder } from '@exodus/bytes/encoding.js';
import path from 'node:path';
import { parseArticle } from './article.js';
import type { Article, LoadError } from './types.js';

/** Articles larger than this are refused: a news story is tens of kilobytes, not megabytes. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Files read at once while loading. */
const READ_CONCURRENCY = 16;
/** Report loading progress every this many files. */
const PROGRESS_EVERY = 250;
export const WEB_PAGE_EXTENSIONS = ['.html', '.htm'] as const;
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', ...WEB_PAGE_EXTENSIONS] as const;

export function isWebPageFile(file: string): boolean {
  return WEB_PAGE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext));
}

/** Read a web page; its reader is loaded when the first page is met (see web-page.ts). */
async function readWebPageFile(file: string, bytes: Buffer): Promise<Article | undefined> {
  const { decodeWebPage, parseWebArticle } = await import('./web-page.js');
  const html = decodeWebPage(bytes);
  if (html.trim() === '') throw new KnowledgeError('empty file');
  return parseWebArticle(file, html);
}

export interface LoadResult {
  articles: Article[];
  errors: LoadError[];
  /** Files seen with an article extension, good or bad. */
  filesSeen: number;
}

export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  constructor(
    message: string,
    /** The files that were skipped, each with its reason, when the whole folder failed. */
    readonly skipped: readonly LoadError[] = [],
  ) {
    super(message);
  }
}

export function describeLoadError(e: LoadError): string {
  return `skipped ${e.file}: ${e.reason}`;
}

/** Files listed one by one when nothing could be loaded; a folder of thousands says how many more. */
const SKIPPED_LISTED = 20;

/**
 * Decode file bytes as text: UTF-8 (strict), or UTF-16 when it carries a byte-order mark, else
 * windows-1252: a text file that is not UTF-8 is most often one saved by an older Windows editor (Notepad's
 * "ANSI"), the encoding saved web pages without a charset are read in too (`web-page.ts`). Decoded by the
 * standard's table (curly quotes at 0x91–0x94), which Node 20's own decoder lacks.
 */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.includes(0)) throw new KnowledgeError('binary file (contains NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new StandardDecoder('windows-1252').decode(bytes);
  }
}

async function listFiles(root: string, dir: string, visited: Set<string>, errors: LoadError[]): Promise<string[]> {
  const real = await realpath(dir);
  if (visited.has(real)) return []; // a symlink loop or a folder linked twice
  visited.add(real);
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = await stat(full);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        errors.push({ file: path.relative(root, full), reason: 'broken or looping symbolic link' });
        continue;
      }
    }
    if (isDir) files.push(...(await listFiles(root, full, visited, errors)));
    else if (isFile && ARTICLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) files.push(full);
  }
  return files;
}

function reasonOf(error: unknown): string {
  if (error instanceof KnowledgeError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file disappeared while loading';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `unreadable (${code ?? String(error)})`;
}

/**
 * Whether the folder's article files differ from the ones `cache` holds, as they were read (a file
 * added, removed, or of another size or modification time). A file that could not be used counts as
 * changed once its size or times differ from when it was tried: one read while it was still being
 * copied in (empty, or cut short) may be whole now.
 */
export async function changedSinceRead(dir: string, cache: ArticleCache): Promise<boolean> {
  const root = path.resolve(dir);
  const files = await listFiles(root, root, new Set(), []);
  const cached = files.filter((f) => cache.has(f));
  if (cached.length !== cache.size) return true; // a file read then was removed since
  for (const full of files) {
    const entry = cache.get(full);
    if (entry === undefined) return true;
    // Gone between the listing and now: a removal is a change too.
    const info = await stat(full).catch(() => undefined);
    if (info === undefined || info.size !== entry.size || info.mtimeMs !== entry.mtimeMs) return true;
    // A permission mended by chmod changes neither size nor modification time, only the change time.
    if (entry.article === undefined && info.ctimeMs !== entry.ctimeMs) return true;
  }
  return false;
}

/**
 * Parsed articles by file, with the size and modification time they were parsed at: a reload re-reads
 * and re-parses only the files that changed. A file that could not be used is held without an article,
 * with the times it was tried at, so that a change to it is seen (it is always read again).
 */
export type ArticleCache = Map<string, { size: number; mtimeMs: number; ctimeMs: number; article?: Article }>;

export interface LoadOptions {
  onProgress?: (done: number, total: number) => void;
  cache?: ArticleCache;
}

export async function loadArticleFile(root: string, full: string, cache?: ArticleCache): Promise<Article> {
  let info: Stats;
  try {
    info = await stat(full);
  } catch (error) {
    cache?.delete(full);
    throw error;
  }
  const cached = cache?.get(full);
  if (cached?.article !== undefined && cached.size === info.size && cached.mtimeMs === info.mtimeMs)
    return cached.article;
  const stamp = { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
  try {
    const article = await parseArticleFile(root, full, info.size);
    cache?.set(full, { ...stamp, article });
    return article;
  } catch (error) {
    // Stamped as it was before the read: a copy still being written when read is seen as changed later.
    cache?.set(full, stamp);
    throw error;
  }
}

async function parseArticleFile(root: string, full: string, size: number): Promise<Article> {
  if (size > MAX_ARTICLE_BYTES) {
    throw new KnowledgeError(`too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)`);
  }
  const file = path.relative(root, full).split(path.sep).join('/');
  const bytes = await readFile(full);
  // A web page declares its own encoding (or is read as browsers read it); text files are UTF-8 or UTF-16.
  let article: Article | undefined;
  if (isWebPageFile(full)) article = await readWebPageFile(file, bytes);
  else {
    const text = decodeArticle(bytes);
    if (text.trim() === '') throw new KnowledgeError('empty file');
    article = parseArticle(file, text);
  }
  if (article === undefined) throw new KnowledgeError('no article found in the page');
  if (!article.sentences.some((s) => s.role === 'body' || s.role === 'title')) {
    throw new KnowledgeError('no article text found after cleaning');
  }
  return article;
}

/** Load every article under `dir`. Throws KnowledgeError only when the folder itself cannot be read. */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { onProgress, cache } = options;
  const root = path.resolve(dir);
  const errors: LoadError[] = [];
  let files: string[];
  try {
    files = await listFiles(root, root, new Set(), errors);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KnowledgeError(
      code === 'ENOENT'
        ? `knowledge folder not found: ${root}`
        : code === 'ENOTDIR'
          ? `knowledge folder is a file, not a folder: ${root} (name the folder that holds it)`
          : `cannot read knowledge folder ${root}: ${reasonOf(error)}`,
    );
  }
  // Read several files at a time: on a folder of thousands of stories, I/O waits dominate otherwise.
  const results: (Article | LoadError)[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const full = files[i] as string;
      try {
        results[i] = await loadArticleFile(root, full, cache);
      } catch (error) {
        results[i] = { file: path.relative(root, full), reason: reasonOf(error) };
      }
      done++;
      if (onProgress !== undefined && (done % PROGRESS_EVERY === 0 || done === files.length)) onProgress(done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  const articles: Article[] = [];
  for (const r of results) {
    if ('reason' in r) errors.push(r);
    else articles.push(r);
  }
  if (cache !== undefined) {
    const present = new Set(files);
    for (const key of cache.keys()) if (!present.has(key)) cache.delete(key);
  }
  return { articles, errors, filesSeen: files.length };
}

/** Load and insist on at least one usable article: the fatal case for every front. */
export async function loadKnowledgeOrFail(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const result = await loadKnowledge(dir, options);
  if (result.articles.length === 0) {
    const why = result.filesSeen === 0 ? 'no .txt, .md or .html files' : 'none of its files could be used';
    // Every file's reason, so that the owner can fix them without guessing.
    const listed = result.errors.slice(0, SKIPPED_LISTED).map((e) => `\n  ${describeLoadError(e)}`);
    const more = result.errors.length - listed.length;
    throw new KnowledgeError(
      `no usable article in ${path.resolve(dir)}: ${why}${listed.join('')}${more > 0 ? `\n  … and ${more} more files skipped` : ''}`,
      result.errors,
    );
  }
  return result;
}
