import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import { tokenize } from '../../src/qa/text.js';
import { thingAskedWhere, tiedPlace } from '../../src/qa/tied-place.js';

const words = (question: string) => thingAskedWhere(question)?.map((t) => t.word);
const tied = (question: string, text: string) => {
  const thing = thingAskedWhere(question);
  if (thing === undefined) throw new Error(`no thing asked in "${question}"`);
  return tiedPlace(thing, { text, tokens: tokenize(text), tags: findEntities(text) });
};

describe('thingAskedWhere', () => {
  it.each([
    ['where is the bakery?', ['bakery']],
    ["where's the ferry from", ['ferry']],
    ['Where is the MetroCentre located?', ['metrocentre']],
    ['where was the lifeboat crew based', ['lifeboat', 'crew']],
  ])('"%s" asks where %j is', (question, thing) => {
    expect(words(question)).toEqual(thing);
  });

  it.each([
    'where was the statement published?',
    'where did they sign?',
    'where were the rail lines built in Victoria?',
    'when is the bakery open?',
  ])('"%s" asks where something was done, or no where at all', (question) => {
    expect(words(question)).toBeUndefined();
  });
});

describe('tiedPlace', () => {
  it('the name after the preposition tied to the noun, past a kind of place and "of"', () => {
    const text =
      'A bakery in the market town of Ollerton Vale won the best bakery prize at the awards in Leeds.';
    expect(tied('where is the bakery', text).name?.text).toBe('Ollerton Vale');
  });

  it('"from" a place whose second word the tagger reads as a first name', () => {
    expect(tied('where was the helicopter from', 'A helicopter from Port Avery found them.').name?.text).toBe(
      'Port Avery',
    );
  });

  it('no date, no name of the thing itself', () => {
    expect(tied('where is the shop', 'The shop in 1989 had two ovens.').name).toBeUndefined();
    expect(tied('where is port avery', 'A helicopter from Port Avery found them.').name).toBeUndefined();
  });

  it('a statement of where the thing is counts as tied though no name says the place', () => {
    const answer = tied('where are the gonads located?', 'The gonads are located in the parts of the canal.');
    expect(answer).toEqual({ tied: true });
  });

  it('"at" ties only a name the tagger reads as a place, not an event', () => {
    const text = 'The dairy was named best dairy at the National Cheese Awards.';
    expect(tied('where is the dairy', text)).toEqual({ tied: false });
  });
});
