/**
 * Answering a question, as a pipeline of stages (each its own module):
 *   question (wh-type, keywords) → expansion (corrections, synonyms: `expansion.ts`)
 *   → retrieval (BM25, neighbouring and pointed-back sentences: `retrieval.ts`)
 *   → re-ranking (exact form, phrase, asked type, Fuse.js: `rerank.ts`)
 *   → answerability (answered, or the article does not say: `answerability.ts`)
 *   → for an answered question, the short answer (the span of the best passage that answers it:
 *     `answer-stage.ts`).
 * The engine returns statuses and reasons; every sentence a user reads is written by the
 * presentation layer (`src/format/messages.ts`).
 *
 * A stage with rules of its own is a module read through a small interface: whom a pronoun is read as
 * (`person-credit.ts`), the orders the question asks for (`asked-first.ts`), the person asked about
 * first (`person-first.ts`). What stays here reads the engine's own state, not a story's words: the
 * stories' own engines (`alone`), which article is meant (`focus`, `conversationArticle`), a question
 * read as about the story's headline (`storyTopic`, `holdersFirst`), and the passages as shown.
 */
import type { Article, Sentence } from '../knowledge/types.js';
import {
  CALIBRATION,
  judge,
  readEvidence,
  type Calibration,
  type Features,
  type Verdict,
} from './answerability.js';
import { jobAnswer, jobFirst } from './job-answer.js';
import { clockAnswer } from './clock-time.js';
import { withAgeTerm } from './age-term.js';
import { expandQuestion, questionStems, type Correction, type Group } from './expansion.js';
import { movedFirst, shortAnswer } from './answer-stage.js';
import { namedForDescription } from './described-answer.js';
import { lemmaOf } from './lemma.js';
import { measureGroup, namedArticles, namesAgainst, pointsBack } from './conversation-article.js';
import { focusOf, type Focus, type FocusOptions } from './focus.js';
import { namedForPronoun } from './other-person.js';
import { answerAboutPage, compilePagePatterns, pageFieldAsked, pageOfSeveral } from './page.js';
import { ANSWER_ENTITIES, parseQuestion, type ParsedQuestion } from './question.js';
import { opensWithSubject, SUBJECT_PRONOUNS, type SubjectCredit } from './subject.js';
import { storyChoice } from './story-choice.js';
import { storyDoubt } from './story-doubt.js';
import { storyOfPronoun } from './story-pronoun.js';
import { storyNamedOnly } from './story-named.js';
import { askedRole } from './holder-asked.js';
import {
  PASSAGE_CANDIDATES,
  PASSAGE_MODEL,
  passageFeatures,
  reorder,
  type PassageModel,
} from './passage-model.js';
import { askedSlot, type PassageView } from './slot.js';
import { datedPassageAt, datesNone } from './undated.js';
import { namesNoOneAsked, type NamedPassage } from './named-none.js';
import { nameAskedOf } from './answer-kind.js';
import { polarityOf } from './polarity.js';
import { comparedAnswer } from './comparison-stage.js';
import { rerank, type Ranked } from './rerank.js';
import { askedFirst } from './asked-first.js';
import { personFirst } from './person-first.js';
import { personCredit, subjectCredit, type PersonReading } from './person-credit.js';
import { retrieve, type ArticleFilter, type ReferentCredit } from './retrieval.js';
import { namesFewStories, referentCredit, referentsOf } from './referents.js';
import { Scratch } from './scratch.js';
import { SearchIndex } from './search-index.js';
import { quoteMarksAt, standingAlone } from './quote-marks.js';
import { SUMMARY_SENTENCES, SUMMARY_TUNING, summarizeAt, type SummaryTuning } from './summary.js';
import { withoutWireOpening } from '../knowledge/dateline.js';
import { stem, tokenize, type Token } from './text.js';
import type { Answer, Highlight, Passage, Summary } from './types.js';
import { DEFAULT_WEIGHTS, type Weights } from './weights.js';
import { preloadWordNet } from './wordnet.js';
import {
  namingPractice,
  practiseAskingOnce,
  practiseBuffers,
  practiseTagger,
  readReferents,
} from './warm-up.js';
import { settleVocabulary } from './settle.js';
import { preloadGlosses } from './glosses.js';
import { wordVectors } from './embeddings.js';
import { TitledPeople } from './titles.js';
import { Recent } from './recent.js';

/** Longer questions are refused rather than cut: people do not ask in essays. */
export const MAX_QUESTION_CHARS = 500;
export const MAX_PASSAGES = 5;
/**
 * A question kept to one story of a folder (`/ask article:`, a conversation's story, a question read as
 * about the story itself) is searched and judged as if that story were the only article: by an engine
 * of that story alone. The answerability model learned from one article at a time, and its evidence read
 * over the whole folder says how the folder is made, not whether the passage answers: a question word
 * another story holds counted as held (`unknown` 0 where the story alone gives 0.3-0.7), and a word's
 * rarity was the folder's. So whether "what does Icstis stand for?" asked of one story was answered
 * changed with the other stories loaded beside it. Questions about none in particular are still
 * searched over the whole folder: put story by story they lost answers (docs/measured.md, session 16);
 * one naming a story by a word only that story holds is that story's (`story-named.ts`).
 *
 * STORY_ENGINES is how many stories' own engines a folder keeps: the stories being talked about in a few
 * dozen conversations at once, each a few hundred kilobytes at most. A story's engine is cheap to build
 * (its terms and entity tags are cached by article, `search-index.ts`), but a folder of thousands of
 * stories each kept as an engine would hold every story's tokens twice.
 */
const STORY_ENGINES = 64;

/**
 * What a question naming nothing asks of the story's main event: who, where, when. "What is it?",
 * "how many?" and "why?" name nothing the headline answers; asked alone they follow up an answer,
 * which a question does not carry.
 */
