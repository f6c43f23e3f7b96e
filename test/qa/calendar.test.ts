import { describe, expect, it } from 'vitest';
import { CALENDAR_NAMES, MONTH_NAMES, WEEKDAY_NAMES } from '../../src/qa/calendar.js';

describe('calendar names', () => {
  it('counts weekdays as Date.getUTCDay does (the weekday of a dateline is found by that index)', () => {
    // 4 December 2026 was a Friday, 6 December a Sunday.
    expect(WEEKDAY_NAMES[new Date(Date.UTC(2026, 11, 4)).getUTCDay()]).toBe('Friday');
    expect(WEEKDAY_NAMES[new Date(Date.UTC(2026, 11, 6)).getUTCDay()]).toBe('Sunday');
  });

  it('lists the months in order, for a pattern of every day and month as a story writes them', () => {
    expect(MONTH_NAMES[new Date(Date.UTC(2026, 4, 1)).getUTCMonth()]).toBe('May');
    const whole = new RegExp(`^(?:${CALENDAR_NAMES})$`, 'u');
    expect(['Monday', 'December', 'May'].every((w) => whole.test(w))).toBe(true);
    expect(['monday', 'Mon', 'Mayor'].some((w) => whole.test(w))).toBe(false);
  });
});
