/** Numbers written as words or digits ("two" ↔ "2", "dozen" → "12"). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { expand } from '../../src/qa/expansion.js';
import { numberForms, numbersIn } from '../../src/qa/numbers.js';
import { stem } from '../../src/qa/text.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const story = parseArticle(
  'ferry.txt',
  [
    'Island ferry returns after repairs',
    '',
    'The ferry will sail 2 times a day from Friday, the harbour board said.',
    '',
    'Twelve new crew members have been hired for the summer season.',
    '',
    'On the first day of the festival the bands play on the beach.',
    '',
    'On day 2 of the festival the bands play in the park.',
  ].join('\n'),
);
const engine = new Engine([story]);
const without = new Engine([story], { weights: { ...DEFAULT_WEIGHTS, NUMBER_WEIGHT: 0 } });

describe('numberForms', () => {
  it('gives the digits of a number word, and the words of a number', () => {
    expect(numberForms('two')).toEqual(['2']);
    expect(numberForms('dozen')).toEqual(['12']);
    expect(numberForms('12')).toEqual(['twelve', 'dozen']);
    expect(numberForms('100')).toEqual(['hundred']);
  });

  it('gives nothing for other words and numbers', () => {
    expect(numberForms('ferry')).toEqual([]);
    expect(numberForms('2004')).toEqual([]);
    expect(numberForms('first')).toEqual([]);
    // "one type of prime", "one of the…": a determiner far more often than the number.
    expect(numberForms('one')).toEqual([]);
    expect(numberForms('1')).toEqual([]);
  });
});

describe('the expansion', () => {
  it('reads a number word in the digits the story prints, at the number weight', () => {
    const [two] = expand(engine.index, ['two'], DEFAULT_WEIGHTS).groups;
    expect(two?.terms).toEqual([{ stem: '2', weight: DEFAULT_WEIGHTS.NUMBER_WEIGHT, other: true }]);
  });

  it('and digits in the word the story writes', () => {
    const [twelve] = expand(engine.index, ['12'], DEFAULT_WEIGHTS).groups;
    expect(twelve?.terms).toEqual([
      { stem: stem('twelve'), weight: DEFAULT_WEIGHTS.NUMBER_WEIGHT, other: true },
    ]);
  });

  it('is off when its weight is zero', () => {
    const [two] = expand(engine.index, ['two'], { ...DEFAULT_WEIGHTS, NUMBER_WEIGHT: 0 }).groups;
    expect(two?.terms).toEqual([]);
  });
});

describe('questions as readers type them', () => {
  it('where do the bands play on day two → "day 2", well ahead of "the first day"', () => {
    const question = 'where do the bands play on day two';
    // How far the first passage leads the second: without the bridge both days match alike.
    const lead = (e: Engine) => {
      const [first, second] = e.ask(question).passages;
      return (first?.score ?? 0) - (second?.score ?? 0);
    };
    expect(engine.ask(question).passages[0]?.text).toContain('day 2');
    expect(lead(engine)).toBeGreaterThan(lead(without) + 0.2);
  });

  it('were 12 crew members hired? → the sentence that says "Twelve"', () => {
    expect(engine.ask('when were the 12 crew members hired').passages[0]?.text).toContain('Twelve new crew');
  });
});

describe('numbersIn: a fraction or a half in words', () => {
  it('reads "and a half" as part of the number before it, so its unit is the one after', () => {
    expect(numbersIn('a trail running for three and a half miles').map((n) => n.text)).toEqual([
      'three and a half',
    ]);
    expect(numbersIn('after 2 and a quarter hours').map((n) => n.text)).toEqual(['2 and a quarter']);
    expect(numbersIn('one-and-a-half metres').map((n) => n.text)).toEqual(['one-and-a-half']);
  });

  it('reads "half a" and "half an" before a unit as a number, but not "half the"', () => {
    expect(numbersIn('about half an hour later').map((n) => n.text)).toEqual(['half an']);
    expect(numbersIn('half the council agreed')).toEqual([]);
  });
});
