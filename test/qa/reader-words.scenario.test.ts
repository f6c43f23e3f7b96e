/**
 * Scenarios: a reader's word names the story's thing by another word the lexicon links. "Who sold it?"
 * of a story that names the seller only by the verb's agent noun opening an apposition ("The seller,
 * retired dairy farmer Harold Pike, …"), where the lead says the verb of the thing itself ("has sold
 * for £420,000"); "who bought it?" of "The buyers, a family from Kent, …"; "how many houses…" of a
 * story counting "85 homes" (a house is "a dwelling…", filed under {dwelling, home, …}). Own small
 * stories (test/fixtures/reader-words).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/reader-words', import.meta.url).pathname);

describe('the doer named by the agent noun in an apposition', () => {
  it('"who sold it?" is the seller, not a place of the lead that says the hut "has sold"', () => {
    const answer = engine.ask('who sold it?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Harold Pike');
    expect(answer.passages[0]?.text).toMatch(/^The seller, /);
  });

  it('"who sold the mill?" is the seller too', () => {
    expect(engine.ask('who sold the mill?').answer?.text).toBe('Harold Pike');
  });

  it('"who bought it?" is the whole description of the buyers, not the grandfather of 1946', () => {
    const answer = engine.ask('who bought it?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('a family from Kent');
  });

  it('"who bought the windmill in 1946?" is still the grandfather', () => {
    expect(engine.ask('who bought the windmill in 1946?').answer?.text).toBe('grandfather');
  });

  it('"who owns the windmill now?" is still refused: no sentence names an owner', () => {
    expect(engine.ask('who owns the windmill now?').answered).toBe(false);
  });
});

describe('a counted noun said by the synset its definition names it a kind of', () => {
  it('"how many houses are planned at Millbrook?" counts the 85 homes', () => {
    const answer = engine.ask('how many houses are planned at Millbrook?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('85');
  });

  it('"how many flats are planned?" is still refused: a flat is no kind of home to WordNet', () => {
    expect(engine.ask('how many flats are planned?').answered).toBe(false);
  });
});
