/**
 * Scenario: "where was the final played?" of a match report. Of a final, a match or a concert, a verb in
 * the passive says only that it happened, as "held" does of a meeting: the story tells where by "watched
 * the final at Greenfield Road", and the manager's quote that his side "played the better football" is
 * no answer (`eventParticiple` in `src/qa/question.ts`). On a match report written for these tests
 * (test/fixtures/match-report).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/match-report', import.meta.url).pathname);

const ask = (question: string) => reply(engine, question, false, {} as Conversation) ?? '';

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
