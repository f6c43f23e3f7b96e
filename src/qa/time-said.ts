/**
 * Does a passage say a time at all, for a question asking "when"? A when-question is answered by a
 * date ("in October", "last week": the tagger's dates, the slot's fillers, `slot.ts`) or, where the
 * story has none, by a time said in other words: a phrase whose noun WordNet files as a time ("in the
 * 89th minute", "at dusk", "in her summers"), an event the question does not name ("on his debut"), a
 * life stage or role ("as a teenager"), a clause of time ("after the US blocked its application",
 * "once the work is complete") or an adverb of time ("overnight"). A passage with none of these
 * ("Ireland's Brian O'Driscoll will lead the team in the IRB Rugby Aid match at Twickenham" for "When
 * is the match?") says what happened, never when. The reading errs towards finding a time: a passage
 * it wrongly credits is left to the calibrator, as before the rule; one it wrongly denies is refused.
 * Pure, apart from WordNet look-ups.
 */
import { anyOf, OPENING_AUXILIARIES } from './auxiliaries.js';
import type { Entity } from './entities.js';
import { DETERMINERS, isStopword, type Token } from './text.js';
import { saysWhen, TIME_WORDS } from './time-point.js';
import {
  detachedLemma,
  glossedSenses,
  isAdverb,
  isCommonWord,
  isHappeningNoun,
  isKindOrSame,
  isLemma,
  isNoun,
  NOUN_FILE,
  nounClasses,
} from './wordnet.js';

/**
 * "When" as the question's own word, not a clause of time in a question asking something else: it
 * opens the question and an auxiliary follows it, as English inverts a question ("when did…", "when
 * is…", "when's…"); "When violence is used, what is it called?" asks what, "When large groups boycott
 * a system it can be considered?" a name.
 */
const WHEN_ASKED = new RegExp(
  String.raw`^\W*(?:(?:so|and|but)\s+)?when(?:'?s\b|\s+${anyOf(OPENING_AUXILIARIES)}\b)`,
  'i',
);

/** After a comma, another question opens: "When does it rain, is the bridge shut?" asks whether. */
const SECOND_QUESTION = new RegExp(
  String.raw`,\s*(?:${anyOf(OPENING_AUXILIARIES)}|what|who|where|which|how|why)\b`,
  'i',
);

/**
 * "When" then a present auxiliary and its subject: "when is a player sent off?", "when are races
 * held?", "when can oxygen gas produce a toxic condition?". With a generic subject (a/an and a noun, or
 * a common noun with no determiner: a plural or a mass noun) the question asks under what condition, or
 * how often, not at what time.
 */
const PRESENT_SUBJECT = /^\W*(?:(?:so|and|but)\s+)?when\s+(?:is|are|does|do|can)\s+(an?\s+\w|[\p{L}-]+)/iu;

function genericSubject(question: string): boolean {
  const subject = PRESENT_SUBJECT.exec(question)?.[1]?.toLowerCase();
  if (subject === undefined) return false;
  if (/^an?\s/.test(subject)) return true;
  // A common noun, no determiner ("races", "oxygen"; not "his", "she", "jones": a name, "the").
  return !isStopword(subject) && !DETERMINERS.has(subject) && isCommonWord(subject) && isNoun(subject);
}

/** Does the question ask at what time, by its own "when" (`WHEN_ASKED`), not a condition nor a clause? */
export function asksWhen(question: string): boolean {
  const q = question.replace(/[’‘]/g, "'");
  return WHEN_ASKED.test(q) && !SECOND_QUESTION.test(q) && !genericSubject(q);
}

/**
 * The subordinators and prepositions that say time only (closed-class words: a grammar's list, not the
 * stories'): what follows them is the time, by the event or the time it names ("after the war",
 * "when her grandfather fell ill").
 */
const TIME_ONLY = new Set([
  'after',
  'before',
  'during',
  'until',
  'till',
  'since',
  'when',
  'whenever',
  'while',
  'once',
  'following',
  'throughout',
]);

/**
 * The prepositions that say time or place or more ("in the summer", "in Leeds"): what follows says a
 * time when its phrase holds a noun of time (`timeNoun`), when its head is an event the question does
 * not name after "in", "on" or "at" (`EVENT_AT`: "on his debut"), or "as a" and a person ("as a student").
 */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'from', 'through', 'within', 'over', 'into', 'as']);

function isLink(word: string): boolean {
  return TIME_ONLY.has(word) || PREPOSITIONS.has(word);
}

/**
 * The prepositions before which an event says when ("on his debut", "at the funeral", "in the final");
 * after the others it says by what or why ("damaged by flooding", "out through injury").
 */
const EVENT_AT = new Set(['in', 'on', 'at']);

/** How many content words after a subordinator its clause is read over, at most: "after the end of the war". */
const ADJUNCT_WORDS = 4;

