/**
 * Acronyms an article spells out: "United Nations" → "un", "World of Warcraft" → "wow", "New Zealand" →
 * "nz". A reader asks about "the UN guy" when the story only ever writes the name in full; the name's own
 * words are what the acronym stands for, read off the article itself (no lexicon, so no guessing).
 */
import { stem, tokenize } from './text.js';

/** Small words a name may hold, with or without a letter ("Bank of England" → "boe", "be"); not "and", which joins lists of names ("London and Rome"). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'de', 'du', 'la']);
/** Longer runs are lists of names, not one name. */
const MAX_RUN = 6;
const MIN_LETTERS = 2;
const MAX_LETTERS = 6;

/** Two words belong to one name when nothing but spaces (or a possessive mark) stands between them. */
const JOINED = /^\s+$/u;

/** A name a sentence writes and the acronym its initials make ("National Health Service", "nhs"). */
export interface InitialledName {
  acronym: string;
  /** Stems of the name's capitalised words, in order: the name's identity in the story. */
  stems: string[];
  /** The name's first capitalised word as written, lower case ("george" of "George Martin"). */
  first: string;
  /** The name's last word as written, lower case (its head: "authority", "mosque"). */
  last: string;
  /** A middle stretch of a longer name ("Manchester Combined" of "Greater Manchester Combined Authority"). */
  middle: boolean;
}

/**
 * Acronym (lower case) → stems of the name's capitalised words, added into `into`; returns each name
 * with its initials (see `InitialledName`), for pairing them with the acronyms a story writes.
 */
export function collectAcronyms(text: string, into: Map<string, Set<string>>): InitialledName[] {
  const tokens = tokenize(text);
  const names: InitialledName[] = [];
  let run: { word: string; capital: boolean }[] = [];
  const flush = () => {
    addRun(run, into, names);
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
  return names;
}

function addRun(
  run: readonly { word: string; capital: boolean }[],
  into: Map<string, Set<string>>,
  out: InitialledName[],
): void {
  const firstCapital = run.findIndex((w) => w.capital);
  const lastCapital = run.findLastIndex((w) => w.capital);
  // Every stretch that starts and ends on a capitalised word: "The United Nations" also holds "United Nations".
  for (let i = 0; i < run.length; i++) {
    if (!(run[i]?.capital ?? false)) continue;
    for (let j = i + 1; j < run.length && j - i < MAX_RUN; j++) {
      if (!(run[j]?.capital ?? false)) continue;
      const part = run.slice(i, j + 1);
      const capitals = part.filter((w) => w.capital);
      const stems = capitals.map((w) => stem(w.word));
      const initials = new Set([
        capitals.map((w) => w.word[0]).join(''),
        part.map((w) => w.word[0]).join(''),
      ]);
      const first = capitals[0]?.word ?? '';
      const last = capitals.at(-1)?.word ?? '';
      // A stretch with capitalised words of the run on both sides is no name of its own: a name's
      // head comes last and its modifiers before ("Combined Authority", "Greater Manchester" are names;
      // "Manchester Combined" is neither).
      const middle = i > firstCapital && j < lastCapital;
      for (const acronym of initials) {
        if (acronym.length < MIN_LETTERS || acronym.length > MAX_LETTERS) continue;
        let set = into.get(acronym);
        if (set === undefined) into.set(acronym, (set = new Set()));
        for (const s of stems) set.add(s);
        out.push({ acronym, stems, first, last, middle });
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
