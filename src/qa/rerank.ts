/**
 * Re-ranking stage, over the few best candidates of retrieval: boosts for the question's words in
 * exactly the form asked, for adjacent question words close together, for a sentence holding the
 * kind of thing asked for (a person for "who", a date for "when", a language for "what language"),
 * then Fuse.js token search. Also finds the answer spans that the passages highlight.
 */
import Fuse from 'fuse.js';
import type { Group } from './expansion.js';
import { ANSWER_ENTITIES, type ParsedQuestion, type QuestionType } from './question.js';
import type { Candidate } from './retrieval.js';
import type { SearchIndex } from './search-index.js';
import type { Token } from './text.js';
import type { Highlight } from './types.js';
import type { Weights } from './weights.js';
import { isKindOf } from './wordnet.js';

/** A candidate after re-ranking: its tokens and the spans that likely answer. */
export interface Ranked extends Candidate {
  tokens: Token[];
  answers: Highlight[];
}

const REASON_CUE =
  /\b(because|due to|as a result|in order to|so that|so as to|aim(ed|s)? (at|to)|reason|thanks to|in light of|caused|led to|result(ed)? (in|from)|therefore|thus)\b/i;

const LOCATIVE = /\b(in|at|near|outside|inside|across|throughout|from|to|into|on)\b[^.,;:!?]{0,24}$/i;

/** Re-rank the candidates (best first afterwards); `matched` is every stem the question searched for. */
export function rerank(
  index: SearchIndex,
  candidates: readonly Candidate[],
  groups: readonly Group[],
  question: ParsedQuestion,
  matched: ReadonlySet<string>,
  weights: Weights,
): Ranked[] {
  const type = question.type;
  const ranked: Ranked[] = [];
  for (const c of candidates) {
    const doc = index.docs[c.id];
    if (doc === undefined) continue;
    const tokens = index.tokens(c.id);
    let score = c.score;
    score *= 1 + weights.SURFACE_BOOST * surfaceShare(tokens, groups);
    score *= 1 + weights.PHRASE_BOOST * phraseShare(tokens, groups, weights.PHRASE_WINDOW);
    const answers = answerSpans(index, c.id, type, matched, tokens);
    if (question.kinds.length > 0 && weights.KIND_BOOST > 0) {
      const kinds = kindSpans(tokens, question.kinds, matched);
      if (kinds.length > 0) {
        score *= 1 + weights.KIND_BOOST;
        answers.push(...kinds);
      }
    }
    if (answers.length > 0 || (type === 'reason' && REASON_CUE.test(doc.sentence.text))) {
      score *= 1 + (type === 'location' ? weights.PLACE_BOOST : weights.TYPE_BOOST);
    }
    ranked.push({ ...c, score, tokens, answers });
  }
  // Before the Fuse.js re-rank, which then weighs the borrowed candidate's own words like any other's;
  // each next sentence goes right after its topic sentence, so both are in or out of its share alike.
  const all = weights.NEXT_SENTENCE > 0 ? withNext(index, ranked, type, matched, weights) : ranked;
  tokenRerank(all.slice(0, weights.FUSE_CANDIDATES), groups, weights.FUSE_RERANK);
  return all.sort((a, b) => b.score - a.score);
}

/**
 * A sentence that names what a typed question is about but holds nothing of the asked type ("…he
 * staged New Zealand's first game.") is often followed by the one that answers it ("Nelson Town met
 * Nelson College on 14 May, 1870…"): the next sentence of the same paragraph, when it holds the asked
 * type, becomes a candidate with a share of the first one's score (boosted for its type as the others).
 */
function withNext(
  index: SearchIndex,
  ranked: readonly Ranked[],
  type: QuestionType,
  matched: ReadonlySet<string>,
  weights: Weights,
): Ranked[] {
  // "Where" is left out: a story's sentences name places all the time, and the next one's place is
  // rarely where the topic's event happened (measured on SQuAD).
  if (ANSWER_ENTITIES[type].length === 0 || type === 'location') return [...ranked];
  const out: Ranked[] = [];
  const known = new Set(ranked.map((r) => r.id));
  for (const r of ranked) {
    out.push(r);
    const next = r.id + 1;
    if (r.answers.length > 0 || known.has(next) || index.paragraphOf[next] !== index.paragraphOf[r.id])
      continue;
    const tokens = index.tokens(next);
    const answers = answerSpans(index, next, type, matched, tokens);
    if (answers.length === 0) continue;
    known.add(next);
    out.push({
      id: next,
      score: r.score * weights.NEXT_SENTENCE * (1 + weights.TYPE_BOOST),
      coverage: r.coverage / 2,
      tokens,
      answers,
    });
  }
  return out;
}

