/**
 * Scenarios: a reader of a match report asks who won, who scored the winner, and the score of a drawn
 * game. On reports written for these tests (test/fixtures/derby-report, test/fixtures/drawn-match) and
 * the ones of earlier sessions (test/fixtures/match-report, test/fixtures/cup-tie).
 *
 * Who won: the report says it by a way of winning ("Harlow Town beat Ashby United 3-2"), which WordNet
 * says entails winning (`doer-verbs.ts`), and the winner is that verb's subject; a quote whose "Winning
 * the derby…" no one is the subject of does not say who won. A draw names no winner: "Kelby should have
 * won the game" says who did not win (`saysOnlyUnreal`).
 *
 * The winner: "the winning goal" is what "the winner" names (the noun WordNet derives from "win" for
 * whatever wins), so each question finds the other's sentence.
 *
 * A score is no age range: "supporters aged 18-24" gives no scoreline (`scorelinesIn`).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const fixture = async (name: string) => {
  const { engine } = await loadEngine(new URL(`../fixtures/${name}`, import.meta.url).pathname);
  return (question: string) => reply(engine, question, false, {} as Conversation) ?? '';
};

const derby = await fixture('derby-report');
const draw = await fixture('drawn-match');
const final = await fixture('match-report');
const cupTie = await fixture('cup-tie');

const REFUSED = /^I couldn't find that/;

describe('who won a match', () => {
  it('"who won?": the side that beat the other, not the player of the match quoted on "winning"', () => {
    const lines = derby('who won?').split('\n');
    expect(lines[0]).toBe('Harlow Town');
    expect(lines[1]).toMatch(/^Harlow Town beat Ashby United 3-2 at Mill Meadow/);
  });

  it('"which team won": the side that beat the other, though the tagger reads "Harlow Town" as a place', () => {
    expect(derby('which team won').split('\n')[0]).toBe('Harlow Town');
  });

  it('"who won the derby": the side named before "beat" in the headline', () => {
    expect(derby('who won the derby').split('\n')[0]).toBe('Harlow Town');
  });

  it('a report that says "won" is unchanged: "who won the final" → Harlow Vale', () => {
    expect(final('who won the final').split('\n')[0]).toBe('Harlow Vale');
  });

  it('a drawn match names no winner: "who won?" of "Kelby should have won the game" is refused', () => {
    expect(draw('who won?')).toMatch(REFUSED);
    expect(draw('who won the game')).toMatch(REFUSED);
  });

  it('"who should have won" still reads the manager\'s claim', () => {
    expect(draw('who should have won').split('\n')[0]).toBe('Kelby');
  });
});

describe('who scored the winner', () => {
  it('"who scored the winning goal" of "Kieran Doyle headed the winner": Kieran Doyle', () => {
    const lines = derby('who scored the winning goal').split('\n');
    expect(lines[0]).toBe('Kieran Doyle');
    expect(lines[1]).toMatch(/^Substitute Kieran Doyle headed the winner/);
  });

  it('"what minute was the winning goal" of "headed the winner in the 86th minute"', () => {
    expect(derby('what minute was the winning goal').split('\n')[0]).toBe('86th minute');
  });

  it('"who scored the winning goal" of "Dan Marsh scored an 88th-minute winner": Dan Marsh', () => {
    expect(cupTie('who scored the winning goal').split('\n')[0]).toBe('Dan Marsh');
  });

  it('"what minute was the winning goal" of "an 88th-minute winner": that passage, no other phrase of it', () => {
    const lines = cupTie('what minute was the winning goal').split('\n');
    expect(lines[0]).toMatch(/^Kelby Rovers reached the semi-final .* an 88th-minute winner/);
  });
});

describe('a score is no age range', () => {
  it('"what was the score" of a draw: the 1-1 of the draw, not "supporters aged 18-24"', () => {
    expect(draw('what was the score').split('\n')[0]).toBe('1-1');
  });
});