const STORY_QUESTIONS: ReadonlySet<ParsedQuestion['type']> = new Set([
  'person',
  'organization',
  'location',
  'place',
  'date',
]);

export interface AskOptions extends FocusOptions {
  /**
   * Restrict the search to one article (its id). `context` (the article the conversation was last
   * about) says which article a question about the page means, and keeps a question that names no
   * other article to it (`conversation-article.ts`).
   */
  article?: string;
  /**
   * The people the conversation's last answer was about, their names as the story writes them: one
   * person, whom a question's "he" or "she" ("what did he say?") is read as before the story's main
   * subject (`subject.ts`), or several an answer named together, whom "they" is read as and "he" or
   * "she" picks one of (`other-person.ts`). Absent or empty: nothing changes. They are read in the
   * article the question is about: the caller passes them only when they were named in it (`respond.ts`).
   */
  lastPeople?: readonly string[];
  /**
   * Asked in a conversation (the console, a Discord channel, each CLI question as a conversation's
   * first): a "he" or "she" there before anyone is talked about is the story's subject when it fits
   * them, read as them and said so, as a listener takes it (`person-credit.ts`). Without one (the
   * benchmarks, `respond` with no conversation state) the subject is no one's word (`SUBJECT`).
   */
  conversation?: true;
  limit?: number;
  /**
   * The conversation's article (`context`) was picked by the reader (the console's `/article ID`): a
   * question it does not answer is not answered from another article, unless the question names that
   * one by a word only it has (`conversation-article.ts`). A miss names the picked article and those
   * that answer it (`answeredIn`), as for a question asked of an article named (`article`).
   */
  stay?: boolean;
}

export interface EngineOptions {
  /** Tuning numbers (defaults: `DEFAULT_WEIGHTS`). */
  weights?: Weights;
  /** The answerability model (default: the committed `calibration.json`). */
  calibration?: Calibration;
  /**
   * The learned re-ranking of the best candidates (default: the committed `passage-model.json`); null
   * keeps the order of `rerank` (the training script learns from that order).
   */
  passageModel?: PassageModel | null;
}

/** An answer and the evidence the answerability stage judged it on (for training and diagnosis). */
export interface Assessment {
  answer: Answer;
  /** What the calibrator judged: none when a rule refused first. */
  features?: Features;
  /**
   * What the calibrator reads of the best passage, also when a rule refuses it first (the asked person's,
   * `readEvidence`'s): what it is trained on (`scripts/train.ts`).
   */
  read?: Features;
  /** Milliseconds the short-answer stage took, when it ran (the benchmark reports it). */
  answerMs?: number;
  /** The best candidates before the learned re-ranking, with its features (for training it). */
  candidates?: { text: string; features: number[] }[];
  /** The question as searched: its reading and word groups (what a follow-up's article is judged by). */
  searched?: { parsed: ParsedQuestion; groups: readonly Group[] };
}

/** A question as an engine reads it before anything is searched (`Engine.readIn`): what its search starts from. */
interface QuestionRead {
  /** As asked: a story's own engine reads it again (`Engine.alone`). */
  raw: string;
  /** As asked, trimmed: the answer's `question`. */
  question: string;
  /** Its reading over the engine's articles. */
  read: ParsedQuestion;
  corrections: Correction[];
  /** Whom its pronoun was read as (`person-credit.ts`). */
  reading: PersonReading;
  /** Read as about the story itself (`Engine.storyTopic`). */
  topic: ReturnType<Engine['storyTopic']>;
  /** What is searched: the reading, or the headline's words for a question about the story. */
  parsed: ParsedQuestion;
  groups: Group[];
}

export class Engine {
  readonly index: SearchIndex;
  readonly weights: Weights;
  readonly calibration: Calibration;
  readonly passageModel: PassageModel | null;
  /** Buffers reused across questions: on a large folder, allocating them per question cost more than scoring. */
  private readonly scratch = new Scratch();
  /**
   * Each story of a folder as an engine of its own, for a question kept to it (`Engine.alone`); built
   * on first use, the most recent STORY_ENGINES kept. Unused with one article.
   */
  private readonly stories: Recent<number, Engine>;

  constructor(
    readonly articles: readonly Article[],
    options: EngineOptions = {},
  ) {
    this.index = new SearchIndex(articles);
    this.weights = options.weights ?? DEFAULT_WEIGHTS;
    this.calibration = options.calibration ?? CALIBRATION;
    this.passageModel = options.passageModel === undefined ? PASSAGE_MODEL : options.passageModel;
    const own = { weights: this.weights, calibration: this.calibration, passageModel: this.passageModel };
    this.stories = new Recent(STORY_ENGINES, (a) => {
      const engine = new Engine([this.articles[a] as Article], own);
      engine.index.prepare();
      return engine;
    });
  }

  /**
   * Load what questions would otherwise load on first use (the tagger's model, entity tags of a small
   * index, the sorted vocabulary, the page-question patterns, WordNet's index files, the word vectors), so that the first question is as fast as the
   * others. The bot calls it (without entities) right after it is ready; benchmarks call it before timing.
   */
  warmUp(options: { entities?: boolean } = {}): void {
    this.index.prepare();
    compilePagePatterns();
    preloadWordNet();
    preloadGlosses();
    // The bot's start reads them (load-engine.ts); an engine built otherwise read them at its first question.
    wordVectors();
    lemmaOf('went'); // loads the tagger's model
    practiseTagger();
    practiseBuffers();
    // The bot leaves entities to SearchIndex.tagEntitiesInBackground, which never blocks a question.
    if (options.entities !== false) this.index.tagEntities();
  }

