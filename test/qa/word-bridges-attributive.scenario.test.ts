/**
 * A yes/no question's adjective set before a noun ("vote on important changes") modifies what is asked
 * about; it is not the asked predicate ("was anyone injured?"), so it is not read through the other
 * adjectives of its head (WordNet's satellites: "important" → "central"), and a passage that says one of
 * those only inside a name ("Hexham's Central Library") is not refused for it. Before (eb5e666) the
 * question below was refused at 0.22 with the right sentence first.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(
  new URL('../fixtures/word-bridges-attributive', import.meta.url).pathname,
);

describe("a yes/no question's attributive adjective", () => {
  it('"did councillors vote on important changes to the library?" shows the vote first', () => {
    const answer = engine.ask('did councillors vote on important changes to the library?');
    expect(answer.passages[0]?.text).toMatch(/^Councillors voted on Tuesday/);
  });

  // Known gap since the refit of session 56 (docs/known-gaps.md): the right sentence is first, at 0.49,
  // just under the line (0.512 under the stale models; 0.72 without "important", a word no article
  // holds, which still counts as unknown). `fails`: this fails the run once it is answered again, so
  // that the test goes back to a plain `it`.
  it.fails('"did councillors vote on important changes to the library?" is answered from the vote', () => {
    const answer = engine.ask('did councillors vote on important changes to the library?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^Councillors voted on Tuesday/);
  });
});
