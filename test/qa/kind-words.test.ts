/**
 * Units of the kinds a reader's noun names (`kindScopes`, `namesKindOf`, `scopeWords`): a story's
 * particular word for a thing the reader calls by a wider one, down WordNet's hierarchy, within a
 * specific thing's kinds only.
 */
import { describe, expect, it } from 'vitest';
import { kindScopes, namesKindOf, scopeWords } from '../../src/qa/wordnet.js';

describe('namesKindOf', () => {
  it("reads a story's sheep, goats and dogs as a reader's animals, several links down", () => {
    expect(namesKindOf('sheep', 'animals')).toBe(true);
    expect(namesKindOf('goats', 'animals')).toBe(true);
    expect(namesKindOf('dog', 'animal')).toBe(true);
  });

  it('reads pupils as kids: a kid is "a young person…", whose kinds hold the schoolchild', () => {
    expect(namesKindOf('pupils', 'kids')).toBe(true);
  });

  it('reads homes and cottages as houses: a house is "a dwelling…"', () => {
    expect(namesKindOf('homes', 'houses')).toBe(true);
    expect(namesKindOf('cottages', 'houses')).toBe(true);
  });

  it('not the other way: an animal is no sheep, a house no cottage', () => {
    expect(namesKindOf('animals', 'sheep')).toBe(false);
    expect(namesKindOf('house', 'cottage')).toBe(false);
  });

  it("only in the scope's own class: the pupil of the eye is an aperture, and no opening a reader means", () => {
    expect(namesKindOf('pupil', 'opening')).toBe(false);
  });

  it('not a thing of another kind', () => {
    expect(namesKindOf('pupils', 'animals')).toBe(false);
    expect(namesKindOf('goats', 'houses')).toBe(false);
  });
});

describe('kindScopes', () => {
  it('has none for a word whose kinds are nearly everything of its class', () => {
    // "person" (10,286 kinds, three links below the root), "object", "location", "substance".
    for (const word of ['person', 'people', 'object', 'thing', 'entity', 'group', 'location', 'substance'])
      expect(kindScopes(word)).toEqual([]);
    expect(namesKindOf('volunteers', 'person')).toBe(false);
  });

  it('has none for an abstraction: the kinds of "amount" or "period" are other notions', () => {
    for (const word of ['amount', 'period', 'term', 'feature', 'money']) expect(kindScopes(word)).toEqual([]);
    expect(namesKindOf('hours', 'period')).toBe(false);
  });

  it('does not take a wide synset a definition names: a woman is "an adult…", and any adult is no woman', () => {
    expect(namesKindOf('residents', 'women')).toBe(false);
  });
});

describe('scopeWords', () => {
  it('lists the kinds in lower case, without the word itself', () => {
    const words = scopeWords('animals');
    expect(words).toEqual(expect.arrayContaining(['sheep', 'goat', 'donkey']));
    expect(words).not.toContain('animal');
    expect(words.every((w) => /^[a-z]+$/.test(w))).toBe(true);
  });
});
