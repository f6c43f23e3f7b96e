/**
 * What the short answer's stages read (`answer-span.ts`, `span-described.ts`): the best passage with
 * its tokens and tags, the question and what the stages before read into it, and the span answered.
 */
import type { Entity } from './entities.js';
import type { AskedRole } from './holder-asked.js';
import type { PronounSex } from './pronoun-sex.js';
import type { ParsedQuestion } from './question.js';
import type { SpanKind } from './span-parts.js';
import { tokenize, type Token } from './text.js';
import type { TitledPeople } from './titles.js';
import type { Weights } from './weights.js';

export interface SpanSentence {
  text: string;
  tokens: readonly Token[];
  /** Entities and noun phrases, as `findEntities` tags them. */
  tags: readonly Entity[];
  /**
   * The words of the people the passages shown with it name ("Khaled Obaidi": "khaled", "obaidi"), read
   * only when needed (`KindPassage.people`).
   */
  people?: () => ReadonlySet<string>;
}

/** The people a question's pronoun stands for, as the words of their names (`askedAbout`). */
export interface AskedAbout {
  stems: ReadonlySet<string>;
  people: number;
}

/**
 * "Which of them is the minister?", "who among them…", "who are they?": the question picks one of the
 * people its pronoun stands for, or asks who they are, so they may be the answer.
 */
const AMONG_THEM =
  /\b(?:of|among|amongst|between)\s+(?:them|those|these|the\s+two|both)\b|^\s*who\s+(?:are|were)\s+(?:they|them)\s*[?.!]*\s*$/iu;

/**
 * The people the question's "he", "she" or "they" was read as, when they are asked about and so no
 * answer to "who" ("who did they meet?"); undefined when there are none or the question picks among them.
 */
export function askedAbout(question: string, names: readonly string[] | undefined): AskedAbout | undefined {
  if (names === undefined || names.length === 0 || AMONG_THEM.test(question)) return undefined;
  const stems = new Set(
    names.flatMap((name) =>
      tokenize(name)
        .filter((t) => !t.stop)
        .map((t) => t.stem),
    ),
  );
  return { stems, people: names.length };
}

/**
 * The person whose age the question asks, as the ranking read them among the story's people
 * (`personMeant`): the words of the whole name the story gives them ("chinedu", "okafor" for "Mr
 * Okafor"), the names of others sharing a word of it, the sex the question says, and the sex the story
 * gives a name.
 */
export interface AgedPerson {
  words: ReadonlySet<string>;
  others: readonly (readonly string[])[];
  sex: PronounSex | undefined;
  sexOf: (name: string) => PronounSex | undefined;
}

export interface SpanInput {
  /** The question as asked (its wording: "what happened…"). */
  question: string;
  parsed: ParsedQuestion;
  passage: SpanSentence;
  /** Stems that count as the question's words (its own, their corrections and synonyms). */
  matched: ReadonlySet<string>;
  /** The article's dateline ("20 October 2019"): it dates a bare weekday ("said Thursday"). */
  dateline?: string;
  /** The question's titled people by sentence (`TitledPeople`): the answerability check read the passage's. */
  titled?: TitledPeople;
  /**
   * The names the question's "he", "she" or "they" was read as ("Alexander Fomin" for "who did he
   * meet?" after "who is fomin?"): the people asked about, so never the answer to "who".
   */
  about?: AskedAbout;
  /** The question's words read as others ("alexender" as "alexander"): the name it asks about is theirs. */
  corrections?: readonly { from: string; to: string }[];
  /** The person whose age is asked, as the ranking read them (`AgedPerson`). */
  aged?: AgedPerson;
  /** The role a "who is the R?" question asks the holder of, as the ranking read it (`askedRole`). */
  role?: AskedRole;
}

/** The answer's text and where it sits in the passage (`text` may join parts: "X and Y"). */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * The tuning numbers of span choice (see `Weights`): below SPAN_MIN_SCORE's probability no span is
 * offered; how far before a place its preposition is looked for; which senses of the question's head
 * noun say the kind it asks for; the shortest stem read as the opening of a story's word (a misspelt
 * subject of "what happened to the goverment?", `predicate.ts`).
 */
export type SpanWeights = Pick<
  Weights,
  'SPAN_MIN_SCORE' | 'LOCATIVE_LOOK_BACK' | 'KIND_NOUN_SENSES' | 'EXTENSION_MIN'
>;

/** A candidate span with what the model weighs about it (see `SPAN_FEATURES`). */
export interface ScoredSpan {
  span: Span;
  features: number[];
  kind: SpanKind;
}
