/**
 * Scenarios: a reader of a match report asks for the score and the ground. On a match report written for
 * these tests (test/fixtures/match-report).
 *
 * The score: the report gives it as two numbers ("sealed a 2-1 win") and writes "score" only as a verb
 * ("never managed to score with his head"): the sentence that gives the scoreline answers, with the
 * scoreline itself (`scoreline.ts`), not the one that says the word; of several scorelines, the one said
 * of the win ("a 2-1 win"), the game's result.
 *
 * The ground: of a final, a match or a concert, a verb in the passive says only that it happened, as
 * "held" does of a meeting: the story tells where by "watched the final at Greenfield Road", and the
 * manager's quote that his side "played the better football" is no answer (`eventParticiple` in
 * `src/qa/question.ts`).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/match-report', import.meta.url).pathname);

const ask = (question: string) => reply(engine, question, false, {} as Conversation) ?? '';

describe('the score of a match', () => {
  it('"what was the final score": the scoreline of the lead, not the sentence saying "score"', () => {
    const lines = ask('what was the final score').split('\n');
    expect(lines[0]).toBe('2-1');
    expect(lines[1]).toMatch(
      /^Harlow Vale won the Eastmoor League Cup .* sealed a 2-1 win over Brackley Town/,
    );
  });

  it('"what was the score": the result ("a 2-1 win"), not a score on the way ("levelled it at 1-1")', () => {
    expect(ask('what was the score').split('\n')[0]).toBe('2-1');
  });

  it('a question with "score" as a verb is unchanged: "did sandford score with his head?"', () => {
    expect(ask('did sandford score with his head?')).toContain('never managed to score with his head');
  });
});

describe('where a match was played', () => {
  it('"where was the final played": the ground, not the quote that says "played"', () => {
    const lines = ask('where was the final played').split('\n');
    expect(lines[0]).toBe('Greenfield Road');
    expect(lines[1]).toMatch(/^A crowd of 4,870 supporters watched the final at Greenfield Road/);
  });

  it('"played" said of a side, in a question that is no where-question, is still searched', () => {
    expect(ask('who played the better football?')).toContain('played the better football');
  });
});
