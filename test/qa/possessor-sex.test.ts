import { describe, expect, it } from 'vitest';
import { possessorSex } from '../../src/qa/possessor-sex.js';
import { titledIn } from '../../src/qa/asked-person.js';

describe('possessorSex: "X and his wife" says X is a he', () => {
  it('after the name and its age', () => {
    const text = 'Kwabena Mensah, 51, and his wife, Dr Abena Mensah, 44, opened it.';
    expect(possessorSex(text, 'Kwabena Mensah')).toBe('he');
    expect(possessorSex(text, 'Abena Mensah')).toBeUndefined();
    expect(possessorSex('Abena Mensah and her husband opened it.', 'Abena Mensah')).toBe('she');
  });

  it('not a possessive further on ("said his…")', () => {
    expect(possessorSex('Abena Mensah said his shop was open.', 'Abena Mensah')).toBeUndefined();
  });
});

describe('titledIn: the story writes the title before the name', () => {
  it('before it or opening it', () => {
    const text = 'Kwabena Mensah, 51, and his wife, Dr Abena Mensah, 44, opened it.';
    expect(titledIn(text, 'dr', 'Abena Mensah')).toBe(true);
    expect(titledIn(text, 'dr', 'Dr Abena Mensah')).toBe(true);
    expect(titledIn(text, 'dr', 'Kwabena Mensah')).toBe(false);
  });
});
