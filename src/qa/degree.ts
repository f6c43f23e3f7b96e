/**
 * Degree adverbs of a question: "so" of "why is fuel so expensive?", "similarly" of "a similarly amazing
 * opening". An adverb standing right before an adjective (or another adverb) grades that word; it names
 * nothing a passage must hold. "Why has holding prices down gotten so expensive?" is answered by
 * "higher oil prices have forced the government to spend more on holding prices down", which no story
 * would write with "so".
 */
import type { TaggedTerm } from '../nlp/nlp.js';
import { rememberedTerms } from './text-memo.js';
import type { Token } from './text.js';
import { isAdverb, isLemma } from './wordnet.js';

/**
 * The keywords of `tokens` (by index) that grade the word after them, as the tagger reads the question:
 * an adverb (one WordNet lists as such: "so" is also a noun and an adjective to it) right before an
 * adjective or adverb. A participle is an adjective before a noun ("a similarly amazing opening", which
 * the tagger reads as a gerund) but the verb after one ("was previously known as", "was increasingly
 * based on": the adverb says when or how it was done, which a passage may well have to say). Tagged only
 * when WordNet finds a candidate: most questions have none.
 */
export function gradingAdverbs(question: string, tokens: readonly Token[]): Set<number> {
  const candidates = new Map<number, number>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token.stop || next === undefined || next.stop || !isAdverb(token.word)) return;
    // Adjacent in the text: nothing but spaces between them ("so, expensive" or "so. Expensive" is not).
    if (!/^\s+$/.test(question.slice(token.end, next.start))) return;
    if (isLemma('adj', next.word) || isAdverb(next.word)) candidates.set(token.start, i);
  });
  const out = new Set<number>();
  if (candidates.size === 0) return out;
  // Tagged once a question (`text-memo.ts`): each story a folder question is asked of alone
  // (`story-doubt.ts`) parses it again.
  const terms = rememberedTerms(question);
  terms.forEach((term, t) => {
    const i = candidates.get(term.start);
    if (i === undefined || !term.tags.has('Adverb')) return;
    if (graded(terms[t + 1], terms[t + 2], (tokens[i + 1] as Token).word)) out.add(i);
  });
  return out;
}

/** Is `next` (with `after` it) a word an adverb grades: an adjective or adverb, or a participle before a noun? */
function graded(next: TaggedTerm | undefined, after: TaggedTerm | undefined, word: string): boolean {
  if (next === undefined) return false;
  if (next.tags.has('Adjective') || next.tags.has('Adverb')) return true;
  const beforeNoun = after !== undefined && after.tags.has('Noun') && !after.tags.has('Pronoun');
  return next.tags.has('Verb') && isLemma('adj', word) && beforeNoun;
}
