/** The names WordNet files as members of a kind noun ("city" → "Lisbon"), read for a which-question. */
import { describe, expect, it } from 'vitest';
import { namedMembers } from '../../src/qa/named-members.js';

describe('namedMembers', () => {
  it('reads the names filed under the kind, or under a kind below it', () => {
    expect(namedMembers('city')).toEqual(expect.arrayContaining(['lisbon', 'vienna', 'osaka']));
    // "Poland" is filed under "European country", a kind of country.
    expect(namedMembers('country')).toEqual(expect.arrayContaining(['poland', 'norway', 'indonesia']));
    // A plural asks for the same kind.
    expect(namedMembers('cities')).toContain('lisbon');
  });

  it('reads only names of one meaning', () => {
    // London is also a writer, Georgia a state as well as a country: either may be another thing.
    expect(namedMembers('city')).not.toContain('london');
    expect(namedMembers('country')).not.toContain('georgia');
  });

  it('reads nothing for a kind WordNet names no member of, nor for a word that is no noun', () => {
    expect(namedMembers('school')).toEqual([]);
    expect(namedMembers('xyzzy')).toEqual([]);
  });
});
