/**
 * The names of the days and months as a story writes them. Several stages read a capitalised day or
 * month as no one's name ("On Monday, he…", "March" opening a sentence), and the weekday of a dateline
 * is counted from Sunday, as `Date.getUTCDay` counts: one list for all of them.
 */

/** The days of the week, Sunday first (the index is `Date.getUTCDay()`'s). */
export const WEEKDAY_NAMES: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** The months, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An alternation of every day's and month's name, as written ("Monday|…|December"), for a pattern. */
export const CALENDAR_NAMES = [...WEEKDAY_NAMES, ...MONTH_NAMES].join('|');
