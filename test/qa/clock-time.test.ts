import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { clockAsked, clockSpans, saysTimeOfDay } from '../../src/qa/clock-time.js';
import { Engine } from '../../src/qa/engine.js';

const FILE = 'test/fixtures/clock-times/signal-box-cafe.txt';
const cafe = new Engine([parseArticle('signal-box-cafe.txt', readFileSync(FILE, 'utf8'))]);
const gig = new Engine([
  parseArticle(
    'village-hall-gig.txt',
    readFileSync('test/fixtures/clock-times/village-hall-gig.txt', 'utf8'),
  ),
]);
const ask = (q: string, engine = cafe) => {
  const a = engine.ask(q);
  return { short: a.answer?.text, first: a.passages[0]?.text ?? '', answered: a.answered };
};

describe('a question asking a time of day, as readers type it', () => {
  it('"what are the opening times" is answered with the hours, not the opening date', () => {
    for (const q of [
      'what are the opening times',
      'what time does it open',
      'opening hours?',
      'what hours is the cafe open',
    ]) {
      const a = ask(q);
      expect(a.short, q).toBe('8am to 4pm, Tuesday to Sunday');
      expect(a.first, q).toMatch(/^It will be open from 8am/);
    }
  });

  it('"when will it open" still asks the date', () => {
    expect(ask('when will it open').short).toBe('Saturday 14 March');
  });

  it("of two clock times in one passage, the one by the question's words", () => {
    expect(ask('what time does the band start', gig).short).toBe('8pm');
    expect(ask('what time do the doors open', gig).short).toBe('6.30pm');
  });

  it('"what time of year" and "when was it built" are not read as a time of day', () => {
    expect(clockAsked('what time of year is the festival')).toBe(false);
    expect(ask('when was it built').short).toBe('1911');
  });
});

describe('a time of day the story does not give, or gives in words', () => {
  const fire = new Engine([
    parseArticle('chip-shop-fire.txt', readFileSync('test/fixtures/clock-times/chip-shop-fire.txt', 'utf8')),
  ]);

  it('a passage answering in words ("by lunchtime") is not replaced by another clock time', () => {
    const before = fire.ask('what time did the families get back home');
    expect(before.passages[0]?.text).toMatch(/by lunchtime/);
    expect(before.answer?.text ?? '').not.toMatch(/ten|2am/);
  });

  it("in a folder, another story's clock time never answers", () => {
    const folder = new Engine([
      parseArticle(
        'chip-shop-fire.txt',
        readFileSync('test/fixtures/clock-times/chip-shop-fire.txt', 'utf8'),
      ),
      parseArticle(
        'village-hall-gig.txt',
        readFileSync('test/fixtures/clock-times/village-hall-gig.txt', 'utf8'),
      ),
    ]);
    const answer = folder.ask('what time did the tickets go on sale at the post office');
    const first = answer.passages[0];
    expect(first?.article.id).toBe('village-hall-gig.txt');
    expect(answer.answer?.text ?? '').not.toMatch(/2am|half past ten/);
  });

  it('the clock time of the clause the question names, read in words too', () => {
    expect(ask('what time does he start frying', fire).short).toBe('half past ten');
  });
});

describe('a lower passage answers only as full a reading of the question', () => {
  const centre = new Engine([
    parseArticle('leisure-centre.txt', readFileSync('test/fixtures/clock-times/leisure-centre.txt', 'utf8')),
  ]);

  it("the pool's hours answer for the pool, not for the sauna or a bank holiday", () => {
    expect(ask('what time does the pool open', centre).short).toBe(
      '7am to 9pm on weekdays and 9am to 5pm at weekends',
    );
    expect(ask('what are the sauna opening hours', centre).short ?? '').not.toMatch(/7am|9am/);
    expect(ask('what time does it open on bank holidays', centre).first).toMatch(/bank holidays/);
  });

  it("a time in a clause of none of the question's words answers nothing", () => {
    expect(ask('what hours do lifeguards work', centre).short ?? '').not.toMatch(/8pm/);
  });

  it('a relative clause\'s time is its event\'s; a bare 24-hour time after "at"', () => {
    expect(ask('what time is the open day', centre).short).toBe('10 and 11am');
    expect(ask('what time was the gas leak reported', centre).short).toBe('0230');
  });

  it('"time" read as "clock" is no word of the question held by "six o\'clock"', () => {
    expect(ask('what time was the ribbon cut', centre).short).toBe('10am on Monday 2 March');
    expect(ask('what time does the mayor arrive', centre).short ?? '').not.toBe("six o'clock");
  });
});

describe('a name is no time of day', () => {
  it('"Dawn Holt" in the best passage does not keep the hours out', () => {
    const text = readFileSync(FILE, 'utf8').replace('Priya Holt', 'Dawn Holt');
    const dawn = new Engine([parseArticle('signal-box-cafe.txt', text)]);
    expect(ask('what are the opening times', dawn).short).toBe('8am to 4pm, Tuesday to Sunday');
  });
});

