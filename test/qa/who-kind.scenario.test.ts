/**
 * Who-questions answered with the wrong kind of thing, asked as readers type them, on stories written
 * for this test: "the head of Severn Water has resigned" (who resigned is the head, not the firm);
 * "a giant of the sportswear world, the Danish firm Kovak, has offered…" (the firm the apposition
 * names, not the role phrase); "She is the first girl to win the title" (who won is the "she", named
 * earlier, not "first girl"); "the outgoing mayor, Jo Bell" and "the shadow chancellor, Luke Grant"
 * (neither holds the office a bare "who is the mayor?" asks about).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = (name: string, ...paragraphs: string[]) =>
  new Engine([parseArticle(`${name}.txt`, paragraphs.join('\n\n'))]);

describe('who did it: the role before "of" a name, a body in apposition, a "she" described', () => {
  const water = story(
    'water',
    'Water boss quits',
    'The head of Severn Water has resigned after a week of supply cuts.',
    'Ministers said the firm had let down its customers.',
  );
  const named = story(
    'named',
    'Water boss quits',
    'The head of Severn Water, Anna Price, has resigned after a week of supply cuts.',
    'Her deputy, Mark Ross, will take over.',
  );
  const shoes = story(
    'shoes',
    'Rescue for shoe maker',
    'A giant of the sportswear world, the Danish firm Kovak, has offered to buy the struggling shoe maker Treadwell.',
    'Treadwell employs 300 people in Northampton.',
  );
  const chess = story(
    'chess',
    'Schoolgirl is county chess champion',
    'A 12-year-old from Margate has been crowned Kent chess champion, beating six adults.',
    'Anya Brook lost only one game all week.',
    'She is the first girl to win the title in its 60-year history.',
    'She finished half a point ahead of grandmaster Paul Dent.',
  );
  const daughter = story(
    'daughter',
    'Brook keeps it in the family',
    'Anya Brook has reached the final of the Kent chess championship.',
    'She is the daughter of Tom Brook, who won the title in 1990.',
    'She plays Lucy Fry on Sunday.',
  );

  it('"who resigned?" is the head of the firm, not the firm', () => {
    expect(water.ask('who resigned?').answer?.text).toBe('head of Severn Water');
    // Named in apposition: the name, as before.
    expect(named.ask('who resigned?').answer?.text).toBe('Anna Price');
  });

  it('"who offered to buy treadwell?" is the firm the apposition names', () => {
    expect(shoes.ask('who offered to buy treadwell?').answer?.text).toMatch(/Kovak/);
  });

  it('"who won" is the girl the story calls "she", not "first girl"', () => {
    for (const question of ['who won', 'who won the title'])
      expect(chess.ask(question).answer?.text).toBe('Anya Brook');
    // A clause of another noun after a comma ("…, who won the title in 1990") is not the "she".
    expect(daughter.ask('who won the title in 1990?').answer?.text ?? '').not.toBe('Anya Brook');
  });
});

describe('who holds the role: not the outgoing, former or shadow holder', () => {
  const mayor = story(
    'mayor',
    'New mayor for Tenby',
    'Tenby has a new mayor after councillors chose Ravi Shah on Monday.',
    'The outgoing mayor, Jo Bell, said she was proud of her year.',
    'Mr Shah promised to focus on parking.',
  );
  const fete = story(
    'fete',
    'Fete opens',
    'The former mayor, Jo Bell, opened the Tenby summer fete on Saturday.',
    'Mayor Ravi Shah was away on council business.',
  );
  const budget = story(
    'budget',
    'Budget row',
    'The chancellor, Amy Ford, set out her budget on Wednesday.',
    'The shadow chancellor, Luke Grant, called it a missed chance.',
  );
  const debate = story(
    'debate',
    'Ministers clash',
    'Chancellor Amy Ford, shadow chancellor Luke Grant and shadow home secretary Tim Moss spoke at the debate.',
    'Ms Ford said growth was strong.',
  );

  it('"who is the mayor?" is the new one; the outgoing or former one when asked so', () => {
    expect(mayor.ask('who is the mayor?').answer?.text).toBe('Ravi Shah');
    expect(mayor.ask('who is the outgoing mayor?').answer?.text).toBe('Jo Bell');
    expect(fete.ask('whos the mayor').answer?.text).toBe('Ravi Shah');
    expect(fete.ask('who is the former mayor').answer?.text).toBe('Jo Bell');
  });

  it('"who is the chancellor?" is not the shadow chancellor', () => {
    expect(budget.ask('who is the chancellor?').answer?.text).toBe('Amy Ford');
    expect(budget.ask('who is the shadow chancellor?').answer?.text).toBe('Luke Grant');
    expect(debate.ask('who is the chancellor?').answer?.text).toBe('Amy Ford');
    // No home secretary is named: not the shadow one's neighbour in the list.
    expect(debate.ask('who is the home secretary?').answer?.text ?? '').not.toBe('Luke Grant');
  });
});
