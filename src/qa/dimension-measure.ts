/**
 * Does a number give the measure a "how long / far / tall / deep / wide / heavy / fast / hot" question
 * asks? Such a question asks a measure of one dimension, which a story writes with a unit of that
 * dimension: "how long is the bridge?" is answered by "the 140-metre bridge", not by "the £7.8 million
 * bridge" in another sentence, nor by "voted 19 to 11"; "how heavy" by a mass unit, "how long did the
 * meeting last?" by a unit of time. What each measure word asks is `measure.ts`'s reading (`ASKED`:
 * the measures and those it takes loosely), and a number's unit is read by WordNet's classes of units
 * (`measuresOfSpan`: a linear unit, a mass unit, a unit of time…); only the measures a unit gives are
 * kept here, not money, a share, an age nor a bare count, which answer another question ("how much", "how
 * many"). Measure words that English also asks of amounts and counts ("how high did inflation rise?",
 * "how big was the crowd?": `bareFits`) and of ages ("how old") ask no one dimension, and are not read.
 *
 * "How long" asks a length of time or a length; of a physical thing ("how long is the bridge?") only a
 * length (`thingMeasured`).
 *
 * A rate is a measure of another thing than a total: "walked nine miles a day" says how far she walked
 * each day, not how far she walked. A measure followed by "a", "an", "per", "each" or "every" and a unit
 * of time (by WordNet, as `measuresOfUnit` reads it) is one, unless the question asks a rate itself: by
 * the same words ("how far did she walk a day?") or by a measure word of a rate ("how fast": a speed).
 *
 * Read by the re-ranking (only a number of the asked dimension is of the asked type, when a candidate
 * gives one at all: `saysDimension`) and the asked slot (a number of another measure or an unasked rate
 * fills it loosely). Pure, apart from WordNet look-ups.
 */
import {
  dimensionAsked,
  measureNamed,
  measuresOfSpan,
  measuresOfUnit,
  otherMeasureFollows,
  PHYSICAL,
  type Dimension,
  type Measure,
} from './measure.js';
import { howWord } from './measure-word.js';
import { stem, type Token } from './text.js';
import { numbersIn, SCALE_AFTER } from './numbers.js';
import { asksStateHeld, measuredNoun } from './noun-tied.js';
import { lemmaOf } from './lemma.js';
import { isKindOf, isKindOrSame } from './wordnet.js';

/** The measures a unit gives (`UNIT_CLASSES`, with temperature's degrees): what a dimension is measured in. */
const UNIT_MEASURES: readonly Measure[] = [...PHYSICAL, 'duration'];

/** What a question asks of a dimension: the measures that answer it, and whether it asks a rate. */
export interface DimensionAsked {
  /** The measures whose units answer it ("how long": a duration or a length). */
  measures: readonly Measure[];
  /** It asks a rate ("how fast", "how far … a day"), which a measure per unit of time answers. */
  rate: boolean;
  /** "How tall / far…": the dimension (`dimensionAsked`) and its adjective, which a gap or another dimension after the unit is not (`otherMeasureFollows`). */
  dimension?: Dimension;
  adjective?: string;
  /** "How long is the bridge?": the stem of the noun measured (`measuredNoun`), which a sentence giving its measure names. */
  noun?: string;
  /** It asks the time between two events (`GAP_ASKED`), which "eight weeks after he stepped down" gives. */
  gap?: true;
}

/**
 * A word of a rate and the word after it: "a day", "per hour", "each week". Group 1 is the word after,
 * whole: else "a week earlier" backtracks to "wee" and escapes the point-in-time test below.
 */
const PER = String.raw`(?:a|an|per|each|every)\s+(\p{L}+)(?!\p{L})`;
const RATE_IN_QUESTION = new RegExp(String.raw`\b${PER}`, 'giu');
/** Words that make a length of time the time between two events: "after", "a week later", "years ago". */
const GAP_WORDS = 'after|before|later|earlier|ago';

/**
 * After a number: an optional scale word, its unit, then a word of a rate ("nine miles a day"); not a
 * point in time ("ten miles a year ago").
 */
const RATE_AFTER = new RegExp(
  String.raw`^${SCALE_AFTER}[\s-]*\p{L}+\s+${PER}(?!\s+(?:${GAP_WORDS})\b)`,
  'iu',
);

/** Is the word a unit of time, which makes "a", "per" or "each" before it a rate's ("a day", "per week")? */
function timeUnit(word: string): boolean {
  return measuresOfUnit(word).includes('duration');
}

/**
 * "How long is the bridge?": the noun measured (`measuredNoun`) is a physical thing in its commonest
 * sense (WordNet's "physical_entity": a bridge, a river, a tunnel) and in none of its usual senses a
 * thing that lasts (`LASTING`), so it has a length and no duration; "how long is the wait / the film /
 * the flight / the book?" asks of a time, an event, an act or a message, which last.
 */