  /**
   * The rest of the warm-up, for the background once the tags are at hand (the bot's, after tagging):
   * the folder's words looked up (`settle.ts`), each story's pronoun openings read (`readReferents`)
   * and the pipeline practised (`practiseAsking`, once a process), which a first ask on a large folder
   * otherwise paid for, about as much again as asking it a second time. Resolves with the number of
   * words looked up; stops early when `signal` aborts.
   */
  async settle(signal?: AbortSignal): Promise<number> {
    const words = await settleVocabulary(this.index, signal);
    const entitiesOf = (s: Sentence) => this.index.entitiesOf(s);
    await readReferents(this.index.articles, entitiesOf, signal);
    const naming = namingPractice(this.index.articles, entitiesOf, (name) =>
      namesFewStories(this.index, name),
    );
    await practiseAskingOnce((question) => this.ask(question), signal, naming === undefined ? [] : [naming]);
    return words;
  }

  ask(question: string, options: AskOptions = {}): Answer {
    return this.assess(question, options).answer;
  }

  /**
   * "they" read as several people an answer named together (`AskOptions.lastPeople`) finds the
   * sentences naming them, which may not say what was asked: "when did they sign it?" after "who
   * signed?" finds the signing sentence, with no date, while the question's own words find the
   * sentence that says "Thursday". When the reading gives no short answer and the question searched
   * as written does, that is the answer (and the reply says nothing of "they").
   */
  assess(rawQuestion: string, options: AskOptions = {}): Assessment {
    const read = this.assessFollowUp(rawQuestion, options);
    if (read.answer.answer !== null || (read.answer.readAs?.people.length ?? 0) < 2) return read;
    const asWritten = { ...options, lastPeople: [] };
    // Of a story the reader chose, only that story's answer is ever given: the other stories' would
    // only be named in a miss, which `read` has named already. So it is not searched for in them again.
    const chosen = options.article !== undefined || options.stay === true;
    const plain = chosen
      ? this.assessIn(rawQuestion, asWritten, true)
      : this.assessFollowUp(rawQuestion, asWritten);
    return plain.answer.answered && plain.answer.answer !== null ? plain : read;
  }

  /**
   * A follow-up kept to the conversation's article that it does not answer is searched again in every
   * article: a question that stands on its own is answered from the article that answers it (marked
   * `notIn` the conversation's); one pointing back ("how old is he?"), or asked of an article the
   * reader chose (`article`, `stay`), stays a miss that names the articles that answer it (`answeredIn`).
   */
  private assessFollowUp(rawQuestion: string, options: AskOptions): Assessment {
    const first = this.readIn(rawQuestion, options);
    const kept = 'answer' in first ? first : this.searchIn(first, options, true);
    const about = kept.answer.about;
    if (kept.answer.answered || about === undefined || kept.answer.page !== undefined) return kept;
    // Read as about the story itself (`storyTopic`), it is kept to that story wherever it is searched.
    if (!('answer' in first) && first.topic !== undefined) return kept;
    // Searched over the folder, a question asked of an article named is still read as about that story:
    // its "he" is that story's person, a question naming nothing its headline; not the story the
    // conversation was about before (`context`), which `/ask article:` left.
    const { article: named, ...rest } = options;
    // Asked of the whole folder already and kept to the story it names (`story-named.ts`): searched
    // again it would be kept there again.
    if (named === undefined && options.context === undefined) return kept;
    const everywhere = named === undefined ? rest : { ...rest, context: named };
    // Kept to the conversation's story, the question was read over the whole folder already: searched
    // again, not read again (a search leaves the groups it was given as they were: `namesAgainst` below
    // reads them as the question put them). One asked of an article named was read by that story's
    // engine alone, and is read here over the folder.
    const wide =
      'answer' in first
        ? this.assessIn(rawQuestion, everywhere, false)
        : this.searchIn(first, everywhere, false);
    const from = wide.answer.passages[0]?.article;
    if (!wide.answer.answered || from === undefined || from.id === about.id) return kept;
    // A question naming the article it was kept to by a word the other lacks ("how long has nordvik been
    // around?", "how old is he?" with "he" read as its person) is not answered by the other. Both are
    // articles of the index: `articleFilter` gives their positions.
    const searched = kept.searched;
    if (
      searched !== undefined &&
      namesAgainst(
        this.index,
        searched.groups,
        searched.parsed,
        this.articleFilter(about.id),
        this.articleFilter(from.id),
      )
    )
      return kept;
    // The story the reader named or picked is the one asked: another's answer is only pointed at.
    const chosen = named !== undefined || options.stay === true;
    if (!chosen && !pointsBack(kept.answer.question))
      return { ...wide, answer: { ...wide.answer, notIn: about } };
    const others = [from, ...(wide.answer.alsoIn ?? [])].filter((a) => a.id !== about.id);
    return { ...kept, answer: { ...kept.answer, answeredIn: others } };
  }

  /** `keep`: whether a question in a conversation may be kept to its article (`conversation-article.ts`). */
  private assessIn(rawQuestion: string, options: AskOptions, keep: boolean): Assessment {
    const first = this.readIn(rawQuestion, options);
    return 'answer' in first ? first : this.searchIn(first, options, keep);
  }

