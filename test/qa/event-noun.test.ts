/**
 * `eventVerbsFor`: a verb whose object is a contest verb's noun says that verb for its subject ("sealed
 * a 24-20 win" is winning; "claimed victory" too); a verb of perceiving or of social life does not
 * ("fans celebrated the win"), nor one whose noun comes after a preposition.
 */
import { describe, expect, it } from 'vitest';
import { eventNouns, eventVerbsFor } from '../../src/qa/event-noun.js';
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
