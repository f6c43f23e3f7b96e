/**
 * An adjective's satellites (WordNet similar-to) bridge a yes/no question's word to the story's only in
 * the sense the reader means (wordnet.ts `similarAdjectives`, polarity.ts `failsPredication`), and a
 * compound is not read as a kind of its last word. Each of these answered on the branch before its
 * review (16cec67) from a word in another sense: "young" from "early morning", "injured" from "a torn
 * awning", "fire" from "like wildfire", "board" from "skateboard", "ball" from "football", and a Yes to
 * "hurt" from "distressed". The story says none of the asked things. Story written for these tests
 * (test/fixtures/word-bridges-senses).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/word-bridges-senses', import.meta.url).pathname);

describe('an adjective read only in the sense the reader means', () => {
  it('"were the stallholders young?" → not said ("from early morning" is no age)', () => {
    expect(engine.ask('were the stallholders young?').answered).toBe(false);
  });

  it('"was anyone injured?" → not said ("a torn awning", "raw milk" are said of no one)', () => {
    expect(engine.ask('was anyone injured?').answered).toBe(false);
    expect(engine.ask('anyone injured').answered).toBe(false);
  });

  it('"were residents hurt?" → the "distressed" sentence, but no Yes', () => {
    const answer = engine.ask('were residents hurt?');
    expect(answer.passages[0]?.text).toMatch(/distressed/u);
    expect(answer.polarity).toBeUndefined();
    expect(engine.ask('was anyone hurt?').polarity).toBeUndefined();
  });
});

describe('a compound is not read as a kind of its last word', () => {
  it('"was there a fire?" → not said (news "spread like wildfire")', () => {
    expect(engine.ask('was there a fire?').answered).toBe(false);
  });

  it('"who runs the board?" → not said (he runs a skateboard club)', () => {
    expect(engine.ask('who runs the board?').answered).toBe(false);
  });

  it('"who organised the ball?" → not said (he organised a football tournament)', () => {
    expect(engine.ask('who organised the ball?').answered).toBe(false);
  });
});
