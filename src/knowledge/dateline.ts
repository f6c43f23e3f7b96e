/** Dates and datelines as pages print them: "14:31 GMT +3, 20 October 2019", "Oct. 25, 2012". */

export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_PATTERNS = [
  new RegExp(`\\d{1,2}\\s+${MONTH}\\s+\\d{4}`, 'i'),
  new RegExp(`${MONTH}\\s+\\d{1,2},?\\s+\\d{4}`, 'i'),
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/,
];
const TIME = /\b\d{1,2}:\d{2}\b/;
/** Words a dateline may hold besides the date itself. */
const DATELINE_WORDS = new RegExp(
  `^(${MONTH}|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|gmt|utc|bst|est|edt|pst|cet|msk|am|pm|published|updated|last|posted|on|at|by|[+-]?\\d+[\\d:.,/+-]*)$`,
  'i',
);

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

