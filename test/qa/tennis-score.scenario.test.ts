/**
 * Scenarios: a reader of a tennis report asks for the score. On a report written for these tests
 * (test/fixtures/tennis-final). A match played in sets is one result written as its sets' scores, a
 * tie-break's in brackets ("beating … 4-6 7-6 (7-4) 6-3"): the score asked for is the whole of it, not
 * the tie-break's "7-4" nor the last set's "6-3" (`scorelinesIn` in `src/qa/scoreline.ts`). And chat's
 * "whats" keeps its "is" (`fixWhWord` in `src/qa/question.ts`): "whats the score" is "what's the score".
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { scorelinesIn } from '../../src/qa/scoreline.js';

const { engine } = await loadEngine(new URL('../fixtures/tennis-final', import.meta.url).pathname);

const ask = (question: string) => reply(engine, question, false, {} as Conversation) ?? '';

const { engine: day } = await loadEngine(new URL('../fixtures/tennis-day', import.meta.url).pathname);
const askDay = (question: string) => reply(day, question, false, {} as Conversation) ?? '';

const { engine: cup } = await loadEngine(new URL('../fixtures/cup-semi', import.meta.url).pathname);
const askCup = (question: string) => reply(cup, question, false, {} as Conversation) ?? '';

describe('the score of a match played in sets', () => {
  it.each(['what was the score?', 'what was the final score', 'whats the score'])(
    '"%s": every set, the tie-break with its set',
    (question) => {
      const lines = ask(question).split('\n');
      expect(lines[0]).toBe('4-6 7-6 (7-4) 6-3');
      expect(lines[1]).toMatch(/^Grace Okafor won her first Grand Slam title on Saturday/);
    },
  );
});

describe('the score of one of several matches', () => {
  it.each(['by what score did Nkemelu beat Lindqvist?', 'what was the score between Nkemelu and Lindqvist'])(
    '"%s": their match\'s score, not another match\'s "win" that names neither',
    (question) => {
      const lines = askDay(question).split('\n');
      expect(lines[0]).toBe('6-2, 6-1');
      expect(lines[1]).toMatch(/^Ada Nkemelu beat top seed Marta Lindqvist/);
    },
  );

  it('"what was the score in sato\'s match": the result of the match it names', () => {
    expect(askDay("what was the score in sato's match").split('\n')[0]).toBe('6-3, 7-6 (8-6)');
  });
});

describe("a contest's noun is no word a result must hold", () => {
  it.each([
    'what was the final score of the game?',
    'what was the score in the game between Rovers and City?',
  ])('"%s": the result, not "level at 1-1 at half-time"', (question) => {
    expect(askCup(question).split('\n')[0]).toBe('3-1');
  });
});

describe('scorelinesIn: the sets of one match are one scoreline', () => {
  it.each([
    ['beating Vogt 4-6 7-6 (7-4) 6-3 in the final', ['4-6 7-6 (7-4) 6-3']],
    ['she won 6-4, 6-3 on Sunday', ['6-4, 6-3']],
    // Joined by a word, two results: the two tests of a tour.
    ['they won the tests 52-3 and 54-9', ['52-3', '54-9']],
    // A lone score in brackets is taken with its brackets only when it follows a set's score.
    ['a 2-1 win (their third in a row)', ['2-1']],
  ])('%s → %j', (text, expected) => {
    expect(scorelinesIn(text).map((s) => s.text)).toEqual(expected);
  });
});
