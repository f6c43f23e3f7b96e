import type { Role } from '../knowledge/types.js';
import type { QuestionType } from './question.js';
import type { Polarity } from './polarity.js';
import type { ComparedValue } from './comparison-stage.js';
import type { QuoteMarks } from './quote-marks.js';

export interface ArticleRef {
  id: string;
  title: string;
  file: string;
  date?: string;
  /** Link to the original article, when it has one (see `ArticleMeta.url`). */
  url?: string;
}

/** A character range of a passage to highlight: the likely answer, or a word that matched the question. */
export interface Highlight {
  start: number;
  end: number;
  kind: 'answer' | 'match';
}

/**
 * A part of the page a question may ask about itself ("who took the photo?" → credit): `source` is who
 * reported the story (a wire agency, the reporter), `site` the publication it appeared in, `address` its
 * link ("what's the url?").
 */
export type PageField =
  'headline' | 'published' | 'author' | 'source' | 'site' | 'caption' | 'credit' | 'address';

/**
 * The part of the page a passage of such an answer comes from: a field, the wire agency of a dateline
 * ("MOSCOW (Sputnik) —"), the lead's own attribution ("…, the ministry said"), or the page's address
 * (its link, or its host when the page names no site).
 */
export type PagePart = PageField | 'agency' | 'attribution' | 'address';

export interface Passage {
  text: string;
  /** 0-1, higher is better; the first passage's score is the answer's confidence. */
  score: number;
  article: ArticleRef;
  /** Where on the page: a role the cleaner found, or `page` for the page's metadata (`Article.meta`). */
  section: Role | 'page';
  /** For a question about the page itself: which part of it this passage answers with. */
  field?: PagePart;
  /** Index of the sentence in its article (-1 for the page's metadata). */
  sentence: number;
  highlights: Highlight[];
  /**
   * The quotation marks the sentence needs to be read on its own (`quote-marks.ts`), which the article
   * prints only at the start and end of a quotation running over several sentences: a front shows
   * them around `text`, whose offsets (highlights, the short answer) they leave as they are.
   */
  marks?: QuoteMarks;
}

/**
 * The short answer: the words that answer the question ("Khaled Obaidi and Alexander Fomin"), found in
 * `passages[passage]` from `start` to `end`. `text` may join or date what the passage says ("Thursday
 * (20 October 2019)"), so it is not always that slice.
 */
export interface ShortAnswer {
  text: string;
  passage: number;
  start: number;
  end: number;
}

/**
 * Why a question was not searched: nothing asked, too long, no word to look up, a question about
 * the page itself, or one naming nothing that a story's headline would answer ("where is it?"), with
 * several articles loaded and none named or talked about (`which-article`), or a
 * "he" or "she" that is not the person the conversation was about and fits no one person of the story,
 * or fits more than one of the people its last answer named together, in a question that asks nothing
 * else (`unclear-person`, `Answer.unclear`).
 */
export type RefusalReason = 'empty' | 'too-long' | 'no-keywords' | 'which-article' | 'unclear-person';

