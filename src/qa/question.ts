/** What a question asks for: its wh-type (which kind of answer) and its keywords. */
import type { EntityType } from './entities.js';
import { isInfinitive, isNamelessWord, tagOnly } from '../nlp/nlp.js';
import { collocations } from './collocations.js';
import { beforeNegativeT, contractedEnding } from './contractions.js';
import { editDistance } from './spelling.js';
import { DETERMINERS, isStopword, STOPWORDS, tokenize, type Token } from './text.js';
import {
  isAdverb,
  isCommonWord,
  isEnglishWord,
  isKindOf,
  isKindOrSame,
  isLemma,
  nounClasses,
  NOUN_FILE,
  commonSenses,
  lexFileOf,
  VERB_FILE,
} from './wordnet.js';
import { detachedBases } from './morphology.js';
import { lemmaOf, verbLemmaOf } from './lemma.js';
import { MEASURE_WORDS, withMeasureWord } from './measure-word.js';
import { WordCache } from './word-caches.js';
import { verbsDefinedAs } from './glosses.js';
import { DEFAULT_WEIGHTS, type Weights } from './weights.js';
import { KIND_NOUNS, nounAsked, type NounKind } from './kind-nouns.js';
import { hasLower, startsUpper } from './letters.js';
import { gradingAdverbs } from './degree.js';
import { functionPhraseWords } from './function-phrases.js';
import { atSentenceStart } from './longer-names.js';
import { addressTitle } from '../knowledge/names.js';
import { BY_NOW, OTHER_TIME } from './other-time.js';
import { anyOf, OPENING_AUXILIARIES, OPENING_AUXILIARY } from './auxiliaries.js';
import { rememberedTerms } from './text-memo.js';
import { isProOne } from './pro-one.js';
import {
  chatFunctionWord,
  chatReading,
  letterForms,
  shownReading,
  withoutAside,
  type Reading,
} from './short-forms.js';

/**
 * `location` is "where": the answer is a place something happens in or at. `place` is "which country":
 * the answer is a place named in any role ("Saudi Arabia bought arms").
 */
export type QuestionType =
  'person' | 'organization' | 'location' | 'place' | 'date' | 'number' | 'reason' | 'other';

export interface ParsedQuestion {
  /** The question with a misspelt wh-word or function word read as meant ("wher", "hapened"). */
  text: string;
  type: QuestionType;
  /** Content words of the question, in order, duplicates removed by stem. */
  keywords: Token[];
  /**
   * For "what/which <noun>" questions, the kind of thing asked for ("What language…" → language; "What
   * type of oil producer…" → oil, producer: the head noun may be either word).
   */
  kinds: string[];
  /** Keywords written as names ("Miliband", "Singh"), which spelling correction treats apart. */
  names: ReadonlySet<string>;
  /** Multi-word lemmas of the question, each with the keywords it spans (see `phrasesOf`). */
  phrases: Phrase[];
  /** Chat forms read as the words they stand for ("ppl" → "people", `short-forms.ts`), as typed. */
  readings?: readonly Reading[];
}

/**
 * A WordNet collocation of the question ("pass_away") and the keywords it spans ("passed", "away"); or
 * two keywords that are how WordNet defines a verb ("express gratitude": `lemma` "express_gratitude",
 * `defines` the verbs so defined with their forms, "thank", "thanked", …).
 */
export interface Phrase {
  keywords: string[];
  lemma: string;
  defines?: string[];
}

const KIND = /\b(?:what|which)\s+(?:(?:type|kind|sort|form|category)s?\s+of\s+)?(\p{L}+)(?:\s+(\p{L}+))?/u;

export function kindsAsked(question: string): string[] {
  const m = KIND.exec(question.toLowerCase());
  const first = m?.[1];
  if (m === null || first === undefined || isStopword(first) || WH_WORDS.includes(first)) return [];
  const second = m[2];
  return second !== undefined && !isStopword(second) ? [first, second] : [first];
}

/**
 * The words after "how" that ask for a measure, a number with its unit ("110 mph", "8.4 pounds"): the
 * measure words every stage reads (`MEASURE_WORDS`), and "much", "often", "frequently", which ask an
 * amount or a count. The answer type here (within `HOW_WORDS`) and the asked slot's quantity in slot.ts
 * read this one list, so the two cannot disagree.
 */