  /**
   * The question as this engine reads it, before anything is searched (stages 0-2), or the answer when
   * that settles it: a refusal, a question about the page, one asked of an article named (read by that
   * story's own engine).
   */
  private readIn(rawQuestion: string, options: AskOptions): Assessment | QuestionRead {
    const question = rawQuestion.trim();
    const base = { question, answered: false, confidence: 0, answer: null, passages: [], corrections: [] };
    if (question === '') return { answer: { ...base, type: 'other', refused: 'empty' } };
    if (question.length > MAX_QUESTION_CHARS)
      return { answer: { ...base, type: 'other', refused: 'too-long' } };

    // Stage 0, the page: "who took the photo?", "when was it published?" (`page.ts`). Asked of one
    // article: the one named, the conversation's or the only one; with several and none of those, the
    // question is not searched (a byline found in some other story would be a guess).
    const field = pageFieldAsked(question);
    if (field !== undefined) {
      const focus = this.focus(options);
      if (focus.kind === 'choose') {
        const several = pageOfSeveral(field, this.articles, this.index.refs);
        if (several.answer !== undefined) return { answer: { ...base, ...several.answer } };
        // Which one, of those whose page has it (all of them when every one or none does).
        const some = several.having.length > 0 && several.having.length < this.articles.length;
        const choices = some ? { choices: several.having } : {};
        return { answer: { ...base, type: 'other', page: field, refused: 'which-article', ...choices } };
      }
      const article = focus.kind === 'article' ? this.articles[focus.index] : undefined;
      const ref = focus.kind === 'article' ? this.index.refs[focus.index] : undefined;
      if (article !== undefined && ref !== undefined) {
        const about = focus.kind === 'article' && focus.how !== 'only' ? { about: ref } : {};
        return { answer: { ...base, ...answerAboutPage(field, article, ref), ...about } };
      }
    }
    // A question about the story named, one of several, is that story's alone (`Engine.alone`).
    const named =
      options.article === undefined || this.articles.length < 2
        ? undefined
        : this.index.positionOf(options.article);
    // Its miss names the story ("I couldn't find that in “…”"): the reader may have chosen it by ID.
    if (named !== undefined) {
      const alone = this.alone(named, rawQuestion, options);
      const ref = this.index.refs[named];
      return ref === undefined ? alone : { ...alone, answer: { ...alone.answer, about: ref } };
    }
    // Stage 1, the question: its wh-type, kinds and keywords. (Messages meant for the bot rather than
    // about the article would be recognised before this point.)
    const read = parseQuestion(question, (word) => this.index.has(stem(word)), this.weights);
    // Stage 2, expansion.
    const expanded = expandQuestion(this.index, read, this.weights);
    // "what did she say?" names no one, as "what did he say?" does not: a pronoun the stopword list
    // lacks ("she", "herself", "itself") is no word to look up when it is the question's only one. Beside
    // other words it stays one ("how many pills did she take": it finds the sentences about her).
    const wordGroups = expanded.groups.every((g) => SUBJECT_PRONOUNS.has(g.word)) ? [] : expanded.groups;
    const { corrections } = expanded;
    // The person the conversation was last about, read for the question's "he" before anything else:
    // the groups gain their name where it is read so.
    const reading = personCredit(this, read, wordGroups, options);
    const credited = reading?.groups ?? wordGroups;
    // A "he" that is not that person and fits no one person of the story, in a question that asks
    // nothing else: ask who is meant. Beside other words ("when will he begin construction?") those
    // words are searched, as with no one asked about before.
    if (reading?.unclear !== undefined && credited.length === 0)
      return { answer: { ...base, type: read.type, refused: 'unclear-person', unclear: reading.unclear } };
    if (reading?.noOne === true && credited.length === 0)
      return { answer: { ...base, type: read.type, refused: 'unclear-person' } };
    // A question that names nothing ("where was it?", "when did it happen?") is about the story itself.
    const topic = credited.length === 0 ? this.storyTopic(read, options) : undefined;
    const parsed = topic?.parsed ?? read;
    const groups = topic?.groups ?? credited;
    // Asked of several stories, none named or talked about, such a question ("where is it?") is about a
    // story the reader has not said: which one is theirs to pick, as for a question about the page.
    if (groups.length === 0) {
      const choose = STORY_QUESTIONS.has(parsed.type) && this.focus(options).kind === 'choose';
      return { answer: { ...base, type: parsed.type, refused: choose ? 'which-article' : 'no-keywords' } };
    }
    return { raw: rawQuestion, question, read, corrections, reading, topic, parsed, groups };
  }

