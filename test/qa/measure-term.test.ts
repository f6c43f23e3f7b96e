import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { datesNoun } from '../../src/qa/counted-noun.js';
import { measureTerm } from '../../src/qa/measure-term.js';
import { attributeMeasureWord } from '../../src/qa/measure-word.js';
import { measuresGiven, namesOtherDimension, unitEnd } from '../../src/qa/measure.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { termsBeyondWords } from '../../src/qa/sentence-terms.js';

describe('measuresGiven: the measures a sentence gives by its units', () => {
  it.each([
    ['Its water is now heated to 24C by solar panels.', ['temperature']],
    ['The sea was a cooler 19 degrees.', ['temperature']],
    ['The pool is 40 metres long and 2.5 metres deep.', ['length']],
    ['The bell weighs 2.3 tonnes and the dive lasted nine hours.', ['weight', 'duration']],
  ])('%s → %j', (text, measures) => {
    expect(measuresGiven(text)).toEqual(measures);
  });

  it.each([
    'The 1930s pool reopened in 2026.',
    'More than 500 swimmers came on the first weekend.',
    'Season tickets cost £95 for adults.',
    'Engineer Ruth Calder, 47, is 47 years old.',
    // A number and letter labelling a place, or an address: no temperature.
    'The head teacher lives in flat 24C on Mill Lane.',
    'The clinic is in Unit 3C of the retail park.',
    'The fire started at 12C Church Street.',
    // An angle in degrees.
    'The new roof is pitched at 45 degrees so that snow slides off it.',
  ])('none of a number with no unit, money, an age or a label: %s', (text) => {
    expect(measuresGiven(text)).toEqual([]);
  });

  it('the index files the sentence under its measures, and a question can search them', () => {
    const text = 'Its water is now heated to 24C by solar panels.';
    expect(termsBeyondWords(text, [])).toEqual([measureTerm('temperature')]);
    const story = parseArticle(
      'pool.txt',
      ['Pool reopens', '', text, '', 'It opened in May.', ''].join('\n'),
    );
    const index = new SearchIndex([story]);
    expect(index.has(measureTerm('temperature'))).toBe(true);
    expect(index.has(measureTerm('length'))).toBe(false);
  });
});

describe('attributeMeasureWord: the measure word of an attribute noun (WordNet "=")', () => {
  it.each([
    ['temperature', 'hot'],
    ['depth', 'deep'],
    ['weight', 'heavy'],
    ['distance', 'far'],
  ])('%s → %s', (noun, adjective) => {
    expect(attributeMeasureWord(noun)).toBe(adjective);
  });

  it.each(['water', 'pool', 'level'])('none for %s (no measured attribute)', (noun) => {
    expect(attributeMeasureWord(noun)).toBeUndefined();
  });
});

describe('unitEnd: a number with the unit written apart after it', () => {
  const text = 'The 1930s pool is 40 metres long and 2.5 metres deep at the diving end, heated to 24C.';
  const end = (number: string) => {
    const at = text.indexOf(number);
    const to = unitEnd(text, at, at + number.length);
    return to === undefined ? undefined : text.slice(at, to);
  };

  it('takes the unit and the adjective of its dimension', () => {
    expect(end('2.5')).toBe('2.5 metres deep');
    expect(end('40')).toBe('40 metres long');
  });

  it('none for a decade or a unit glued on', () => {
    expect(end('1930s')).toBeUndefined();
    expect(end('24')).toBeUndefined();
  });
});

describe('namesOtherDimension: a measure of another dimension than asked', () => {
  const text = 'The dam is 22 metres high and 300 metres long.';
  const span = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

  it('"22 metres high" is no length, "300 metres long" is', () => {
    expect(namesOtherDimension(text, ...span('22 metres high'), 'long')).toBe(true);
    expect(namesOtherDimension(text, ...span('300 metres long'), 'long')).toBe(false);
    expect(namesOtherDimension(text, ...span('22 metres high'), 'tall')).toBe(false);
  });
});

describe('datesNoun: a year or a decade before a noun dates it', () => {
  it.each([
    ['1930s', 'pool', true],
    ['1960s', 'flats', true],
    ['2012', 'final', true],
    ['2000', 'guests', false],
    ['500', 'swimmers', false],
  ])('%s %s → %s', (number, noun, dates) => {
    expect(datesNoun(number, noun)).toBe(dates);
  });
});
