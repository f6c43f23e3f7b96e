/**
 * Short answers of the wrong kind (session 57): a weekday naming a thing ("the Saturday library"), the
 * asked noun read as the verb of a count it only stands before ("tripped over bricks four times"), a
 * measure without the thing measured ("dozens of metres"), and another thing's date ("an online
 * petition launched on Wednesday" for "when was the library founded?").
 */
import { describe, expect, it } from 'vitest';
import { countsNoneAsked } from '../../src/qa/counted-noun.js';
import { datesAnotherThing, thingDoneTo } from '../../src/qa/dated-other.js';
import { findEntities } from '../../src/qa/entities.js';
import { numbersIn } from '../../src/qa/numbers.js';
import { withThingMeasured } from '../../src/qa/quantity-of.js';
import { stem, tokenize } from '../../src/qa/text.js';
import { saysWhen, weekdayOfNoun } from '../../src/qa/time-point.js';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return [start, start + word.length] as const;
};

describe('weekdayOfNoun: a weekday that names a thing, not a day', () => {
  it.each([
    ["Fenbury's Saturday library will move out this summer.", 'Saturday'],
    ['The Friday market is to close.', 'Friday'],
    ['Its Sunday service drew a crowd.', 'Sunday'],
  ])('"%s": %s is no date', (text, day) => {
    const [start, end] = at(text, day);
    expect(weekdayOfNoun(text, start, end)).toBe(true);
    expect(saysWhen(text, start, end)).toBe(false);
  });

  it.each([
    ['The library will move on Saturday.', 'Saturday'],
    ['The Thursday evening meeting was cancelled.', 'Thursday'],
    ['On Friday police arrested a man.', 'Friday'],
    ['The market opens every Saturday morning.', 'Saturday'],
  ])('"%s": %s says when', (text, day) => {
    const [start, end] = at(text, day);
    expect(weekdayOfNoun(text, start, end)).toBe(false);
    expect(saysWhen(text, start, end)).toBe(true);
  });
});

describe('countsNoneAsked: the asked noun before a count of another', () => {
  const passage = (text: string) => ({
    text,
    tokens: tokenize(text),
    numbers: numbersIn(text),
    measures: [],
  });

  it('"tripped over bricks four times" counts times, not bricks', () => {
    const text = 'A neighbour has tripped over bricks four times this month.';
    expect(countsNoneAsked('bricks', passage(text), 'how many bricks are there')).toBe(true);
  });

  it('"the names of 142 men" counts the names too: the count is theirs by "of"', () => {
    const text = 'The names of 142 men who died at the pit are carved into the plinth.';
    expect(countsNoneAsked('names', passage(text), 'how many names are on it')).toBe(false);
    // Not any noun before the count: "the roof over 40 homes" is one roof.
    const roof = 'The council repaired the roof over 40 homes this week.';
    expect(countsNoneAsked('roof', passage(roof), 'how many roofs were repaired')).toBe(true);
  });

  it('"the hall seats 2,500 people" still counts seats: the noun is the verb there', () => {
    const text = 'The hall seats up to 2,500 people.';
    expect(countsNoneAsked('seats', passage(text), 'how many seats are there')).toBe(false);
  });
});

describe('withThingMeasured: the thing a measure is of', () => {
  const grow = (text: string, words: string) => {
    const [start, end] = at(text, words);
    return withThingMeasured(text, findEntities(text), { text: words, start, end }).text;
  };

  it('"dozens of metres" of copper pipe', () => {
    const text = 'Thieves stole dozens of metres of copper pipe from the garden.';
    expect(grow(text, 'dozens of metres')).toBe('dozens of metres of copper pipe');
  });

  it('"hundreds of metres" of signal cable, a word the tagger leaves out before the noun', () => {
    const text = 'Vandals stole hundreds of metres of signalling wire from the depot.';
    expect(grow(text, 'hundreds of metres')).toMatch(/^hundreds of metres of .*wire$/);
  });

  it('a span ending on no measure, or with no "of" after it, stays as it is', () => {
    const text = 'Thieves stole a van of tools and two tonnes from the yard.';
    expect(grow(text, 'a van')).toBe('a van');
    expect(grow(text, 'two tonnes')).toBe('two tonnes');
  });
});

describe('datesAnotherThing: a date of another thing the asked verb is said of', () => {
  const passage = (text: string) => ({ text, tokens: tokenize(text) });
  const matched = new Set(['launch', 'found', 'librari'].map(stem));

  it('reads the thing and the participle of "when was X founded?"', () => {
    expect(thingDoneTo('when was the library founded')).toEqual({ thing: 'library', verb: 'founded' });
    expect(thingDoneTo('when were the new homes built?')).toEqual({ thing: 'home', verb: 'built' });
    expect(thingDoneTo('when did the library open')).toBeUndefined();
  });

  it('"an online petition launched on Wednesday" dates the petition, not the library', () => {
    const text = 'An online petition launched on Wednesday had gathered 900 names.';
    expect(datesAnotherThing('when was the library founded', passage(text), matched)).toBe(true);
  });

  it('a passage naming the library, or saying the verb after a pronoun, may date it', () => {
    const named = 'The library, launched in 1952, lends 2,000 books a week.';
    const pronoun = 'It was launched in 1952 by the town council.';
    expect(datesAnotherThing('when was the library founded', passage(named), matched)).toBe(false);
    expect(datesAnotherThing('when was the library founded', passage(pronoun), matched)).toBe(false);
  });
});
