/**
 * Sentence splitting: Intl.Segmenter (ICU's sentence rules, no dependency) and then re-joining where
 * ICU split after an abbreviation such as "St.", "Oct." or "Lt. Gen.", which ICU cannot tell from a
 * sentence end.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations that are never the end of a sentence (lower-cased, without the dot). */
const ALWAYS_JOIN = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'lt', 'gen', 'col', 'maj', 'capt', 'cpt', 'sgt',
  'cmdr', 'adm', 'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'gen', 'brig', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'approx',
  'est', 'fig', 'vol', 'art', 'ch', 'para', 'pp', 'cf', 'al',
]);

/** Words that usually begin a new sentence, so an initialism before them ("the U.S. The") ends one. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'or', 'so', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'however',
  'his', 'her', 'their', 'its', 'our', 'my', 'meanwhile', 'also', 'according', 'what', 'who', 'why', 'how',
]);

function lastWord(segment: string): string {
  const m = /(\S+)\s*$/u.exec(segment);
  return m?.[1] ?? '';
}

function firstWord(segment: string): string {
  const m = /^\s*["'“‘([]*([\p{L}\p{N}]+)/u.exec(segment);
  return m?.[1] ?? '';
}

/** True when ICU's break after `previous` is really an abbreviation inside one sentence. */
function shouldJoin(previous: string, next: string): boolean {
  // A list number on its own ("1. Finland") is not a sentence.
  if (/^\s*\d{1,3}\.\s*$/u.test(previous)) return true;
  // Nor one after a colon or between items ("as follows: 1. Finland; 2. Norway").
  if (/[:;]\s+\d{1,3}\.\s*$/u.test(previous)) return true;
  const word = lastWord(previous);
  if (!word.endsWith('.')) return false;
  const bare = word.replace(/^["'“‘([]+/u, '').slice(0, -1);
  const lower = bare.toLowerCase();
  const nextWord = firstWord(next);
  if (nextWord === '') return false;
  // A lower-case or numeric continuation is never a new sentence ("Oct. 25", "approx. ten").
  if (/^[\p{Ll}\p{N}]/u.test(nextWord)) return true;
  if (ALWAYS_JOIN.has(lower)) return true;
  // Initials and initialisms: "J. Smith", "U.S. Army" (but "in the U.S. The next day" ends one).
  if (/^\p{Lu}$/u.test(bare)) return !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return !SENTENCE_STARTERS.has(nextWord.toLowerCase());
  return false;
}

/** Split a paragraph into sentences, trimmed, in order. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(paragraph)) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (prev !== undefined && shouldJoin(prev, segment)) {
      out[out.length - 1] = prev + segment;
    } else {
      out.push(segment);
    }
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}
