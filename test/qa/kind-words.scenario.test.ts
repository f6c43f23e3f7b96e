/**
 * Scenarios: a reader calls the story's thing by a wider word the lexicon files it under. "How many
 * kids…" of "164 pupils" (a kid is "a young person…", whose kinds hold the schoolchild), "what
 * animals…" of "two goats and a donkey", "how many houses…" of "23 cottages". And what stays refused:
 * a word whose kinds are nearly everything of its class ("person"). Own small story
 * (test/fixtures/kind-words).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/kind-words', import.meta.url).pathname);

describe('a noun the story says only by its kinds', () => {
  it('"how many kids go to the school now?" counts the 164 pupils', () => {
    const answer = engine.ask('how many kids go to the school now?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/^164\b/);
  });

  it('"what animals came to the playground?" names the goats and the donkey', () => {
    const answer = engine.ask('what animals came to the playground?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('two goats and a donkey');
  });

  it('"how many houses were flooded?" counts the 23 cottages', () => {
    const answer = engine.ask('how many houses were flooded?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/^23\b/);
  });

  it('"who is the person in charge?" is still refused: any pupil or resident is a person', () => {
    expect(engine.ask('who is the person in charge?').answered).toBe(false);
  });
});
