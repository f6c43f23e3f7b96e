/**
 * Degree adverbs of a question: "so" of "why is fuel so expensive?", "similarly" of "a similarly amazing
 * opening". An adverb standing right before an adjective (or another adverb) grades that word; it names
 * nothing a passage must hold. "Why has holding prices down gotten so expensive?" is answered by
 * "higher oil prices have forced the government to spend more on holding prices down", which no story
 * would write with "so".
 */
import { taggedTerms } from '../nlp/nlp.js';
import type { Token } from './text.js';
import { isAdverb, isLemma } from './wordnet.js';

/**
 * The keywords of `tokens` (by index) that grade the word after them: WordNet lists the keyword as an
 * adverb and the next word as an adjective or adverb ("amazing", which the tagger reads as a gerund
 * before a noun, is an adjective to WordNet), and the tagger reads the keyword as an adverb in this
 * question ("so" is also a noun and an adjective to WordNet). Tagged only when a candidate is found:
 * most questions have none.
 */
export function gradingAdverbs(question: string, tokens: readonly Token[]): Set<number> {
  const candidates: number[] = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token.stop || next === undefined || next.stop || !isAdverb(token.word)) return;
    // Adjacent in the text: nothing but spaces between them ("so, expensive" or "so. Expensive" is not).
    if (!/^\s+$/.test(question.slice(token.end, next.start))) return;
    if (isLemma('adj', next.word) || isAdverb(next.word)) candidates.push(i);
  });
  if (candidates.length === 0) return new Set();
  const adverbs = new Set(
    taggedTerms(question)
      .filter((t) => t.tags.has('Adverb'))
      .map((t) => t.start),
  );
  return new Set(candidates.filter((i) => adverbs.has((tokens[i] as Token).start)));
}
