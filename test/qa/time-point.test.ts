/** `saysWhen`, `givesWhen`: which dates the tagger finds say when (a bare unit of time does not), and what a when-question's noun asks. */
import { describe, expect, it } from 'vitest';
import { givesWhen, saysWhen } from '../../src/qa/time-point.js';

describe('saysWhen', () => {
  it('reads a unit fixed by the word before it as a when, a bare unit as none', () => {
    const says = (text: string, date: string) => {
      const at = text.indexOf(date);
      return saysWhen(text, at, at + date.length);
    };
    expect(says('It was sold this year.', 'year')).toBe(true);
    expect(says('He came back the following day.', 'day')).toBe(true);
    expect(says('It happened 10 years ago.', '10 years ago')).toBe(true);
    expect(says('In the following days, police searched.', 'days')).toBe(false);
    expect(says('The firms called for a pause year.', 'year')).toBe(false);
    expect(says('The 21 year olds will be paid more.', 'year')).toBe(false);
  });

  it('gives a year for "what year", a month for "which month", a weekday for "what day of the week"', () => {
    const gives = (asked: Parameters<typeof givesWhen>[0], text: string, date: string) => {
      const at = text.indexOf(date);
      return givesWhen(asked, text, at, at + date.length);
    };
    expect(gives('year', 'It opened in 1987.', '1987')).toBe(true);
    expect(gives('year', 'It was sold this year.', 'year')).toBe(true);
    expect(gives('year', 'A timetable started in October.', 'October')).toBe(false);
    expect(gives('month', 'A timetable started in October.', 'October')).toBe(true);
    expect(gives('month', 'It opened in 1987.', '1987')).toBe(false);
    expect(gives('weekday', 'It opened on Monday.', 'Monday')).toBe(true);
    expect(gives('weekday', 'It opened in October.', 'October')).toBe(false);
    expect(gives('date', 'In the following days, police searched.', 'days')).toBe(false);
  });
});