function thingMeasured(question: string): boolean {
  const head = measuredNoun(question)?.head;
  if (head === undefined) return false;
  const noun = lemmaOf(head) ?? head;
  return isKindOrSame(noun, 'physical_entity', 1) && !LASTING.some((c) => isKindOf(noun, c));
}

/** WordNet's classes of what lasts, whose length a "how long" asks in time ("the film" is an event too). */
const LASTING = ['event', 'act', 'communication', 'time_period'];

/**
 * "How long is / was the…": the measure word asked of what something is, with a copula, which may ask a
 * thing's length. With a verb of its own ("how long did he manage the team?") "how long" is an adverb
 * of the verb, asking for how long a time; a length is asked with "how far" or "how long is".
 */
const COPULA_ASKED = /\bhow\s+\p{L}+\s+(?:is|was|are|were|will\s+be|would\s+be)\b/iu;

/**
 * The dimension the question's measure word asks (`measureNamed`), when it asks only measures a unit
 * gives: not "how high"/"how big" (`bareFits`: amounts and counts too), nor "how old".
 */
export function dimensionMeasureAsked(question: string): DimensionAsked | undefined {
  const named = measureNamed(question);
  if (named === undefined || named.bareFits === true) return undefined;
  if (!named.measures.every((m) => UNIT_MEASURES.includes(m))) return undefined;
  const measures = [...named.measures, ...(named.loosely ?? [])].filter(
    (m) =>
      UNIT_MEASURES.includes(m) &&
      !(m === 'duration' && thingMeasured(question)) &&
      // "How long" takes a length only loosely, and only with a copula asking of a thing ("how long was
      // it shut?" asks how long it was so: a time).
      !(
        m === 'length' &&
        !named.measures.includes(m) &&
        (!COPULA_ASKED.test(question) || asksStateHeld(question))
      ),
  );
  const per = [...question.matchAll(RATE_IN_QUESTION)].some(([, w = '']) => timeUnit(w));
  const dimension = dimensionAsked(question);
  const adjective = howWord(question);
  const noun = measuredNoun(question)?.head;
  return {
    measures,
    rate: per || named.measures.includes('speed'),
    ...(noun === undefined ? {} : { noun: stem(noun) }),
    ...(GAP_ASKED.test(question) ? { gap: true as const } : {}),
    ...(dimension === undefined || adjective === undefined ? {} : { dimension, adjective }),
  };
}

/**
 * A question asks the time between two events when it names the other ("how long after / before / until
 * / since…", "how long ago / later") or asks what an act took ("how long did it take…", the time from
 * its start to its end; not "take part" or "take place"), anywhere in it ("how long did they wait
 * before flying out?"); else "how long was he the conductor?" or "how long did the club take part in
 * the league?" asks how long something lasted.
 */
const GAP_ASKED = new RegExp(
  String.raw`\b(?:${GAP_WORDS}|until|till|since|take|takes|took|taken|taking)\b(?!\s+(?:part|place)\b)`,
  'iu',
);

/** A number's digits and the optional scale word after them (`SCALE_AFTER`), ending the text: "3.2 million". */
const SCALED = new RegExp(String.raw`\d[\d.,]*${SCALE_AFTER}$`, 'iu');
/** How far before a scale word its digits are looked for: longer than any number news writes ("1,234,567.89 "). */
const SCALED_REACH = 24;

/**
 * The measures of the number at [start, end) of the text (`measuresOfSpan`), read from the digits a
 * scale word ends ("£3.2 million", read by its last number "million" as no measure, is money by its
 * "3.2"; a slot reads "million" as a number of its own, which this reads the same).
 */
export function measuresOfNumber(text: string, start: number, end: number): Measure[] {
  const m = SCALED.exec(text.slice(Math.max(0, start - SCALED_REACH), end));
  if (m === null || !/\p{L}$/u.test(m[0])) return measuresOfSpan(text, start, end);
  const digits = end - m[0].length;
  return measuresOfSpan(text, digits, digits + (/^\d[\d.,]*/u.exec(m[0])?.[0].length ?? 0));
}

/** Does the number at [start, end) of the text give a measure of the asked dimension (see the module comment)? */
export function givesDimension(asked: DimensionAsked, text: string, start: number, end: number): boolean {
  if (!measuresOfNumber(text, start, end).some((m) => asked.measures.includes(m))) return false;
  // "How tall is the tower?" is not answered by "103 miles south of Edinburgh", a gap between two places.
  const { dimension, adjective } = asked;
  const after = text.slice(lastNumberEnd(text, start, end));
  if (dimension !== undefined && otherMeasureFollows(after, dimension, adjective)) return false;
  return !unaskedRate(asked, text, start, end) && !unaskedGap(asked, text, start, end);
}

/** Where the last number of [start, end) of the text ends (the span may hold its unit already: "nine miles"). */
function lastNumberEnd(text: string, start: number, end: number): number {
  const last = numbersIn(text.slice(start, end)).at(-1);
  return last === undefined ? end : start + last.end;
}

