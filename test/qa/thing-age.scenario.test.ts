/**
 * "How old is the factory?" asks the factory's age; a story that gives only a person's ("A 43-year-old
 * man was taken to hospital") does not say it, and the bot says it could not find it rather than
 * answering "43" (`onlyBeingsAged` and `agesABeing` in slot.ts). A person's age is still a person's
 * answer. "How old is it?" asks a thing's age too: "it" is never the man (newcomer nc26's brooch,
 * answered with a thief's age). On a story written for these tests (test/fixtures/factory-fire).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/factory-fire', import.meta.url).pathname);

describe('whose age a "how old" question asks', () => {
  it.each(['how old is the factory', 'how old is the factory?', 'how old is it'])(
    '"%s" is not answered by a man\'s age',
    (q) => {
      const answer = engine.ask(q);
      expect(answer.answered).toBe(false);
      expect(answer.answer).toBeNull();
    },
  );

  it.each(['how old is the man?', 'how old was the man taken to hospital?'])('"%s" gets his age', (q) => {
    const answer = engine.ask(q);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(/^43\b/);
  });
});
