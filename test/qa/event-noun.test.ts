/**
 * `eventVerbsFor`: a verb whose object is a contest verb's noun says that verb for its subject ("sealed
 * a 24-20 win" is winning; "claimed victory" too); a verb of perceiving or of social life does not
 * ("fans celebrated the win"), nor one whose noun comes after a preposition.
 */
import { describe, expect, it } from 'vitest';
import { eventNouns, eventObjectsFor, eventVerbsFor } from '../../src/qa/event-noun.js';
import { tokenize } from '../../src/qa/text.js';

const verbsOf = (asked: string, text: string) =>
  [...eventVerbsFor(asked, { text, tokens: tokenize(text) })].map((i) => tokenize(text)[i]?.word);

describe('eventNouns', () => {
  it('"win" is said by its event noun and the event a win is a kind of', () => {
    expect([...eventNouns('win')]).toEqual(expect.arrayContaining(['win', 'victori']));
  });

  it('a verb that is no contest\'s has none ("make")', () => {
    expect(eventNouns('make').size).toBe(0);
  });
});

describe('eventVerbsFor', () => {
  it('"sealed a 24-20 win over Denford" says "won"', () => {
    expect(verbsOf('win', 'Brackley Harriers sealed a 24-20 win over Denford on Saturday.')).toEqual([
      'sealed',
    ]);
  });

  it('"claimed victory" says "won"', () => {
    expect(verbsOf('win', 'Kelby claimed victory in the final minute.')).toEqual(['claimed']);
  });

  it('"fans celebrated the win" and "watched the win" say no one won', () => {
    expect(verbsOf('win', 'Hundreds of fans celebrated the win in the town square.')).toEqual([]);
    expect(verbsOf('win', 'Around 3,000 supporters watched the win.')).toEqual([]);
  });

  it('a noun after a preposition is no object ("slumped to a win" is not read)', () => {
    expect(verbsOf('win', 'Denford slumped to a win of no value.')).toEqual([]);
  });
});

describe('eventObjectsFor: the event noun heads its phrase; a name before it is its doer', () => {
  const read = (text: string) => {
    const tokens = tokenize(text);
    const r = eventObjectsFor('win', { text, tokens });
    return {
      verbs: [...r.verbs].map((i) => tokens[i]?.word),
      doers: r.doers.map((d) => text.slice(d.start, d.end)),
    };
  };

  it('"scored the winning goal", "sold the winning ticket" say no one won', () => {
    expect(read('Substitute Ryan Cole scored the winning goal in the 89th minute.')).toEqual({
      verbs: [],
      doers: [],
    });
    expect(read('Shopkeeper Raj Patel sold the winning ticket on Friday.')).toEqual({ verbs: [], doers: [] });
  });

  it('a noun qualifying the next ("held a victory parade", "earned a win bonus") says no one won', () => {
    expect(read('Kelby held a victory parade on Sunday.')).toEqual({ verbs: [], doers: [] });
    expect(read('Kelby earned a win bonus.')).toEqual({ verbs: [], doers: [] });
  });

  it('a time word after the noun does not qualify it ("claimed victory yesterday", "a win last night")', () => {
    expect(read('Kelby claimed victory yesterday.').verbs).toEqual(['claimed']);
    expect(read('Kelby claimed a win last night.').verbs).toEqual(['claimed']);
  });

  it('"gave Harford a 2-1 win" → Harford did it, not the verb\'s subject', () => {
    expect(read('Two goals from striker Kyle Dent gave Harford a 2-1 win over Kelso.')).toEqual({
      verbs: [],
      doers: ['Harford'],
    });
  });

  it('"handed Kelby United their first win" → Kelby United (the capitalised "United" is no verb)', () => {
    expect(read('Rovers handed Kelby United their first win.')).toEqual({
      verbs: [],
      doers: ['Kelby United'],
    });
  });

  it('"sealed Harford\'s first win" → Harford, the possessor', () => {
    expect(read("Dent's late try sealed Harford's first win of the season.").doers).toEqual(['Harford']);
  });

  it('a verb of a state ("needed a win", "deserved a win") says no one won', () => {
    expect(read('Denford needed a win to stay up.').verbs).toEqual([]);
    expect(read('Denford deserved a win.').verbs).toEqual([]);
  });
});
