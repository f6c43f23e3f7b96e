/**
 * Words English writes both hyphenated and joined ("grown-ups" and "grownups", "front-runner" and
 * "frontrunner", "e-mail" and "email"). The tokenizer splits a hyphenated word into its parts, so a
 * reader's joined spelling would never meet a story's hyphenated one: the index also holds, for each
 * hyphenated pair a sentence writes, the stem of the pair joined (search-index.ts).
 */
import { stem } from './text.js';

/**
 * Two runs of letters joined by one hyphen, not part of a longer chain ("mother-in-law") or of a number
 * ("68-year-old", "3-2"): a chain is no word a reader writes joined.
 */
const PAIR = /(?<![\p{L}\p{N}-])(\p{L}+)-(\p{L}+)(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

/** The stems of the hyphenated pairs of `text` written joined ("grown-ups" → "grownup"). */
export function joinedStems(text: string): string[] {
  if (!text.includes('-')) return [];
  return [...text.matchAll(PAIR)].map((m) => stem(`${m[1] as string}${m[2] as string}`.toLowerCase()));
}
