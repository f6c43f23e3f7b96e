/**
 * `holder-asked.ts`: the role a "who is the R?" question asks the holder of, and whether a sentence
 * titles someone with it (before the name, in an apposition after it, or set off by a comma before it).
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import type { Group } from '../../src/qa/expansion.js';
import { askedRole, headsBody, titlesHolder } from '../../src/qa/holder-asked.js';
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

describe('a noun that names a person only in a rarer sense, before "of" and a body', () => {
  it('"the head of the IMF", "of the wto", "of the vestey group", "of the school": the person in charge', () => {
    expect(headsBody('who is the head of the IMF', 'head')).toBe(true);
    expect(headsBody('who is the head of the wto?', 'head')).toBe(true);
    expect(headsBody('who is the head of the vestey group', 'head')).toBe(true);
    expect(headsBody('who is the head of the school?', 'head')).toBe(true);
  });

  it('not before a thing, nor a noun with no person sense, nor a body followed by more of the question', () => {
    expect(headsBody('who is the head of the river', 'head')).toBe(false);
    expect(headsBody('who is the head of the trust, and when did she start?', 'head')).toBe(false);
    expect(headsBody('who is the head of the big old harbour rowing club', 'head')).toBe(false);
    expect(headsBody('who hit him on the head', 'head')).toBe(false);
    expect(headsBody('who is the heart of the team', 'heart')).toBe(false);
  });

  it('the body may end at a word no name goes on with: "now", "currently", "at the moment", "in 2024"', () => {
    expect(headsBody('who is the head of the ferry trust now', 'head')).toBe(true);
    expect(headsBody('who is the head of the ferry trust at the moment?', 'head')).toBe(true);
    expect(headsBody('who is currently the head of the ferry trust', 'head')).toBe(true);
    expect(headsBody('who is the head of the ferry trust currently', 'head')).toBe(true);
    expect(headsBody('who was the head of the ferry trust in 2024', 'head')).toBe(true);
    // Still no body part's head, nor a comma before the word.
    expect(headsBody('who is the head of the river now', 'head')).toBe(false);
    expect(headsBody('who is the head of the trust, now that she has gone?', 'head')).toBe(false);
  });

  it('askedRole reads "head" of "who is the head of the IMF" as the role asked', () => {
    const role = askedRole('who is the head of the IMF', [group('head'), group('imf')]);
    expect([...(role?.stems ?? [])]).toEqual([stem('head')]);
    expect(askedRole('who is the head of the river', [group('head'), group('river')])).toBeUndefined();
  });
});

describe('a role asked with a qualifier ("deputy", "vice", "former") is not the unqualified role', () => {
  const asked = 'who is the vice president of the club?';
  const groups = [group('vice'), group('president'), group('club')];

  it('"Club president Alan Hughes" titles another holder; "Vice president Mary Cole" the one asked', () => {
    expect(titles(asked, groups, 'Club president Alan Hughes said the season had gone well.')).toBe('other');
    expect(titles(asked, groups, 'Vice president Mary Cole said the season had gone well.')).toBe('holder');
  });

  it('a qualifier read further back in the role\'s phrase: "deputy head teacher" is not "Head teacher"', () => {
    const asked = 'who is the deputy head teacher';
    const teacher = [group('deputy'), group('head'), group('teacher')];
    expect(titles(asked, teacher, 'Head teacher Sian Polglase said so.')).toBe('other');
    expect(titles(asked, teacher, 'Deputy head teacher Mark Jory said so.')).toBe('holder');
  });

  it('a deputy or vice title holds the role asked with the other: one office', () => {
    const deputy = [group('deputy'), group('president'), group('club')];
    const said = 'Vice-president Sam Kent said the players had met Rowe.';
    expect(titles('who is the deputy president of the club?', deputy, said)).toBe('holder');
  });

  it('the qualifier marks only the role it stands before: "Club president" is no other holder of "chairman"', () => {
    const two = [group('vice'), group('chairman'), group('president')];
    const question = 'who is the vice chairman under the president?';
    expect(askedRole(question, two)?.qualified.stems).toEqual(new Set([stem('chairman')]));
  });

  it('without the qualifier in the question the president is the holder, as before', () => {
    const plain = [group('president'), group('club')];
    expect(titles('who is the president of the club?', plain, 'Club president Alan Hughes said so.')).toBe(
      'holder',
    );
  });
});
