/**
 * A question asking what someone did, or what happened to something, is answered by what the passage
 * says of that subject, its predicate, not by a noun of the passage: "what did the mayor do after the
 * flood?" → "opened the town hall to families and …", not "town hall"; "what happened to the
 * headteacher?" → "resigned on Monday …", not her name (`action-asked.ts`, `predicate.ts`). On a story
 * written for these tests (test/fixtures/action-asked).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/action-asked', import.meta.url).pathname);

describe('an action asked of a subject', () => {
  it.each([
    ['what did the mayor do after the flood?', /^opened the town hall to families\b/],
    ['What did the mayor do?', /^opened the town hall\b/],
    ['what happened to the headteacher?', /^resigned on Monday\b/],
    ['what happened to the headteacher of brookfield primary', /^resigned on Monday\b/],
    ['what should I do if I find a fallen power cable?', /^are asked not to touch them and to call\b/],
    ['what did mehta do in march?', /^toured the Brookfield estate in March$/],
    ['what happened to the shares?', /^fell 8% on Monday$/],
    ['what did the river do?', /^burst its banks\b/],
  ])('"%s"', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
  });
});
