/**
 * Units: `surfaceForms` (rerank.ts: a plural WordNet also lists as a noun of its own counts its singular
 * as written), `dayOfDate` and `dayAlone` (time-point.ts: the day of a date alone is no length of time),
 * `saysTimeSince` (dimension-measure.ts: "since 1962" says a length of time).
 */
import { describe, expect, it } from 'vitest';
import { surfaceForms } from '../../src/qa/rerank.js';
import { dayAlone, dayOfDate } from '../../src/qa/time-point.js';
import { saysTimeSince } from '../../src/qa/dimension-measure.js';

describe('surfaceForms', () => {
  it('reads a plural that is a noun of its own with its singular', () => {
    expect(surfaceForms('works')).toEqual(['works', 'work']);
    expect(surfaceForms('papers')).toEqual(['papers', 'paper']);
    expect(surfaceForms('grounds')).toEqual(['grounds', 'ground']);
  });

  it('leaves an ordinary plural, a word with no singular and a non-plural as written', () => {
    // "houses" is no lemma of its own: its exact form is the plural of "house" only.
    expect(surfaceForms('houses')).toEqual(['houses']);
    expect(surfaceForms('news')).toEqual(['news']);
    expect(surfaceForms('remains')).toEqual(['remains']);
    // "gas" is no plural of the element "ga": a base of three letters at least.
    expect(surfaceForms('gas')).toEqual(['gas']);
    expect(surfaceForms('bridge')).toEqual(['bridge']);
  });
});

describe('dayOfDate', () => {
  const day = (text: string, n: string) => {
    const at = text.indexOf(n);
    return dayOfDate(text, at, at + n.length);
  };

  it('reads a number beside a month as the day of a date', () => {
    expect(day('The fair opens on 14 November.', '14')).toBe(true);
    expect(day('It closes on November 3.', '3')).toBe(true);
    expect(day('on the 3rd of May', '3')).toBe(true);
  });

  it('reads no length of time, year, or lower-case word as one', () => {
    expect(day('It has run for 14 years.', '14')).toBe(false);
    expect(day('It opened in May 2019.', '2019')).toBe(false);
    expect(day('They march 12 miles a day.', '12')).toBe(false);
    expect(day('The 2 may be delayed.', '2')).toBe(false);
  });
});

describe('dayAlone', () => {
  const alone = (text: string, n: string) => {
    const at = text.indexOf(n);
    return dayAlone(text, at, at + n.length);
  };

  it('reads a day of a date on its own as a point in time', () => {
    expect(alone('The market opens on 14 November.', '14')).toBe(true);
  });

  it('reads a day that starts or ends a length of time as none', () => {
    expect(alone('The festival runs from 1 May to 14 June.', '1')).toBe(false);
    expect(alone('The festival runs from 1 May to 14 June.', '14')).toBe(false);
    expect(alone('The road has been shut since 3 March.', '3')).toBe(false);
    expect(alone('It is open until November 14.', '14')).toBe(false);
    // The end of a range written with a dash (review53).
    expect(alone('The festival runs 1-14 November.', '14')).toBe(false);
  });

  it('reads a day after "from" with no end after it as a point in time (session 54)', () => {
    expect(alone('Patients will be sent to Holt, nine miles away, from 1 April.', '1')).toBe(true);
    expect(alone('It is open from May 1 until June.', '1')).toBe(false);
  });
});

describe('saysTimeSince', () => {
  it('reads a year after "since", "from" or "between" as a length of time', () => {
    expect(saysTimeSince('It has traded from the same shop since 1962.')).toBe(true);
    expect(saysTimeSince('The show has run since the 1950s.')).toBe(true);
    expect(saysTimeSince('The line ran from 1961 to 1972.')).toBe(true);
  });

  it('reads no date without one, nor a year after another word', () => {
    expect(saysTimeSince('It opens on 14 November.')).toBe(false);
    expect(saysTimeSince('It was built in 1962.')).toBe(false);
    expect(saysTimeSince('Since then, orders have doubled.')).toBe(false);
  });
});
