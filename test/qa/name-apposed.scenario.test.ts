/**
 * A name asked by its noun, where the story's first sentence says the noun unnamed and a later one ties
 * the name to it in commas ("The charity, Friends of Llanbryn,"), in quotes after "called" ('a boat
 * called "Kingfisher"'), or not at all ("its porch"): the tied name answers, no other name of the
 * passage, and a noun the story only says as someone's is refused. A story written for these tests
 * (test/fixtures/name-apposed), after review41n; on e1f7fae the bot refused the charity, gave no name
 * for the boat and answered "roof of the hall" for the porch.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/name-apposed', import.meta.url).pathname);

describe('a name tied to its noun in a later sentence', () => {
  it.each(['what is the charity called?', 'what is the name of the charity?'])(
    '"%s": the name in apposition, though the lead says "a local charity"',
    (question) => {
      const reply = engine.ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer?.text).toBe('Friends of Llanbryn');
    },
  );

  it.each(['what is the boat called?', 'whats the name of the boat'])(
    '"%s": the name in quotes after "called", not the owner beside it',
    (question) => {
      const reply = engine.ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer?.text).toBe('Kingfisher');
    },
  );

  it('"its porch" gives the porch no name: refused', () => {
    const reply = engine.ask('what is the porch called?');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toBeNull();
  });
});
