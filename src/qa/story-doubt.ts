/**
 * A question asked of a whole folder that no story owns. "How long did it take her?", "did he get a
 * reward?", "how old is she?": a reader's first question often names nothing that tells the stories
 * apart, and the folder's best passage then picks the story by a shared word ("reward", "old"). Asked of
 * each story alone, two of them answer it, each confidently: the folder's pick is a guess at which
 * story the reader meant, and a confident answer from the other story is a confident wrong one (session
 * 48, docs/measured.md: on the folder replays of the user-question, newcomer and three newcomer-session
 * sets, 38 answers from a story other than the one asked about were given at high confidence; 19 are now).
 *
 * The doubt is measured, not listed. The other story is the one whose best passage scores highest after
 * the best story's, a copy of the best story passed over (`copiesOf`: most of its sentences the same
 * text, whatever its title; the same story saved twice says nothing of which story was meant). Its best
 * passage scores at least `STORY_DOUBT_RATIO` of the best story's, and the question names the best story
 * by no word the other lacks (`namesAgainst`). Then each story is asked alone (`Engine.alone`): the other
 * story must answer from one of its passages in the folder's ranking that scores that share too and holds
 * as many of the question's words (groups) as the folder's answer does (else it answers another reading
 * of the words: "why did the price go up?" of a lighthouse's sale, by "the money would go towards…");
 * the best story must give the folder's answer
 * among its own passages. Then the answer stays, shown at the answering threshold ("low": which story
 * the reader meant is not known), and the other story is named (`alsoIn`), so the reader can pick
 * (`/article`, `--article`, `/ask article:`).
 */
import { namesAgainst } from './conversation-article.js';
import type { Group } from './expansion.js';
import type { ParsedQuestion } from './question.js';
import type { Ranked } from './rerank.js';
import { copiesOf } from './same-story.js';
import type { SearchIndex } from './search-index.js';

/** What the doubt reads: the folder's ranking and the question as searched. */
export interface DoubtInput {
  index: SearchIndex;
  ranked: readonly Pick<Ranked, 'id' | 'score' | 'tokens'>[];
  groups: readonly Group[];
  question: Pick<ParsedQuestion, 'text' | 'names'>;
  /** Another story's passage must score at least this share of the best one (`Weights`). */
  ratio: number;
  /** The story at a position asked the question alone: its passages, none when it refuses. */
  alone: (article: number) => readonly AlonePassage[];
}

/**
 * A passage of a story's own answer: its sentence and score (the first's is the story's confidence,
 * the others' that confidence scaled by their ranking's score: `Engine.assess`). Only the sentence is
 * read: which passage each story answers from, not how sure it is.
 */
export interface AlonePassage {
  sentence: number;
  score: number;
}

export interface StoryDoubt {
  /** The story that also answers the question (by position). */
  other: number;
}

/** A story's best passage in the folder's ranking: its document and score. */
type Best = DoubtInput['ranked'][number];

/**
 * The story of the first passage and the best other story that is not a copy of it, each with its best
 * passage: the ranking's order is not always by score (the learned re-ranking, the person asked first),
 * so the best passage of a story is looked for over all of its own.
 */
function storiesCompared(
  index: SearchIndex,
  ranked: DoubtInput['ranked'],
): { first: number; own: Best; other: number; theirs: Best } | undefined {
  const head = ranked[0];
  const first = head === undefined ? undefined : index.articleOf[head.id];
  if (head === undefined || first === undefined) return undefined;
  let own: Best = head;
  let other: number | undefined;
  let theirs: Best | undefined;
  // Each story compared with the first once, however many of its passages are ranked; the first's
  // sentences read once.
  const copyOfFirst = copiesOf(index, first);
  const copies = new Map<number, boolean>();
  const copy = (article: number) => {
    let same = copies.get(article);
    if (same === undefined) copies.set(article, (same = copyOfFirst(article)));
    return same;
  };
  for (const r of ranked) {
    const article = index.articleOf[r.id];
    if (article === undefined) continue;
    if (article === first) own = r.score > own.score ? r : own;
    else if (r.score > (theirs?.score ?? 0) && !copy(article)) [other, theirs] = [article, r];
  }
  return other === undefined || theirs === undefined ? undefined : { first, own, other, theirs };
}

/** The sentence (its index in its story) of a document. */
const sentenceOf = (index: SearchIndex, id: number) => index.docs[id]?.sentence.index;

/** How many of the question's words (groups) a ranked passage holds, by any of their terms. */
function held(groups: readonly Group[], r: Pick<Ranked, 'tokens'>): number {
  const stems = new Set(r.tokens.map((t) => t.stem));
  return groups.filter((g) => g.terms.some((t) => stems.has(t.stem))).length;
}

/**
 * Whether some passage of another story than the first's scores the `ratio` share of the first story's
 * best (and both score above 0): the test `storyDoubt` makes of the story `storiesCompared` picks, made
 * of every other story at once. The story picked scores no more than the best of them, so when none
 * does, no story can doubt, and no story's sentences need to be compared with the first's (`copiesOf`
 * reads every body sentence of both: on the BBC folder most answered questions end here).
 */
function anotherReaches(index: SearchIndex, ranked: DoubtInput['ranked'], ratio: number): boolean {
  const head = ranked[0];
  const first = head === undefined ? undefined : index.articleOf[head.id];
  if (head === undefined || first === undefined) return false;
  let own = head.score;
  let theirs = 0;
  for (const r of ranked) {
    const article = index.articleOf[r.id];
    if (article === undefined) continue;
    if (article === first) own = Math.max(own, r.score);
    else theirs = Math.max(theirs, r.score);
  }
  return own > 0 && theirs > 0 && theirs >= own * ratio;
}

/** The doubt over which story the question means (see above), or undefined when it names one. */
export function storyDoubt(input: DoubtInput): StoryDoubt | undefined {
  const { index, groups, question } = input;
  if (!anotherReaches(index, input.ranked, input.ratio)) return undefined;
  const compared = storiesCompared(index, input.ranked);
  const head = input.ranked[0];
  if (compared === undefined || head === undefined || compared.own.score <= 0) return undefined;
  const { first, other } = compared;
  if (compared.theirs.score < compared.own.score * input.ratio) return undefined;
  if (namesAgainst(index, groups, question, first, other)) return undefined;
  // The other story's own answer is the doubt: one of its passages in the folder's ranking, scoring
  // the share of the best, and as full a reading of the question as the folder's answer (holding as
  // many of its words: not "go" alone of "why did the price go up?").
  // The ranking alone can rule that out, before the other story is asked (a whole question's work).
  const needed = held(groups, head);
  const could = (r: DoubtInput['ranked'][number]) =>
    index.articleOf[r.id] === other &&
    r.score >= compared.own.score * input.ratio &&
    held(groups, r) >= needed;
  if (!input.ranked.some(could)) return undefined;
  const theirs = input.alone(other)[0];
  const doubting = input.ranked.find((r) => could(r) && sentenceOf(index, r.id) === theirs?.sentence);
  if (theirs === undefined || doubting === undefined) return undefined;
  // The folder's answer is its first passage: the best story alone must give it too.
  const ours = input.alone(first).some((p) => p.sentence === sentenceOf(index, head.id));
  return ours ? { other } : undefined;
}
