/**
 * The readings behind who-kind.scenario.test.ts: an adjective of the past before a role (WordNet's
 * "past" cluster), a role phrase before "of" a name, a body named after its kind's noun.
 */
import { describe, expect, it } from 'vitest';
import { headsNamedBody, holdsBody, namesBodyOfKind } from '../../src/qa/answer-kind.js';
import { qualifiesRole } from '../../src/qa/titles.js';
import { saysNoLonger } from '../../src/qa/wordnet.js';

describe('saysNoLonger and qualifiesRole', () => {
  it('"outgoing" points to WordNet\'s "past"; "new", "current", "incoming" do not', () => {
    expect(saysNoLonger('outgoing')).toBe(true);
    for (const word of ['new', 'current', 'incoming', 'chief', 'senior'])
      expect(saysNoLonger(word)).toBe(false);
  });

  it('not a word that is an adverb too ("then-Mayor", "last")', () => {
    for (const word of ['then', 'last', 'past']) expect(saysNoLonger(word)).toBe(false);
  });

  it('a shadow or an outgoing holder holds another role; "other" does not make one', () => {
    for (const word of ['shadow', 'outgoing', 'former', 'deputy']) expect(qualifiesRole(word)).toBe(true);
    for (const word of ['other', 'new', 'then']) expect(qualifiesRole(word)).toBe(false);
  });
});

describe('headsNamedBody', () => {
  it('a noun with a person among any of its senses, before "of" and a name', () => {
    expect(headsNamedBody('head', ' of Severn Water has resigned')).toBe(true);
    expect(headsNamedBody('head', ' of the BBC said')).toBe(true);
  });

  it('not before a common noun, nor a noun with no person sense', () => {
    expect(headsNamedBody('head', ' of the family said')).toBe(false);
    expect(headsNamedBody('shares', ' of Severn Water have fallen')).toBe(false);
  });
});

describe('namesBodyOfKind', () => {
  it('a name after the noun for a body of people', () => {
    expect(namesBodyOfKind('Danish firm Kovak')).toBe(true);
    expect(namesBodyOfKind('the charity Shelter')).toBe(true);
  });

  it("not a person's title nor a name alone", () => {
    expect(namesBodyOfKind('designer Ana Ruiz')).toBe(false);
    expect(namesBodyOfKind('Kovak')).toBe(false);
    expect(namesBodyOfKind('the firm')).toBe(false);
  });
});

describe('holdsBody and a name holding "of"', () => {
  it('a lower-case noun before "of" holds a body; a name holding "of" names one', () => {
    expect(holdsBody('a member of the union RMT')).toBe(true);
    expect(holdsBody('one of the firms')).toBe(true);
    expect(holdsBody('the Bank of England')).toBe(false);
    expect(holdsBody('the charity Friends of the Earth')).toBe(false);
    expect(namesBodyOfKind('a member of the union RMT')).toBe(false);
  });

  it('a name after the noun for its kind, or whose own head is one', () => {
    expect(namesBodyOfKind('the charity Friends of the Earth')).toBe(true);
    expect(namesBodyOfKind('the Bank of England')).toBe(true);
    expect(namesBodyOfKind('Bank of England')).toBe(true);
    expect(namesBodyOfKind('Duke of York')).toBe(false);
  });
});
