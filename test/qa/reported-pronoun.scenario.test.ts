/**
 * "Who is worried about noise?" of "Resident Maria Sandoval, who lives on Preston Parade, said she was
 * worried about noise": the "she" after the reporting verb is the speaker, so the answer is the name
 * before "said" (past the relative clause), not the street the clause names nearest the matched words,
 * which the tagger reads as a person. "Worried", "delighted": the question's participle is a verb's,
 * "-ied" included. On a story written for these tests (test/fixtures/reported-worry); main answered
 * "Preston Parade" and "young people of the town".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/reported-worry', import.meta.url).pathname);

describe('who said "he" or "she" felt something', () => {
  it.each([
    ['who is worried about noise', /^Maria Sandoval$/, /said she was worried/],
    ['whos worried about the noise', /^Maria Sandoval$/, /said she was worried/],
    ['who was delighted for the young people?', /^Dele Okafor$/, /said he was delighted/],
  ])('"%s"', (question, expected, passage) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
    expect(answer.passages[0]?.text ?? '').toMatch(passage);
  });

  it('"who is worried about noise?" is never answered by the street she lives on', () => {
    expect(engine.ask('who is worried about noise').answer?.text ?? '').not.toMatch(/Parade/);
  });
});