  /** Stages 3-6 of a question read (`readIn`): `keep` as for `assessIn`. */
  private searchIn(asked: QuestionRead, options: AskOptions, keep: boolean): Assessment {
    const { raw: rawQuestion, question, read, corrections, reading, topic, parsed } = asked;
    // Stage 3, retrieval.
    const filter =
      topic?.article ??
      this.articleFilter(
        options.article ?? (keep ? this.conversationArticle(parsed, asked.groups, options) : undefined),
      );
    // Kept to the conversation's story, or read as about it: searched and judged as that story alone
    // (`Engine.alone`). A miss names the story, and a follow-up's other stories are judged by the
    // question as the folder reads it (`assessFollowUp`).
    if (filter >= 0 && this.articles.length > 1) {
      const alone = this.alone(filter, rawQuestion, options);
      const about = options.article === undefined ? { about: this.index.refs[filter] } : {};
      return { ...alone, answer: { ...alone.answer, ...about }, searched: { parsed, groups: asked.groups } };
    }
    // The story's main subject, when the question is about one story: "he" read as its name (`subject.ts`);
    // not when the conversation's person is whom it was read as. The groups searched gain its name.
    const credit = reading?.named === true ? undefined : subjectCredit(this, parsed, asked.groups, options);
    const subject = credit?.subject;
    // "How old is he?" with "he" read as someone: a sentence giving a name an age says "old" (`age-term.ts`).
    const groups = withAgeTerm(this.index, parsed, credit?.groups ?? asked.groups);
    // Sentences opening with a pronoun for a person the question names ("He grew up…": `referents.ts`),
    // or for the conversation's person, read as its "he", where it fits them and others equally.
    const referents =
      this.weights.REFERENT > 0 ? referentCredit(this.index, groups, filter, reading?.tieBreak) : undefined;
    // The measure a "how" question asks ("old", "long") says nothing of which story it is about.
    const measured = measureGroup(groups, parsed.text);
    const candidates = retrieve(
      this.index,
      this.scratch,
      groups,
      filter,
      this.weights,
      subject,
      referents,
      measured,
    );
    // Stage 4, re-ranking.
    // A name lent to a role word ("minister" → "Obaidi") finds sentences but is no word of the question.
    const matched = questionStems(groups);
    // Only the passages shown need an exact rank (two at least: the order the learned re-ranking and
    // the calibrator were trained on).
    const limit = options.limit ?? MAX_PASSAGES;
    const all = rerank(this.index, candidates, groups, parsed, matched, this.weights, Math.max(2, limit));
    // Read as about the story, the headline stood for the question: it matches itself, and answers nothing.
    const reranked =
      topic === undefined ? all : all.filter((r) => this.index.docs[r.id]?.sentence.role !== 'title');
    // Stage 4b, the learned re-ranking of the best few (`passage-model.ts`).
    const head = reranked.slice(0, this.passageModel?.candidates ?? PASSAGE_CANDIDATES);
    const slot = askedSlot(parsed.text, parsed);
    const rows = head.map((r) => {
      const doc = this.index.docs[r.id];
      const view = {
        candidate: r,
        index: this.index,
        text: doc?.sentence.text ?? '',
        entities: () => this.index.entities(r.id),
        ...saidByPronoun(this.index, r.id, subject, referents),
      };
      return { text: view.text, features: passageFeatures(view, reranked[0]?.score ?? 0, groups, slot) };
    });
    const learned =
      this.passageModel === null
        ? reranked
        : reorder(
            reranked,
            rows.map((r) => r.features),
            this.passageModel,
          );
    const held = topic === undefined ? learned : this.holdersFirst(learned, parsed, matched);
    // The question as the reader meant it, for what it asks of a passage: "who is she?" read as about
    // Priya Raman asks what the story calls her, not for any name or date of the passage.
    const meant =
      topic === undefined && reading?.person !== undefined
        ? (this.askedOf(read, reading.person) ?? parsed)
        : parsed;
    // The role a "who is the R?" question asks the holder of: one reading for the order and the answer.
    const role = askedRole(meant.text, groups);
    // Stage 4c, the orders the question asks for (`asked-first.ts`).
    const ordered = askedFirst(held, {
      index: this.index,
      meant: meant.text,
      read: read.text,
      groups,
      people: reading?.people,
      role,
    });
    // Stage 4d, the person it asks about first (`person-first.ts`).
    const {
      ranked: about,
      topAbout,
      aged,
    } = personFirst(ordered, {
      index: this.index,
      candidates: this.passageModel?.candidates ?? PASSAGE_CANDIDATES,
      question: meant.text,
      ageAsked: slot.slot === 'age' && slot.thing !== true,
      readAs: reading?.people,
    });
    // Stage 4e, a person's work asked: the passage saying it first (`job-answer.ts`).
    const ranked = jobFirst(
      this.index,
      meant.text,
      about,
      this.passageModel?.candidates ?? PASSAGE_CANDIDATES,
    );
    // Asked of the whole folder, a question naming one story by a word only that story holds, which the
    // best passage's story lacks, is about that story: searched and judged as that story alone
    // (`story-named.ts`), and a miss names it.
    const best = ranked[0] === undefined ? undefined : this.index.docs[ranked[0].id]?.article;
    const named =
      filter === -1 && best !== undefined && this.articles.length > 1
        ? storyNamedOnly(this.index, groups, parsed, best)
        : undefined;
    // Asked of the whole folder, with no story chosen or talked about, a bare "he" or "she" that fits
    // no one the best passage's story is about, and the main person of one other story reached, is
    // about that story (`story-pronoun.ts`).
    const pronounStory =
      named === undefined &&
      filter === -1 &&
      this.articles.length > 1 &&
      topic === undefined &&
      options.context === undefined
        ? storyOfPronoun({
            index: this.index,
            articles: this.articles,
            groups,
            best: ((doc) =>
              doc === undefined ? undefined : { article: doc.article, sentence: doc.sentence })(
              ranked[0] === undefined ? undefined : this.index.docs[ranked[0].id],
            ),
            question: parsed,
            entitiesOf: (s) => this.index.entitiesOf(s),
          })
        : undefined;
    const story = named ?? pronounStory;
    if (story !== undefined) {
      const alone = this.alone(story, rawQuestion, options);
      const about = { about: this.index.refs[story] };
      return { ...alone, answer: { ...alone.answer, ...about }, searched: { parsed, groups: asked.groups } };
    }
    // Each story's own answer to this question, asked once for the choice and the doubt below (a whole
    // question's work each).
    const answers = new Map<number, Answer>();
    const aloneAnswer = (article: number) => {
      let answer = answers.get(article);
      if (answer === undefined)
        answers.set(article, (answer = this.alone(article, rawQuestion, options).answer));
      return answer;
    };
    // Asked of the whole folder, with no story chosen or talked about, a question pointing back at
    // someone or something it never names ("when did it open?") that several stories each answer alone
    // is about the story the reader has in mind: which one is theirs to say (`story-choice.ts`).
    const choices =
      filter === -1 && this.articles.length > 1 && topic === undefined && options.context === undefined
        ? storyChoice({
            index: this.index,
            ranked,
            groups,
            question: parsed,
            ratio: this.weights.STORY_DOUBT_RATIO,
            answers: (article) => aloneAnswer(article).answered,
          })
        : undefined;
    if (choices !== undefined)
      return {
        answer: {
          question,
          answered: false,
          confidence: 0,
          type: parsed.type,
          answer: null,
          passages: [],
          corrections: [...(read.readings ?? []), ...corrections],
          refused: 'which-article',
          choices: choices.flatMap((a) => this.index.refs[a] ?? []),
        },
        searched: { parsed, groups: asked.groups },
      };
    const passages = this.passages(ranked, matched, limit);
    // Stage 5, answerability. A who-question's best passage is read for its titled people here and
    // again for the short answer: once for both.
    const titled = new TitledPeople();
    // A name asked by its noun, as typed ("what is her shop called?", not the "Ms Hale's shop" its "her"
    // was read as): one reading for the refusal (`unnamedOnly`) and for the passage that answers.
    const nameAsked = nameAskedOf(parsed.text, parsed, this.weights, slot);
    // A question about a person that no passage shown is about (`asked-person.ts`): nothing says their
    // age or home, whatever words the best one shares with it. A rule, as the unsaid is.
    const judged = readEvidence({
      groups,
      text: parsed.text,
      question: parsed,
      asked: slot,
      ranked,
      passages,
      maxIdf: this.index.idf('\u0000'),
      corrections,
      index: this.index,
      titled,
      nameAsked,
      // Tagged only if the asked slot reads them: on a large folder the best passage may not be yet.
      entities: () => (ranked[0] === undefined ? [] : this.index.entities(ranked[0].id)),
      ...saidByPronoun(this.index, ranked[0]?.id, subject, referents),
    });
    // The asked person's rule and the evidence's own (`readEvidence`) refuse before the calibrator.
    const evidence = !topAbout || judged?.ruled !== false ? undefined : judged.features;
    const judgedHere = judge(passages, evidence, this.calibration, this.weights);
    // Asked of the whole folder, with no story chosen or talked about, a question two stories each
    // answer alone is a guess at which one the reader meant (`story-doubt.ts`).
    const verdict =
      filter === -1 &&
      this.articles.length > 1 &&
      topic === undefined &&
      options.context === undefined &&
      judgedHere.answered
        ? this.doubted(judgedHere, { ranked, groups, parsed, alone: aloneAnswer })
        : judgedHere;
    // Stage 6, the short answer, only for an answered question: a refusal offers the closest passage
    // without any answer marked (not even the ranking's entities of the asked type).
    const t0 = performance.now();
    // A date asked of a best passage giving none: a later one of its story giving one answers (`undated.ts`).
    const datedAt =
      verdict.answered && slot.slot === 'date'
        ? datedPassageAt(
            slot,
            passages.map((p) => ({ passage: p, view: this.slotView(p) })),
            groups,
          )
        : 0;
    const answering = movedFirst(passages, datedAt);
    // A role phrase describing the person the story names next is answered with the name.
    const spanFound = verdict.answered
      ? shortAnswer(this.index, meant.text, meant, answering, matched, this.weights, titled, {
          ...(reading?.person !== undefined ? { person: reading.person } : {}),
          ...(reading?.people !== undefined ? { people: reading.people } : {}),
          ...(aged !== undefined ? { aged } : {}),
          ...(nameAsked !== undefined ? { nameAsked } : {}),
          ...(role !== undefined ? { role } : {}),
          corrections,
        })
      : undefined;
    const shortFound =
      spanFound !== undefined
        ? namedForDescription(this.index, parsed, spanFound, limit)
        : { answer: null, passages: passages.map(withoutAnswerMarks) };
    // A person's work asked: the occupation said of them, not a name of the passage ("Mr Petch").
    // A time of day asked: the passage saying a clock time, not the day the best one names.
    const jobRead = verdict.answered ? jobAnswer(this.index, meant.text, shortFound) : undefined;
    const short = jobRead !== undefined ? clockAnswer(meant.text, jobRead) : shortFound;
    // A yes/no question's first passage may say plainly that the event happened, or deny it.
    const polarity =
      verdict.answered && short.answer === null && topic === undefined
        ? polarityOf(parsed.text, short.passages[0]?.text ?? '', groups, short.passages[0]?.article.date)
        : undefined;
    // Stage 6b, a yes/no question comparing two people's ages: the two ages settle it, whatever the
    // best passage alone says (`comparison-stage.ts`). Only for a question the calibrator answered: its
    // confidence is that the story answers the question, which reading the ages does not change, and
    // a refusal stays one (a yes or no beside "confidence: low" would tell the reader nothing).
    const compared =
      verdict.answered && topic === undefined
        ? comparedAnswer(this.index, parsed.text, corrections, short.passages)
        : undefined;
    const timing = verdict.answered ? { answerMs: performance.now() - t0 } : {};
    // A who-question given no name, of a passage naming no one but whom the question names
    // (`named-none.ts`): shown at the answering threshold, "low", as the closest the story comes.
    const shownFirst = short.passages[0];
    const unnamed =
      verdict.answered &&
      short.answer === null &&
      compared === undefined &&
      shownFirst !== undefined &&
      namesNoOneAsked(meant.text, slot, this.namedPassage(shownFirst), matched);
    // A date asked and none given (`undated.ts`): shown at the answering threshold too.
    const undated =
      verdict.answered &&
      compared === undefined &&
      datesNone(slot, shownFirst && this.slotView(shownFirst), groups, short.answer !== null);
    // The short answer found could not answer the question (only the question's own thing, a height
    // for a site's size, no job for a job asked: `echo-answer.ts`, `area-size.ts`, `job-answer.ts`)
    // and nothing else answers: the passage mentions what is asked without saying it, shown at the
    // answering threshold too. Not a yes/no question's, which its polarity answers.
    const unfit =
      verdict.answered &&
      compared === undefined &&
      polarity === undefined &&
      short.answer === null &&
      (spanFound?.unfit === true || jobRead?.unfit === true);
    const confidence =
      unnamed || undated || unfit
        ? Math.min(verdict.confidence, this.calibration.threshold)
        : verdict.confidence;
    // The first passage's score is the calibrated confidence; the others keep their share of it.
    const top = passages[0]?.score ?? 0;
    const scored = (compared?.passages ?? short.passages).map((p) => ({
      ...p,
      score: round(top > 0 ? (confidence * p.score) / top : 0),
    }));
    const answer: Answer = {
      question,
      answered: verdict.answered,
      // A comparison's passages are ordered by side, not score: the confidence stays the calibrator's.
      confidence: compared !== undefined ? round(verdict.confidence) : (scored[0]?.score ?? 0),
      type: parsed.type,
      answer: compared === undefined ? short.answer : null,
      ...(compared !== undefined
        ? compared.chosen === undefined
          ? { polarity: compared.polarity, comparison: { sides: compared.sides } }
          : { comparison: { sides: compared.sides, chosen: compared.chosen } }
        : polarity !== undefined
          ? { polarity }
          : {}),
      passages: scored,
      // The chat forms read ("ppl" as "people") beside the misspellings corrected, for the reply to
      // say: the stages above read the question as rewritten, so they take the corrections alone.
      corrections: [...(read.readings ?? []), ...corrections],
      ...(reading?.readAs !== undefined ? { readAs: reading.readAs } : {}),
      ...(topic !== undefined ? { topic: this.index.refs[topic.article] } : {}),
      ...(verdict.answered && verdict.alsoIn.length > 0 ? { alsoIn: verdict.alsoIn } : {}),
      ...(!verdict.answered && judged?.unsaid !== undefined ? { unsaid: judged.unsaid } : {}),
      ...(filter === -1 && this.articles.length > 1 ? { searched: this.articles.length } : {}),
    };
    const more = { ...timing, candidates: rows, searched: { parsed, groups } };
    return {
      answer,
      ...(evidence !== undefined ? { features: evidence } : {}),
      ...(judged !== undefined ? { read: judged.features } : {}),
      ...more,
    };
  }

