/**
 * A page's stated publication time as people read it. Pages declare it in ISO 8601
 * ("2019-01-03T07:00:02.000Z"); the engine keeps it as declared (the CLI's JSON and the benchmarks
 * read it so), and the chat fronts show "3 January 2019, 07:00 UTC".
 */
import { formatDay, utcDay } from '../knowledge/dateline.js';
import type { Answer, Passage } from '../qa/types.js';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** "+03:00" → "UTC+3", "-05:30" → "UTC-5:30", "Z" → "UTC". */
function zoneOf(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'UTC';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m === null) return zone;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined || m[3] === '00' ? '' : `:${m[3]}`;
  return hours === 0 && minutes === '' ? 'UTC' : `UTC${m[1] ?? '+'}${hours}${minutes}`;
}

/**
 * The time as the page's own clock wrote it (no conversion: "14:31 (UTC+3)" is what the story's
 * readers saw), or undefined when `text` is not an ISO date.
 */
export function readableTime(text: string): string | undefined {
  const m = ISO.exec(text.trim());
  if (m === null) return undefined;
  const [, year, month, day, hour, minute, zone] = m;
  const date = utcDay(Number(year), Number(month) - 1, Number(day));
  // An impossible date ("2019-02-31") is shown as declared rather than moved to another day.
  if (date === undefined) return undefined;
  const dayText = formatDay(date);
  if (hour === undefined || minute === undefined) return dayText;
  return `${dayText}, ${hour}:${minute}${zone === undefined ? '' : ` ${zoneOf(zone)}`}`;
}

function readablePassage(p: Passage): Passage {
  if (p.section !== 'page' || p.field !== 'published') return p;
  const text = readableTime(p.text);
  if (text === undefined) return p;
  return { ...p, text, highlights: [{ start: 0, end: text.length, kind: 'answer' }] };
}

/** The answer with a stated publication time written for people; any other answer as it is. */
export function readablePageAnswer(answer: Answer): Answer {
  if (answer.page !== 'published') return answer;
  const passages = answer.passages.map(readablePassage);
  const short = answer.answer;
  const shown = short === null ? undefined : passages[short.passage];
  const changed = short !== null && shown !== undefined && shown !== answer.passages[short.passage];
  return {
    ...answer,
    passages,
    answer: changed ? { ...short, text: shown.text, start: 0, end: shown.text.length } : short,
  };
}
