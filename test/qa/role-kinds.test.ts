/** `roleKinds`: the kinds of a role noun, by WordNet's hyponyms, and the nouns that have none read. */
import { describe, expect, it } from 'vitest';
import { roleKinds } from '../../src/qa/role-kinds.js';

describe('roleKinds', () => {
  it('reads kinds downwards only, and not those of a class of people', () => {
    expect(roleKinds('artist')).toContain('painter');
    expect(roleKinds('artists')).toContain('painter');
    // A painter is an artist; an artist need not be a painter.
    expect(roleKinds('painter')).not.toContain('artist');
    // "Person" and the classes just below it ("worker", "leader") have every job among their kinds.
    expect(roleKinds('person')).toEqual([]);
    expect(roleKinds('worker')).toEqual([]);
    // A sex or age is no work: "boy" and "signore" are kinds of man, and anyone may be one.
    expect(roleKinds('man')).toEqual([]);
    expect(roleKinds('woman')).toEqual([]);
    // No kind of person: no role.
    expect(roleKinds('picture')).toEqual([]);
  });
});
