import { describe, expect, it } from 'vitest';
import { respectiveAges } from '../../src/qa/apposition.js';

const names = (text: string) => respectiveAges(text).map((a) => [a.name, a.age]);

describe('respectiveAges: a list of names given as many ages, in order', () => {
  it('gives each name its age in the order written, with or without "respectively"', () => {
    expect(names('Joe and Maya Lund, aged 44 and 39 respectively, bought the farm.')).toEqual([
      ['Joe Lund', '44'],
      ['Maya Lund', '39'],
    ]);
    expect(names('Rosa Grant, Ed Fox and Lily Shaw, aged 8, 10 and 12, sang.')).toEqual([
      ['Rosa Grant', '8'],
      ['Ed Fox', '10'],
      ['Lily Shaw', '12'],
    ]);
  });

  it('marks the age each name is given', () => {
    const text = 'Ivan and Nina Petrov, aged 70 and 68, met in Riga.';
    expect(respectiveAges(text).map((a) => text.slice(a.ageStart, a.ageEnd))).toEqual(['70', '68']);
  });

  it('gives no one an age when the order is unclear or the list names no people', () => {
    expect(names('The pair, aged 31 and 27, moved north.')).toEqual([]);
    expect(names('Joe and Maya Lund, aged 44, 39 and 9, bought the farm.')).toEqual([]);
    expect(names('Derby and Stoke, 2 and 1, drew level.')).toEqual([]);
    // Bare numbers after a list of names are not said to be ages (runs here).
    expect(names('Joe Root and Harry Brook, 84 and 62, put on 140.')).toEqual([]);
    expect(names('Ivan and Nina Petrov, 70 and 68 respectively, met in Riga.')).toEqual([
      ['Ivan Petrov', '70'],
      ['Nina Petrov', '68'],
    ]);
  });
});