describe('clockAsked', () => {
  it.each([
    ['what time does the shop open', true],
    ['At what time was the fire reported?', true],
    ['what are the visiting hours', true],
    ['kick-off time?', true],
    ['what time period is it from', false],
    ['which time was faster', false],
    ['what was her finish time', false],
    ['how many hours did they work', false],
    ['when does it open', false],
    ['what are the cafe hours', true],
    ['why were the opening hours cut', false],
    ['who decided the opening hours?', false],
    ['when were the opening hours decided', false],
    ['has the library cut its opening hours?', false],
    ['how late is the bar open', false],
    ['what is the number of hours the volunteers worked', false],
    ['what were the last few hours like', false],
    ['what time difference is there', false],
  ])('%s → %s', (q, asked) => expect(clockAsked(q)).toBe(asked));
});

describe('clockSpans', () => {
  const spans = (t: string) => clockSpans(t).map((s) => t.slice(s.start, s.end));
  it('reads hours, 24-hour times, ranges and the days after them', () => {
    expect(spans('Open from 8am to 4pm, Tuesday to Sunday, all year.')).toEqual([
      '8am to 4pm, Tuesday to Sunday',
    ]);
    expect(spans('Shown at 0130 GMT on Monday.')).toEqual(['0130 GMT on Monday']);
    expect(spans('The market runs from 10:00 until 16:00.')).toEqual(['10:00 until 16:00']);
    expect(spans('Open between 9 a.m. and 5 p.m. daily.')).toEqual(['9 a.m. and 5 p.m. daily']);
    expect(spans('The bells rang at noon and at midnight; trains leave at nine o’clock.')).toEqual([
      'noon',
      'midnight',
      'nine o’clock',
    ]);
  });

  it('reads an hour range sharing its half of the day, and a second range after "and"', () => {
    expect(spans('The quiz runs 7-11pm on Fridays.')).toEqual(['7-11pm on Fridays']);
    expect(spans('Open 6am to 10pm on weekdays and 8am to 6pm at weekends.')).toEqual([
      '6am to 10pm on weekdays and 8am to 6pm at weekends',
    ]);
  });

  it('reads "between 8 and 11am" as one range, and "at 0230" but not "in 1852"', () => {
    expect(spans('Walk in between 8 and 11am.')).toEqual(['8 and 11am']);
    expect(spans('Reported at 0230, in a house built in 1852.')).toEqual(['0230']);
  });

  it('a year after "from" or "until" is no time, nor "at 2000 feet"', () => {
    expect(
      spans('Empty from 2020; used by the army from 1939 until 1945 and as a school until 2004.'),
    ).toEqual([]);
    expect(spans('The plane flew at 2000 feet.')).toEqual([]);
  });

  it('knows a range that opens with a word ("noon to 6pm")', () => {
    expect(clockSpans('Open from noon to 6pm.')[0]?.range).toBe(true);
    expect(clockSpans('Doors open at 7.30pm.')[0]?.range).toBe(false);
  });

  it('leaves a race time and a number of hours alone', () => {
    expect(spans('She finished in 2:15:30, and he gave 1500 hours of service.')).toEqual([]);
  });

  it('leaves numbers that are no clock time alone', () => {
    expect(spans('It cost £86,000 in 2024, and 35 volunteers gave 3.5 hours a week.')).toEqual([]);
    expect(spans('The score was 2-1 at 45 minutes.')).toEqual([]);
  });
});

describe('saysTimeOfDay', () => {
  it('a clock time, a time of day in words, a stretch of time by its number', () => {
    expect(saysTimeOfDay('The crew were paged at 05:40 and launched.')).toBe(true);
    expect(saysTimeOfDay('They arrived in the early evening.')).toBe(true);
    expect(saysTimeOfDay('The rivalry is put aside every two years.')).toBe(true);
    expect(saysTimeOfDay('It was contained within 40 minutes.')).toBe(true);
  });

  it('not a count of people, a height, a clause of time', () => {
    expect(
      saysTimeOfDay(
        'At the height of the blaze, eight appliances and about 50 firefighters were at the scene.',
      ),
    ).toBe(false);
    expect(saysTimeOfDay('He was about 5ft 9in tall.')).toBe(false);
    // A count of occasions: WordNet's "time" is a unit of time too.
    expect(saysTimeOfDay('Crews have been called out to the site five times.')).toBe(false);
  });

  it('not a day of the calendar: a month is a time period to WordNet, but "14 November" is a date', () => {
    expect(saysTimeOfDay('The Christmas market opens on 14 November.')).toBe(false);
    expect(saysTimeOfDay('The market has run for 14 months.')).toBe(true);
  });

  it('for hours or times asked, only a stretch shorter than a day: years of service are no opening hours', () => {
    const served = 'A GP surgery that has served the village for 70 years will close in March.';
    expect(saysTimeOfDay(served)).toBe(true);
    expect(saysTimeOfDay(served, 'what are the opening times at the surgery')).toBe(false);
    expect(saysTimeOfDay('It was contained within 40 minutes.', 'what hours does it open')).toBe(true);
    expect(
      saysTimeOfDay('The rivalry is put aside every two years.', 'at what time is the rivalry set aside'),
    ).toBe(true);
  });
});