  /**
   * A folder's verdict, doubted when another story asked the question alone answers it as well
   * (`story-doubt.ts`): shown at the answering threshold, "low" (the passage answers the question of
   * its own story; which story the reader meant is not known), the other story named.
   */
  private doubted(
    verdict: Verdict,
    asked: {
      ranked: readonly Ranked[];
      groups: readonly Group[];
      parsed: ParsedQuestion;
      /** The question asked of the story at a position alone (`Engine.alone`), once a question. */
      alone: (article: number) => Answer;
    },
  ): Verdict {
    const doubt = storyDoubt({
      index: this.index,
      ranked: asked.ranked,
      groups: asked.groups,
      question: asked.parsed,
      ratio: this.weights.STORY_DOUBT_RATIO,
      alone: (article) => {
        const alone = asked.alone(article);
        return alone.answered ? alone.passages : [];
      },
    });
    const other = doubt === undefined ? undefined : this.index.refs[doubt.other];
    if (doubt === undefined || other === undefined) return verdict;
    const confidence = Math.min(verdict.confidence, this.calibration.threshold);
    const alsoIn = verdict.alsoIn.some((a) => a.id === other.id)
      ? verdict.alsoIn
      : [...verdict.alsoIn, other];
    return { ...verdict, confidence, alsoIn };
  }