/** Is the noun one WordNet files as a time (noun.time) in one of its commonest senses ("summers", "age")? */
function timeNoun(word: string): boolean {
  return nounClasses(word).has(NOUN_FILE.time);
}

/**
 * Is the word an adverb of time: its commonest sense defined by a time ("overnight": "during or for the
 * length of one night"; "soon": "in the near future"; not "then": "subsequently or soon afterward")?
 */
function timeAdverb(word: string): boolean {
  if (!isAdverb(word)) return false;
  const gloss = glossedSenses('adv', word)[0]?.gloss.split(';')[0] ?? '';
  return (gloss.match(/\p{L}+/gu) ?? []).some((w) => w.length > 2 && timeNoun(w));
}

/** Is the noun one for a person ("teenager", "student"): "as a teenager" says when, by a stage of a life? */
function personNoun(word: string): boolean {
  return nounClasses(word).has(NOUN_FILE.person);
}

/** Between two tokens, a mark that ends a phrase or clause. */
const BREAK = /[,;:.!?"“”()]/;

/** A passage as the answerability stage reads it, with the tagger's entities when it has them. */
export interface TimePassage {
  text: string;
  tokens: readonly Token[];
  entities?: () => readonly Entity[];
}

/**
 * Does the passage say a time that is not the question's own words (`asked`, its stems)? Every token of
 * a time must be asked for it not to count: "last month" says a time for a question asking "last".
 */
export function saysTime(passage: TimePassage, asked: ReadonlySet<string>): boolean {
  const { text, tokens } = passage;
  const unasked = (from: number, to: number) =>
    tokens.some((t) => t.start < to && t.end > from && !asked.has(t.stem));
  const dated = (passage.entities?.() ?? []).some(
    (g) => g.type === 'date' && saysWhen(text, g.start, g.end) && unasked(g.start, g.end),
  );
  if (dated) return true;
  for (const m of text.matchAll(EVERY_TIME_WORD)) {
    if (!mayAsModal(text, m.index, m[0]) && unasked(m.index, m.index + m[0].length)) return true;
  }
  // A link ("before", "after") is read with what follows it (`linksTime`); as an adverb only when
  // nothing does ("They had met before."). Other function words are no adverbs of time: "all" is
  // defined as "to the full … extent", and "full" is also a noun of time (the moon's phase).
  const adverb = (t: Token, i: number) =>
    !asked.has(t.stem) &&
    (isLink(t.word) ? phraseAfter(text, tokens, i).length === 0 : !t.stop) &&
    timeAdverb(t.word);
  return tokens.some((t, i) => linksTime(passage, i, asked) || adverb(t, i));
}

/** "may" is the month written with a capital, and not where a sentence opens unless a figure follows. */
function mayAsModal(text: string, at: number, word: string): boolean {
  if (word.toLowerCase() !== 'may') return false;
  if (word !== 'May') return true;
  const opensSentence = /(?:^|[.!?"“])$/.test(text.slice(0, at).trimEnd());
  return opensSentence && !/^May\s+\d/.test(text.slice(at));
}

/** Every word of time in a text (`TIME_WORDS`, global for `matchAll`). */
const EVERY_TIME_WORD = new RegExp(TIME_WORDS.source, 'gi');

/**
 * Does the token at `i` open a phrase or clause that says a time: a subordinator of time with a word
 * the question lacks, or a preposition before a time, an unasked event, or "a/an" and a person ("as a
 * student")?
 */
function linksTime(passage: TimePassage, i: number, asked: ReadonlySet<string>): boolean {
  const { text, tokens } = passage;
  const link = tokens[i];
  // Most tokens link nothing: the phrase after one is read only for a link.
  if (link === undefined || !isLink(link.word)) return false;
  const following = phraseAfter(text, tokens, i);
  if (TIME_ONLY.has(link.word)) {
    return following
      .filter((t) => !t.stop)
      .slice(0, ADJUNCT_WORDS)
      .some((t) => !asked.has(t.stem));
  }
  if (!PREPOSITIONS.has(link.word)) return false;
  // The noun phrase: the nouns, adjectives and figures after its determiner. Its head is the last of
  // them ("in the charity match at Twickenham" → match; "on his debut against Castleford" → debut). A
  // noun of time anywhere in it says a time: the phrase may run on over a preposition WordNet also
  // lists as a noun ("at dusk outside the clubhouse").
  const start = following.findIndex((t) => !t.stop);
  const first = following[start];
  if (first === undefined) return false;
  const run = following.slice(start);
  const end = run.findIndex((t) => !nominal(t));
  const phrase = (end === -1 ? run : run.slice(0, end)).filter((t) => !asked.has(t.stem));
  if (phrase.some((t) => timeNoun(t.word))) return true;
  const nouns = end === -1 ? run : run.slice(0, end);
  const head = nouns.at(-1);
  if (head === undefined || asked.has(head.stem)) return false;
  // A happening named alone ("on arrival") is when, whatever noun comes before, and so is a point of
  // another happening ("on project completion": `pointOfHappening`). A bare topic of more words, after
  // a noun of what is said or done ("an agreement on military-technical cooperation", "talks on ferry
  // trade"), is that noun's. With an article or a possessive the phrase keeps its reading of time: "a
  // protest on the closure of the road" (a topic) and "a reception on the arrival of the boat" or "on
  // her first visit" (times) are written alike, and WordNet's classes do not part them (when45's
  // reviews: "a performance on the visit of the prince").
  const timed = EVENT_AT.has(link.word) && isHappeningNoun(head.word);
  const plain = /^\s+$/.test(text.slice(link.end, first.start));
  const when = (plain && nouns.length === 1) || pointOfHappening(head.word);
  if (timed && (when || !plain || !topicAfter(passage, i))) return true;
  // "as a teenager", "as a student" (the tokens leave out "a"; the text has it).
  const article = /^\s+an?\s+$/i.test(text.slice(link.end, first.start));
  return link.word === 'as' && article && personNoun(head.word);
}

/**
 * Does the noun name the beginning or the end of something (WordNet: a kind of "beginning" or
 * "ending" in its commonest senses: "start", "kickoff", "completion", "close", "expiry")? "On" before it
 * says when ("a service on project completion"), not what a noun before is about: the happening is the
 * other thing's, not the noun's topic.
 */
function pointOfHappening(word: string): boolean {
  return isKindOrSame(word, 'beginning') || isKindOrSame(word, 'ending');
}

/**
 * The WordNet classes of a noun whose "on" says what it is about: something said or written
 * (noun.communication: "agreement", "talks", "report", "ban") or done (noun.act: "vote", "deal",
 * "decision", "attack").
 */
const TOPIC_TAKERS: ReadonlySet<number> = new Set([NOUN_FILE.communication, NOUN_FILE.act]);

/**
 * Does the "on" at `i` say what the noun before it is about ("an agreement on cooperation", "talks on
 * trade", "a vote on the merger"), not when ("scored on her debut": after a verb)? The word before is
 * a noun by what precedes it (`readAsNoun`: "a protest on", not "will protest on") and its commonest
 * sense is one of `TOPIC_TAKERS`. Only "on": after such a noun "in" and "at" still say when or where
 * ("her evidence at the trial"). `linksTime` asks it only of an event of two words or more after a
 * bare "on" (no article, no possessive) that is no beginning or end: a noun of time or a date there
 * says a time after any noun ("talks on Monday").
 */
export function topicAfter(passage: Pick<TimePassage, 'text' | 'tokens'>, i: number): boolean {
  const { text, tokens } = passage;
  const link = tokens[i];
  const noun = tokens[i - 1];
  if (
    link?.word !== 'on' ||
    noun === undefined ||
    noun.stop ||
    BREAK.test(text.slice(noun.end, link.start)) ||
    !readAsNoun(text, noun)
  ) {
    return false;
  }
  const lemma = detachedLemma('noun', noun.word);
  return lemma !== undefined && [...nounClasses(lemma, 1)].some((c) => TOPIC_TAKERS.has(c));
}

/**
 * Is the word at `noun` a noun here, by the words before it: a plural ("talks on trade"), or after a
 * determiner ("a", "the", "her"), a noun's "'s", a figure or an adjective ("a new deal on")? Many verbs
 * are also nouns ("will play on", "to protest on", "they report on"): after a modal, "to", a subject or
 * another verb ("start service on") the word is read as no noun, and "on" keeps its reading of time.
 * A word in -s with a noun lemma is taken for a plural whatever precedes it, so a verb's third person
 * is read as one ("he reports on trade"): the topic after it is bare, and says no time either way.
 */
function readAsNoun(text: string, noun: Token): boolean {
  if (/[^s]s$/.test(noun.word) && detachedLemma('noun', noun.word) !== undefined) return true;
  const before = /([\p{L}\d'’-]+)\s+$/u.exec(text.slice(0, noun.start))?.[1]?.toLowerCase();
  if (before === undefined) return false;
  return (
    DETERMINERS.has(before) ||
    /['’]s?$/.test(before) ||
    /^\d/.test(before) ||
    (!isStopword(before) && isLemma('adj', before))
  );
}

/** A word of a noun phrase: a noun, an adjective or a figure ("the 89th minute"), not a function word. */
function nominal(t: Token): boolean {
  return !t.stop && (/\d/.test(t.word) || isNoun(t.word) || isLemma('adj', t.word));
}

/** The tokens after the one at `i` up to the end of its phrase or clause (a mark of punctuation). */
function phraseAfter(text: string, tokens: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    const before = tokens[j - 1] as Token;
    if (BREAK.test(text.slice(before.end, t.start))) break;
    out.push(t);
  }
  return out;
}
