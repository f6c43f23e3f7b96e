/**
 * A word's base form as WordNet reads it: the plain "-s" is taken off before "-es", as WordNet's own
 * detachment rules do, so a plural is not read as a shorter, other word ("rates" → "rat").
 */
import { describe, expect, it } from 'vitest';
import { synonyms } from '../../src/qa/wordnet.js';

describe('a plural ending in "-es" is read as its singular', () => {
  it.each([
    ['cures', 'remedy', 'mongrel'],
    ['rates', 'rate', 'rat'],
    ['hopes', 'hope', 'hop'],
    ['wines', 'vino', 'gain'],
  ])('"%s" has the synonyms of its singular ("%s"), not of a shorter word ("%s")', (word, meant, other) => {
    expect(synonyms(word)).toContain(meant);
    expect(synonyms(word)).not.toContain(other);
  });

  it.each([
    ['buses', 'autobus'],
    ['countries', 'nation'],
  ])('"%s" still finds its singular where only "-es" or "-ies" leaves a word ("%s")', (word, synonym) => {
    expect(synonyms(word)).toContain(synonym);
  });
});
