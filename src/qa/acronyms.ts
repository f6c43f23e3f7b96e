/**
 * Acronyms an article spells out: "United Nations" → "un", "World of Warcraft" → "wow", "New Zealand" →
 * "nz". A reader asks about "the UN guy" when the story only ever writes the name in full; the name's own
 * words are what the acronym stands for, read off the article itself (no lexicon, so no guessing).
 */
import { stem, tokenize } from './text.js';

/** Small words a name may hold, with or without a letter ("Bank of England" → "boe", "be"); not "and", which joins lists of names ("London and Rome"). */
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'du', 'la']);
/** Longer runs are lists of names, not one name. */
const MAX_RUN = 6;
const MIN_LETTERS = 2;
const MAX_LETTERS = 6;

/** Two words belong to one name when nothing but spaces (or a possessive mark) stands between them. */
const JOINED = /^\s+$/u;

/** Acronym (lower case) → stems of the name's capitalised words, added into `into`. */
export function collectAcronyms(text: string, into: Map<string, Set<string>>): void {
  const tokens = tokenize(text);
  let run: { word: string; capital: boolean }[] = [];
  const flush = () => {
    addRun(run, into);
    run = [];
  };
  let lastEnd = -1;
  for (const t of tokens) {
    const raw = text.slice(t.start, t.end);
    // "The" opening a sentence is capitalised but gives no letter.
    const connector = CONNECTORS.has(t.word);
    const capital = !connector && /^\p{Lu}\p{Ll}/u.test(raw);
    if (run.length > 0 && !JOINED.test(text.slice(lastEnd, t.start))) flush();
    if (capital || (connector && run.length > 0)) run.push({ word: t.word.replace(/['’]s?$/u, ''), capital });
    else flush();
    lastEnd = t.end;
  }
  flush();
}

function addRun(run: readonly { word: string; capital: boolean }[], into: Map<string, Set<string>>): void {
  // Every stretch that starts and ends on a capitalised word: "The United Nations" also holds "United Nations".
  for (let i = 0; i < run.length; i++) {
    if (!(run[i]?.capital ?? false)) continue;
    for (let j = i + 1; j < run.length && j - i < MAX_RUN; j++) {
      if (!(run[j]?.capital ?? false)) continue;
      const part = run.slice(i, j + 1);
      const names = part.filter((w) => w.capital);
      const stems = names.map((w) => stem(w.word));
      const initials = new Set([names.map((w) => w.word[0]).join(''), part.map((w) => w.word[0]).join('')]);
      for (const acronym of initials) {
        if (acronym.length < MIN_LETTERS || acronym.length > MAX_LETTERS) continue;
        let set = into.get(acronym);
        if (set === undefined) into.set(acronym, (set = new Set()));
        for (const s of stems) set.add(s);
      }
    }
  }
}

/**
 * A word written as an acronym: capitals only, as many as an acronym has ("EU", "IMF"; not "I", "A").
 * A pattern rather than `tokenize`: it runs over every sentence of a folder at indexing.
 */
const WRITTEN = new RegExp(
  `(?<![\\p{L}\\p{N}])\\p{Lu}{${MIN_LETTERS},${MAX_LETTERS}}(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The acronyms (lower case) written as such in `text`: "The EU's aid" → "eu". */
export function writtenAcronyms(text: string): string[] {
  return [...text.matchAll(WRITTEN)].map((m) => m[0].toLowerCase());
}
