/**
 * A number that counts things is a count, no measure: "2,500 people", "four farmhands" answer "how big
 * was the crowd?" but not "how heavy was the cheese?", "how deep is the harbour?" nor "how old is the
 * organiser?". A unit glued on ("340kg") is read as the number's unit. measure.ts `countsAt`,
 * `readingsAt`; slot.ts's fillers for a question whose measure word names the measure.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import {
  countsAt,
  measureAsked,
  measuresAt,
  measuresOfSpan,
  onlyOtherMeasures,
  oneUnitsOf,
  readingsAt,
} from '../../src/qa/measure.js';
import { parseQuestion } from '../../src/qa/question.js';
import { askedSlot, slotEvidence } from '../../src/qa/slot.js';
import { tokenize } from '../../src/qa/text.js';

/** What the number `number` of `text` gives (`readingsAt`). */
const readings = (text: string, number: string) => {
  const start = text.indexOf(number);
  return readingsAt(text, start, start + number.length);
};

describe('a number of things that are no unit is a count', () => {
  it.each([
    ['A crowd of 2,500 people came.', '2,500'],
    ['Four farmhands carried it.', 'Four'],
    ['It beat two smaller cheeses.', 'two'],
    ['Three Labour councillors voted.', 'Three'],
    ['The park has two half-pipes.', 'two'],
    ['Thousands of fans came.', 'Thousands'],
    ['It drew 3 million viewers.', '3'],
    ['She won by nine votes.', 'nine'],
  ])('"%s": "%s" counts', (text, number) => {
    expect(readings(text, number)).toEqual(['count']);
  });

  it.each([
    ['It was fed 400 litres of water.', '400', ['volume']],
    ['A wheel weighing 340kg won.', '340', ['weight']],
    ['It took five months to make.', 'five', ['duration']],
    ['It is three times as big.', 'three', []],
    ['Her daughter Maya, seven, named it.', 'seven', []],
    ['More than 2,000 had come.', '2,000', []],
    ['In 2019 Smith said so.', '2019', []],
    ['It was one of the best.', 'one', []],
  ])('"%s": "%s" is no count', (text, number, measures) => {
    expect(readings(text, number)).toEqual(measures);
    const start = text.indexOf(number);
    expect(countsAt(text, start, start + number.length)).toBe(false);
  });
});

describe('a unit after an adjective or a fraction gives its measure', () => {
  it('"one-half mile north", "half a mile northwest" are lengths, and fill "how far"', () => {
    const text = 'The hall is one-half mile north of the park; the pool is half a mile west of it.';
    expect(readings(text, 'one')).toEqual(['length']);
    const half = text.indexOf('half a');
    expect(measuresOfSpan(text, half, half + 4)).toEqual(['length']);
    const pool = 'The pool is half a mile west of the park.';
    expect(evidence('how far is the pool from the park?', pool)).toMatchObject({ found: true });
  });
});

function evidence(question: string, passage: string) {
  return slotEvidence(
    askedSlot(question, parseQuestion(question)),
    { text: passage, tokens: tokenize(passage), entities: () => findEntities(passage) },
    [],
  );
}

describe('the fillers of a measure the question names', () => {
  it('"how heavy": a weight fills it, glued on or apart; a bare number loosely; a count or a volume not at all', () => {
    const q = 'how heavy was the cheese?';
    expect(evidence(q, 'The cheese weighed 340kg.')).toMatchObject({ found: true });
    expect(evidence(q, 'The cheese weighed 340 kilograms.')).toMatchObject({ found: true });
    expect(evidence(q, 'The cheese came in at 340.')).toMatchObject({ found: false, loose: true });
    // A sentence naming no cheese gives its weight only loosely (measure45: "how wide is the path?" is not
    // filled by "the ledge was only 2ft wide").
    expect(evidence(q, 'The wheel weighed 340kg.')).toMatchObject({ found: false, loose: true });
    expect(evidence(q, 'A crowd of 2,500 people saw four farmhands carry it.')).toMatchObject({
      found: false,
      loose: false,
    });
    expect(evidence(q, 'It took 400 litres of milk.')).toMatchObject({ found: false, loose: false });
    // A count still says how big a crowd was.
    expect(evidence('how big was the crowd?', 'A crowd of 2,500 people came.')).toMatchObject({
      found: true,
    });
  });

  it('"how deep", "how fast": a count is no length and no speed, only loosely one ("24 storeys high")', () => {
    const boats = 'About 40 boats moor in the harbour.';
    expect(evidence('how deep is the harbour?', boats)).toMatchObject({ found: false, loose: true });
    expect(evidence('how fast did the riders go?', 'More than 1,200 riders took part.')).toMatchObject({
      found: false,
      loose: true,
    });
    // English counts in units WordNet files as none (review35c); "high" after them says a length.
    expect(evidence('how tall will the tower be?', 'It will be 24 storeys high.')).toMatchObject({
      found: true,
    });
  });

  it('"how old": a sum or a count is no age, not even loosely; a length of time may be a thing\'s', () => {
    const q = 'how old is the organiser?';
    expect(evidence(q, 'She said 12 pupils had raised £1,200.')).toMatchObject({
      found: false,
      loose: false,
    });
    expect(evidence('how old is the clock?', 'The clock was built 150 years ago.')).toMatchObject({
      loose: true,
    });
  });
});

