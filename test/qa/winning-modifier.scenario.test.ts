/**
 * Scenarios: a reader asks who won a cup tie whose lead says "Two goals from striker Callum Reid gave
 * Whitby Town a 2-1 win over Malton Athletic", while a later sentence says "Substitute Darren Pike set
 * up the winning goal"; and who won a scratchcard prize sold as "the winning ticket" by a newsagent. On
 * stories written for these tests (test/fixtures/late-winner, test/fixtures/scratchcard-win).
 *
 * A contest verb's event noun says who won only as the head of a verb's object (`event-noun.ts`): the
 * "winning" of "the winning goal" or "the winning ticket" is a verb's "-ing" form qualifying another
 * noun, so whoever scored the goal or sold the ticket did not win; and a name written between the verb
 * and the event's noun phrase ("gave Whitby Town a 2-1 win") is the one who won, not the verb's subject.
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const fixture = async (name: string) => {
  const { engine } = await loadEngine(new URL(`../fixtures/${name}`, import.meta.url).pathname);
  return (question: string) => reply(engine, question, false, {} as Conversation) ?? '';
};

const tie = await fixture('late-winner');
const prize = await fixture('scratchcard-win');

const LEAD = /^Two goals from striker Callum Reid gave Whitby Town a 2-1 win over Malton Athletic/;

describe('who won, of "gave Whitby Town a 2-1 win" and "set up the winning goal"', () => {
  it('"who won?" → the side given the win, from the lead', () => {
    const lines = tie('who won?').split('\n');
    expect(lines[0]).toBe('Whitby Town');
    expect(lines[1]).toMatch(LEAD);
  });

  it('"who won the match?" → Whitby Town, not the scorer nor the maker of the winning goal', () => {
    expect(tie('who won the match?').split('\n')[0]).toBe('Whitby Town');
  });

  it('"which team won?" → Whitby Town', () => {
    expect(tie('which team won?').split('\n')[0]).toBe('Whitby Town');
  });

  it('"who won the quarter-final?" → Whitby Town, not Callum Reid', () => {
    expect(tie('who won the quarter-final?').split('\n')[0]).toBe('Whitby Town');
  });

  it('"who set up the winning goal?" is still Darren Pike', () => {
    expect(tie('who set up the winning goal?').split('\n')[0]).toBe('Darren Pike');
  });
});

describe('who won, of "sold the winning ticket"', () => {
  it('"who won?" → the grandfather who won, not the newsagent who sold the winning ticket', () => {
    const lines = prize('who won?').split('\n');
    expect(lines[0]).not.toBe('Sunil Mehta');
    expect(lines[0]).toMatch(/grandfather/);
  });

  it('"who sold the winning ticket?" is still the newsagent', () => {
    expect(prize('who sold the winning ticket?').split('\n')[0]).toBe('Sunil Mehta');
  });
});
