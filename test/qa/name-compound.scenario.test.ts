/**
 * A name asked by its noun where the story also says the noun as a kind of something else ("the
 * Glynbourne locomotive shed": the shed's name) and a book as someone's ("Ms Morgan's book"): the name set
 * beside the noun in commas answers ("The railway's oldest locomotive, Lady Margaret,"), the compound's
 * or the owner's name never does. A story written for these tests (test/fixtures/name-compound), after
 * nc50's "whats the lifeboat called" → "St Kerrow" (of "St Kerrow lifeboat station"); on 008fc54 the
 * bot answered "Glynbourne" for the locomotive and "Ms Morgan" for the book.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/name-compound', import.meta.url).pathname);

describe('a name set beside its noun, not the name of a compound or an owner', () => {
  it.each(['whats the locomotive called', 'what is the name of the locomotive?'])(
    '"%s": the name in apposition, not the shed\'s',
    (question) => {
      const reply = engine.ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer?.text).toBe('Lady Margaret');
    },
  );

  it.each(["what's the book called", 'what is the name of the book'])(
    '"%s": the title beside "a new book", not its owner',
    (question) => {
      const reply = engine.ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer?.text).toBe('Iron Valley');
    },
  );
});