describe('a noun after a number agrees with it (review35c)', () => {
  it('reads no count or unit from a singular noun after a number other than one', () => {
    const at = (text: string, n: string) => readingsAt(text, text.indexOf(n), text.indexOf(n) + n.length);
    expect(at('Shares rose to 140 last week.', '140')).toEqual([]);
    expect(at('Drivers did 60 in a 40 zone.', '40')).toEqual([]);
    expect(at('The surgery is one stop from the village.', 'one')).toEqual(['count']);
    expect(at('Residents say the surgery is now six stops from the village.', 'six')).toEqual(['count']);
    // Counted things said as a length by the word after them.
    expect(at('Residents say the surgery is six stops away.', 'six')).toEqual(['length']);
    expect(at('They will build a tower 24 storeys high.', '24')).toEqual(['length']);
    expect(at('It has about 80 million adherents across the world.', '80')).toEqual(['count']);
    expect(at('The 400-tonne span was lifted.', '400')).toEqual(['weight']);
  });

  it('reads a temperature glued on in capitals ("16C", "88F")', () => {
    const text = 'He swam in water that was 16C, in air of 88F.';
    expect(measuresAt(text, text.indexOf('16'), text.indexOf('16') + 2)).toEqual(['temperature']);
    expect(measuresAt(text, text.indexOf('88'), text.indexOf('88') + 2)).toEqual(['temperature']);
  });
});

describe('an age asked is judged as any measure', () => {
  it('"how old" asks an age, a length of time loosely', () => {
    expect(measureAsked('how old is the manager?')).toEqual({ measures: ['age'], loosely: ['duration'] });
  });

  it('a passage of sums and counts only gives no age; one with a length of time is not judged', () => {
    expect(onlyOtherMeasures('how old is the manager?', 'The fine was one penny a day, about £95.')).toBe(
      true,
    );
    expect(onlyOtherMeasures('how old is the manager?', 'About 40 boats and 12,000 tourists came.')).toBe(
      true,
    );
    expect(onlyOtherMeasures('how old is the clock?', 'The clock was built 150 years ago.')).toBe(false);
    expect(onlyOtherMeasures('how old is the manager?', 'Ellen Fairlie, 58, runs it.')).toBe(false);
  });
});

describe('one of a unit, written with its article, is a measure given (nc55)', () => {
  const ones = (question: string, text: string) => {
    const asked = measureAsked(question);
    return asked === undefined ? [] : oneUnitsOf(asked, text).map((f) => text.slice(f.start, f.end));
  };

  it('"a tonne", "an hour", "half a mile" give the measure asked', () => {
    expect(
      ones('how heavy is the bell?', 'It tips the scales at a little over a tonne and a quarter.'),
    ).toEqual(['a tonne']);
    expect(ones('how long did it take?', 'The climb took an hour.')).toEqual(['an hour']);
    expect(ones('how far is the farm?', 'The farm is half a mile away.')).toEqual(['half a mile']);
  });

  it('not one of another kind, nor the second part of a rate', () => {
    expect(ones('how heavy is the bell?', 'The climb took an hour.')).toEqual([]);
    expect(ones('how long do they practise?', 'They practise five hours a day.')).toEqual([]);
    expect(ones('how long do they practise?', 'They practise twice a week.')).toEqual([]);
    expect(ones('how long do they practise?', 'They practise two hours a week.')).toEqual([]);
  });

  it('a passage whose only number counts something else still gives a weight written so', () => {
    const passage = 'The heaviest of the eight bells, the tenor, tips the scales at a little over a tonne.';
    expect(onlyOtherMeasures('how heavy is the biggest bell?', passage)).toBe(false);
    expect(onlyOtherMeasures('how heavy is the biggest bell?', 'The eight bells were rung.')).toBe(true);
  });
});