export const HOW_MEASURE: readonly string[] = [...MEASURE_WORDS, 'much', 'often', 'frequently'];

/**
 * The words after "how" that the first rule reads as asking a number: with "many", whose attribute
 * (numerousness) "how numerous" and "how few" ask too. The asked slot (slot.ts) reads the same list.
 */
export const HOW_WORDS: readonly string[] = ['many', ...HOW_MEASURE];

/** "which city", "what country": a place asked by the noun of its kind. */
const PLACE_NOUN_ASKED =
  /\b(what|which) (city|country|town|state|place|region|continent|county|area|location|nation)\b/;
/** "which team", "what company": an organisation asked by the noun of its kind. */
const ORGANIZATION_NOUN_ASKED =
  /\b(what|which) (company|organi[sz]ation|team|club|university|college|party|agency|group|firm|institution|body)\b/;

/**
 * The noun a "which team…" or "what city…" question names the kind of place or organisation it asks by
 * ("team"), which a name of that type answers ("Harlow Town beat…"), whatever words the story uses
 * for the kind; undefined for any other question.
 */
export function typeNounAsked(question: string): string | undefined {
  const q = question.toLowerCase();
  return (PLACE_NOUN_ASKED.exec(q) ?? ORGANIZATION_NOUN_ASKED.exec(q))?.[2];
}

const RULES: [RegExp, QuestionType][] = [
  [new RegExp(`\\bhow (${HOW_WORDS.join('|')})\\b`), 'number'],
  [/\bwhat (percentage|percent|number|amount|proportion|size|population)\b/, 'number'],
  [
    /\b(when|what (year|date|day|time|month|century|decade|period|era)|which (year|date|day|month|century))\b/,
    'date',
  ],
  [/\bwhere\b/, 'location'],
  [PLACE_NOUN_ASKED, 'place'],
  [ORGANIZATION_NOUN_ASKED, 'organization'],
  [/\b(who|whom|whose|which (person|man|woman|minister|official|leader))\b/, 'person'],
  // "How come the ferry stopped?" asks why it did, not how.
  [/\b(why|how come|for what reason|what (caused|led to))\b/, 'reason'],
  // "what was the strike due to?": the stranded "due to" / "owing to" has the wh-word for its object, a
  // cause, as "what caused the strike?" asks; read as "what was the strike", any sentence about it did.
  [/^\s*what\b.*\b(due|owing) to\W*$/, 'reason'],
];

/** Entity types that answer each question type (organisations answer "who" too: "who signed?" → a ministry). */
export const ANSWER_ENTITIES: Record<QuestionType, readonly EntityType[]> = {
  person: ['person', 'organization'],
  organization: ['organization'],
  location: ['place'],
  place: ['place'],
  date: ['date'],
  number: ['number'],
  reason: [],
  other: [],
};

const WH_WORDS = ['who', 'what', 'where', 'when', 'why', 'which', 'how', 'whom', 'whose'];
const WH_ANYWHERE = new RegExp(`\\b(?:${WH_WORDS.join('|')})\\b`, 'u');

/** The first word and the space before it; made once, as letters.ts says why. */
const FIRST_WORD = /^(\s*)(\p{L}+)/u;

/**
 * "were was the meeting held?", "were did they go": an opening "were" with an auxiliary right after it.
 * "Were" opens a question only inverted with its subject ("were they hurt?"), and an auxiliary is no
 * subject: two auxiliaries in a row are no English, so the first is "where" written one letter short
 * (a real word, which the reading of misspelt wh-words below leaves as written).
 */
const WERE_BEFORE_AUXILIARY = new RegExp(String.raw`^(\s*)were(?=\s+${anyOf(OPENING_AUXILIARIES)}\b)`, 'iu');

/** "wher did…", "hwo signed…": a misspelt wh-word at the start of a question, read as the wh-word. */
export function fixWhWord(question: string): string {
  if (WERE_BEFORE_AUXILIARY.test(question)) return question.replace(WERE_BEFORE_AUXILIARY, '$1where');
  const m = FIRST_WORD.exec(question);
  const first = m?.[2]?.toLowerCase();
  if (
    m === null ||
    first === undefined ||
    WH_WORDS.includes(first) ||
    isStopword(first) ||
    first.length < 3
  ) {
    return question;
  }
  // "whats her ranking now", "whos the boss": chat's "what's" and "who's" without the apostrophe keep
  // their "is" ("what her ranking now" asks nothing).
  const contracted = WH_WORDS.find((w) => first === `${w}s`);
  if (contracted !== undefined) return `${m[1] ?? ''}${contracted}'s${question.slice(m[0].length)}`;
  const wh = WH_WORDS.find((w) => editDistance(first, w) === 1);
  return wh === undefined ? question : `${m[1] ?? ''}${wh}${question.slice(m[0].length)}`;
}

