/** `firstNameGender`: what "she" or "he" may stand for, read from stdlib's first-name lists. */
import { describe, expect, it } from 'vitest';
import { firstNameGender } from '../../src/knowledge/names.js';

describe('firstNameGender', () => {
  it("tells a name that is only a woman's or only a man's, in any case", () => {
    expect(firstNameGender('Helen')).toBe('female');
    expect(firstNameGender('tomas')).toBe('male');
  });

  it('gives none for a name in neither list or one the lists give both', () => {
    expect(firstNameGender('Khaled')).toBeUndefined();
    // In both lists.
    expect(firstNameGender('Jordan')).toBeUndefined();
    expect(firstNameGender('robin')).toBeUndefined();
  });
});
