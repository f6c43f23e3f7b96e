/**
 * The noun senses of an irregular plural: its singular's, read through compromise's table of irregular
 * plurals (and compounds of them, and "-ves" plurals) and checked against WordNet's lemmas.
 */
import { describe, expect, it } from 'vitest';
import { irregularSingular } from '../../src/nlp/nlp.js';
import { isKindOf, isKindOrSame, isNoun } from '../../src/qa/wordnet.js';
import { namesPeople } from '../../src/qa/answer-kind.js';

describe('irregular plurals', () => {
  it('are kinds of what their singulars are', () => {
    for (const word of ['children', 'women', 'men', 'fishermen', 'policemen', 'spokeswomen', 'grandchildren'])
      expect([word, isKindOf(word, 'person'), namesPeople(word)]).toEqual([word, true, true]);
    expect(isKindOf('geese', 'bird')).toBe(true);
    expect(isKindOf('mice', 'rodent')).toBe(true);
    expect(isKindOf('wolves', 'canine')).toBe(true);
    expect(isKindOf('feet', 'linear_unit')).toBe(true);
    expect(isKindOf('teeth', 'body_part')).toBe(true);
    // A plural listed as a noun of its own keeps its own senses too: "people" is a group.
    expect(isKindOf('people', 'group')).toBe(true);
  });

  it('a compound or "-ves" plural only when no "-s" rule finds a noun', () => {
    expect(irregularSingular('fishermen')).toBe('fisherman');
    expect(irregularSingular('knives')).toBe('knife');
    expect(irregularSingular('children')).toBe('child');
    // "taxes" is "tax" (an "-es" plural), not "taxis"; "omen" is a noun, no plural of "Oman".
    expect(irregularSingular('taxes')).toBe('taxis');
    expect(isKindOrSame('taxes', 'tax')).toBe(true);
    expect(isKindOrSame('taxes', 'taxis')).toBe(false);
    expect(isKindOf('omen', 'country')).toBe(false);
    expect(isNoun('knives')).toBe(true);
  });
});
