/**
 * The comparison reader (`comparison.ts`): which questions compare two things, and what a story's
 * sentences give each side, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { compareSides, comparisonAsked } from '../../src/qa/comparison.js';

const story = (...texts: string[]) => texts.map((text, index) => ({ text, index }));

describe('comparisonAsked', () => {
  it('reads the two sides, the kind and the way of a comparing yes/no question', () => {
    expect(comparisonAsked('is the baker older than the florist?')).toEqual({
      left: 'the baker',
      right: 'the florist',
      of: 'age',
      greater: true,
    });
    expect(comparisonAsked('did the quiz make less than the walk')).toEqual({
      left: 'the quiz',
      verb: 'make',
      right: 'the walk',
      of: 'amount',
      greater: false,
    });
    expect(comparisonAsked('did it sell for more than the estimate')).toMatchObject({
      left: 'it',
      verb: 'sell',
    });
  });

  it('reads no comparison in a question that asks for a number or compares nothing', () => {
    expect(comparisonAsked('how many more than last year came?')).toBeUndefined();
    expect(comparisonAsked('did more than 3,000 people come?')).toBeUndefined();
    expect(comparisonAsked('is the baker older')).toBeUndefined();
  });
});

describe('compareSides', () => {
  const ages = story('Joiner Ewan Platt, 58, fitted the doors.', 'His apprentice, Dev Roy, aged 23, helped.');
  it('an age in apposition against one after "aged"', () => {
    const asked = comparisonAsked('is platt younger than roy');
    if (asked === undefined) throw new Error('not read');
    const c = compareSides(asked, ages);
    expect(c?.polarity).toBe('no');
    expect(c?.sides.map((s) => [s.label, s.value])).toEqual([
      ['Ewan Platt', '58'],
      ['Dev Roy', '23'],
    ]);
  });

  it('two sums of one sentence, each said of its own thing', () => {
    const sums = story('The fair raised £700 from a tombola and £1,250 from a bake sale.');
    const asked = comparisonAsked('did the tombola raise more than the bake sale');
    if (asked === undefined) throw new Error('not read');
    expect(compareSides(asked, sums)?.polarity).toBe('no');
  });

  it('nothing when a range holds the other number, or a side has none', () => {
    const range = story('The vase went for £5,000.', 'It was given an estimate of £4,000 to £6,000.');
    const vase = comparisonAsked('did the vase sell for more than the estimate');
    if (vase === undefined) throw new Error('not read');
    expect(compareSides(vase, range)).toBeUndefined();
    const missing = comparisonAsked('is platt older than the architect');
    if (missing === undefined) throw new Error('not read');
    expect(compareSides(missing, ages)).toBeUndefined();
  });
});
