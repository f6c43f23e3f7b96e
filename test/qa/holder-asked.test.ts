/**
 * `holder-asked.ts`: the role a "who is the R?" question asks the holder of, and whether a sentence
 * titles someone with it (before the name, in an apposition after it, or set off by a comma before it).
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import type { Group } from '../../src/qa/expansion.js';
import { askedRole, titlesHolder } from '../../src/qa/holder-asked.js';
import { newTerm } from '../../src/qa/term.js';
import { stem, tokenize } from '../../src/qa/text.js';

const group = (word: string, ...others: string[]): Group => ({
  word,
  idf: 1,
  terms: [word, ...others].map((w) => newTerm(stem(w), 1)),
});

const holds = (question: string, groups: Group[], text: string): boolean => {
  const role = askedRole(question, groups);
  if (role === undefined) return false;
  return titlesHolder(role, text, tokenize(text), findEntities(text)) === 'holder';
};

const titles = (question: string, groups: Group[], text: string) => {
  const role = askedRole(question, groups);
  return role === undefined ? undefined : titlesHolder(role, text, tokenize(text), findEntities(text));
};

describe('askedRole', () => {
  it('reads the role word of "who is the boss of …", with the words it is read as', () => {
    const role = askedRole('whos the boss of skyline', [group('boss', 'chief'), group('skyline')]);
    expect([...(role?.stems ?? [])].sort()).toEqual([stem('boss'), stem('chief')].sort());
  });

  it('none for a question naming no role, or not asking who someone is', () => {
    expect(askedRole('who is alexander fomin?', [group('alexander'), group('fomin')])).toBeUndefined();
    expect(askedRole('who won the boss fight?', [group('boss'), group('fight')])).toBeUndefined();
  });
});

describe('titlesHolder', () => {
  const boss = [group('boss', 'chief'), group('company')];

  it('a title before the name, and one set off by a comma before it', () => {
    expect(holds('who is the boss?', boss, 'Chief executive Fiona Strachan said the order was big.')).toBe(
      true,
    );
    expect(
      holds(
        'who is the boss?',
        boss,
        'Staff will keep their jobs, said the firm\u2019s chief executive, Tom Hale.',
      ),
    ).toBe(true);
  });

  it('not a deputy, nor a sentence whose people hold another role', () => {
    expect(
      holds('who is the boss?', boss, 'Deputy chief executive Sam Reid said the cuts were painful.'),
    ).toBe(false);
    expect(
      holds('who is the deputy boss?', boss, 'Deputy chief executive Sam Reid said the cuts were painful.'),
    ).toBe(true);
    expect(holds('who is the boss?', boss, 'The managing director, Lars Eide, said work would begin.')).toBe(
      false,
    );
    // "previous": WordNet gives "former" as its synonym.
    expect(holds('who is the owner?', [group('owner')], 'Previous owner Mark Tate said he was glad.')).toBe(
      false,
    );
  });

  it('an outgoing or a shadow holder: the sentence says who does not hold the role', () => {
    const mayor = [group('mayor')];
    // "outgoing": its first adjective sense points to WordNet's "past" (see also).
    expect(titles('who is the mayor?', mayor, 'The outgoing mayor, Jo Bell, said she was proud.')).toBe(
      'other',
    );
    expect(
      titles('who is the outgoing mayor?', mayor, 'The outgoing mayor, Jo Bell, said she was proud.'),
    ).toBe('holder');
    const chancellor = [group('chancellor')];
    expect(
      titles('who is the chancellor?', chancellor, 'Shadow chancellor Luke Grant called it a mistake.'),
    ).toBe('other');
    expect(titles('who is the chancellor?', chancellor, 'The chancellor, Amy Ford, set out her plans.')).toBe(
      'holder',
    );
    expect(titles('who is the chancellor?', chancellor, 'Amy Ford set out her plans.')).toBeUndefined();
  });
});
