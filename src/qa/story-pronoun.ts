/**
 * A folder's question whose "he" or "she" names no one ("how long did it take him?", "how old is
 * she?"), asked with no story chosen or talked about. The reader means the person one story is about;
 * the folder's best passage picks a story by a shared word ("long" in another story's "five minutes is
 * a long way…", said by a woman), and answered from it, at high confidence, the "him" is no one there
 * (nc56: "five minutes" from the market story, while the postman story, about one man, refused alone).
 *
 * A story's main person (`storySubject`, the pronouns the story itself uses for them: `toldGender`) is
 * who a reader's bare "he" means, as it is when the story is asked alone (`person-credit.ts`). When the
 * best passage's story has no such person the pronoun fits, nor does the best passage name one or say
 * "he" ("…the move was the only option, he said" of a councillor: the reader's "he" may be him), and
 * exactly one story of the folder has one, the question is about that story: searched and judged as
 * that story alone (`Engine.alone`), which answers or says it does not. Not when the best passage holds
 * a word of the question that story lacks altogether (no form of it: "what did he say about
 * the move?" of a market's move, the man's story never saying "move"): then the reader's words, not a
 * pronoun, say which story they mean. The story need not hold any of the
 * question's words: "how old is he?" holds none but the pronoun, and may find no passage at all. Two stories fitting are the reader's to pick (`story-choice.ts`, `story-doubt.ts`); none, and the
 * folder's search stands. A pronoun bound by a name or a person noun before it ("did Megan say she…",
 * "where did the mayor say he…") names its own person: `heOrShe` reads none.
 */
import type { Article, Sentence } from '../knowledge/types.js';
import { holds } from './conversation-article.js';
import type { Entity } from './entities.js';
import type { Group } from './expansion.js';
import { nameGender } from '../knowledge/names.js';
import { heOrShe } from './other-person.js';
import { PRONOUNS, sexOfPronoun, type PronounSex } from './pronoun-sex.js';
import type { ParsedQuestion } from './question.js';
import { toldGender } from './referents.js';
import { copiesOf } from './same-story.js';
import type { SearchIndex } from './search-index.js';
import { storySubject } from './story-subject.js';
import { toldAs } from './subject.js';
import { tokenize } from './text.js';
import { isRoleNoun } from './wordnet.js';

export interface PronounStoryInput {
  index: SearchIndex;
  articles: readonly Article[];
  groups: readonly Group[];
  /** The story (by position) of the folder's best passage, and that passage's sentence; none found. */
  best: { article: number; sentence: Sentence } | undefined;
  question: Pick<ParsedQuestion, 'text' | 'names'>;
  entitiesOf: (s: Sentence) => readonly Entity[];
}

/** Whether the main person of the story at `article` is one the pronoun `word` stands for. */
function fits(input: PronounStoryInput, article: number, word: string): boolean {
  const story = input.articles[article];
  if (story === undefined) return false;
  const subject = storySubject(story, input.entitiesOf);
  if (subject?.kind !== 'person') return false;
  return toldAs(subject, toldGender(story, input.entitiesOf, subject.name)).pronouns.has(word);
}

/** Whether a sentence says a pronoun of the sex, or names a person of it ("Councillor Martin Hale"). */
function mentions(input: PronounStoryInput, sentence: Sentence, sex: PronounSex): boolean {
  if (tokenize(sentence.text).some((t) => PRONOUNS[sex].has(t.word))) return true;
  const gender = sex === 'he' ? 'male' : 'female';
  return input
    .entitiesOf(sentence)
    .some(
      (e) => e.type === 'person' && nameGender(sentence.text.slice(e.start, e.end), isRoleNoun) === gender,
    );
}

/**
 * The one story (by position) the question's bare "he" or "she" fits, when the best passage's story
 * (the first reached) has no one it fits (see above); undefined otherwise.
 */
export function storyOfPronoun(input: PronounStoryInput): number | undefined {
  const best = input.best?.article;
  const pronoun = heOrShe({ tokens: tokenize(input.question.text), names: input.question.names });
  const sex = pronoun === undefined ? undefined : sexOfPronoun(pronoun.word);
  if (pronoun === undefined || sex === undefined) return undefined;
  const word = pronoun.word;
  if (
    input.best !== undefined &&
    (fits(input, input.best.article, word) || mentions(input, input.best.sentence, sex))
  )
    return undefined;
  let only: number | undefined;
  for (let article = 0; article < input.articles.length; article++) {
    if (article === best || !fits(input, article, word)) continue;
    // The same story saved twice is one story (`same-story.ts`).
    if (only !== undefined && !copiesOf(input.index, only)(article)) return undefined;
    only ??= article;
  }
  if (only === undefined || input.best === undefined) return only;
  const there = new Set(tokenize(input.best.sentence.text).map((t) => t.stem));
  // The question's own word (a form of it, not a synonym lent by expansion) in the passage, none in
  // the story the pronoun would pick.
  const lacked = input.groups.some((g) => {
    const own = g.terms.filter((t) => t.other !== true && t.lent !== true);
    return (
      sexOfPronoun(g.word) === undefined &&
      own.some((t) => there.has(t.stem)) &&
      !own.some((t) => holds(input.index, only, t.stem))
    );
  });
  return lacked ? undefined : only;
}
