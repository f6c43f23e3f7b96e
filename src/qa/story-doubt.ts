/**
 * A question asked of a whole folder that no story owns. "How long did it take her?", "did he get a
 * reward?", "how old is she?": a reader's first question often names nothing that tells the stories
 * apart, and the folder's best passage then picks the story by a shared word ("reward", "old"). Asked of
 * each story alone, two of them answer it, each confidently: the folder's pick is a guess at which
 * story the reader meant, and a confident answer from the other story is a confident wrong one (session
 * 48, docs/measured.md: on the folder replays of the user-question, newcomer and three newcomer-session
 * sets, 38 answers from a story other than the one asked about were given at high confidence; 18 are now).
 *
 * The doubt is measured, not listed: the best passage of another story scores at least
 * `STORY_DOUBT_RATIO` of the best one (else the other story answers only some other question of the
 * same words), the question names the best story by no word the other lacks (`namesAgainst`), and that
 * story, asked alone (`Engine.alone`), answers it as the best story alone does. Then the answer stays
 * (the story picked is right as often as not), its confidence is shared between the stories by their own
 * confidences, the probability that the reader meant this one, and the other story is named (`alsoIn`),
 * so the reader can pick (`/article`, `--article`, `/ask article:`).
 */
import { namesAgainst } from './conversation-article.js';
import type { Group } from './expansion.js';
import type { ParsedQuestion } from './question.js';
import type { Ranked } from './rerank.js';
import type { SearchIndex } from './search-index.js';

/** What the doubt reads: the folder's ranking and the question as searched. */
export interface DoubtInput {
  index: SearchIndex;
  ranked: readonly Pick<Ranked, 'id' | 'score'>[];
  groups: readonly Group[];
  question: Pick<ParsedQuestion, 'text' | 'names'>;
  /** Another story's best passage must score at least this share of the best one (`Weights`). */
  ratio: number;
  /** The confidence of the story at a position asked the question alone; undefined when it refuses. */
  aloneConfidence: (article: number) => number | undefined;
}

export interface StoryDoubt {
  /** The story that also answers the question (by position). */
  other: number;
  /** 0-1: the best story's share of the two stories' own confidences. */
  share: number;
}

/**
 * The story of the first passage and the best other story, each with its best passage's score: the
 * ranking's order is not always by score (the learned re-ranking, the person asked first), so the best
 * passage of a story is looked for over all of its own.
 */
function storiesCompared(
  index: SearchIndex,
  ranked: DoubtInput['ranked'],
): { first: number; own: number; other: number; score: number } | undefined {
  const head = ranked[0];
  const first = head === undefined ? undefined : index.articleOf[head.id];
  if (first === undefined) return undefined;
  let own = 0;
  let other: number | undefined;
  let score = 0;
  for (const r of ranked) {
    const article = index.articleOf[r.id];
    if (article === undefined) continue;
    if (article === first) own = Math.max(own, r.score);
    else if (r.score > score) [other, score] = [article, r.score];
  }
  return other === undefined ? undefined : { first, own, other, score };
}

/** The doubt over which story the question means (see above), or undefined when it names one. */
export function storyDoubt(input: DoubtInput): StoryDoubt | undefined {
  const { index, groups, question } = input;
  const compared = storiesCompared(index, input.ranked);
  if (compared === undefined || compared.own <= 0) return undefined;
  const { first, other } = compared;
  if (compared.score < compared.own * input.ratio) return undefined;
  if (namesAgainst(index, groups, question, first, other)) return undefined;
  const theirs = input.aloneConfidence(other);
  if (theirs === undefined) return undefined;
  const ours = input.aloneConfidence(first);
  if (ours === undefined || ours + theirs <= 0) return undefined;
  return { other, share: ours / (ours + theirs) };
}
