/**
 * Scenarios: "what colour is the boat?" of a story that says the colour ("bright scarlet") but never
 * the word "colour". The asked attribute is said by its values, the adjectives WordNet lists below it
 * (`attributeValues`). Own small stories (test/fixtures/asked-colour).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { attributeValues } from '../../src/qa/wordnet.js';

const { engine } = await loadEngine(new URL('../fixtures/asked-colour', import.meta.url).pathname);

describe('an asked colour said by the colour itself', () => {
  it('"what colour is the boat?" is the scarlet she painted it, not the ticket price', () => {
    const answer = engine.ask('what colour is the boat?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('scarlet');
    expect(answer.passages[0]?.text).toMatch(/painted it bright scarlet/);
  });

  it('"what color is the boat?" in the American spelling too', () => {
    const answer = engine.ask('what color is the boat?');
    expect(answer.answer?.text).toBe('scarlet');
  });
});

describe('the values of an attribute', () => {
  it('a colour is one of its values; a word whose adjective says nothing of the attribute is not', () => {
    expect(attributeValues('colour')).toEqual(expect.arrayContaining(['scarlet', 'blue', 'grey']));
    // Below "position" as nouns, yet no adjective of them is said of a position.
    expect(attributeValues('position')).toEqual([]);
    // "What colour is the bakery?" stays refused: no passage of it says a colour (the word is only
    // said where a passage holds a value).
    expect(engine.ask('what colour is the bakery?').answered).toBe(false);
  });
});