export interface Answer {
  question: string;
  answered: boolean;
  /** 0-1: the calibrated probability that the best passage answers the question (see answerability.ts). */
  confidence: number;
  type: QuestionType;
  /** The words that answer the question, when the best passage holds a span that fits it; else null. */
  answer: ShortAnswer | null;
  /**
   * For a yes/no question ("did anyone die?"), answered: whether the first passage plainly says the
   * asked event happened (`yes`) or denies it (`no`: "No one was killed"); absent when it does neither
   * clearly (`polarity.ts`). The fronts say it in words.
   */
  polarity?: Polarity;
  /**
   * For a yes/no question comparing two people's ages ("is the baker older than the florist?"): whose
   * age each side is, the age as written, and the passage saying it; the `polarity` says which way
   * (`comparison-stage.ts`); for "who is older, X or Y?", `chosen` says which side is, and there is no
   * `polarity`. The fronts say it in words.
   */
  comparison?: { sides: readonly [ComparedValue, ComparedValue]; chosen?: 0 | 1 };
  passages: Passage[];
  /** Words of the question that were read as a different, known word ("sined" → "signed"). */
  corrections: { from: string; to: string }[];
  /** Why the question was not searched at all (the presentation layer says it in words). */
  refused?: RefusalReason;
  /**
   * A question not answered because the closest passage does not say it, in a way a rule reads: it asks
   * "when" and the passage says no date or time at all (`when`, `time-said.ts`), or the passage says that
   * what is asked is not known (`unknown`: "no one knew who had donated the jacket") or was not said
   * (`untold`: "police have not said why", `not-known.ts`). Set only when that rule refused it. The
   * fronts say so, and show the passage as the reason.
   */
  unsaid?: 'when' | 'unknown' | 'untold';
  /**
   * For `unclear-person`: the pronoun ("he"), the people the conversation was about whom it cannot be
   * (`unlike`: "Anna Lindqvist"; none when it fits several of them, "Khaled Obaidi" and "Alexander
   * Fomin" after "who signed?") and those it could be (`fitting`), so that the reply can ask who is
   * meant (`other-person.ts`).
   */
  unclear?: { pronoun: string; unlike: string[]; fitting: string[] };
  /**
   * A pronoun read as someone the reply should name: the one person of the story it fits when it
   * could not be the person the conversation was about ("he" → "Tomas Reilly", `other-person.ts`), the
   * one of the people an answer named together it fits ("he" → "Alexander Fomin"), or all of them for
   * "they" ("Khaled Obaidi", "Alexander Fomin"): the fronts say so.
   */
  readAs?: { pronoun: string; people: string[] };
  /**
   * The question named nothing to look up ("where was it?") and was read as about this story, its
   * headline's words standing in for the question's (the fronts say so).
   */
  topic?: ArticleRef;
  /**
   * A bare wh-word ("where?", `asked`) read as the conversation's last question (`of`) asked again with
   * it (`wh-follow-up.ts`): the fronts say so.
   */
  followUp?: { asked: string; of: string };
  /**
   * For `which-article` of a question searched over the folder: the stories that each answer it alone,
   * one of which the reader has in mind (`story-choice.ts`); of a question about the page, those whose
   * page has the part asked about, when some do not. Absent: any article may be meant.
   */
  choices?: ArticleRef[];
  /** Other articles whose passages answer nearly as well: the question fits several stories. */
  alsoIn?: ArticleRef[];
  /** The question was about the page itself (its photo, date, author…), answered from that part of it. */
  page?: PageField;
  /**
   * When several articles are loaded and the question was asked of one (the one named or the
   * conversation's): that article, so that a miss or "the page gives no byline" can say which.
   */
  about?: ArticleRef;
  /** A question about the page asked of several articles, none named: how many, when no page has it. */
  noneOf?: number;
  /**
   * A follow-up that the conversation's article (this one) does not answer, answered from another
   * article instead: the fronts say so ("Not in “A”; from “B”").
   */
  notIn?: ArticleRef;
  /**
   * A follow-up kept to the conversation's article (it points back with "he", "it") that the article
   * does not answer while these others do: the fronts name them.
   */
  answeredIn?: ArticleRef[];
  /**
   * How many articles the question was searched in, when more than one: a miss is then a miss in all
   * of them, which the fronts say ("in any of the 3 articles"), not "in the article".
   */
  searched?: number;
}

export interface Summary {
  article: ArticleRef;
  /** As shown: a wire story's opening ("MOSCOW (Sputnik) —") left off, the source line names it. */
  sentences: string[];
  /** Where each sentence is in the article (its `index`), for reading on after the summary. */
  at?: number[];
  /**
   * Set when the article was not named but taken from the conversation, in a folder with others: how
   * many others could have been summarised (the reply says how to pick one).
   */
  otherArticles?: number;
}
