/**
 * A question asking a thing's or a person's name by its noun ("whats the boat called?", "what is the name
 * of the town mayor") is answered by the name the story ties to that noun ("her boat, named Swallow,",
 * "Canal trust chairman Idris Bowen"), and refused when the passages say the noun only unnamed ("wrote to
 * the town mayor", "for the pub and the aqueduct"), not answered with another name near it ("Mrs Pryce",
 * "Froncysyllte"). A story written for these tests (test/fixtures/name-tied); on e1f7fae the bot
 * answered "my whole life", "Froncysyllte" and "Mrs Pryce".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/name-tied', import.meta.url).pathname);

describe('a name asked by its noun', () => {
  it('the name the story ties to the noun answers, though a shorter passage says the noun first', () => {
    for (const question of ['whats the boat called?', 'what is the name of the boat']) {
      const reply = engine.ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer?.text).toBe('Swallow');
      expect(reply.passages[0]?.text).toMatch(/her boat, named Swallow,/);
    }
  });

  it.each(['what is the pub called', 'what is the aqueduct called', 'what is the name of the town mayor'])(
    '"%s", said only unnamed, is refused',
    (question) => {
      const reply = engine.ask(question);
      expect(reply.answered).toBe(false);
      expect(reply.answer).toBeNull();
    },
  );

  it('a person named beside their title is still answered; one named nowhere is refused', () => {
    expect(engine.ask('what is the name of the canal trust chairman').answer?.text).toBe('Idris Bowen');
    expect(engine.ask('what is the mayor called').answered).toBe(false);
  });
});
