/**
 * A folder's first question that points back at someone or something it never names: "when did it
 * open?", "how old is he?", "why are critics against it?", asked of a folder of several stories with
 * none picked and none talked about. The "it" or "he" is the story the reader has in mind, which the
 * bot cannot see. The folder's best passage then picks a story by a shared word ("open" in "an open
 * book", "old" in another story's "18-year-old") and answers, or refuses, from it: on the visible
 * folder replays 15 of the 33 answers a story alone got right and its folder gave from another story
 * were such questions (session 51, docs/measured.md).
 *
 * When two or more stories each answer the question alone, which of them the reader meant is theirs to
 * say, as for a question about the page ("who wrote this?") or one naming nothing ("where is it?"): the
 * reply asks which one, naming those stories. A question a single story answers, or one naming one of
 * the stories by a word another lacks (`namesAgainst`), is searched over the folder as before; so is
 * one with no pronoun pointing back ("who owns the farm?"), whose words are the reader's own
 * description of what they mean, and one whose pronoun stands for a noun or name it says itself ("what
 * movement did the fair have its origins in?", "where did Conte make his claims?": `pointsOutside`).
 *
 * The stories weighed are those of the folder's ranking whose best passage scores at least
 * `STORY_DOUBT_RATIO` of the best (as `story-doubt.ts` weighs the one other story), a copy of one
 * already weighed passed over (`same-story.ts`), at most `STORY_CHOICES` of them: each is asked the
 * question alone (`Engine.alone`), a whole question's work.
 */
import { namesAgainst, PEOPLE_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS } from './conversation-article.js';
import type { Group } from './expansion.js';
import type { ParsedQuestion } from './question.js';
import type { Ranked } from './rerank.js';
import { copiesOf } from './same-story.js';
import type { SearchIndex } from './search-index.js';
import { isStopword } from './text.js';
import { rememberedTerms } from './text-memo.js';
import { isKindOf } from './wordnet.js';

/**
 * At most this many stories are asked the question alone: a cost cap (each is a question's work),
 * not a tuned number. A reader choosing among more than three stories is better off naming one.
 */
export const STORY_CHOICES = 3;

/** A word that asks ("whats" as chat writes it, which the tagger reads as a plural noun). */
const ASKING = /^(?:who|whom|whose|what|which|when|where|why|how)s?$/u;

/**
 * Whether a pronoun of the question stands for nothing the question itself names before it: "when did
 * it open?", "why are critics against it?" ("it" is no critics), "whats the company offering them?"
 * ("them" is no company). Not "how many households have kids living in them?" (households), "what
 * movement did the fair have its origins in?" (the fair), "who is the new boss and where did she work?"
 * (a boss is a person), "where did Conte make his claims?" (a name): the question says what it is
 * about. A pronoun agrees with a noun (as the tagger reads the question) by number, "he" and "she"
 * with a name or a noun naming a kind of person (WordNet).
 */
export function pointsOutside(question: string): boolean {
  const terms = rememberedTerms(question);
  const nouns: { word: string; tags: ReadonlySet<string> }[] = [];
  for (const term of terms) {
    const word = term.text.toLowerCase().replace(/['’]s$/u, '');
    const stands = (test: (noun: (typeof nouns)[number]) => boolean) => !nouns.some(test);
    if (THING_PRONOUNS.has(word) && stands((n) => n.tags.has('Singular') && !isKindOf(n.word, 'person')))
      return true;
    if (PEOPLE_PRONOUNS.has(word) && stands((n) => n.tags.has('Plural'))) return true;
    if (PERSON_PRONOUNS.has(word) && stands((n) => n.tags.has('ProperNoun') || isKindOf(n.word, 'person')))
      return true;
    if (term.tags.has('Noun') && !term.tags.has('Pronoun') && !isStopword(word) && !ASKING.test(word))
      nouns.push({ word, tags: term.tags });
  }
  return false;
}

/** What the choice reads: the folder's ranking and the question as searched. */
export interface ChoiceInput {
  index: SearchIndex;
  ranked: readonly Pick<Ranked, 'id' | 'score'>[];
  groups: readonly Group[];
  question: Pick<ParsedQuestion, 'text' | 'names'>;
  /** Another story's best passage must score at least this share of the best one's (`Weights`). */
  ratio: number;
  /** Whether the story at a position, asked the question alone, answers it. */
  answers: (article: number) => boolean;
}

/**
 * The stories of the ranking worth asking (see above), by position, in the ranking's order: each
 * one's best passage at the share of the best, copies passed over, at most `STORY_CHOICES`.
 */
function storiesRanked(index: SearchIndex, ranked: ChoiceInput['ranked'], ratio: number): number[] {
  const top = ranked.reduce((best, r) => Math.max(best, r.score), 0);
  if (top <= 0) return [];
  const best = new Map<number, number>();
  for (const r of ranked) {
    const article = index.articleOf[r.id];
    if (article !== undefined && r.score > (best.get(article) ?? 0)) best.set(article, r.score);
  }
  const stories: number[] = [];
  const copies: ((b: number) => boolean)[] = [];
  for (const [article, score] of best) {
    if (stories.length === STORY_CHOICES) break;
    if (score < top * ratio || copies.some((copy) => copy(article))) continue;
    stories.push(article);
    copies.push(copiesOf(index, article));
  }
  return stories;
}

/**
 * The stories (by position) the reader is asked to choose from, or undefined when the question is
 * searched over the folder as before (see above).
 */
export function storyChoice(input: ChoiceInput): number[] | undefined {
  const { index, groups, question } = input;
  // The ranking first: two stories near the best are rarer than a pronoun, and cheaper to read.
  const weighed = storiesRanked(index, input.ranked, input.ratio);
  if (weighed.length < 2 || !pointsOutside(question.text)) return undefined;
  // A story the question names by a word another weighed story lacks rules that other out: "his" in
  // "where did Conte make his claims?" is Conte's.
  const named = weighed.filter(
    (a) => !weighed.some((b) => b !== a && namesAgainst(index, groups, question, b, a)),
  );
  if (named.length < 2) return undefined;
  const answering = named.filter((a) => input.answers(a));
  return answering.length < 2 ? undefined : answering;
}
