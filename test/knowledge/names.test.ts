/** `firstNameGender`, `nameGender`, `withoutTitles`: what "she" or "he" may stand for, read from stdlib's first-name lists; a name's titles. */
import { describe, expect, it } from 'vitest';
import { firstNameGender, nameGender, withoutTitles } from '../../src/knowledge/names.js';

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

describe('nameGender', () => {
  // A stand-in for WordNet's role nouns (a layer above): the titles these names carry.
  const isTitle = (w: string) => ['mayor', 'rabbi', 'coxswain', 'prince'].includes(w);

  it('reads a gendered title opening the name or written just before it', () => {
    expect(nameGender('Mrs Price', isTitle)).toBe('female');
    expect(nameGender('Mr. Osei', isTitle)).toBe('male');
    expect(nameGender('Osei', isTitle, 'Mr')).toBe('male');
    // The title says more than a first name the lists give the other.
    expect(nameGender('Lady Tomas Reilly', isTitle)).toBe('female');
  });

  it('else the first name: the first word before the surname the lists hold, not a title', () => {
    expect(nameGender('Mayor Helen Brandt', isTitle)).toBe('female');
    expect(nameGender('Kayaker Owen Quinn', isTitle)).toBe('male');
    expect(nameGender('Tomas Reilly', isTitle)).toBe('male');
    // A name of one word may be a first name alone.
    expect(nameGender('Alice', isTitle)).toBe('female');
  });

  it('says nothing of a surname, a title alone or a first name the lists lack or share', () => {
    expect(nameGender('Nnamdi Grace', isTitle)).toBeUndefined();
    expect(nameGender('Khaled Obaidi', isTitle)).toBeUndefined();
    expect(nameGender('Jordan Hale', isTitle)).toBeUndefined();
    expect(nameGender('Rabbi Cohen', isTitle)).toBeUndefined();
  });
});

describe('withoutTitles', () => {
  // A stand-in for WordNet's role nouns, which hold first names too ("harper": a harpist).
  const isTitle = (w: string) => ['mayor', 'harper', 'judge'].includes(w);

  it('drops a title of address before a surname, and a role before a first name and a surname', () => {
    expect(withoutTitles('Mrs Hale', isTitle)).toBe('Hale');
    expect(withoutTitles('Dr. Owain Pritchard', isTitle)).toBe('Owain Pritchard');
    expect(withoutTitles('Mayor Helen Brandt', isTitle)).toBe('Helen Brandt');
    expect(withoutTitles('Mrs', isTitle)).toBe('Mrs');
  });

  it('keeps a role noun that opens a name of two words, which may be its first name', () => {
    expect(withoutTitles('Harper Lee', isTitle)).toBe('Harper Lee');
    expect(withoutTitles('Judge Judy', isTitle)).toBe('Judge Judy');
  });
});
