/**
 * One message to the bot → what to do with it, as data: the intent (see `intent.ts`) with what the
 * engine found for it. Every front turns this into its own text (`src/format/`, `src/discord/replies.ts`).
 */
import type { AskOptions, Engine } from './engine.js';
import type { FocusOptions } from './focus.js';
import { classifyMessage, type Courtesy } from './intent.js';
import type { LastPerson } from './last-person.js';
import { readOn, type ReadingPlace, type ReadOn } from './read-on.js';
import { helpExamples } from './suggest.js';
import { GIST_TUNING, SUMMARY_TUNING, type SummaryTuning } from './summary.js';
import { askedAgain } from './wh-follow-up.js';
import type { Answer, ArticleRef, PageField, Summary } from './types.js';

/** "What is this about?" is answered with this many sentences, the article's lead first (`GIST_TUNING`). */
export const GIST_SENTENCES = 3;

/**
 * What a request needing one article of several asked for: a part of the page, a summary, the story
 * itself (a question naming nothing, "where is it?"), or the answer of one of several stories that each
 * answer the question (`several`: one pointing back at what it never names, "when did it open?").
 */
export type ArticleAsked = PageField | 'summary' | 'story' | 'several';

/** A summary, or the articles to choose from when it is not clear which one is meant. */
export type SummaryResponse =
  | { kind: 'summary'; summary: Summary | undefined }
  /**
   * Several articles and none named or talked about: which one? (`asked`: what it was for; `articles`:
   * those to choose from, all of them or, for `several`, those that each answer the question; `outOf`:
   * when they are those of all `outOf` articles whose page has the part a page question asks about.)
   */
  | { kind: 'choose-article'; asked: ArticleAsked; articles: ArticleRef[]; outOf?: number };

export type Response =
  | { kind: 'courtesy'; courtesy: Courtesy; examples: string[] }
  /** `articles`: how many are loaded (with several, the help says what "this" means). */
  | { kind: 'help'; examples: string[]; articles: number }
  | SummaryResponse
  | { kind: 'command'; name: string; args: string }
  /** "tell me more": the story read on from the conversation's last answer or summary. */
  | { kind: 'more'; read: ReadOn }
  | { kind: 'answer'; answer: Answer };

/** What a front remembers of its conversation beyond its article: where it has read up to, and whom. */
export interface ConversationState {
  reading?: ReadingPlace;
  /** Who its last answer was about (`last-person.ts`): what a question's "he" (or "they") reads as. */
  person?: LastPerson;
  /** Its last question, as searched: what a bare "where?" asks again (`wh-follow-up.ts`). */
  question?: string;
}

/**
 * The summary of the article a request means (named, else the conversation's, else the only one: see
 * `focus.ts`), or the articles to choose from. `summary` is undefined when the named one is unknown.
 */
export function summaryFor(
  engine: Engine,
  options: FocusOptions,
  sentences: number,
  tuning: Readonly<SummaryTuning> = SUMMARY_TUNING,
): SummaryResponse {
  const focus = engine.focus(options);
  if (focus.kind === 'choose')
    return { kind: 'choose-article', asked: 'summary', articles: [...engine.index.refs] };
  const summary =
    focus.kind === 'article'
      ? engine.summary(engine.index.refs[focus.index]?.id, sentences, tuning)
      : undefined;
  // Not named but the conversation's: the reply says it is one of several and how to pick another.
  const others = engine.articles.length - 1;
  return {
    kind: 'summary',
    summary:
      summary !== undefined && focus.kind === 'article' && focus.how === 'conversation' && others > 0
        ? { ...summary, otherArticles: others }
        : summary,
  };
}

/**
 * The people a question's "he" or "they" may read as: the conversation's, when they were named in the
 * article the question is about (`focus.ts`). Another story's "he" is someone else: after "/article
 * iraq" (or `/ask article:`), the signatories of the ferry deal talked about before are no one there.
 */
function peopleOf(
  engine: Engine,
  options: FocusOptions,
  person: LastPerson | undefined,
): readonly string[] | undefined {
  const focus = engine.focus(options);
  const about = focus.kind === 'article' ? engine.index.refs[focus.index]?.id : undefined;
  return person !== undefined && person.article === about ? person.names : undefined;
}

