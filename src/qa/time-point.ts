/**
 * What a "when" answers with: a point or stretch in time ("1 February 1995", "last week", "10 years
 * ago", "in the summer"), not a bare unit of time ("days", "year", "minutes"), which says how long,
 * or is a word of a noun ("a pause year", "21 year olds"). The tagger files both as dates, so every
 * stage that looks for a when-answer (the ranking's type boost, the answerability slot, the short
 * answer) asks this one test.
 */
import { isKindOf, isNoun } from './wordnet.js';
import { WEEKDAY_NAMES } from './calendar.js';

export const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;
export const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/i;

/**
 * A month's name right after a day's number ("14 November", "3rd of May"), or right before it
 * ("November 14"). Capitalised, as a date writes it: "they march 12 miles", "the 2 may be" are no dates.
 */
const MONTH_NAME = String.raw`\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b`;
const MONTH_AFTER_DAY = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}`, 'u');
const MONTH_BEFORE_DAY = new RegExp(String.raw`${MONTH_NAME}\.?\s+$`, 'u');

/**
 * Is the number at [start, end) of `text` the day of a date, by the month named beside it ("opens on 14
 * November", "on November 14th")? A point in time, which says when and never how long. A number of one
 * or two digits only: "May 2019" is a year, which `YEAR` reads.
 */
export function dayOfDate(text: string, start: number, end: number): boolean {
  if (!/^\d{1,2}$/u.test(text.slice(start, end))) return false;
  return (
    MONTH_AFTER_DAY.test(text.slice(end, end + 16)) ||
    MONTH_BEFORE_DAY.test(text.slice(Math.max(0, start - 12), start))
  );
}

/**
 * Before a day of a date, words making it an end of a length of time: "from 1 May", "until November 14",
 * or the first day of a range ("1-14 November").
 */
const SPAN_BEFORE_DAY = new RegExp(
  String.raw`(?:\b(?:since|from|between|until|till|to|through)\s+(?:the\s+)?(?:${MONTH_NAME}\.?\s+)?|\b\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*)$`,
  'iu',
);

/**
 * Is the number at [start, end) the day of a date (`dayOfDate`) that stands alone, a point in time ("opens
 * on 14 November")? Not one that starts or ends a length of time ("runs from 1 May to 14 June", "closed
 * since 3 March"), which says how long as a year after "since" does.
 */
export function dayAlone(text: string, start: number, end: number): boolean {
  if (!dayOfDate(text, start, end)) return false;
  const before = text.slice(Math.max(0, start - 32), start);
  if (!SPAN_BEFORE_DAY.test(before)) return true;
  // "They will be transferred … from 1 April": a start alone is a point in time too; "from 1 May to 14
  // June" is a length.
  return FROM_BEFORE_DAY.test(before) && !RANGE_END_AFTER.test(text.slice(end, end + 32));
}

/** "from" (and a month's name) right before the day. */
const FROM_BEFORE_DAY = new RegExp(String.raw`\bfrom\s+(?:the\s+)?(?:${MONTH_NAME}\.?\s+)?$`, 'iu');
/** The other end of a range after the day: "1 May to 14 June", "1 April 2024 until…", "1-14". */
const RANGE_END_AFTER = new RegExp(
  String.raw`^(?:\s*(?:st|nd|rd|th))?(?:\s+(?:of\s+)?${MONTH_NAME}\.?)?(?:,?\s+\d{4})?\s*(?:[-–]|\b(?:to|until|till|through)\b)`,
  'iu',
);

/** The units of time a word before makes one point ("last week") or a length ("in a decade"). */
const UNITS = 'day|week|month|year|decade|century|season';

/** A unit of time made one point by the word before it: "last week", "the following day", "that year". */
const FIXED_UNIT = new RegExp(
  String.raw`\b(?:last|next|this|previous|coming|same|that|early|late|mid|following)[\s-]+(?:${UNITS})\b`,
);

/**
 * The words that say a point or stretch in time by themselves, no figure needed: a month, a weekday,
 * "yesterday", "summer", "last week", "the fifth century". `time-said.ts` reads a passage's words with
 * it; `TIME_POINT` adds figures, which a date the tagger found says ("12 October", "6am").
 */
export const TIME_WORDS = new RegExp(
  [
    MONTH.source,
    WEEKDAY.source,
    /\b(?:today|yesterday|tomorrow|tonight|now|ago|recently|currently)\b/.source,
    /\b(?:morning|afternoon|evening|night|noon|midnight|dawn|spring|summer|autumn|fall|winter|christmas|easter|weekend)\b/
      .source,
    FIXED_UNIT.source,
    /\b(?:century|centuries|decade|era|age|war|reign|period|season)\b/.source,
    /\b(?:first|second|third|fourth|fifth|\w+th)\s+(?:century|day|week|month|year)\b/.source,
  ].join('|'),
  'i',
);

/** A point or stretch in time (see the module comment). */
export const TIME_POINT = new RegExp([/\d/.source, TIME_WORDS.source].join('|'), 'i');

/** A unit of time alone, no number or name of its own ("decade", "year", "season"). */
const BARE_UNIT = new RegExp(`^(?:${UNITS}|fortnight|era|age|while)$`, 'i');
/** Right before a unit of time, a word that makes it a length or a frequency ("in a decade", "each year"). */
const INDEFINITE_BEFORE = /\b(?:a|an|one|every|each|per)\s+$/i;

/**
 * Is the date the tagger found at `start`-`end` of `text` a unit of time after "a", "one", "every"
 * ("the biggest find in a decade", "twice a year"): how long or how often, never when?
 */
export function lengthOfTime(text: string, start: number, end: number): boolean {
  return (
    BARE_UNIT.test(text.slice(start, end)) &&
    INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 8), start))
  );
}

/** A weekday's name, whole (`WEEKDAY_NAMES`, any case). */
const WEEKDAY_ALONE: ReadonlySet<string> = new Set(WEEKDAY_NAMES.map((d) => d.toLowerCase()));
/** A determiner or a possessive right before a word: "the", "its", "Harrowford's". */
const DETERMINED = /(?:\b(?:the|a|an|its|their|his|her|our|your|my)|\p{L}['’]s)\s+$/iu;

/**
 * Is the weekday at `start`-`end` of `text` a noun's modifier rather than a day: "Harrowford's Thursday
 * market will move", "the Saturday shift" (nc56's "when does it move?" was answered with the market's
 * weekday, dated). A determiner or a possessive before it and a noun after it make it part of a name
 * for a thing; a part of a day or a period after it ("the Thursday evening meeting") keeps it a time.
 */
export function weekdayOfNoun(text: string, start: number, end: number): boolean {
  if (!WEEKDAY_ALONE.has(text.slice(start, end).toLowerCase())) return false;
  if (!DETERMINED.test(text.slice(Math.max(0, start - 40), start))) return false;
  const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(end))?.[1];
  return (
    next !== undefined && isNoun(next) && !isKindOf(next, 'time_period') && !isKindOf(next, 'time_of_day')
  );
}

/**
 * Whether the date the tagger found at `start`-`end` of `text` says when: its own words, or read with
 * the word before it, which the tagger leaves out of the date ("this year" is tagged "year").
 */
export function saysWhen(text: string, start: number, end: number): boolean {
  if (lengthOfTime(text, start, end) || weekdayOfNoun(text, start, end)) return false;
  const date = text.slice(start, end);
  if (TIME_POINT.test(date)) return true;
  const before = /(\p{L}+)[\s-]+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return before !== undefined && FIXED_UNIT.test(`${before.toLowerCase()} ${date.toLowerCase()}`);
}

/** A year written in figures ("1987", "the 1990s"): what "what year" asks. */
export const YEAR = /\b(?:1[0-9]{3}|20[0-9]{2})(?:s|'s)?\b/;

/** What a when-question asks by its noun ("what year", "which month", "what day of the week"): `askedKind`. */
export type WhenAsked = 'year' | 'month' | 'weekday' | 'date';

/**
 * Whether the date at `start`-`end` of `text` gives what was asked: a year for "what year" ("1999",
 * "this year"; not "last October"), a month for "which month", a weekday for "what day of the week",
 * else any date that says when (`saysWhen`).
 */
export function givesWhen(asked: WhenAsked, text: string, start: number, end: number): boolean {
  if (!saysWhen(text, start, end)) return false;
  const date = text.slice(start, end);
  const unit = (u: string) => new RegExp(`^${u}s?$`, 'i').test(date);
  switch (asked) {
    case 'year':
      return YEAR.test(date) || unit('year');
    case 'month':
      return MONTH.test(date) || unit('month');
    case 'weekday':
      return WEEKDAY.test(date);
    default:
      return true;
  }
}
