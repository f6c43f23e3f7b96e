/**
 * Questions with contractions, as readers type them ("wasn't", a phone's "didn’t"), on a story written
 * for these tests (test/fixtures/contractions). The story says "was not" and "did not": the question's
 * "wasn't" is the same words, not a fragment "wasn" that no passage holds and that weighed against the
 * passage that answers.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/contractions', import.meta.url).pathname);

describe('questions with contractions', () => {
  it('"who wasn\'t at the meeting?": the councillor who was not', () => {
    const answer = engine.ask("who wasn't at the meeting?");
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/Ruth Fenwick/);
  });

  it('"who wasn’t at the meeting?" typed on a phone: the same answer', () => {
    const answer = engine.ask('who wasn’t at the meeting?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/Ruth Fenwick/);
  });

  it('"why didn\'t the mayor vote?": his reason', () => {
    const answer = engine.ask("why didn't the mayor vote?");
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(/brother/);
  });

  it('"who isn\'t going to pay for the pier lights?": answered from the pier lights passage', () => {
    const answer = engine.ask("who isn't going to pay for the pier lights?");
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/pier lights/);
  });
});
