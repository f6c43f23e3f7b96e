import { describe, expect, it } from 'vitest';
import { titleBefore } from '../../src/qa/titled-surname.js';

describe('titleBefore', () => {
  it('reads a title of address or a role right before the word', () => {
    expect(titleBefore('how old is Mr Petch', 14)).toBe('mr');
    expect(titleBefore('how old is Dr. Okafor', 15)).toBe('dr');
    expect(titleBefore('what did councillor wilde say', 20)).toBe('councillor');
  });

  it('reads no title before a word that has none', () => {
    expect(titleBefore('how old is Gordon Petch', 18)).toBeUndefined();
    expect(titleBefore('how old is Petch', 11)).toBeUndefined();
  });
});
