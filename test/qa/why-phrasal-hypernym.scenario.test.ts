/**
 * "Why was the ferry taken off?" of a story that says it "was withdrawn after engineers discovered
 * rust": WordNet gives "take off" in its sense "take away or remove" no other word of its own, but files
 * it under "remove, take, take away, withdraw" (`phraseSynonyms`), where the story tells it, and the
 * "after" clause there says the cause. On a story written for these tests (test/fixtures/island-ferry).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { phraseSynonyms } from '../../src/qa/wordnet.js';

const { engine } = await loadEngine(new URL('../fixtures/island-ferry', import.meta.url).pathname);

describe('a phrasal verb read through the verb WordNet files it under', () => {
  it.each(['why was the ferry taken off?', 'why was it taken off the route'])(
    '"%s" is answered by the sentence saying it was withdrawn, with its cause',
    (q) => {
      const answer = engine.ask(q);
      expect(answer.answered).toBe(true);
      expect(answer.passages[0]?.text).toMatch(/^The 1968 vessel was withdrawn after/);
      expect(answer.answer?.text).toMatch(/engineers discovered rust in its hull/);
    },
  );

  it('"take off" as removing reads "withdraw" and "remove", not only its own synset', () => {
    expect(phraseSynonyms('take_off')).toEqual(expect.arrayContaining(['withdrawn', 'removed']));
    // A sense with a word of its own keeps it alone: "break_in, break" is not read as "trespass", what it
    // is a kind of (a newcomer's "what time did they break in" found a union's "at any time" so).
    expect(phraseSynonyms('break_in')).not.toContain('trespass');
  });
});
