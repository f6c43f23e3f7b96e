/**
 * A question asking a time of day ("what time does it open?", "what are the opening hours?", "at what
 * time was the fire reported?") is answered by a clock time ("8am to 4pm", "0130 GMT", "noon"), not by
 * the day the best passage names: "The cafe will open on Saturday 14 March" answers "when will it
 * open?", "It will be open from 8am to 4pm" answers "what are the opening times?". Among the passages
 * shown, one of the best one's story saying a clock time goes first and its clock time is the
 * short answer (`clockAnswer`); with none, the reply is left as it was.
 *
 * Read from the text by pattern, not from the tagger: it tags "8am" a date, "7.30pm" a number and
 * "noon" nothing. Pure, apart from WordNet look-ups.
 */
import { numbersIn } from './numbers.js';
import { tokenize } from './text.js';
import type { Passage, ShortAnswer } from './types.js';
import { WEEKDAY } from './time-point.js';
import { isKindOf, isKindOrSame } from './wordnet.js';

/**
 * The question asks a time of day: "what time", "at what time" (not "what time of year", "what time
 * period"), "what hours", or the hours or times of an opening, a visit, a service ("opening times",
 * "visiting hours", "kick-off time"), and "what are the cafe hours". Not "which time" (of two results) nor "finish time" (a race's,
 * which is how long it took).
 */
