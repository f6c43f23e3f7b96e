/**
 * Soft matching through word vectors (`embeddings.ts`): how much of the question a sentence says in any
 * words. Per question word, 1 when the sentence holds one of its terms (or the sentence it points back
 * to does, as the ranking credits it: `retrieval.ts`), else the best cosine (at least 0) between the
 * word's vector and those of the sentence's words; weighted by rarity (IDF) like the ranking's coverage.
 * A word of the name of the person the sentence's opening pronoun stands for ("He quit the game…" after
 * "E Hayot … said") is said by the pronoun (`byPronoun`: the story's subject, `referents.ts`), as the
 * ranking credits it (`retrieval.ts`).
 * A feature of the learned re-ranking (`passage-model.ts`) and of the answerability calibrator: a
 * sentence that says "adults" for the question's "grown-ups" is nearer to answering it than one that
 * says neither. (Searching a question word as the story's nearest words was tried and dropped: docs/measured.md.)
 */
import type { Group } from './expansion.js';
import { cosineOf, type WordVectors } from './embeddings.js';
import { CONTEXT_WINDOW, POINTS_BACK, type SearchIndex } from './search-index.js';
import type { Token } from './text.js';

export function softCoverage(
  vectors: WordVectors,
  groups: readonly Group[],
  tokens: readonly Token[],
  byPronoun: readonly number[] = [],
): number {
  let total = 0;
  let said = 0;
  const stems = new Set(tokens.map((t) => t.stem));
  // The sentence's word vectors, looked up only when some question word is not there as it is.
  let rows: number[] | undefined;
  for (const [at, g] of groups.entries()) {
    total += g.idf;
    // A group naming the person the sentence's opening pronoun stands for is said, as the ranking credits it.
    if (byPronoun.includes(at) || g.terms.some((t) => stems.has(t.stem))) {
      said += g.idf;
      continue;
    }
    const row = vectors.row(g.word);
    if (row === undefined) continue;
    rows ??= sentenceRows(vectors, tokens);
    let best = 0;
    for (const r of rows) best = Math.max(best, cosineOf(vectors, row, r));
    said += g.idf * best;
  }
  return total > 0 ? said / total : 0;
}

/** The rows of a sentence's content words, each once. */
function sentenceRows(vectors: WordVectors, tokens: readonly Token[]): number[] {
  const rows: number[] = [];
  for (const t of tokens) {
    if (t.stop) continue;
    const r = vectors.row(t.word);
    if (r !== undefined && !rows.includes(r)) rows.push(r);
  }
  return rows;
}

/**
 * A sentence's words and, when it opens by pointing back ("The group is notorious for…") or goes on
 * with a quote, those of the sentences it may point back to (the one before it for a quote, else up to
 * two before it in its paragraph), which the ranking credits it with.
 */
export function creditedTokens(index: SearchIndex, id: number, tokens: readonly Token[]): Token[] {
  const how = index.anaphoric[id];
  if (how === undefined || how === POINTS_BACK.no) return [...tokens];
  const out = [...tokens];
  const reach = how === POINTS_BACK.quote ? 1 : CONTEXT_WINDOW;
  for (let back = 1; back <= reach; back++) {
    const other = id - back;
    if (other < 0 || index.articleOf[other] !== index.articleOf[id]) break;
    if (how !== POINTS_BACK.quote && index.paragraphOf[other] !== index.paragraphOf[id]) break;
    out.push(...index.tokens(other));
  }
  return out;
}
