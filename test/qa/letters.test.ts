import { describe, expect, it } from 'vitest';
import {
  hasLetter,
  hasLetterOrNumber,
  hasLower,
  hasNumber,
  startsLower,
  startsNumber,
  startsUpper,
} from '../../src/qa/letters.js';

describe('letter tests by Unicode category', () => {
  it('reads the first character: a capital of any script, a lower-case letter, a number', () => {
    expect(['Fomin', 'Über', 'Ωmega'].map(startsUpper)).toEqual([true, true, true]);
    expect(['fomin', 'élan', '"Fomin', ''].map(startsUpper)).toEqual([false, false, false, false]);
    expect(['iPhone', 'Iraq'].map(startsLower)).toEqual([true, false]);
    expect(['2014', '½', 'T-72'].map(startsNumber)).toEqual([true, true, false]);
  });

  it('looks anywhere in the text, every call alike', () => {
    expect(['WHO SIGNED?', 'Who signed?'].map(hasLower)).toEqual([false, true]);
    expect(['T-72', 'half', 'Ⅻ'].map(hasNumber)).toEqual([true, false, true]);
    expect(['42', '42nd'].map(hasLetter)).toEqual([false, true]);
    expect(['?!', '…', 'a?', '7'].map(hasLetterOrNumber)).toEqual([false, false, true, true]);
    // One expression each, kept between calls: no state carried from one text to the next.
    expect([hasNumber('7'), hasNumber('7'), hasNumber('x')]).toEqual([true, true, false]);
  });
});
