/**
 * "How long did he get?" of a story that writes "long" only in "two long-standing volunteers": a
 * hyphened word WordNet lists as a word of its own ("long-standing", "long-term", "well-known") is that
 * word, with its own sense ("having existed for a long time"), and its parts are not the reader's
 * words. The tokenizer splits it, so the index holds "long" for it; this says when a folder writes a
 * word only so. Pure, apart from WordNet look-ups.
 */
import type { SearchIndex } from './search-index.js';
import { stem } from './text.js';
import { isLemma } from './wordnet.js';

/** At most this many sentences read: a word said in more is common enough to stand alone somewhere. */
const SENTENCES_READ = 32;

/** The hyphened runs of letters holding a word: "long-standing" of "two long-standing volunteers". */
const RUN = /[\p{L}]+(?:-[\p{L}]+)*/gu;

/** Is `run` a hyphened word WordNet lists (as any part of speech)? */
function listedCompound(run: string): boolean {
  const key = run.toLowerCase();
  return key.includes('-') && (['adj', 'noun', 'verb'] as const).some((pos) => isLemma(pos, key));
}

/**
 * Does the folder say `word` only as a part of hyphened words WordNet lists as words of their own?
 * False when it says it nowhere, or alone anywhere, or in more than `SENTENCES_READ` sentences.
 */
export function saidOnlyInCompounds(index: SearchIndex, word: string): boolean {
  const postings = index.postingsOf(stem(word));
  const sentences = postings.length / 2;
  if (sentences === 0 || sentences > SENTENCES_READ) return false;
  const asked = stem(word.toLowerCase());
  for (let p = 0; p < postings.length; p += 2) {
    const text = index.docs[postings[p] as number]?.sentence.text ?? '';
    for (const [run] of text.matchAll(RUN)) {
      const parts = run.toLowerCase().split('-');
      if (!parts.some((w) => stem(w) === asked)) continue;
      if (!listedCompound(run)) return false;
    }
  }
  return true;
}
