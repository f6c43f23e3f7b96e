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

  it('reads no kind with a usual sense that is no person', () => {
    // "Canary": the bird and the colour are as usual as the singer (WordNet's corpus tags no sense).
    expect(roleKinds('singer')).not.toContain('canary');
    expect(roleKinds('singer')).toContain('crooner');
    // "Master": a master copy is among its usual senses.
    expect(roleKinds('artist')).not.toContain('master');
    // "Sculptor": its one usual sense is the artist, not the constellation.
    expect(roleKinds('artist')).toContain('sculptor');
  });
});
