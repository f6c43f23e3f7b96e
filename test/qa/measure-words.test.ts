/**
 * The measure a "how <adjective>" question asks, read by WordNet's attribute of the adjective
 * (`measure-word.ts`), and a unit's kind read from a symbol glued on a number ("300g"). measure.ts
 * `measureNamed`, `dimensionAsked`, `readingsAt`, `onlyOtherMeasures`.
 */
import { describe, expect, it } from 'vitest';
import {
  dimensionAsked,
  measureNamed,
  namesOwnDimension,
  onlyOtherMeasures,
  ownDimensionNamed,
  otherMeasureFollows,
  readingsAt,
} from '../../src/qa/measure.js';
import { MEASURE_WORDS, sameAttribute, withMeasureWord } from '../../src/qa/measure-word.js';
import { HOW_MEASURE, questionType } from '../../src/qa/question.js';

/** What the number `number` of `text` gives (`readingsAt`). */
const readings = (text: string, number: string) => {
  const start = text.indexOf(number);
  return readingsAt(text, start, start + number.length);
};

const LISTED = ['far', 'deep', 'wide', 'long', 'heavy', 'big', 'small'];

describe('an adjective is read as the listed measure word of its attribute', () => {
  it.each([
    ['how shallow is the pond?', 'how deep is the pond?'],
    ['how near is the village?', 'how far is the village?'],
    ['how narrow is the lane?', 'how wide is the lane?'],
    ['how short was the film?', 'how long was the film?'],
    ['how light was the parcel?', 'how heavy was the parcel?'],
    ['how tiny was the bird?', 'how big was the bird?'],
  ])('"%s" → "%s"', (question, read) => {
    expect(withMeasureWord(question, LISTED)).toBe(read);
  });

  it('leaves an adjective of an attribute no listed word measures, and any other word', () => {
    expect(withMeasureWord('how strong is the bridge?', LISTED)).toBe('how strong is the bridge?');
    expect(withMeasureWord('how did she get there?', LISTED)).toBe('how did she get there?');
  });

  it('gives the measure, the dimension and the answer type of the listed word', () => {
    expect(measureNamed('how shallow is the pond?')?.measures).toEqual(['length']);
    expect(measureNamed('how light was the parcel?')?.measures).toEqual(['weight']);
    expect(dimensionAsked('how narrow is the lane?')).toBe('size');
    expect(dimensionAsked('how near is the village?')).toBe('other');
    expect(questionType('how near is the village?')).toBe('number');
  });
});

describe('two adjectives of one attribute', () => {
  it.each([
    ['tall', 'high', true],
    ['far', 'long', true],
    ['narrow', 'wide', true],
    ['wide', 'long', false],
    ['deep', 'high', false],
  ] as const)('%s and %s: %s', (a, b, same) => {
    expect(sameAttribute(a, b)).toBe(same);
  });
});

describe('a unit symbol glued on a number', () => {
  it.each([
    ['The hedgehog weighed just 300g.', '300', ['weight']],
    ['She was found 30m below the top.', '30', ['length']],
    ['It holds 2l of water.', '2', ['volume']],
  ])('"%s": %s gives %j', (text, number, measures) => {
    expect(readings(text, number)).toEqual(measures);
  });

  it('is no unit in capitals, as the plural of a number, or as millions of things counted', () => {
    expect(readings('The phone runs on 3G.', '3')).toEqual([]);
    expect(readings('Prices rose in the 1990s.', '1990')).toEqual([]);
    expect(readings('The final drew 40m viewers.', '40')).toEqual([]);
  });
});

describe('a length of another dimension is another measure', () => {
  it('"how wide is the path?" of "the path is 2 miles long" gives only another measure', () => {
    expect(onlyOtherMeasures('how wide is the path?', 'The path is 2 miles long.')).toBe(true);
    expect(onlyOtherMeasures('how long is the path?', 'The path is 2 miles long.')).toBe(false);
    expect(onlyOtherMeasures('how far is the path?', 'The path is 2 miles long.')).toBe(false);
  });
});

describe('an adjective after a measure names which dimension it is (session 53)', () => {
  const wall = 'The 1.2km wall, which will stand up to 1.4 metres high, will run along Mill Road.';
  const at = (span: string) => [wall.indexOf(span), wall.indexOf(span) + span.length] as const;

  it('"1.4 metres high" gives the height, "1.2km" with no adjective does not', () => {
    expect(namesOwnDimension(wall, ...at('1.4 metres'), 'high')).toBe(true);
    expect(namesOwnDimension(wall, ...at('1.2km'), 'high')).toBe(false);
    expect(namesOwnDimension(wall, ...at('1.4 metres'), 'tall')).toBe(true);
  });

  it('a passage naming the asked dimension so of the thing the measure qualifies; "how big" asks any of them', () => {
    const after = (text: string, of: string) => text.indexOf(of) + of.length;
    expect(ownDimensionNamed(wall, 'high', after(wall, '1.2km'))).toBe(true);
    expect(ownDimensionNamed(wall, 'wide', after(wall, '1.2km'))).toBe(false);
    expect(ownDimensionNamed(wall, 'big', after(wall, '1.2km'))).toBe(false);
    const plain = 'The 1.2km wall will run along Mill Road.';
    expect(ownDimensionNamed(plain, 'high', after(plain, '1.2km'))).toBe(false);
    // The 6 metres are the wall's, not the tower's (review53).
    const tower = 'The 90m tower will stand beside the old town wall, which is 6 metres high.';
    expect(ownDimensionNamed(tower, 'high', after(tower, '90m'))).toBe(false);
  });
});

describe('an adjective whose attribute is a degree, not a measure, is read as itself', () => {
  it.each(['how severe were the injuries?', 'how low did temperatures fall?'])('"%s"', (question) => {
    expect(withMeasureWord(question, MEASURE_WORDS)).toBe(question);
  });

  it('reads the first sense of "close", a distance', () => {
    expect(withMeasureWord('how close is the village?', MEASURE_WORDS)).toBe('how far is the village?');
  });
});

describe('one list of measure words for every stage', () => {
  it('"how thin was the ice?" asks a number as "how thick" does', () => {
    expect(questionType('how thin was the ice?')).toBe('number');
    expect(MEASURE_WORDS.every((w) => HOW_MEASURE.includes(w))).toBe(true);
  });
});

describe('a length above or below a level', () => {
  it('is the height or depth asked, but no size of a thing', () => {
    expect(otherMeasureFollows(' metres above its usual level', 'size', 'high')).toBe(false);
    expect(otherMeasureFollows('m beneath the surface', 'size', 'shallow')).toBe(false);
    expect(otherMeasureFollows('m below the top of the cliff', 'size', 'big')).toBe(true);
  });
});

describe('millions of a unit glued on as "m"', () => {
  it.each([
    ['The repairs will cost 3m euros.', '3', ['money']],
    ['About 25m litres were pumped out.', '25', ['volume']],
  ])('"%s": %s gives %j', (text, number, measures) => {
    expect(readings(text, number)).toEqual(measures);
  });
});
