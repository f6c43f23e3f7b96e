/**
 * A who- or which-question whose answer is a list of names answers with the whole list, not one of its
 * names: "who won the prize?" of "Three children from Ysgol Bro Teifi, Ela Jones, Cai Roberts and Nia
 * Owen, won the top prize" is all three, though the tagger types the names unevenly ("Ela Jones, Cai
 * Roberts" as one person). A role's own name stays one ("who is the chairman?" of "The chairman, Tom
 * Hill, and his deputy, Ann Cole, said…"). On stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = (name: string, ...paragraphs: string[]) =>
  new Engine([parseArticle(`${name}.txt`, paragraphs.join('\n\n'))]);

describe('a list of names answers as a whole', () => {
  const prize = story(
    'prize',
    'School trio win science prize',
    'Three children from Ysgol Bro Teifi, Ela Jones, Cai Roberts and Nia Owen, won the top prize at the national science fair in Cardiff.',
    'Their project measured the rain on the school roof.',
  );
  const awards = story(
    'awards',
    'Singers honoured at eisteddfod',
    'Owain Hughes, Megan Price and Dafydd Evans were given awards at the eisteddfod in Lampeter on Saturday.',
    'The three sang together in the town choir.',
  );
  const teachers = story(
    'teachers',
    'Teachers help pupils after flood',
    'Two teachers, Gareth Rees and Sian Lloyd, helped the pupils carry books out of the flooded library.',
    'The school reopened on Monday.',
  );
  const club = story(
    'club',
    'Club to move to a new ground',
    'The chairman, Tom Hill, and his deputy, Ann Cole, said the club would move to a new ground.',
    'The move will cost two million pounds.',
  );

  const mayor = story(
    'mayor',
    'Club leaders meet the mayor',
    'The club chairman Tom Hill and Ann Cole met the mayor on Friday.',
  );
  const runners = story(
    'runners',
    'Runners finish marathon',
    'John Smith, 34, and Mary Brown, 29, finished the marathon in under three hours.',
    'They trained together for a year.',
  );
  const shop = story(
    'shop',
    'Couple open village shop',
    'Tom Hill and Ann Cole, his wife, opened the shop in 1990.',
    'Last week Tom Hill met Ben Ward and Sara Lee at the town hall.',
  );
  const critics = story(
    'critics',
    'Critics pick their winners',
    "Four critics backed the film, with Radio Dee's Carl Moss and Empire's Angie Errigo tipping its star.",
  );

  it('the children the apposition names all won, not the first of them', () => {
    for (const question of [
      'who won the prize?',
      'which children won the prize?',
      'which pupils won the prize',
    ])
      expect(prize.ask(question).answer?.text).toBe('Ela Jones, Cai Roberts and Nia Owen');
  });

  it('a list that is the subject of a passive verb: every name given an award', () => {
    for (const question of ['who was given awards?', 'which singers were given awards?'])
      expect(awards.ask(question).answer?.text).toBe('Owain Hughes, Megan Price and Dafydd Evans');
  });

  it('two teachers named in apposition, each by their full name', () => {
    for (const question of ['which teachers helped the pupils?', 'who helped the pupils?'])
      expect(teachers.ask(question).answer?.text).toBe('Gareth Rees and Sian Lloyd');
  });

  it('a role named in apposition beside another role is one person, though the list answers who said', () => {
    expect(club.ask('who is the chairman?').answer?.text).toBe('Tom Hill');
    expect(club.ask('who is the deputy?').answer?.text).toBe('Ann Cole');
    expect(mayor.ask('who is the chairman?').answer?.text).toBe('Tom Hill');
    expect(mayor.ask('who met the mayor?').answer?.text).toBe('Tom Hill and Ann Cole');
    expect(runners.ask('who finished the marathon?').answer?.text).toBe('John Smith, 34, and Mary Brown');
  });

  it('a list holding the person asked about, or one whose items are no names, is not the answer', () => {
    expect(shop.ask('who opened the shop?').answer?.text).toBe('Tom Hill and Ann Cole');
    expect(mayor.ask('who did Ann Cole meet?').answer?.text).not.toMatch(/Ann Cole/);
    expect(shop.ask('who did Tom Hill meet?').answer?.text).toBe('Ben Ward and Sara Lee');
    expect(critics.ask('which critic writes for Empire?').answer?.text).toBe('Angie Errigo');
  });

  it('a plural noun for people before the list is no part of the first name (the review of session 34)', () => {
    const fair = story(
      'fair',
      'Stars open village fair',
      'Witnesses Sophie Turner and Laura Bell said the queue stretched to the church.',
      'Coaches Mark Evans and Peter Hall judged the dog show.',
    );
    expect(fair.ask('who said the queue stretched to the church?').answer?.text).toBe(
      'Sophie Turner and Laura Bell',
    );
    expect(fair.ask('who judged the dog show?').answer?.text).toBe('Mark Evans and Peter Hall');
  });
});