export function respond(
  engine: Engine,
  message: string,
  options: AskOptions = {},
  inConversation?: ConversationState,
): Response {
  const conversation = inConversation ?? {};
  const intent = classifyMessage(message, engine.weights);
  switch (intent.kind) {
    case 'more': {
      // "more" of a named article (`/ask article:`) reads on only from a place in that one.
      const reading = conversation.reading;
      const place =
        options.article === undefined || reading?.article === options.article ? reading : undefined;
      return { kind: 'more', read: readOn(engine.articles, engine.index.refs, place) };
    }
    case 'command':
      return intent;
    case 'courtesy':
      // A greeting gets an example of what to ask; thanks and goodbyes need none.
      return { ...intent, examples: intent.courtesy === 'greeting' ? helpExamples(engine, 1) : [] };
    // Nothing to search ("?!", a bare mention): how to ask, as for "help".
    case 'empty':
    case 'help':
      return { kind: 'help', examples: helpExamples(engine, 2), articles: engine.articles.length };
    case 'summary':
      return summaryFor(engine, options, GIST_SENTENCES, GIST_TUNING);
    case 'question': {
      const people = peopleOf(engine, options, conversation.person);
      const previous = conversation.question;
      const again = askedAgain(intent.question, previous);
      // Asked in a conversation (the console, a channel, a CLI question as a conversation's first), not
      // by a benchmark with no conversation state: see `AskOptions.conversation`.
      const talking = inConversation === undefined ? options : { ...options, conversation: true as const };
      const asked = engine.ask(
        again ?? intent.question,
        people === undefined ? talking : { ...talking, lastPeople: people },
      );
      const answer =
        again === undefined || previous === undefined
          ? asked
          : { ...asked, followUp: { asked: intent.question, of: previous } };
      if (answer.refused !== 'which-article') return { kind: 'answer', answer };
      // The stories that each answer it, when the engine found them; else any of the folder's.
      // Of a question about the page, the stories whose page has what it asks about, out of all.
      if (answer.choices !== undefined && answer.page !== undefined)
        return {
          kind: 'choose-article',
          asked: answer.page,
          articles: answer.choices,
          outOf: engine.index.refs.length,
        };
      return answer.choices !== undefined
        ? { kind: 'choose-article', asked: 'several', articles: answer.choices }
        : { kind: 'choose-article', asked: answer.page ?? 'story', articles: [...engine.index.refs] };
    }
  }
}

/**
 * The article a response was about, for the conversation to remember: the article of an answer (its
 * first passage's) or of a summary. Undefined when it was about none in particular (a greeting, a
 * refusal, a question the articles do not answer), and for an answer the conversation's article did not
 * give (`Answer.notIn`: "“A” doesn't say; this is from “B”"): the reader asked about A, picked with
 * `/article` or talked about, and named nothing of B; the bot found the words in B. That answer is
 * shown, but the conversation stays on A, so that "who took the photo?" next is still A's photo, as
 * between people, where one aside about another story does not change the story talked about. A
 * question naming B (a word of its headline, a name it writes) or a summary of it does move it: then
 * the reader moved.
 */
export function topicOf(response: Response): string | undefined {
  if (response.kind === 'summary') return response.summary?.article.id;
  if (response.kind === 'more')
    return response.read.kind === 'passages' ? response.read.place.article : undefined;
  if (response.kind !== 'answer' || !response.answer.answered) return undefined;
  if (response.answer.notIn !== undefined) return undefined;
  return response.answer.passages[0]?.article.id;
}

/**
 * Where the conversation has read up to after a response, for the next "tell me more": the passage of
 * an answer, the sentences of a summary, or the sentences just read on. A question not answered leaves
 * it where the last answer left it: "more" after "I couldn't find that" reads on from the last answer
 * the reader was given (more of the refusal would be more of a passage the reader was told does not
 * answer), and a reader who asked several questions is never told to ask one first. So do a greeting,
 * thanks, help, a list of articles or a question not searched at all (a clarifying "which one?").
 */
export function readingAfter(response: Response, before: ReadingPlace | undefined): ReadingPlace | undefined {
  switch (response.kind) {
    case 'answer': {
      const best = response.answer.answered ? response.answer.passages[0] : undefined;
      return best === undefined ? before : { article: best.article.id, shown: [best.sentence] };
    }
    case 'summary': {
      const summary = response.summary;
      const shown = summary?.at ?? [];
      return summary === undefined || shown.length === 0 ? before : { article: summary.article.id, shown };
    }
    case 'more':
      if (response.read.kind === 'passages') return response.read.place;
      return response.read.kind === 'end' ? before : undefined;
    default:
      return before;
  }
}

/**
 * The question a bare "where?" asks again after a response (`wh-follow-up.ts`): that of an answer, as it
 * was searched, answered or not (the reader's topic either way); one that could not be searched ("why?"
 * with nothing before it) keeps the one before. A follow-up keeps the question it followed, as the reader
 * typed it: "where?" then "when?" both ask about that one, and the reply quotes the reader's words, not
 * a rewritten "where will construction begin?". A summary is about the whole story: a "where?" after it
 * asks about the story (its headline), as with no question before. Anything else keeps it.
 */
export function questionAfter(response: Response, before: string | undefined): string | undefined {
  if (response.kind === 'summary') return undefined;
  if (response.kind !== 'answer') return before;
  const refused = response.answer.refused;
  if (
    refused === 'empty' ||
    refused === 'no-keywords' ||
    refused === 'too-long' ||
    refused === 'unclear-person'
  )
    return before;
  return response.answer.followUp?.of ?? response.answer.question;
}
