/** `saysWhen`: which dates the tagger finds say when (a bare unit of time does not). */
import { describe, expect, it } from 'vitest';
import { saysWhen } from '../../src/qa/time-point.js';

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
});
