/**
 * Spelling correction of a question word against English rather than the articles: "authers" is
 * "authors", which the story may say in other words ("writers", a synonym). Used only for a word that
 * is no English word and is near no word of the articles (spelling.ts does those); a real word is
 * never corrected. Candidates are the words one edit away (Norvig's corrector), the first letter kept
 * as people rarely get it wrong; the one WordNet's sense-tagged corpus uses most wins, and a word it
 * never uses wins nothing ("anthers").
 */
import { taggedFrequency } from './wordnet.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one deletion, transposition, replacement or insertion away, past the first letter. */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail !== '') out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    for (const c of LETTERS) {
      if (tail !== '' && c !== tail[0]) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}

/**
 * The English word `word` is most likely a misspelling of, or undefined when none is one edit away or
 * `word` is shorter than `minLength` (DICTIONARY_FIX_MIN: a shorter one is one edit from too many others).
 */
export function dictionaryCorrection(word: string, minLength: number): string | undefined {
  if (word.length < minLength || !/^[a-z]+$/.test(word)) return undefined;
  let best: string | undefined;
  let bestCount = 0;
  for (const candidate of oneEditAway(word)) {
    const count = taggedFrequency(candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}
