/**
 * A body named in apposition to a role phrase may hold "of" in its name ("A big lender, the Bank of
 * England, has offered…", "the charity Friends of the Earth"): only a phrase whose lower-case noun is
 * followed by "of" holds a body rather than naming one ("A guard, a member of the union RMT, was
 * assaulted": `holdsBody`). On a story written for these tests (test/fixtures/apposed-body), main
 * answered "big lender" and "charity Friends".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/apposed-body', import.meta.url).pathname);

describe('a body named in apposition, "of" in its name', () => {
  it.each([
    ['who offered to buy the building society?', 'Bank of England'],
    ['who pledged to plant a tree?', 'charity Friends of the Earth'],
  ])('"%s" → %s', (question, short) => {
    expect(engine.ask(question).answer?.text).toBe(short);
  });

  it('not a phrase holding a body: "who was assaulted?" is the guard, not the union', () => {
    expect(engine.ask('who was assaulted?').answer?.text).toBe('guard');
    expect(engine.ask('who offered to buy the building society?').answer?.text).toBe('Bank of England');
  });
});