/** How many words "since" and its year may have between them: the name of an event, "the Treaty of Rome". */
const SINCE_WORDS = 6;
/**
 * The words before a year that starts a length of time: "since 1951", "from 1961 (to 1972)", "between
 * 1961 (and 1972)", and "since" before the name of what began it, "since the Treaty of Rome 1957" (a few
 * words, none a number nor a comma: one phrase). "Since" says only a time; "from" and "between" say a
 * place as well ("from France in 1970"), so only a year right after them (or "the") starts one. Read by
 * the slot too (`slot.ts`), which finds the whole phrase.
 */
export const TIME_FROM = String.raw`\b(?:since\s+(?:[\p{L}'’-]+\s+){0,${SINCE_WORDS}}?|(?:from|between)\s+(?:the\s+)?)`;
const TIME_FROM_BEFORE = new RegExp(`${TIME_FROM}$`, 'iu');
/** A year that starts a length of time (`TIME_FROM`): "since 1962", "from 1961", "since the 1950s". */
const TIME_FROM_YEAR = new RegExp(String.raw`${TIME_FROM}(?:1[5-9]|20)\d\d(?:s|'s)?\b`, 'iu');

/**
 * Does the text say a length of time by the year it began ("has traded from the same shop since 1962")?
 * English says how long something has gone on so as often as by a number of years ("for 60 years").
 */
export function saysTimeSince(text: string): boolean {
  return TIME_FROM_YEAR.test(text);
}

/** How far before a date its "since" phrase is looked for: six words of any usual length. */
const TIME_FROM_REACH = 80;

/**
 * Does the date at [start, end) of the text start a length of time (`TIME_FROM`: "Apollo ran from 1961 to
 * 1972", "has broadcast since 1951", "since the Treaty of Rome 1957"), which answers "how long…" as a
 * number of its units does?
 */
export function startsLengthOfTime(asked: DimensionAsked, text: string, start: number): boolean {
  return (
    asked.measures.includes('duration') &&
    TIME_FROM_BEFORE.test(text.slice(Math.max(0, start - TIME_FROM_REACH), start))
  );
}

/**
 * Does the text give a measure of the asked dimension anywhere (`givesDimension`), or a year that starts a
 * length of time asked (`startsLengthOfTime`: "held since the Wrenfold Charter 1861")? A story that gives
 * none among the passages found may ask it in a figure of speech ("how far did she get?" of "made it to
 * the second round"), which no unit answers.
 */
export function saysDimension(asked: DimensionAsked, text: string): boolean {
  return numbersIn(text).some(
    (n) => givesDimension(asked, text, n.start, n.end) || startsLengthOfTime(asked, text, n.start),
  );
}

/**
 * Does the sentence (its tokens) name the noun whose measure is asked, when one is ("how wide is the
 * path?" is not answered by "the ledge was only 2ft wide", a sentence naming no path)?
 */
export function namesMeasured(asked: DimensionAsked, tokens: readonly Token[]): boolean {
  return asked.noun === undefined || tokens.some((t) => t.stem === asked.noun);
}

/**
 * After a number: an optional scale word, its unit, then a word that makes it the time between two events
 * ("eight weeks after its conductor stepped down", "a week later", "three years ago").
 */
const GAP_AFTER = new RegExp(String.raw`^${SCALE_AFTER}[\s-]*\p{L}+\s+(?:${GAP_WORDS})\b`, 'iu');

/**
 * Is the number at [start, end) of the text a length of time between two events ("won eight weeks after
 * its conductor stepped down"; not "stood for 40 years before…", how long a thing lasted) where the question asks how long something lasted ("how long was he the
 * conductor?", `GAP_ASKED`)? That is a length of time, but of another span than the one asked, as
 * "103 miles south of Edinburgh" is a length but no height.
 */
export function unaskedGap(asked: DimensionAsked, text: string, start: number, end: number): boolean {
  if (asked.gap === true || !asked.measures.includes('duration')) return false;
  if (!measuresOfNumber(text, start, end).includes('duration')) return false;
  // "stood for 40 years before the land was returned": "for" says how long something lasted, up to the event.
  if (LASTED_FOR.test(text.slice(Math.max(0, start - LASTED_FOR_REACH), start))) return false;
  return GAP_AFTER.test(text.slice(lastNumberEnd(text, start, end)));
}

/** "for 40 years", "for more than 40 years": "for" and up to two words before the number. */
const LASTED_FOR = /\bfor\s+(?:\p{L}+\s+){0,2}$/iu;
/** How far before a number its "for" is looked for: two words of any usual length. */
const LASTED_FOR_REACH = 40;

/** Is the number at [start, end) of the text a rate ("nine miles a day") where the question asks a total? */
export function unaskedRate(asked: DimensionAsked, text: string, start: number, end: number): boolean {
  if (asked.rate) return false;
  const rate = RATE_AFTER.exec(text.slice(lastNumberEnd(text, start, end)))?.[1];
  return rate !== undefined && timeUnit(rate);
}
