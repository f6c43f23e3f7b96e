/**
 * "tell me more", "go on", "and?" after an answer: the story read on from where the answer was found.
 * A reader who asks for more after being shown one sentence of a story expects what the story says next,
 * as if they had kept reading it, not other sentences that share the question's words (those are
 * already offered beside the answer: "More passages" on Discord, "Also relevant" in text). After a
 * summary, reading on starts at the first sentence of the story the summary did not show.
 *
 * Pure: the place read up to goes in, the next sentences and the new place come out. Each front keeps
 * the place of its conversation (`src/discord/conversations.ts`, the console's `Conversation`).
 */
import type { Article } from '../knowledge/types.js';
import type { ArticleRef, Passage } from './types.js';
import { standingAlone } from './quote-marks.js';

/** How many sentences one "more" shows: a short paragraph's worth, as a reader takes in at a glance. */
export const READ_ON_SENTENCES = 2;

/**
 * Where a conversation has read an article up to: the sentences it has shown (by their index in the
 * article; -1 for a part of the page's metadata). Reading on takes the body sentences after the first
 * of them that have not been shown.
 */
export interface ReadingPlace {
  article: string;
  shown: readonly number[];
}

export type ReadOn =
  /** The next sentences, and the place after them for the next "more". */
  | { kind: 'passages'; passages: Passage[]; place: ReadingPlace }
  /** Nothing shown yet in this conversation (or only a refusal): nothing to read on from. */
  | { kind: 'nothing-shown' }
  /** Every sentence after the place has been shown: the story ends there. */
  | { kind: 'end'; article: ArticleRef };

/** The story's own sentences: not its headline, captions or credits, nor readers' comments under it. */
const READ_ROLES = new Set(['body']);

export function readOn(
  articles: readonly Article[],
  refs: readonly ArticleRef[],
  place: ReadingPlace | undefined,
  count: number = READ_ON_SENTENCES,
): ReadOn {
  if (place === undefined || place.shown.length === 0) return { kind: 'nothing-shown' };
  const at = articles.findIndex((a) => a.id === place.article);
  const article = articles[at];
  const ref = refs[at];
  // The article was removed from the folder since: as if nothing had been shown.
  if (article === undefined || ref === undefined) return { kind: 'nothing-shown' };
  const from = Math.min(...place.shown);
  const shown = new Set(place.shown);
  const next = article.sentences
    .filter((s) => s.index > from && READ_ROLES.has(s.role) && !shown.has(s.index))
    .slice(0, count);
  if (next.length === 0) return { kind: 'end', article: ref };
  // Shown apart from the sentences around them: a quotation's marks each needs (`quote-marks.ts`).
  const shownText = standingAlone(article.sentences);
  return {
    kind: 'passages',
    passages: next.map((s) => ({
      text: shownText[s.index] ?? s.text,
      // Not scored against any question: each is simply what the story says next.
      score: 1,
      article: ref,
      section: s.role,
      sentence: s.index,
      highlights: [],
    })),
    place: { article: place.article, shown: [...place.shown, ...next.map((s) => s.index)] },
  };
}