/** The question type a kind noun asks for, in a question with no wh-word. */
const NOUN_TYPE: Record<NounKind, QuestionType> = {
  date: 'date',
  year: 'date',
  month: 'date',
  count: 'number',
  money: 'number',
  age: 'number',
  share: 'number',
  duration: 'number',
  quantity: 'number',
  place: 'location',
  reason: 'reason',
};

/**
 * The type of a question that asks by a noun alone ("reopen date?" → date, "death toll?" → number,
 * "ceo name?" or "author?" → person), or undefined.
 */
function nounType(question: string): QuestionType | undefined {
  const asked = nounAsked(question);
  if (asked === undefined) return undefined;
  const kind = KIND_NOUNS.get(asked.noun);
  if (kind !== undefined) return NOUN_TYPE[kind];
  const named = asked.noun === 'name' ? asked.modifier : asked.noun;
  // In the noun's commonest sense, as `answer-kind.ts` reads a head noun: "engineer", "ceo", "author".
  return named !== undefined && isKindOrSame(named, 'person', 1) ? 'person' : undefined;
}

/** The word after "what" or "which"; made once, as letters.ts says why. */
const WHAT_NOUN = /\b(?:what|which)\s+(\p{L}+)/u;

/** A question opened by "why" or "how come", up to the next wh-word (group 1). */
const WHY_CLAUSE = new RegExp(`^(\\s*(?:why|how\\s+come)\\b.*?)\\b(?:${WH_WORDS.join('|')})\\b`, 'u');

/**
 * A clause of time opening the question, closed by a comma before the wh-word that asks: "When many
 * people are arrested, what is a common tactic?" Not a "when" inverting its clause as a question does
 * ("When will the ferry reopen, what will tickets cost?"): that one asks a date.
 */
const WHEN_CLAUSE_FIRST = new RegExp(
  `^\\s*when\\b(?!\\s+${anyOf(OPENING_AUXILIARIES)}\\b)[^,?]*,\\s*(?=(?:${WH_WORDS.filter((w) => w !== 'when').join('|')})\\b)`,
  'u',
);

/**
 * A "when" opening a clause after the question's first wh-word (group 3), with the two words before it
 * (groups 1 and 2: "the year" of "what was the year when…"; group 1 alone when only one word is there). Not a "when" that ends the question, joins
 * another wh-word or inverts a clause as a question does ("what happened, and when?", "who, when and
 * where?", "what happened and when did it start?"): that one asks too.
 */
const LATER_WHEN = new RegExp(
  String.raw`(?:\b(\p{L}+)\s+)?(?:\b(\p{L}+))?[^\p{L}]*\b(when)\s+(?!(?:and|or|${OPENING_AUXILIARIES.join('|')})\b)\p{L}`,
  'du',
);

/**
 * The part of the question its type is read from. A question opened by "why" asks a reason; a wh-word
 * later in it opens a clause of its own, a time ("why are cats calm when they sleep") or a relative
 * ("why were the men who…"), and says nothing of what is asked. Not "how": a how-question's later
 * clause is often what is asked ("how can they find out when it reopens" wants the date), and its
 * short answer, typed as a manner, would be any noun of the passage (review38a: 7 of 26 worse).
 * A "when" asks only where it opens the question's main clause: after another wh-word ("what should
 * be avoided when talking to the police?", "who was in charge when it sank?") it opens a clause of
 * time, and a clause of time opening the question ends at a comma before the wh-word that asks ("when
 * many people are arrested, what is…"); such a question asks what its other wh-word asks, not a date
 * (squad-dev: 37 such questions were typed as dates). Unless a noun of time comes right before that
 * "when" (`timePhrase`: "what was the year when…"): the relative "when" then says which time is asked;
 * or the "when" opens an embedded question, the object of a preposition or of a verb of knowing or
 * saying (`embeddedWhen`: "who knows when the ferry will reopen?"), which asks a date; or the opening
 * "when" is inverted ("When will the ferry reopen, what will…?"), and asks one.
 */
