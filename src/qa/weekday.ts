/**
 * A bare weekday in a story ("said on Thursday") means the one nearest its dateline: the last one on or
 * before it for what happened, the next one on or after it for what will. "Thursday" of a story dated
 * Sunday 20 October 2019 is 17 October, not the 20th.
 */
import { datelineDay, formatDay } from '../knowledge/dateline.js';
import { WEEKDAY_NAMES } from './calendar.js';

const WEEKDAYS = WEEKDAY_NAMES.map((d) => d.toLowerCase());

/**
 * Words with which the clause before a weekday tells what is to come ("will reopen on Thursday", "is
 * due on Friday"): the weekday is then the next one. "due to" gives a cause, not a date. A modal other
 * than "will" looks ahead too: reported ("said the capsule would be kept under guard until Monday"),
 * hoped for ("should be reconnected by Thursday") or possible ("could reopen on Friday"); "may" is left
 * out, as it is also the month.
 */
const FUTURE =
  /\b(?:will|won't|shall|would|should|could|might|scheduled|set\s+to|expected\s+to|going\s+to|due(?!\s+to\s+(?!be\b)))\b|\w'll\b/i;
/** Where the clause holding the weekday starts: "said on Thursday that the bridge will reopen". */
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|that|which|while|after|before)\b/gi;

/**
 * The date `weekday` stands for in `sentence` of a story dated `dateline`, as "17 October 2019";
 * undefined when the dateline gives no day, the word is no weekday, or the day recurs ("every Thursday").
 */
export function weekdayDate(weekday: string, sentence: string, dateline: string): string | undefined {
  const wanted = WEEKDAYS.indexOf(weekday.toLowerCase());
  const day = datelineDay(dateline);
  if (wanted === -1 || day === undefined) return undefined;
  const text = sentence.replace(/[’‘]/g, "'");
  const at = text.toLowerCase().search(new RegExp(`\\b${WEEKDAYS[wanted]}\\b`));
  const before = at === -1 ? text : text.slice(0, at);
  const clause = before.slice(
    Math.max(0, ...[...before.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length)),
  );
  // "every Thursday", "each Friday": a day that comes round, which no one date stands for ("practice is
  // every Thursday from 7.30pm" was shown as "Thursday (12 November 2026)": nc55).
  if (/\b(?:every|each)\s*$/i.test(clause)) return undefined;
  // "last Sunday" in a Sunday's story is a week back, "next Sunday" a week on.
  const last = /\blast\s*$/i.test(clause);
  const next = /\bnext\s*$/i.test(clause);
  const ahead = next || (!last && FUTURE.test(clause));
  let shift = ahead ? (wanted - day.getUTCDay() + 7) % 7 : -((day.getUTCDay() - wanted + 7) % 7);
  if (shift === 0 && (last || next)) shift = last ? -7 : 7;
  return formatDay(new Date(day.getTime() + shift * 86_400_000));
}
