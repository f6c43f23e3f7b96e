/**
 * A word the question writes joined that the story writes as two ("headteacher" of "Head teacher
 * Claire Bowman", "waterfront" of "the water front"): English writes many compounds both ways, and
 * `joinCompounds` (expansion.ts) reads the other direction. The split is taken only where the story
 * itself writes the two words side by side, so that a joined word is never cut into two unrelated ones
 * the story happens to use apart ("carpet" is no "car" and "pet").
 */
import type { Group } from './expansion.js';
import { newTerm } from './term.js';
import type { SearchIndex } from './search-index.js';
import { stem, type Token } from './text.js';
import type { Weights } from './weights.js';
import { isEnglishWord } from './wordnet.js';

/** The shortest part a split may leave: "up", "in" are no word of a compound a reader means. */
const MIN_PART = 3;

/**
 * The question's words that no article says in any form, spelling or synonym (a group with no terms,
 * or read only through its definition), split into two English words the story writes side by side:
 * the second, the compound's head ("teacher"), counts as the word; the first, which only narrows it
 * ("head"), as a related form does. Groups are changed in place.
 */
export function splitCompounds(index: SearchIndex, groups: Group[], weights: Weights): void {
  for (const g of groups) {
    if (g.terms.length > 0 && g.defined !== true) continue;
    const split = writtenApart(index, g.word);
    if (split === undefined) continue;
    const [first, second] = split;
    g.terms = [newTerm(second, 1), newTerm(first, weights.RELATED_WEIGHT)];
    delete g.defined;
    g.idf = Math.max(index.idf(first), index.idf(second));
  }
}

/** The stems of the two words `word` joins, when the story writes them side by side somewhere. */
function writtenApart(index: SearchIndex, word: string): [string, string] | undefined {
  if (!/^\p{Ll}+$/u.test(word)) return undefined;
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const left = word.slice(0, cut);
    const right = word.slice(cut);
    // The story's own words first: a look-up in memory, where asking WordNet whether a part is English
    // reads its files the first time (most cuts of a word, "abse|ntee", are in no story at all).
    const [first, second] = [stem(left), stem(right)];
    if (!index.has(first) || !index.has(second)) continue;
    if (!isEnglishWord(left) || !isEnglishWord(right)) continue;
    if (sideBySide(index, first, second)) return [first, second];
  }
  return undefined;
}

/**
 * Does a sentence of the index write `first` right before `second`, apart only by spaces or a hyphen
 * ("head teacher", "head-teacher"; not "hurt his head, teacher Anna Cole said")? The postings are
 * (doc id, term frequency) pairs.
 */
function sideBySide(index: SearchIndex, first: string, second: string): boolean {
  const withSecond = new Set<number>();
  const seconds = index.postingsOf(second);
  for (let p = 0; p < seconds.length; p += 2) withSecond.add(seconds[p] as number);
  return index.anyDocOf(first, (doc) => {
    if (!withSecond.has(doc)) return false;
    const text = index.docs[doc]?.sentence.text ?? '';
    const tokens = index.tokens(doc);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [a, b] = [tokens[i] as Token, tokens[i + 1] as Token];
      if (a.stem === first && b.stem === second && /^[\s-]+$/u.test(text.slice(a.end, b.start))) return true;
    }
    return false;
  });
}
