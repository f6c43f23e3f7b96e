/** Dates and datelines as pages print them: "14:31 GMT +3, 20 October 2019", "Oct. 25, 2012". */

export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_PATTERNS = [
  new RegExp(`\\d{1,2}\\s+${MONTH}\\s+\\d{4}`, 'i'),
  new RegExp(`${MONTH}\\s+\\d{1,2},?\\s+\\d{4}`, 'i'),
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/,
  // A day and month with no year, as local sites print them ("Published 3 March, 06:15"): the date
  // shown is "3 March", not the whole line; tried after the dated forms, which say more.
  new RegExp(`\\b\\d{1,2}\\s+${MONTH}(?![\\p{L}])`, 'iu'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?!\\d)`, 'iu'),
];
const TIME = /\b\d{1,2}:\d{2}\b/;
/** Words a dateline may hold besides the date itself. */
const DATELINE_WORDS = new RegExp(
  `^(${MONTH}|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|gmt|utc|bst|est|edt|pst|cet|msk|am|pm|published|updated|last|posted|on|at|by|[+-]?\\d+[\\d:.,/+-]*)$`,
  'i',
);

/** A word a dateline holds besides its date: a weekday, "Updated", "GMT" ("Monday" of "Monday, 3 November 2026"). */
export const isDateWord = (word: string): boolean => DATELINE_WORDS.test(word);

/** A short line that is mostly a date or a time, such as "14:31 GMT +3, 20 October 2019". */
export function isDateline(line: string): boolean {
  if (line.length > 80) return false;
  if (!DATE_PATTERNS.some((re) => re.test(line)) && !TIME.test(line)) return false;
  // Stryker disable next-line Regex: splitting at each single separator only adds empty strings, which the filter drops
  const other = line.split(/[\s,|]+/).filter((w) => w !== '' && !DATELINE_WORDS.test(w));
  return other.length <= 2;
}

/** Pull a readable date out of a dateline, tolerating glued text ("+320 October 2019" → "20 October 2019"). */
export function extractDate(dateline: string): string {
  for (const re of DATE_PATTERNS) {
    const m = re.exec(dateline);
    if (m) return m[0];
  }
  return dateline;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH})\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** The day at 00:00 UTC, or undefined for one the calendar lacks ("31 February 2019"). */
export function utcDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : undefined;
}

const monthIndex = (name: string | undefined) => MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase());

/** The day a dateline gives ("20 October 2019", "October 20, 2019", "2019-10-20"), at 00:00 UTC. */
export function datelineDay(dateline: string): Date | undefined {
  let m = DAY_MONTH_YEAR.exec(dateline);
  if (m !== null) return utcDay(Number(m[3]), monthIndex(m[2]), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(dateline);
  if (m !== null) return utcDay(Number(m[3]), monthIndex(m[1]), Number(m[2]));
  m = ISO_DAY.exec(dateline);
  if (m !== null) return utcDay(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return undefined;
}

/**
 * One formatter for every day written: `toLocaleDateString` builds a new one at each call (about 0.1 ms,
 * against about 1 µs to format with this one), which a dated weekday paid in every answer giving one.
 */
const DAY_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const DAY = new Intl.DateTimeFormat('en-GB', DAY_OPTIONS);

/** A day as citations and answers write it: "17 October 2019". */
export function formatDay(date: Date): string {
  // An invalid date reads as `toLocaleDateString` writes it, where the formatter would throw.
  return Number.isNaN(date.getTime()) ? date.toLocaleDateString('en-GB', DAY_OPTIONS) : DAY.format(date);
}

/**
 * A wire story's opening: "MOSCOW (Sputnik) —", "LONDON (Reuters) -"; group 1 is the agency. The page
 * questions read the agency from it; a summary shows the sentence after it (`withoutWireOpening`).
 */
export const WIRE_OPENING = /^\p{Lu}[\p{Lu}\s.,'-]{1,40}\((\p{Lu}[^()]{1,40})\)\s*[—–-]/u;

/** The sentence without the wire opening it starts with, if any ("MOSCOW (Sputnik) — “…" → "“…"). */
export function withoutWireOpening(sentence: string): string {
  const m = WIRE_OPENING.exec(sentence);
  const rest = m === null ? sentence : sentence.slice(m[0].length).trim();
  return rest === '' ? sentence : rest;
}
