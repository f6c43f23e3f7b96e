/**
 * Scenarios: readers shorten everyday words as in chat ("ppl", "govt", "dept", "wk", "mgr"), which no
 * story writes. On a story written for these tests (test/fixtures/bus-depot), which spells each word out.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const depot = (await loadEngine(new URL('../fixtures/bus-depot', import.meta.url).pathname)).engine;

describe('a content word in its chat short form', () => {
  it.each([
    ['how many ppl went to the meeting?', /About 240 people turned out/],
    ['how much is the govt paying?', /The government will pay £18m/],
    ['which dept said how much the govt would pay?', /the transport department said/],
    ['what starts next wk?', /due to begin next week/],
    ['who is the depot mgr?', /The depot manager, Priya Nandakumar/],
  ])('"%s" is answered from the sentence that spells the word out', (question, passage) => {
    const answer = depot.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(passage);
  });

  it('gives the short answer the spelled-out word asks for', () => {
    expect(depot.ask('how many ppl were there?').answer?.text).toMatch(/240/);
    expect(depot.ask('how long will it take, in mths?').answer?.text).toMatch(/eleven months/);
  });
});
