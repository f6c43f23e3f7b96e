/**
 * Scenarios: a reader asks how many people; the story counts them by what they are ("About 600
 * onlookers lined the finish") and never writes "people" (test/fixtures/charity-walk).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const walk = (await loadEngine(new URL('../fixtures/charity-walk', import.meta.url).pathname)).engine;

describe('"how many people" of a story that counts onlookers', () => {
  it("answers with the count when the rest of the question is the story's", () => {
    const answer = walk.ask('how many people lined the finish?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/600 onlookers/);
  });

  it.each(['how many people came to the village green?', 'how many ppl came to cheer'])(
    '"%s" says whom the count is of',
    (question) => {
      // The kind is the story's word, not the question's: the short answer keeps it.
      expect(walk.ask(question).answer?.text).toBe('600 onlookers');
    },
  );

  it.each(['how many people turned up', 'how many ppl watched?'])(
    '"%s" shows the count as the closest passage, without claiming it answers',
    (question) => {
      // The onlookers are found, but nothing says they are who the reader counts: no claim.
      const answer = walk.ask(question);
      expect(answer.passages[0]?.text).toMatch(/About 600 onlookers/);
      expect(answer.answered).toBe(false);
    },
  );

  it('does not answer a count of people the story does not give', () => {
    const answer = walk.ask('how many people were injured on the walk?');
    expect(answer.answered).toBe(false);
  });
});