function openingClause(q: string): string {
  const why = WHY_CLAUSE.exec(q)?.[1];
  if (why !== undefined) return why;
  const main = q.slice(WHEN_CLAUSE_FIRST.exec(q)?.[0].length ?? 0);
  const wh = WH_ANYWHERE.exec(main);
  if (wh === null || wh[0] === 'how' || wh[0] === 'when') return main;
  const after = wh.index + wh[0].length;
  const later = LATER_WHEN.exec(main.slice(after));
  const at = later?.indices?.[3]?.[0];
  if (later === null || at === undefined || timePhrase(later[1], later[2])) return main;
  const before = (later.indices?.[2] ?? later.indices?.[1])?.[0];
  if (before !== undefined && embeddedWhen(main, after, after + before)) return main;
  return main.slice(0, after + at);
}

/**
 * Is the "when" after the word at `at` an embedded question, the object of a preposition ("what's the
 * latest on when…", "what did they say about when…") or of a verb of knowing or saying (WordNet's
 * verb.cognition or verb.communication in its commonest sense: "who knows when the ferry will reopen?")?
 * It still asks a date. Not a particle of the verb before it (a WordNet phrasal verb, "took the boat out
 * when…"), unless that verb is itself one of knowing or saying ("find out when…"); not a verb of saying
 * before a clause in the past ("who answered when the judges phoned?": said then); not a verb whose
 * object is the wh-word (`whAt` is where it ends), fronted before an inverted subject ("what did the
 * mayor say when…" asks what was said then); and not a verb of any other kind ("what should walkers
 * carry when crossing": a time); nor a "when" opening a clause without a subject ("when heated").
 */
