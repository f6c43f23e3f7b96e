/** A bare weekday dated from the story's dateline: the nearest one before it, or after it for the future. */
import { describe, expect, it } from 'vitest';
import { datelineDay } from '../../src/knowledge/dateline.js';
import { weekdayDate } from '../../src/qa/weekday.js';

describe('the date a weekday stands for', () => {
  // 20 October 2019 was a Sunday.
  it('is the last such day on or before the dateline for what happened', () => {
    expect(weekdayDate('Thursday', 'The protocol was signed on Thursday.', '20 October 2019')).toBe(
      '17 October 2019',
    );
    expect(weekdayDate('sunday', 'The ministry said on Sunday.', '20 October 2019')).toBe('20 October 2019');
    expect(weekdayDate('Saturday', 'Talks ended on Saturday.', 'October 20, 2019')).toBe('19 October 2019');
    expect(weekdayDate('Monday', 'Workers repaired the line on Monday.', '2025-11-20')).toBe(
      '17 November 2025',
    );
  });

  it('is the next such day for what will happen', () => {
    expect(weekdayDate('Thursday', 'The tram will reopen on Thursday.', '20 October 2019')).toBe(
      '24 October 2019',
    );
    expect(weekdayDate('Friday', "They'll vote on Friday.", '20 October 2019')).toBe('25 October 2019');
    expect(weekdayDate('Sunday', 'The vote is due on Sunday.', '20 October 2019')).toBe('20 October 2019');
  });

  it('is the next such day for what is reported, hoped or possible ahead: would, should, could', () => {
    // 14 March 2026 was a Saturday.
    expect(
      weekdayDate(
        'Monday',
        'The agency said the capsule would be kept under guard at the range until Monday.',
        'Saturday 14 March 2026',
      ),
    ).toBe('16 March 2026');
    expect(
      weekdayDate('Thursday', 'Most homes should be reconnected by Thursday evening.', '14 March 2026'),
    ).toBe('19 March 2026');
    expect(weekdayDate('Friday', 'The road could reopen on Friday.', '14 March 2026')).toBe('20 March 2026');
    // A modal in another clause than the weekday's says nothing of it.
    expect(
      weekdayDate(
        'Friday',
        'The road closed on Friday, and it could be weeks before it reopens.',
        '14 March 2026',
      ),
    ).toBe('13 March 2026');
  });

  it('reads only the clause that holds the weekday, and "last"/"next" a week away', () => {
    expect(weekdayDate('Monday', 'The school closed on Monday due to flooding.', '20 October 2019')).toBe(
      '14 October 2019',
    );
    expect(
      weekdayDate(
        'Thursday',
        'The minister said on Thursday that the bridge will reopen in May.',
        '20 October 2019',
      ),
    ).toBe('17 October 2019');
    expect(
      weekdayDate('Friday', 'Talks ended on Friday and are expected to resume.', '20 October 2019'),
    ).toBe('18 October 2019');
    expect(weekdayDate('Sunday', 'Last Sunday the club lost.', '20 October 2019')).toBe('13 October 2019');
    expect(weekdayDate('Sunday', 'The final is next Sunday.', '20 October 2019')).toBe('27 October 2019');
  });

  it('is not given for a day that comes round: "every Thursday", "each Friday"', () => {
    expect(
      weekdayDate('Thursday', 'Practice is every Thursday from 7.30pm.', '20 October 2019'),
    ).toBeUndefined();
    expect(
      weekdayDate('Friday', 'The market opens each Friday, the council said.', '20 October 2019'),
    ).toBeUndefined();
    // Only the weekday's own clause: "every week" before it says nothing of this Thursday.
    expect(weekdayDate('Thursday', 'They met every week, and signed on Thursday.', '20 October 2019')).toBe(
      '17 October 2019',
    );
  });

  it('is not given when the dateline gives no day, or the word is no weekday', () => {
    expect(weekdayDate('Thursday', 'Signed on Thursday.', 'October 2019')).toBeUndefined();
    expect(weekdayDate('Thursday', 'Signed on Thursday.', '31 February 2019')).toBeUndefined();
    expect(weekdayDate('yesterday', 'Signed yesterday.', '20 October 2019')).toBeUndefined();
  });

  it('reads the dateline forms stories use', () => {
    expect(datelineDay('14:31 GMT +3, 20 October 2019')?.toISOString()).toBe('2019-10-20T00:00:00.000Z');
    expect(datelineDay('Published Oct. 20, 2019')?.toISOString()).toBe('2019-10-20T00:00:00.000Z');
    expect(datelineDay('2019-10-20T14:31:00+03:00')?.toISOString()).toBe('2019-10-20T00:00:00.000Z');
  });
});
