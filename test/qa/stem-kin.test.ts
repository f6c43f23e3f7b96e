import { describe, expect, it } from 'vitest';
import { sameWordOfStem, saysWordOfStem } from '../../src/qa/stem-kin.js';
import { stem, tokenize } from '../../src/qa/text.js';
import { derivedInAnySense, derivedWords } from '../../src/qa/wordnet.js';

describe('sameWordOfStem: two words of one Porter stem that WordNet keeps apart', () => {
  it.each([
    ['authorities', 'authors'],
    ['university', 'universe'],
    ['general', 'generation'],
    ['organ', 'organization'],
    ['news', 'new'],
  ])('"%s" is not "%s"', (a, b) => {
    expect(stem(a)).toBe(stem(b));
    expect(sameWordOfStem(a, b)).toBe(false);
    expect(sameWordOfStem(b, a)).toBe(false);
  });

  it.each([
    ['authorities', 'authority'], // a form of the other
    ['justifies', 'justified'], // forms of one verb ("justified" read by the lemmatiser)
    ['measure', 'measurable'], // derived
    ['elect', 'election'], // derived
    ['national', 'nation'], // a pertainym
    ['finally', 'final'], // an adverb's pertainym
    ['geographic', 'geographical'], // one synset
    ['largely', 'large'], // defined by the other ("in large part")
  ])('"%s" is "%s"', (a, b) => {
    expect(sameWordOfStem(a, b)).toBe(true);
    expect(sameWordOfStem(b, a)).toBe(true);
  });

  it('leaves a word WordNet does not know joined, as the stem joins it', () => {
    expect(sameWordOfStem('fenwicks', 'fenwick')).toBe(true);
  });
});

describe('saysWordOfStem', () => {
  const tokens = tokenize('Three authors read from their new novels.');

  it('a sentence with only another word of the stem does not say the question word', () => {
    expect(saysWordOfStem('authorities', stem('authorities'), tokens)).toBe(false);
    expect(saysWordOfStem('author', stem('author'), tokens)).toBe(true);
  });

  it('a term of another stem (a synonym) is left as it was', () => {
    expect(saysWordOfStem('writer', stem('author'), tokens)).toBe(true);
  });
});

describe('derivedInAnySense', () => {
  it('reads the derivations of every sense, not only the commonest two', () => {
    expect(derivedWords('direct')).not.toContain('director');
    expect(derivedInAnySense('direct')).toContain('director');
  });
});
