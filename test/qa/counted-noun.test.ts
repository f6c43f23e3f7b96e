import { describe, expect, it } from 'vitest';
import {
  askedOfListItem,
  countedNoun,
  countsAsked,
  countsNoneAsked,
  countsWider,
  isLabelNumber,
} from '../../src/qa/counted-noun.js';
import { numbersIn } from '../../src/qa/numbers.js';
import { tokenize } from '../../src/qa/text.js';
import { isNextKindOf } from '../../src/qa/wordnet.js';

describe('countedNoun', () => {
  it.each([
    ['how many people were hurt?', 'people'],
    ['How many Oscar nominations does The Aviator have in total?', 'nominations'],
    ['how many people play everquest', 'people'],
    ['How many horsepower was the engine?', 'horsepower'],
    ['how many times did he score', 'times'],
    ['how many children are in the cast', 'children'],
    // An irregular plural may qualify the counted noun.
    ['how many police officers were sent?', 'officers'],
  ])('"%s" counts %s', (question, noun) => {
    expect(countedNoun(question)).toBe(noun);
  });

  it.each(['how many died?', 'how many of the critics backed him?', 'how much is it?'])(
    '"%s" names no counted noun',
    (question) => {
      expect(countedNoun(question)).toBeUndefined();
    },
  );
});

describe('isLabelNumber', () => {
  const at = (text: string) => isLabelNumber(text, text.search(/\d/));
  it.each(['people with type 2 diabetes', 'the bus on route 66', 'she was in room 101', 'see page 5'])(
    '"%s": a label',
    (text) => {
      expect(at(text)).toBe(true);
    },
  );
  it.each([
    'there are 352 votes',
    'killed 10,000 people',
    'last year 400 people came',
    'the top 10 players',
    'over 500 homes',
    'aged 65',
    // A body of people: the number is their count.
    'the village of Fenwick, population 4,000, will',
  ])('"%s": a count or a measure', (text) => {
    expect(at(text)).toBe(false);
  });
});

describe('countsAsked', () => {
  it.each([
    ['volunteers', 'people'],
    ['screen', 'screens'],
    ['year', 'years'],
    ['classes', 'types'],
    ['travellers', 'tourists'],
  ])('%s counts %s', (word, noun) => {
    expect(countsAsked(word, noun)).toBe(true);
  });
  it.each([
    ['people', 'tourists'],
    ['days', 'countries'],
    ['months', 'people'],
  ])('%s does not count %s', (word, noun) => {
    expect(countsAsked(word, noun)).toBe(false);
  });
});

describe('countsWider', () => {
  it.each([
    ['aircraft', 'planes', true],
    ['vehicles', 'lorries', true],
    ['vessels', 'ships', true],
    // WordNet's top nouns count anything: "three things" is no count of goals.
    ['things', 'goals', false],
    ['events', 'matches', false],
    ['jets', 'planes', false],
  ])('%s counts %s: %s', (word, noun, expected) => {
    expect(countsWider(word, noun)).toBe(expected);
  });
});

describe('isNextKindOf', () => {
  it('a tourist is one step below a traveller, not below a person', () => {
    expect(isNextKindOf('tourist', 'traveler')).toBe(true);
    expect(isNextKindOf('tourist', 'person')).toBe(false);
  });
});

describe('askedOfListItem', () => {
  const text =
    'The worst-hit areas are Sri Lanka, India, Indonesia and Thailand, with at least 23,000 people killed.';
  it('a count asked "in" one place of a list is the list’s', () => {
    expect(askedOfListItem('How many people died in Sri Lanka?', text)).toBe(true);
  });
  it('a place that only begins an item is another place', () => {
    expect(
      askedOfListItem(
        'how many passengers does the network in Newcastle carry?',
        'It carries 37 million passengers, extending to Newcastle Airport, Tynemouth and South Shields.',
      ),
    ).toBe(false);
  });
  it('a count asked of no place of the list', () => {
    expect(askedOfListItem('How many people died?', text)).toBe(false);
  });
});

describe('countsNoneAsked: a count said without digits', () => {
  const passage = (text: string) => ({
    text,
    tokens: tokenize(text),
    numbers: numbersIn(text),
    measures: [],
  });

  // The determiner's phrase reads a hyphened modifier as a number's does: its "and" does not end it.
  it('"a park-and-ride bus" counts one bus', () => {
    const text = 'A park-and-ride bus was damaged in the fire.';
    expect(countsNoneAsked('buses', passage(text), 'how many buses were damaged?')).toBe(false);
  });

  it('"no park-and-ride buses" counts none', () => {
    const text = 'There were no park-and-ride buses on Sunday.';
    expect(countsNoneAsked('buses', passage(text), 'how many buses ran on Sunday?')).toBe(false);
  });

  // Every ordinal past "twelfth" ends in "-teenth" or "-ieth".
  it.each(['for the fourteenth time', 'for the twentieth time'])('"%s" counts times', (said) => {
    const text = `She won the title ${said} on Saturday.`;
    expect(countsNoneAsked('times', passage(text), 'how many times has she won the title?')).toBe(false);
  });
});