/**
 * Fuse.js token search (per-word Bitap with IDF weights) over the candidates only: it rewards
 * near-matches the stemmer misses ("convened"/"convention") and words in the question's order.
 */
function tokenRerank(top: Ranked[], groups: readonly Group[], weight: number): void {
  if (top.length < 2) return;
  // Content words only: token search costs one Bitap match per sentence word and question word, and
  // stopwords only diluted its scores (measured on SQuAD: top-1 0.804 → 0.805, median per question
  // 1.80 → 1.46 ms).
  const texts = top.map((c) =>
    c.tokens
      .filter((t) => !t.stop)
      .map((t) => t.word)
      .join(' '),
  );
  const fuse = new Fuse(texts, {
    useTokenSearch: true,
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
  });
  const query = groups.map((g) => g.word).join(' ');
  for (const r of fuse.search(query)) {
    const c = top[r.refIndex];
    if (c !== undefined) c.score *= 1 + weight * (1 - (r.score ?? 1));
  }
}

/** Entities of the wanted types that are not the question's own words: the likely answer. */
function answerSpans(
  index: SearchIndex,
  id: number,
  type: QuestionType,
  matched: ReadonlySet<string>,
  tokens: readonly Token[],
): Highlight[] {
  const wanted: readonly string[] = ANSWER_ENTITIES[type];
  if (wanted.length === 0) return [];
  const doc = index.docs[id];
  if (doc === undefined) return [];
  return (
    index
      .entities(id)
      .filter((e) => wanted.includes(e.type))
      // A place answers "where" when something happens in or at it, not when it is an actor ("Russia said").
      .filter(
        (e) =>
          type !== 'location' || LOCATIVE.test(doc.sentence.text.slice(Math.max(0, e.start - 30), e.start)),
      )
      .filter((e) => !tokens.some((t) => t.start >= e.start && t.end <= e.end && matched.has(t.stem)))
      .map((e) => ({ start: e.start, end: e.end, kind: 'answer' as const }))
  );
}

/** Share of the question's words, weighted by rarity, that the sentence uses in exactly the same form. */
function surfaceShare(tokens: readonly Token[], groups: readonly Group[]): number {
  const words = new Set(tokens.map((t) => t.word));
  let same = 0;
  let total = 0;
  for (const g of groups) {
    total += g.idf;
    if (words.has(g.word)) same += g.idf;
  }
  return total > 0 ? same / total : 0;
}

/** Words of the sentence (not the question's own) that name something of a kind asked for. */
function kindSpans(
  tokens: readonly Token[],
  kinds: readonly string[],
  matched: ReadonlySet<string>,
): Highlight[] {
  return tokens
    .filter((t) => t.word.length > 2 && !/\p{N}/u.test(t.word) && !t.stop && !matched.has(t.stem))
    .filter((t) => kinds.some((k) => isKindOf(t.word, k)))
    .map((t) => ({ start: t.start, end: t.end, kind: 'answer' as const }));
}

/** Share of adjacent question-word pairs found close together, in order, in the sentence ("oil crisis"). */
function phraseShare(tokens: readonly { stem: string }[], groups: readonly Group[], window: number): number {
  if (groups.length < 2) return 0;
  const positions = groups.map((g) => {
    const stems = new Set(g.terms.map((t) => t.stem));
    const at: number[] = [];
    tokens.forEach((t, i) => {
      if (stems.has(t.stem)) at.push(i);
    });
    return at;
  });
  let pairs = 0;
  for (let g = 0; g + 1 < positions.length; g++) {
    const a = positions[g] as number[];
    const b = positions[g + 1] as number[];
    if (a.some((i) => b.some((j) => j > i && j - i <= window))) pairs++;
  }
  return pairs / (groups.length - 1);
}