  /**
   * The question asked of the story at `article` alone, by its own engine (`Engine.alone`): what the
   * conversation's last people were, and how many passages are wanted, go with it; which article is
   * meant does not (it is the only one there).
   */
  private alone(article: number, rawQuestion: string, options: AskOptions): Assessment {
    const own = {
      ...(options.lastPeople !== undefined ? { lastPeople: options.lastPeople } : {}),
      ...(options.conversation === true ? { conversation: true as const } : {}),
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
    };
    return this.stories.get(article).assessIn(rawQuestion, own, false);
  }

  /**
   * A question with no word to look up but what it asks for ("where was it?", "when did it happen?",
   * "who is he?", "why?") asks about the story itself, and a story's headline says what it is about:
   * the headline's words stand in for the question's, searched in that story only. Only when the
   * question is about one story (the one named, the conversation's or the only one), and only for the
   * questions a story's headline event answers (`STORY_QUESTIONS`).
   */
  private storyTopic(
    parsed: ParsedQuestion,
    options: AskOptions,
  ): { parsed: ParsedQuestion; groups: Group[]; article: number } | undefined {
    if (!STORY_QUESTIONS.has(parsed.type)) return undefined;
    const focus = this.focus(options);
    if (focus.kind !== 'article') return undefined;
    const title = this.index.refs[focus.index]?.title ?? '';
    const seen = new Set<string>();
    const keywords = tokenize(title).filter((t) => !t.stop && !seen.has(t.stem) && seen.add(t.stem));
    const topical: ParsedQuestion = { ...parsed, keywords, names: new Set(), phrases: [] };
    const { groups } = expandQuestion(this.index, topical, this.weights);
    return groups.length === 0 ? undefined : { parsed: topical, groups, article: focus.index };
  }

  /**
   * For a question read as about the story (`storyTopic`): the headline's words are in many of the
   * story's sentences, and only those holding what was asked ("where was it?": a place that is not one
   * of the headline's words) can answer: they come first, each group in its order.
   */
  private holdersFirst(ranked: Ranked[], parsed: ParsedQuestion, matched: ReadonlySet<string>): Ranked[] {
    const wanted = ANSWER_ENTITIES[parsed.type];
    if (wanted.length === 0) return ranked;
    const holds = (r: Ranked): boolean => {
      const sentence = this.index.docs[r.id]?.sentence;
      if (sentence === undefined) return false;
      const own = tokenize(sentence.text).filter((t) => matched.has(t.stem));
      return this.index
        .entities(r.id)
        .some((e) => wanted.includes(e.type) && !own.some((t) => t.start < e.end && t.end > e.start));
    };
    return [...ranked.filter(holds), ...ranked.filter((r) => !holds(r))];
  }

  /** Which article a request about "this article" means (see `focus.ts`). */
  focus(options: FocusOptions): Focus {
    return focusOf(
      this.index.refs.map((r) => r.id),
      options,
    );
  }

