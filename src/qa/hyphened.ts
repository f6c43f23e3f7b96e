/**
 * Words English writes both hyphenated and joined ("grown-ups" and "grownups", "front-runner" and
 * "frontrunner", "e-mail" and "email"). The tokenizer splits a hyphenated word into its parts, so a
 * reader's joined spelling would never meet a story's hyphenated one: the index also holds, for each
 * hyphenated pair a sentence writes, a term for the pair joined (search-index.ts), which a question's
 * word searches beside its own stem (expansion.ts).
 */
import { stem } from './text.js';

/**
 * Two runs of letters joined by one hyphen, not part of a longer chain ("mother-in-law") or of a number
 * ("68-year-old", "3-2"): a chain is no word a reader writes joined.
 */
const PAIR = /(?<![\p{L}\p{N}-])(\p{L}+)-(\p{L}+)(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

/**
 * The index's term for a word written hyphenated, by the stem of the word joined ("grown-ups" →
 * "-grownup"). Apart from the stems: a word's extensions (`stemsStartingWith`: "apollo" → "apollos")
 * must not reach the compounds it begins ("Apollo-Saturn"), and no word stems to a leading hyphen.
 */
export function joinedTerm(stemmed: string): string {
  return `-${stemmed}`;
}

/** The joined terms (`joinedTerm`) of the hyphenated pairs `text` writes ("grown-ups" → "-grownup"). */
export function joinedTerms(text: string): string[] {
  if (!text.includes('-')) return [];
  return [...text.matchAll(PAIR)].map((m) =>
    joinedTerm(stem(`${m[1] as string}${m[2] as string}`.toLowerCase())),
  );
}
