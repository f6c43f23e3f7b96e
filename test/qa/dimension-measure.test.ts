/**
 * The measure a "how long / far / heavy…" question asks in units (`dimension-measure.ts`): which numbers
 * give it, by WordNet's classes of units, and a rate that answers no total.
 */
import { describe, expect, it } from 'vitest';
import {
  dimensionMeasureAsked,
  givesDimension,
  saysDimension,
  startsLengthOfTime,
} from '../../src/qa/dimension-measure.js';

/** Does the number `number` of `text` give the measure `question` asks? */
function gives(question: string, text: string, number: string): boolean {
  const asked = dimensionMeasureAsked(question);
  if (asked === undefined) throw new Error(`no dimension asked: ${question}`);
  const start = text.indexOf(number);
  return givesDimension(asked, text, start, start + number.length);
}

describe('the dimension a measure word asks', () => {
  it('reads the measures a unit gives, and a rate when the question asks one', () => {
    expect(dimensionMeasureAsked('how far did she walk?')).toMatchObject({
      measures: ['length'],
      rate: false,
    });
    expect(dimensionMeasureAsked('how far did she walk a day?')).toMatchObject({
      measures: ['length'],
      rate: true,
    });
    expect(dimensionMeasureAsked('how heavy was the marrow?')).toMatchObject({
      measures: ['weight'],
      rate: false,
    });
    // "How long" asks a time or a length; of a physical thing, which lasts no time, a length.
    // With a verb of its own, "how long" asks for how long a time; with a copula a length too.
    expect(dimensionMeasureAsked('how long did the meeting last?')?.measures).toEqual(['duration']);
    expect(dimensionMeasureAsked('how long was the queue?')?.measures).toEqual(['duration', 'length']);
    expect(dimensionMeasureAsked('how long is the film?')?.measures).toEqual(['duration', 'length']);
    expect(dimensionMeasureAsked('how long is the pier?')?.measures).toEqual(['length']);
    expect(dimensionMeasureAsked('how long is the new tunnel?')?.measures).toEqual(['length']);
  });

  it('is not read of measure words asked of amounts, counts and ages', () => {
    expect(dimensionMeasureAsked('how big was the crowd?')).toBeUndefined();
    expect(dimensionMeasureAsked('how high did inflation rise?')).toBeUndefined();
    expect(dimensionMeasureAsked('how old is she?')).toBeUndefined();
    expect(dimensionMeasureAsked('who built the pier?')).toBeUndefined();
  });

  it('a number in a unit of the dimension gives it; money, a bare count and another unit do not', () => {
    const text = 'Members voted 9 to 4 for the £3.2 million pier, and the 85-metre pier weighs 900 tonnes.';
    expect(gives('how long is the pier?', text, '85')).toBe(true);
    expect(gives('how long is the pier?', text, '3.2 million')).toBe(false);
    expect(gives('how long is the pier?', text, '9')).toBe(false);
    expect(gives('how long is the pier?', text, '900')).toBe(false);
    expect(gives('how heavy is the pier?', text, '900')).toBe(true);
  });

  it('a rate answers no total, unless a rate is asked', () => {
    const text = 'She walked about twelve miles a day on a 640-mile walk.';
    expect(gives('how far did she walk?', text, 'twelve')).toBe(false);
    expect(gives('how far did she walk?', text, '640')).toBe(true);
    expect(gives('how far did she walk each day?', text, 'twelve')).toBe(true);
    expect(gives('how far did she walk per week?', text, 'twelve miles')).toBe(true);
  });

  it('a gap between two places is no height; a date a length of time starts from answers "how long"', () => {
    const text = 'The tower stands 103 miles south of Edinburgh and is 90 metres tall.';
    expect(gives('how tall is the tower?', text, '103')).toBe(false);
    expect(gives('how tall is the tower?', text, '90')).toBe(true);
    // A conversion in brackets restates the measure: what follows it still says it is a gap.
    const converted = 'The city lies 103 miles (166 km) south of Edinburgh.';
    expect(gives('how tall is the tower?', converted, '103')).toBe(false);
    expect(gives('how tall is the tower?', converted, '166')).toBe(false);
    const run = dimensionMeasureAsked('how long did the programme run?');
    if (run === undefined) throw new Error('no dimension asked');
    const ran = 'The programme ran from 1961 to 1972.';
    expect(startsLengthOfTime(run, ran, ran.indexOf('1961'))).toBe(true);
    expect(startsLengthOfTime(run, ran, ran.indexOf('1972'))).toBe(false);
    // "Since" before the name of what began it still starts a length of time; "from" a place does not.
    const since = 'It was founded in 1946 and has been open since the Treaty of Harwell 1951.';
    expect(startsLengthOfTime(run, since, since.indexOf('1951'))).toBe(true);
    expect(startsLengthOfTime(run, since, since.indexOf('1946'))).toBe(false);
    const moved = 'The papers were moved from Harwell to Oxford in 1951.';
    expect(startsLengthOfTime(run, moved, moved.indexOf('1951'))).toBe(false);
  });

  it('the time between two events answers "how long after…" or "how long did it take", not how long a thing lasted', () => {
    const text =
      'The choir won six weeks after its director retired; he had led it for 22 years before that.';
    expect(gives('how long was he the director?', text, 'six')).toBe(false);
    expect(gives('how long was he the director?', text, '22')).toBe(true);
    expect(gives('how long after he retired did they win?', text, 'six')).toBe(true);
    expect(gives('how long did it take them to win?', text, 'six')).toBe(true);
  });

  it('a story that gives no measure of the dimension may ask it in a figure of speech', () => {
    const asked = dimensionMeasureAsked('how far did she get?');
    if (asked === undefined) throw new Error('no dimension asked');
    expect(saysDimension(asked, 'She made it to the second round in 1998.')).toBe(false);
    expect(saysDimension(asked, 'She walked 640 miles.')).toBe(true);
    const held = dimensionMeasureAsked('how long has the market been held?');
    if (held === undefined) throw new Error('no dimension asked');
    expect(saysDimension(held, 'It has been held since the Wrenfold Charter 1861.')).toBe(true);
    expect(saysDimension(held, 'Councillors voted 14 to 3 to keep it.')).toBe(false);
  });
});

describe('re-read mends: a whole rate word, no gap asked by "take part"', () => {
  // "a week earlier" is a point in time: the rate's word is read whole, not backtracked to "wee".
  it.each(['earlier', 'later', 'ago'])('"12 miles a week %s" gives how far, as no rate', (after) => {
    const text = `The ferry had travelled 12 miles a week ${after}.`;
    expect(gives('How far had the ferry travelled?', text, '12')).toBe(true);
  });
  it('"12 miles a week" is a rate, which gives no total', () => {
    expect(gives('How far had the ferry travelled?', 'The ferry travelled 12 miles a week.', '12')).toBe(
      false,
    );
  });

  it('"how long did the club take part…" asks no gap between two events, as "…play…" does not', () => {
    expect(dimensionMeasureAsked('How long did the club take part in the league?')?.gap).toBeUndefined();
    expect(dimensionMeasureAsked('How long did it take to build the pier?')?.gap).toBe(true);
    expect(dimensionMeasureAsked('How long does the crossing take?')?.gap).toBe(true);
    expect(dimensionMeasureAsked('how long did they wait before flying out')?.gap).toBe(true);
  });
});
