import { describe, expect, it } from 'vitest';
import { sameWordOfStem, saysWordOfStem } from '../../src/qa/stem-kin.js';
import { stem, tokenize } from '../../src/qa/text.js';
import { derivedInAnySense, derivedInUsedSenses, derivedWords } from '../../src/qa/wordnet.js';

describe('sameWordOfStem: two words of one Porter stem that WordNet keeps apart', () => {
  it.each([
    ['authorities', 'authors'],
    ['university', 'universe'],
    ['general', 'generation'],
    ['organ', 'organization'],
    ['news', 'new'],
    ['severely', 'several'],
    ['department', 'departed'],
    ['hospitality', 'hospital'],
    ['protestant', 'protesters'], // meet at "protest" only through a sense never tagged ("protesting")
    ['universal', 'university'],
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
    ['organisers', 'organised'], // British spellings, read as "organizers", "organized"
    ['organiser', 'organizer'],
    ['organised', 'organization'],
    ['investigators', 'investigation'], // derived from one word ("investigate")
    ['negotiators', 'negotiations'],
    ['developer', 'development'],
    ['participants', 'participation'],
    ['employer', 'employment'],
    ['manager', 'management'],
    ['originate', 'originally'], // "originally": "with reference to the origin", derived to "originate"
    ['approximately', 'approximate'], // an adverb in -ly read as its adjective
    ['widely', 'wide'],
    ['hugely', 'huge'],
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
    expect(derivedWords('employment')).not.toContain('employ');
    expect(derivedInAnySense('employment')).toContain('employ');
  });
});

describe('derivedInUsedSenses', () => {
  it('reads the senses the tagged corpus uses, or the commonest alone', () => {
    expect(derivedInUsedSenses('employment')).toContain('employ'); // third sense, tagged
    expect(derivedInUsedSenses('protestant')).not.toContain('protest'); // never tagged
    expect(derivedInAnySense('protestant')).toContain('protest');
  });

  it('reads the word itself, not its bases: "news" is no form of "new"', () => {
    expect(derivedInUsedSenses('news')).not.toContain('newness');
  });
});
