/**
 * Scenarios: the age and origin of a person the story describes before it names them, and the ages of
 * a list given in order. "A 9-year-old boy from Oban has…" / "Finn Munro said…": the lead's description
 * is the person the next sentence names (`describedLead`), so "how old is Finn?" is 9 and "where is
 * Finn from?" Oban; "Joe and Maya Lund, aged 44 and 39 respectively," gives Maya 39. Not when the
 * person named next is of the other sex or given another age (a lead about a boy who robbed a
 * pensioner, whom the next sentence names). Reviewers and a newcomer found these (session 32); these
 * stories are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { findEntities } from '../../src/qa/entities.js';
import { referentsOf } from '../../src/qa/referents.js';
import { story } from '../support/chat.js';

const chess = [
  'Oban schoolboy wins chess title',
  'A 9-year-old boy from Oban has won the Scottish junior chess championship in Perth.',
  'Finn Munro said he had practised every evening after school with his grandfather.',
  'His grandfather, who learned the game in Poland, said he was delighted.',
  'The final lasted more than three hours.',
];

const farm = [
  'Couple swap city life for hill farm',
  'A couple have bought a hill farm in Powys after twenty years in Birmingham.',
  'Joe and Maya Lund, aged 44 and 39 respectively, plan to keep sheep and open a campsite.',
  'Mrs Lund said the move had been "the best decision we ever made".',
];

describe("a lead's description is the person named next", () => {
  it('"how old is finn" → 9, "where is Finn Munro from?" → Oban', () => {
    const engine = story('chess.txt', ...chess);
    expect(engine.ask('how old is finn').answer?.text).toMatch(/\b9\b/);
    expect(engine.ask('how old is Finn Munro?').answer?.text).toMatch(/\b9\b/);
    expect(engine.ask('where is Finn Munro from?').answer?.text).toBe('Oban');
  });

  it('in a folder of several stories, the description still gives Finn his age and town', () => {
    const engine = new Engine([
      parseArticle('chess.txt', chess.join('\n\n')),
      parseArticle('farm.txt', farm.join('\n\n')),
    ]);
    expect(engine.ask('how old is Finn Munro?').answer?.text).toMatch(/\b9\b/);
    expect(engine.ask('where is finn munro from').answer?.text).toBe('Oban');
  });

  it("gives the described boy's age and town to no woman the next sentence names", () => {
    const robbery = [
      'Boy charged over robbery',
      'A 14-year-old boy from Bury has been charged with robbing a pensioner.',
      'Edith Crane, 81, was knocked to the ground outside her home on Monday.',
      'The boy, who cannot be named for legal reasons, will appear in court next week.',
    ];
    // The lead is read as describing no one named (the boy is not Edith Crane).
    const article = parseArticle('robbery.txt', robbery.join('\n\n'));
    expect(referentsOf(article, (s) => findEntities(s.text)).described.size).toBe(0);
    const engine = story('robbery.txt', ...robbery);
    expect(engine.ask('how old is Edith Crane?').answer?.text).toBe('81');
    expect(engine.ask('where is Edith Crane from?').answer?.text).not.toBe('Bury');
  });
});

describe('the ages of a list, in the order written', () => {
  it('"how old is Maya Lund?" → 39, "Mrs Lund" too, and Joe 44', () => {
    const engine = story('farm.txt', ...farm);
    expect(engine.ask('how old is Maya Lund?').answer?.text).toBe('39');
    expect(engine.ask('how old is Mrs Lund?').answer?.text).toBe('39');
    expect(engine.ask('how old is Joe Lund?').answer?.text).toBe('44');
  });
});
