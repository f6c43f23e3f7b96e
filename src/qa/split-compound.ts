/**
 * A word the question writes joined that the story writes as two ("headteacher" of "Head teacher
 * Claire Bowman", "waterfront" of "the water front"): English writes many compounds both ways, and
 * `joinCompounds` (expansion.ts) reads the other direction. The split is taken only where the story
 * itself writes the two words side by side, so that a joined word is never cut into two unrelated ones
 * the story happens to use apart ("carpet" is no "car" and "pet").
 */
import type { Group } from './expansion.js';
import type { SearchIndex } from './search-index.js';
import { stem } from './text.js';
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
    g.terms = [
      { stem: second, weight: 1 },
      { stem: first, weight: weights.RELATED_WEIGHT },
    ];
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
    if (!isEnglishWord(left) || !isEnglishWord(right)) continue;
    const [first, second] = [stem(left), stem(right)];
    if (!index.has(first) || !index.has(second)) continue;
    if (sideBySide(index, first, second)) return [first, second];
  }
  return undefined;
}

/** Does a sentence of the index hold `first` right before `second`? */
function sideBySide(index: SearchIndex, first: string, second: string): boolean {
  const withSecond = new Set(index.postingsOf(second));
  for (const doc of index.postingsOf(first)) {
    if (!withSecond.has(doc)) continue;
    const tokens = index.tokens(doc);
    for (let i = 0; i + 1 < tokens.length; i++)
      if (tokens[i]?.stem === first && tokens[i + 1]?.stem === second) return true;
  }
  return false;
}