function embeddedWhen(main: string, whAt: number, at: number): boolean {
  const terms = rememberedTerms(main);
  const i = terms.findIndex((t) => t.start === at);
  const word = terms[i];
  if (word === undefined) return false;
  // A clause with no subject is one of time: "…avoided when talking to authorities?", "what does water
  // turn into when heated?" (squad-dev); an embedded question has its own ("when the ferry will…").
  const opens = terms[i + 2];
  if (opens !== undefined && ['Verb', 'Adjective'].some((tag) => opens.tags.has(tag))) return false;
  if (word.tags.has('Preposition')) {
    // Not "is" ("what is the latest on when…": be_on is a phrasal verb of WordNet's, but "the latest"
    // is what is, and "on when…" its object): a particle follows a verb of doing.
    const verb = terms
      .slice(0, i)
      .findLast((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula'));
    const lemma = verb === undefined ? undefined : verbLemmaOf(verb.text.toLowerCase());
    const phrasal = lemma === undefined ? undefined : `${lemma}_${word.text.toLowerCase()}`;
    return phrasal === undefined || !isLemma('verb', phrasal) || knowsOrSays(phrasal) !== undefined;
  }
  const file = word.tags.has('Verb') ? knowsOrSays(verbLemmaOf(word.text.toLowerCase())) : undefined;
  if (file === undefined) return false;
  // Said at a time gone by: "who answered when the judges phoned?" (a verb of saying, but the clause
  // is in the past, as an embedded question need not be: "who said when the ferry would return?").
  const clauseVerb = terms.slice(i + 2).find((t) => t.tags.has('Verb'));
  if (file === VERB_FILE.communication && clauseVerb?.tags.has('PastTense') === true) return false;
  const next = terms.findIndex((t) => t.start > whAt);
  const [auxiliary, subject] = [terms[next], terms[next + 1]];
  const fronted =
    auxiliary !== undefined &&
    OPENING_AUXILIARY.has(auxiliary.text.toLowerCase()) &&
    subject !== undefined &&
    ['Determiner', 'Pronoun', 'Noun'].some((tag) => subject.tags.has(tag));
  return !fronted;
}

/**
 * The lexicographer file of the verb's commonest sense where it is one of knowing or saying (WordNet's
 * verb.cognition, verb.communication); else undefined.
 */
function knowsOrSays(lemma: string | undefined): number | undefined {
  const first = lemma === undefined ? undefined : commonSenses('verb', lemma)[0];
  if (first === undefined) return undefined;
  const file = lexFileOf('verb', first);
  return file === VERB_FILE.cognition || file === VERB_FILE.communication ? file : undefined;
}

/**
 * Is "the year", "a day", "that time" a noun phrase naming a time: a determiner, then a noun WordNet files
 * as a time (noun.time) in one of its commonest senses? The determiner tells the noun from a verb ("where
 * did he go when…": "go" is a time too, as in "have a go").
 */
function timePhrase(determiner: string | undefined, noun: string | undefined): boolean {
  return (
    determiner !== undefined &&
    noun !== undefined &&
    DETERMINERS.has(determiner) &&
    nounClasses(noun).has(NOUN_FILE.time)
  );
}

export function questionType(question: string): QuestionType {
  const q = question.toLowerCase();
  const byNoun = nounType(q);
  if (byNoun !== undefined) return byNoun;
  // "How shallow…?" asks a number as "how deep…?" does (`withMeasureWord`).
  const asked = withMeasureWord(openingClause(q), HOW_WORDS);
  for (const [re, type] of RULES) if (re.test(asked)) return type;
  // With no wh-word, "somewhere" asks where ("was the meeting held somewhere in Russia?"). "anyone" asks
  // no type: "was anyone hurt?" is answered by "two people were injured", not by a name.
  if (/\b(?:somewhere|anywhere)\b/u.test(q) && !WH_ANYWHERE.test(q)) return 'location';
  // "What mathematician…", "Which president…": the noun after what/which names a kind of person.
  const noun = WHAT_NOUN.exec(q)?.[1];
  if (noun !== undefined && namesPeople(noun)) return 'person';
  return 'other';
}

const actorCache = new WordCache<boolean>();

/**
 * Does this noun name a kind of person ("mathematician", "president")? Asked of compromise's tagger once
 * per word, without the chunker, whose phrases the tags do not depend on (the same answer for the 29,858
 * words of the BBC stories and the question sets).
 */
export function namesPeople(noun: string): boolean {
  return actorCache.get(noun, tagsActor);
}

/** `namesPeople` for one of the folder's words, looked up ahead (`settle.ts`): kept whatever is typed after. */
export function settleNamesPeople(noun: string): void {
  actorCache.get(noun, tagsActor, true);
}

function tagsActor(noun: string): boolean {
  return tagOnly(noun).has('#Actor');
}

/**
 * Words written with a capital inside a sentence ("What did Miliband say?"). The first word of a
 * sentence is capitalised anyway, and in a question written all in capitals nothing can be told.
 */
export function writtenAsNames(question: string, tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  if (!hasLower(question)) return names;
  for (const t of tokens)
    if (!atSentenceStart(question, t.start) && startsUpper(question.slice(t.start, t.end))) names.add(t.word);
  return names;
}

/**
 * "going" of "going to" + a verb ("who's going to be captain?", "is he going to retire?") says the
 * future, as "will" does, not the verb "go": searched, its forms ("went", "gone") would find whoever
 * went anywhere. "trains going to Scotland", "going to the final" go somewhere and keep it. The verb
 * is a word compromise's lexicon lists as an infinitive (a look-up, no tagging of the question).
 */
function futureGoing(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.word === 'going' && tokens[i + 1]?.word === 'to' && isInfinitive(tokens[i + 2]?.word ?? '')
  );
}

/** Verbs of where/when questions that say only that an event happened (with "place" of "take place"). */
const EVENT_VERBS: ReadonlySet<string> = new Set([
  'held',
  'hold',
  'holding',
  'happen',
  'happened',
  'happening',
  'occur',
  'occurred',
  'take',
  'took',
  'taken',
  'taking',
  'place',
]);

/**
 * "Where was the final played?", "where was the concert staged?": a where-question putting a verb in
 * the passive on a noun WordNet files under social events (a final, a match, a concert), whose last word is
 * that verb's participle. Of an event the verb says only that it happened, as "held" does of a meeting:
 * the story says "watched the final at Kingsmead Park", and a quote's "played the ball" is no answer.
 */
const EVENT_PASSIVE =
  /^\s*where\s+(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+[\p{L}\s'-]*?(\p{L}+)\s+(\p{L}+)\s*[?.!]*\s*$/u;

/** The participle of a where-question's passive said of an event (`EVENT_PASSIVE`), if it has one. */
function eventParticiple(question: string): string | undefined {
  const m = EVENT_PASSIVE.exec(question.toLowerCase());
  const noun = m?.[1];
  const verb = m?.[2];
  // A social event (a final, a match, a concert, a wedding), not any event: a deal or a fire is one to
  // WordNet, and "where was the deal signed?" asks where the signing was.
  if (noun === undefined || verb === undefined || !isKindOf(noun, 'social_event')) return undefined;
  const bases = [...detachedBases(verb, 'verb'), lemmaOf(verb) ?? verb];
  return /(?:ed|en|n|t)$/.test(verb) && bases.some((b) => isLemma('verb', b)) ? verb : undefined;
}

/** The function words a misspelling is compared with, in order: long ones only (MISSPELT_STOPWORD_MIN). */
const STOPWORD_LIST = [...STOPWORDS];

/**
 * The function word this misspells ("hapened" → "happened", "becuase", "shoud"), if any. Searched for, it is a word
 * no article holds and weighs against every passage; read as what it misspells, it is left out like the
 * word itself. A word of English ("hoping", one edit from "having") is never read as another.
 */
export function misspeltStopword(
  word: string,
  min: number = DEFAULT_WEIGHTS.MISSPELT_STOPWORD_MIN,
): string | undefined {
  const chat = chatFunctionWord(word);
  if (chat !== undefined) return chat;
  if (word.length < min) return undefined;
  for (const stop of STOPWORD_LIST) {
    if (stop.length >= min && Math.abs(stop.length - word.length) <= 1 && editDistance(word, stop) === 1)
      return isEnglishWord(word) ? undefined : stop;
  }
  return undefined;
}

/**
 * A function word the stopword list lacks ("against", "upon", "versus", "beside", "else"): WordNet,
 * which lists every English noun, verb, adjective and adverb, does not list it, and compromise's lexicon
 * lists it in a class that names nothing (`isNamelessWord`). It says how the question is put, not what it
 * is about: searched when the articles use it ("voted against the plan"), but one they lack is no sign
 * that they do not say what is asked, so it is left out, as the kind noun is.
 */
function functionWord(word: string): boolean {
  // The lexicon's class first: most words are in none, and telling whether a word is English may tag it.
  return isNamelessWord(word) && !isEnglishWord(word) && !isAdverb(word);
}

/**
 * The participles of "do", whose other forms are stopwords ("do", "does", "did"): a pro-verb standing
 * for the verb the story says ("which countries have done what they were told?" of "…have followed up
 * policy recommendations"; "how many budgets has Brown done?"), as a wh-word stands for the answer.
 */
const DO_PARTICIPLES: ReadonlySet<string> = new Set(['done', 'doing']);

/**
 * "Ever" says "at any time" and no time in particular: it stresses a superlative or a perfect ("the
 * most snow Fresno has ever had", "the first ever concrete stadium", "has she ever won?"), which the
 * story says without it ("…the most snow on record", "the first"). A word of emphasis, not of what is
 * asked.
 */
const AT_ANY_TIME = 'ever';
// …except beside a word of another time (`OTHER_TIME`): "has he ever resigned before?", "will buses ever
// run again?" ask about a time other than the story's event, and "ever" there is what sets it apart.
// Left out, the question was "has he resigned?", and a story about this week's resignation answered "Yes".
// "Yet" and "already" (`BY_NOW`) say "by now" of a perfect or a present ("has anyone been arrested
// yet?"), which the story tells without them: words of aspect, not of what is asked, left out as "ever"
// is (and searched where the articles use them).

/**
 * Whether the token is a part of a contraction that is a function word as written (`contractions.ts`):
 * an ending the tokenizer keeps ("ll" of "they'll" is "will"), a misspelt function word before an
 * apostrophe ("couldn" of "couldn't", one edit from "could"), or the part before any negative's "'t"
 * ("didn" of "didn't" is "did", "won" of "won't" is "will"). Left in the search, "didn" was a word no
 * story holds, which refused "who didn't vote?" of "Price and Wells refused to vote"; a who-question
 * that denies its verb is kept from its opposite by `failsDenial` (polarity.ts) instead.
 */
function contractionPart(question: string, token: Token, min: number): boolean {
  if (contractedEnding(token.word) !== undefined && /\p{L}['’]$/u.test(question.slice(0, token.start)))
    return true;
  const after = question.slice(token.end);
  if (token.stop || !/^['’]/u.test(after)) return false;
  return misspeltStopword(token.word, min) !== undefined || beforeNegativeT(token.word, after);
}

/**
 * The chat form opening `raw` that `fixWhWord` read as the word the lexicon says ("wat" → "what"), to
 * be shown as the others are.
 */
function openingChatForm(raw: string, opened: string): Reading | undefined {
  const first = /^\s*([\p{L}\p{N}]+)/u.exec(raw)?.[1];
  const chat = first === undefined ? undefined : chatReading(first);
  if (opened === raw || first === undefined || chat === undefined || chat.aside) return undefined;
  const read = opened.trimStart().toLowerCase().startsWith(chat.meant.toLowerCase());
  return read ? shownReading(first, chat.meant) : undefined;
}

/**
 * `known` says whether the articles hold a word: one they hold is read as written, not as a misspelt
 * function word ("boeing" is one edit from "being" and no WordNet word), as is a word written as a name.
 * `weights`: the engine's, the defaults for a caller without one.
 */
export function parseQuestion(
  raw: string,
  known: (word: string) => boolean = () => false,
  weights: Pick<Weights, 'MISSPELT_STOPWORD_MIN'> = DEFAULT_WEIGHTS,
): ParsedQuestion {
  const opened = fixWhWord(raw);
  let question = opened;
  const tokens = tokenize(question);
  const asNames = writtenAsNames(question, tokens);
  // The first part of a contraction ("couldn" of "couldn't") is a function word as written: left out
  // of the search like the function word it negates, and left as it is in the question's text; so is
  // an ending the tokenizer keeps ("ll" of "they'll"). Each is known by how far its end is from the
  // question's end, which no rewrite before it moves: only that token is left out, not the same word
  // elsewhere ("who won the cup and won't play?" keeps "won").
  const contractedFunctionWords = new Set<number>();
  // Chat forms read as their words (`short-forms.ts`), in the order the reader typed them: an opening
  // "whats" or "wat" is read by `fixWhWord`.
  const readings: Reading[] = [];
  // The words and the lone letters of chat ("u", "w/", which the tokenizer drops), right to left, so
  // that each rewrite leaves the positions of the tokens before it as they were.
  const pieces: (Token & { meant?: string })[] = [
    ...tokens,
    ...letterForms(question).map((l) => ({ ...l, stem: l.word, stop: false })),
  ];
  for (const token of pieces.sort((a, b) => b.start - a.start)) {
    if (contractionPart(question, token, weights.MISSPELT_STOPWORD_MIN)) {
      contractedFunctionWords.add(question.length - token.end);
      continue;
    }
    const asWritten = token.stop || asNames.has(token.word) || known(token.word);
    if (asWritten) continue;
    const typed = question.slice(token.start, token.end);
    // A chat form ("ppl", "b4", "gonna", "u"): the question says the words it stands for; an aside
    // ("tbh", "lol") is no part of what it asks.
    const chat = token.meant !== undefined ? { meant: token.meant, aside: false } : chatReading(token.word);
    if (chat !== undefined) {
      const shown = shownReading(typed, chat.meant);
      if (shown !== undefined) readings.push(shown);
      question = chat.aside
        ? withoutAside(question, token.start, token.end)
        : question.slice(0, token.start) + chat.meant + question.slice(token.end);
      continue;
    }
    // A function word misspelt ("becuase", "hapened"): read as it, as before the search.
    const meant = misspeltStopword(token.word, weights.MISSPELT_STOPWORD_MIN);
    if (meant !== undefined) question = question.slice(0, token.start) + meant + question.slice(token.end);
  }
  const opening = openingChatForm(raw, opened);
  if (opening !== undefined) readings.push(opening);
  readings.reverse();
  const seen = new Set<string>();
  const keywords: Token[] = [];
  const read = tokenize(question);
  for (const [i, token] of read.entries()) {
    if (token.stop || contractedFunctionWords.has(question.length - token.end) || seen.has(token.stem))
      continue;
    if (futureGoing(read, i)) continue;
    // "the same one", "which one": a pronoun's "one", standing for what the question does not say.
    if (isProOne(read, i)) continue;
    seen.add(token.stem);
    keywords.push(token);
  }
  const type = questionType(question);
  // "Where was the meeting held?", "When did the talks take place?": the verb only says that the event
  // happened; the story says "convened in St.Petersburg" or "met on Thursday". Left in, the word the
  // story lacks weighs against the passage that answers.
  const eventWords = type === 'location' || type === 'place' || type === 'date' ? EVENT_VERBS : undefined;
  // "Where was the final played?": the participle of an event said of it is another "held".
  const eventVerb = eventParticiple(question);
  // "bridge location?", "ceo name?": the noun that names the asked kind is asked for, as "where" is, not
  // a word the answer's sentence must hold ("The bridge in Dunmore…"); searched only when the articles
  // use it ("tunisia population" of "Tunisia has a population of…").
  const asked = nounType(question) !== undefined ? nounAsked(question)?.noun : undefined;
  const kindNoun = asked !== undefined && !known(asked) ? asked : undefined;
  // "Why is fuel so expensive?": an adverb grading the adjective after it (`degree.ts`) is left out as
  // a function word is, when the articles lack it; searched when they use it.
  const grading = new Set([...gradingAdverbs(question, read)].map((i) => read[i]?.start));
  // "halt due to the crisis", "how was the school able to…": a word of a complex preposition or of "be
  // able to" (`function-phrases.ts`) links or grades as a function word does; left out when the
  // articles lack it, searched when they use it.
  const linking = new Set([...functionPhraseWords(question, read)].map((i) => read[i]?.start));
  const otherTime = read.some((t) => OTHER_TIME.has(t.word));
  // "How old is Mr Reid?": a title of address before a name is part of the name, saying the person's
  // sex; the story names them by "Reid" ("The skipper, Alan Reid, 47"), and "Mr" alone finds every
  // sentence about any man ("Mr Cable said…"). Not after a determiner: "what did the dr say?", "the
  // lady" are nouns, and a title of address takes none; nor before a word of English: "Biogen's other
  // MS drug" is multiple sclerosis, and a title stands before a name. (A common surname, "Mr Brown",
  // is left as it was.)
  const titles = new Set(
    read
      .filter(
        (t, i) =>
          addressTitle(t.word) !== undefined &&
          read[i + 1]?.stop === false &&
          !isCommonWord(read[i + 1]?.word ?? '') &&
          !DETERMINERS.has(read[i - 1]?.word ?? ''),
      )
      .map((t) => t.start),
  );
  const content = keywords.filter(
    (k) =>
      !titles.has(k.start) &&
      eventWords?.has(k.word) !== true &&
      k.word !== eventVerb &&
      k.word !== kindNoun &&
      (known(k.word) ||
        !(
          functionWord(k.word) ||
          grading.has(k.start) ||
          linking.has(k.start) ||
          DO_PARTICIPLES.has(k.word) ||
          ((k.word === AT_ANY_TIME || BY_NOW.has(k.word)) && !otherTime)
        )),
  );
  return {
    text: question,
    type,
    keywords: content.length > 0 ? content : keywords,
    kinds: type === 'other' ? kindsAsked(question) : [],
    names: writtenAsNames(question, keywords),
    phrases: phrasesOf(question, content),
    ...(readings.length > 0 ? { readings } : {}),
  };
}

/**
 * The question's collocations, each with the keywords it spans: the phrase's synonyms count as each of
 * them ("pass" and "away" of "pass away" are both read in "died"; "top" of "top out", whose "out" is a
 * stopword). A collocation that spans no keyword is left out: its words are stopwords, or the parser
 * dropped them on purpose ("take place" in a where-question).
 */
function phrasesOf(question: string, keywords: readonly Token[]): Phrase[] {
  const phrases: Phrase[] = [];
  for (const c of collocations(question)) {
    const spanned = keywords.filter((k) => c.tokens.some((t) => !t.stop && t.stem === k.stem));
    if (spanned.length > 0) phrases.push({ keywords: spanned.map((k) => k.word), lemma: c.lemma });
  }
  // Two keywords in a row that define a verb ("express (their) gratitude" → "thank"). Stopwords may
  // stand between them: the keywords are the question's words without them.
  for (let i = 0; i + 1 < keywords.length; i++) {
    const [first, second] = [keywords[i] as Token, keywords[i + 1] as Token];
    const defines = verbsDefinedAs(first.word, second.word);
    if (defines.length > 0)
      phrases.push({ keywords: [first.word, second.word], lemma: `${first.word}_${second.word}`, defines });
  }
  return phrases;
}