  /**
   * The summary of one article in `sentences` sentences: the one named, else the only one loaded;
   * undefined when that article is unknown, or none is named among several (see `focus`).
   */
  summary(
    articleId?: string,
    sentences: number = SUMMARY_SENTENCES.default,
    tuning: Readonly<SummaryTuning> = SUMMARY_TUNING,
  ): Summary | undefined {
    const focus = this.focus(articleId === undefined ? {} : { article: articleId });
    if (focus.kind !== 'article') return undefined;
    const article = this.articles[focus.index];
    const ref = this.index.refs[focus.index];
    if (article === undefined || ref === undefined) return undefined;
    const at = summarizeAt(article, sentences, tuning, (s) => this.index.entitiesOf(s));
    // Each sentence with the quotation marks it needs apart from its neighbours (`quote-marks.ts`).
    const shown = standingAlone(article.sentences);
    // The wire opening is the dateline's, which the citation gives: a summary reads from the story itself.
    return { article: ref, sentences: at.map((i) => withoutWireOpening(shown[i] ?? '')), at };
  }

  /** The question with its "he" or "she" read as `person` written as the name (`namedForPronoun`), parsed. */
  private askedOf(parsed: ParsedQuestion, person: string): ParsedQuestion | undefined {
    const text = namedForPronoun(parsed.text, parsed.names, person);
    return text === undefined
      ? undefined
      : parseQuestion(text, (word) => this.index.has(stem(word)), this.weights);
  }

  /**
   * The article a question asked in a conversation about one of several articles is kept to
   * (`conversation-article.ts`): the conversation's, when the question names no other; the other, when
   * it names one other only ("how long has nordvik been around?" in a conversation about the rugby
   * final: the reader moved to the shipping story); undefined (search them all) otherwise.
   */
  private conversationArticle(
    parsed: ParsedQuestion,
    groups: readonly Group[],
    options: FocusOptions,
  ): string | undefined {
    if (options.context === undefined || this.articles.length < 2) return undefined;
    const focus = this.focus({ context: options.context });
    if (focus.kind !== 'article' || focus.how !== 'conversation') return undefined;
    const named = [...namedArticles(this.index, groups, parsed, focus.index)];
    if (named.length === 0) return options.context;
    return named.length === 1 ? this.index.refs[named[0] as number]?.id : undefined;
  }

  /** What the asked slot reads of a passage shown (`slotEvidence`): its tokens and entities, as indexed. */
  private slotView(passage: Passage): PassageView {
    const sentence = this.index.article(passage.article.id)?.sentences[passage.sentence];
    return {
      text: passage.text,
      tokens: this.index.passageTokens(passage.article.id, sentence, passage.text),
      entities: () => (sentence === undefined ? [] : this.index.entitiesOf(sentence)),
    };
  }

  /** A passage's words and tags, as its sentence's are indexed (`namesNoOneAsked`). */
  private namedPassage(passage: Passage): NamedPassage {
    const article = this.index.article(passage.article.id);
    const sentence = article?.sentences[passage.sentence];
    const entitiesOf = (s: Sentence) => this.index.entitiesOf(s);
    return {
      text: passage.text,
      tokens: this.index.passageTokens(passage.article.id, sentence, passage.text),
      entities: sentence === undefined ? [] : this.index.entitiesOf(sentence),
      described: article !== undefined && referentsOf(article, entitiesOf).described.has(passage.sentence),
    };
  }

  /** -1: every article; an unknown article id matches no sentence (-2) rather than all of them. */
  private articleFilter(article: string | undefined): ArticleFilter {
    if (article === undefined) return -1;
    return this.index.positionOf(article) ?? -2;
  }

  /** Ranked candidates → passages; the first passage's score is its coverage, the others scale with rank score. */
  private passages(ranked: readonly Ranked[], matched: ReadonlySet<string>, limit: number): Passage[] {
    const best = ranked[0];
    if (best === undefined) return [];
    return ranked.slice(0, limit).map((c) => {
      const doc = this.index.docs[c.id];
      if (doc === undefined) throw new Error('candidate without document');
      const score = round(
        c === best ? best.coverage : Math.min(best.coverage, (best.coverage * c.score) / best.score),
      );
      const sentences = this.articles[doc.article]?.sentences ?? [];
      const marks = quoteMarksAt(sentences, doc.sentence.index);
      return {
        text: doc.sentence.text,
        score,
        article: this.index.refs[doc.article] ?? { id: '', title: '', file: '' },
        section: doc.sentence.role,
        sentence: doc.sentence.index,
        highlights: highlights(c.tokens, c.answers, matched),
        ...(marks === undefined ? {} : { marks }),
      };
    });
  }
}

/**
 * The groups naming someone that passage `id` says by its opening pronoun: the story's subject's, or
 * the person the pronoun stands for (`referents.ts`). The passage holds them itself, as the word "he".
 */
function saidByPronoun(
  index: SearchIndex,
  id: number | undefined,
  subject: SubjectCredit | undefined,
  referents: ReferentCredit | undefined,
): { saidByPronoun?: number[] } {
  if (id === undefined) return {};
  const groups = new Set<number>(
    subject !== undefined && opensWithSubject(index, subject, id) ? subject.groups : [],
  );
  for (const g of referents?.get(id)?.keys() ?? []) groups.add(g);
  return groups.size === 0 ? {} : { saidByPronoun: [...groups].sort((a, b) => a - b) };
}

/** The answer spans (already found while ranking) plus the question's words, in text order. */
function highlights(
  tokens: readonly Token[],
  answers: readonly Highlight[],
  matched: ReadonlySet<string>,
): Highlight[] {
  const matches = tokens
    .filter((t) => matched.has(t.stem))
    .filter((t) => !answers.some((a) => t.start < a.end && t.end > a.start))
    .map((t) => ({ start: t.start, end: t.end, kind: 'match' as const }));
  return [...answers, ...matches].sort((a, b) => a.start - b.start);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** A refused question's passage: the question's words may stay marked, never an answer. */
function withoutAnswerMarks(p: Passage): Passage {
  return { ...p, highlights: p.highlights.filter((h) => h.kind !== 'answer') };
}