const CLOCK_ASKED =
  /\bwhat\s+(?:times?\b(?!\s+(?:of\s+(?:the\s+)?(?:year|month|week|life|century)|periods?|frames?|spans?|scales?|zones?|limits?|lines?|differences?|slots?|tables?))|hours\b)|\bwhat\s+(?:are|were|is)\s+(?:the\s+|its\s+|their\s+)?(?:(?!(?:number|total|amount|last|first|few|next|past|extra|more|of)\b)[\p{L}'-]+\s+){0,3}hours\b|\b(?:opening|closing|visiting|office|business|trading|service|serving|kick-?off|start(?:ing)?|departure|arrival)\s+(?:times?|hours)\b/iu;

/**
 * A question asking something else whatever hours it names: one opened by another wh-word ("why were the
 * opening hours cut?", "who decided the opening hours?", "when were they decided?") or by an auxiliary,
 * a yes/no question ("has the library cut its opening hours?").
 */
const OTHER_ASKED =
  /^\W*(?:(?:so|and|but)\s+)?(?:why|who|whom|whose|when|where|how(?!\s+(?:early|late)\b)|is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)\b/iu;

export function clockAsked(question: string): boolean {
  const q = question.replace(/[’‘]/g, "'");
  return CLOCK_ASKED.test(q) && !OTHER_ASKED.test(q);
}

/**
 * One clock time: an hour with its half of the day ("8am", "7.30 pm", "10 a.m."), a 24-hour time with a
 * colon ("16:00", not "2:15" of a race's "2:15:30") or with its zone or "hrs" ("0130 GMT", "17.00 hrs";
 * not "1500 hours", which may be how long), "noon", "midday", "midnight", "nine o'clock", "half past
 * ten".
 */
const ZONE = 'GMT|BST|UTC|CET';
const HOUR = String.raw`(?:[01]?\d|2[0-3])`;
const MINUTES = String.raw`[:.][0-5]\d(?![:.]?\d)`;
const HALF_DAY = String.raw`\s?(?:[ap]\.m\.|[ap]m\b)`;
const HOUR_NAMES = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const HOUR_WORD = String.raw`(?:[1-9]|1[0-2]|${HOUR_NAMES})`;
const ONE = String.raw`(?:${HOUR}(?:${MINUTES})?${HALF_DAY}|${HOUR}:[0-5]\d(?![:.]?\d)(?:\s?(?:${ZONE}|hrs)\b)?|(?:[01]\d|2[0-3])\.?[0-5]\d\s?(?:${ZONE}|hrs)\b|(?<=\bat\s)(?:[01]\d|2[0-3])[0-5]\d\b(?!\s*(?:[-–]|to|until|till)\s*\d)(?!\s+(?!(?:and|but|or|on|when|after|before|as|in|by|from|with|while|until|till|${ZONE}|hrs)\b)\p{L})|noon\b|midday\b|midnight\b|${HOUR_WORD}\s+o'clock\b|(?:half|quarter)\s+(?:past|to)\s+${HOUR_WORD}\b)`;

/** Days a time holds on, after it: "on Monday", ", Tuesday to Sunday", "every day", "on weekdays". */
const DAYS = String.raw`(?:,?\s+(?:(?:at\s+(?:the\s+)?weekends?)|(?:on\s+|every\s+)?(?:${WEEKDAY.source}(?:\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?|weekdays|weekends|week\s?days)(?:\s+(?:to|and|-|–)\s+${WEEKDAY.source})?|every\s+day|daily|each\s+day|seven\s+days\s+a\s+week)\b)`;

/**
 * A clock time or a range of two ("8am to 4pm", "7-11pm", "between 8 and 11am": the first hour takes the
 * second's half of the day).
 */
const RANGE = String.raw`(?:between\s+(?:${ONE}|${HOUR}(?:${MINUTES})?)\s+and\s+${ONE}|(?:${ONE}|${HOUR}(?:${MINUTES})?(?=\s*(?:-|–|to|until|till)\s*${HOUR}(?:${MINUTES})?${HALF_DAY}))(?:\s*(?:-|–|—|to|until|till)\s*${ONE})?)`;

/** Ranges with their days, and a second joined by "and" ("6am to 10pm on weekdays and 8am to 6pm at weekends"). */
const CLOCK = new RegExp(String.raw`(?<![\p{L}\d:.])${RANGE}${DAYS}?(?:,?\s+and\s+${RANGE}${DAYS})?`, 'giu');

/** A time that runs from one hour to another: what "opening hours" and "what times" ask. */
const RANGED = new RegExp(
  String.raw`^between\s|(?:\d|noon|midday|midnight|o'clock|[ap]m|[ap]\.m\.|hrs|${ZONE})\s*(?:[-–—]|to|until|till)\s*(?:\d|noon|midday|midnight|half|quarter|${HOUR_NAMES})`,
  'iu',
);

/** Where each clock time of the text is (a range is one; `range`: from one hour to another), in order. */
export function clockSpans(text: string): { start: number; end: number; range: boolean }[] {
  return [...text.replace(/[’‘]/g, "'").matchAll(CLOCK)].map((m) => {
    // "between 9am and 5pm" is answered "9am and 5pm": the preposition is the passage's, not the time's.
    const lead = /^between\s+/i.exec(m[0])?.[0].length ?? 0;
    return { start: m.index + lead, end: m.index + m[0].length, range: RANGED.test(m[0]) };
  });
}

/**
 * Where one clause of a sentence ends and the next begins: a comma, a semicolon, "and", "but" (not
 * between names: "crews from Harlow Vale and Kesterton arrived"); not a comma opening a relative clause, which says more of what came before it ("… will be held on Sunday,
 * when visitors can look round between 10am and 4pm": the open day's hours).
 */
const CLAUSE_BREAK =
  /[,;](?!\s+(?:when|where|which|who|whose|during which|at which)\b)|\s(?:and|but|while|whereas)\s(?!\p{Lu})/gu;

/**
 * A passage's clock times, each with how many of the question's words (the passage's marks) its clause
 * holds: a time in a clause of none ("Doors open at 6.30pm" for "what time does the band start") says
 * when something else happens.
 */
interface HeldSpan {
  start: number;
  end: number;
  range: boolean;
  /** How many of the question's marked words its clause holds (each mark counted; not the time's own). */
  held: number;
  /** How far it is from the nearest of them. */
  distance: number;
}

function heldSpans(passage: Passage): HeldSpan[] {
  const matches = passage.highlights.filter((h) => h.kind === 'match');
  const breaks = [...passage.text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  return clockSpans(passage.text).map((s) => {
    const from = Math.max(-1, ...breaks.filter((b) => b < s.start));
    const to = Math.min(passage.text.length, ...breaks.filter((b) => b >= s.end));
    // A match inside the time itself is none ("clock" of "six o'clock", which "time" is expanded to).
    const outside = matches.filter((m) => m.end <= s.start || m.start >= s.end);
    const held = outside.filter((m) => m.start > from && m.end <= to).length;
    const distance = Math.min(...outside.map((m) => (m.end <= s.start ? s.start - m.end : m.start - s.end)));
    return { ...s, held, distance };
  });
}

/** The words the question asks by ("what time", "opening hours"), which say nothing of what is timed. */
const ASKING_WORDS = /^(?:times?|hours?|clocks?|o'clock)$/iu;

/**
 * The question's words a passage holds (its marks, as written, lower case), apart from the words
 * asking for a time and those of its story's headline, which every sentence of the story is about.
 */
function heldWords(passage: Passage, headline: ReadonlySet<string>): Set<string> {
  return new Set(
    passage.highlights
      .filter((h) => h.kind === 'match')
      .flatMap((h) => tokenize(passage.text.slice(h.start, h.end)))
      .filter((t) => !t.stop && !ASKING_WORDS.test(t.word) && !headline.has(t.stem))
      .map((t) => t.stem),
  );
}

/**
 * Does a lower passage hold every word of the question the best one holds (`heldWords`)? Else the best
 * one answers what the lower one does not: "It will stay closed on Sundays" for "what time does it open
 * on sundays" is no place for the weekday hours, nor a pool's hours for "what are the gym's hours?".
 */
function holdsAll(lower: Passage, bestWords: ReadonlySet<string>, headline: ReadonlySet<string>): boolean {
  const own = heldWords(lower, headline);
  return [...bestWords].every((w) => own.has(w));
}

/**
 * Does the passage say a time of day in words ("by lunchtime", "in the evening", "at dawn")? WordNet
 * files such nouns under "time of day", "daytime" or "night"; not "hour" or "time", which also measure.
 */
function saysDaytime(text: string): boolean {
  return tokenize(text).some(
    (t) =>
      !/^(?:hours?|times?)$/.test(t.word) &&
      // As written: a name ("Dawn Holt") is no time of day (`tokenize` lowers every word's case).
      /^\p{Ll}+$/u.test(text.slice(t.start, t.end)) &&
      (isKindOf(t.word, 'time_of_day') ||
        isKindOrSame(t.word, 'daytime', 2) ||
        isKindOrSame(t.word, 'night', 2)),
  );
}

/**
 * Does the text say a time a question asking the time of day may be answered by: a clock time
 * (`clockSpans`), a time of day in words (`saysDaytime`) or a stretch of time by its number
 * (`countsTime`)? Beside a date, which the slot reads (the answerability stage's rule, `clockUnsaid`).
 */
export function saysTimeOfDay(text: string, question?: string): boolean {
  return (
    clockSpans(text).length > 0 ||
    saysDaytime(text) ||
    countsTime(text, question !== undefined && asksHoursOrTimes(question))
  );
}

/**
 * The question asks the hours or times something keeps ("what are the opening times?", "what hours does
 * it open?"): a day's hours, which a stretch of days or years ("has served the village for 70 years")
 * never gives, while "at what time is the rivalry set aside?" may be answered by "every two years".
 */
function asksHoursOrTimes(question: string): boolean {
  return /\b(?:hours|times)\b/iu.test(question);
}

/** The units of a stretch of time shorter than a day, in the singular. */
const DAY_PARTS: ReadonlySet<string> = new Set(['hour', 'hr', 'minute', 'min', 'second']);

/**
 * Does the text give a stretch of time by its number ("every two years", "three hours later", "within
 * 40 minutes")? Not a clock time, but a time all the same: "at what time is the rivalry set aside?" is
 * answered by "every two years". A number right before a noun WordNet files as a unit or a period of time.
 */
function countsTime(text: string, withinDay = false): boolean {
  return numbersIn(text).some((n) => {
    const written = /^[\s-]+(\p{L}+)/u.exec(text.slice(n.end))?.[1];
    // As written: a name is no unit. "14 November" is a day of the calendar, not fourteen months, though
    // WordNet files a month's name under time periods (nc52's "opens on 14 November" said a time of day).
    if (written === undefined || !/^\p{Ll}/u.test(written)) return false;
    const word = written.toLowerCase();
    // In the singular: WordNet's "minutes" is first a record of a meeting.
    const unit = word.replace(/s$/u, '');
    // "five times" counts occasions: WordNet's "time" is a unit too.
    if (unit === 'time') return false;
    // Hours asked: only a stretch shorter than a day ("within 40 minutes", "three hours later").
    if (withinDay) return DAY_PARTS.has(unit);
    return isKindOf(unit, 'time_unit') || isKindOf(unit, 'time_period');
  });
}

/**
 * For a question asking a time of day: the clock time answering it is one in a clause holding a word of
 * the question (`heldSpans`; "Staff work 12-hour shifts, and the pharmacy stays open until 10pm" gives
 * no time for "what hours do staff work"), the best passage's own first; else a lower passage shown of
 * the best one's story holding every word of the question the best one holds (`holdsAll`), when the
 * best one gives no time of day in words ("by lunchtime"): of several, the one whose clause holds most
 * of the question's words, then for "hours" or "times" a range ("10am to 4pm, Wednesday to Sunday"
 * over "Doors open at 7.30pm"), then the first shown. That passage goes first, in the best one's place
 * and with its score, as the answer stage moves its answering passage: the confidence stays the
 * calibrator's reading of whether the story answers the question. Unchanged when no time qualifies.
 */
export function clockAnswer(
  question: string,
  found: { answer: ShortAnswer | null; passages: Passage[] },
): { answer: ShortAnswer | null; passages: Passage[] } {
  const best = found.passages[0];
  if (!clockAsked(question) || best === undefined) return found;
  // "Opening hours", "what times": from one hour to another, before a single time ("doors open at 7.30pm").
  const ranged = /\b(?:hours|times)\b/iu.test(question);
  const order = (a: HeldSpan, b: HeldSpan) =>
    b.held - a.held || (ranged ? Number(b.range) - Number(a.range) : 0) || a.distance - b.distance;
  const shown = (p: Passage) =>
    heldSpans(p)
      .filter((s) => s.held > 0)
      .sort(order);
  const headline = new Set(tokenize(best.article.title).map((t) => t.stem));
  let at = 0;
  let span = shown(best)[0];
  if (span === undefined && !saysDaytime(best.text)) {
    const bestWords = heldWords(best, headline);
    found.passages.forEach((p, i) => {
      if (i === 0 || p.article.id !== best.article.id || !holdsAll(p, bestWords, headline)) return;
      const first = shown(p)[0];
      if (first !== undefined && (span === undefined || order(first, span) < 0)) [at, span] = [i, first];
    });
  }
  const passage = found.passages[at];
  if (passage === undefined || span === undefined) return found;
  const given = found.answer;
  if (at === 0 && given !== null && given.start === span.start && given.end === span.end) return found;
  const mark = { start: span.start, end: span.end, kind: 'answer' as const };
  const highlights = [...passage.highlights.filter((h) => h.kind !== 'answer'), mark].sort(
    (a, b) => a.start - b.start,
  );
  const others = found.passages
    .filter((_, i) => i !== at)
    .map((p) => ({ ...p, highlights: p.highlights.filter((h) => h.kind !== 'answer') }));
  const passages = [{ ...passage, highlights }, ...others].map((p, i) => ({
    ...p,
    score: (found.passages[i] as Passage).score,
  }));
  return {
    answer: { text: passage.text.slice(span.start, span.end), passage: 0, start: span.start, end: span.end },
    passages,
  };
}
