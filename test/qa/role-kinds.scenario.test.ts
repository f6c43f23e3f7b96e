/**
 * Scenarios: a reader asks who held a role by its general word ("who was the artist?") where the story
 * titles the person by a kind of it ("the Shropshire painter Edith Marlowe"). On a story written for these
 * tests (test/fixtures/role-kinds), which never says "artist" nor "expert".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const mural = (await loadEngine(new URL('../fixtures/role-kinds', import.meta.url).pathname)).engine;

describe('a role the story names by a kind of it', () => {
  it.each(['who was the artist?', 'who is the artist', 'whos the artist'])(
    '"%s" is answered with the painter',
    (question) => {
      const answer = mural.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer?.text).toMatch(/Edith Marlowe/);
      expect(answer.passages[0]?.text).toMatch(/Shropshire painter Edith Marlowe/);
    },
  );

  it('does not read a kind in a question that asks no holder of the role', () => {
    // "How many" counts artists, and the story counts none.
    expect(mural.ask('how many artists worked on the mural?').answer?.text ?? '').not.toMatch(/Marlowe/);
  });
});
