/**
 * Scenarios: a reader calls a signed agreement "the deal", in a story that also says "dealing with" (the
 * verb, another sense). WordNet defines the noun's sense as "an agreement between parties…" and files it
 * under agreement (`genusOf`), so the story's "signed an agreement" answers; the verb's sentence does
 * not. And "what did they sign?" of a headline the tagger reads as one name ("Portmore, Kelso Sign
 * Harbour Cooperation Agreement") is what follows the verb (`objectInSpan`). Own story:
 * test/fixtures/signed-deal.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { genusOf } from '../../src/qa/wordnet.js';

const { engine } = await loadEngine(new URL('../fixtures/signed-deal', import.meta.url).pathname);
const SIGNING = /^Portmore harbour board chair Mairi Lennox and Kelso harbour master Tomas Quill signed/;

describe('"the deal" is the agreement the story says was signed', () => {
  it('"who signed the deal" is told by the signing, not by the ports "dealing with" the storms', () => {
    const answer = engine.ask('who signed the deal');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(SIGNING);
    expect(answer.answer?.text).toContain('Tomas Quill');
  });

  it('"when was the deal signed?" is Monday', () => {
    const answer = engine.ask('when was the deal signed?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Monday');
  });

  it('the verb is still read as the verb: "who is dealing with storm damage?" is Portmore', () => {
    const answer = engine.ask('who is dealing with storm damage?');
    expect(answer.answer?.text).toBe('Portmore');
  });
});

describe('what they signed, of a headline read as one name', () => {
  it('"what did they sign?" is the agreement after "Sign", not a span from the second signer', () => {
    const answer = engine.ask('what did they sign?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Harbour Cooperation Agreement');
  });
});

describe('genusOf reads the noun a definition opens with, when it is the direct hypernym', () => {
  it('"deal" (bargain) is an agreement, "win" a victory, in any number', () => {
    expect(genusOf('deal')).toEqual(['agreement']);
    expect(genusOf('deals')).toEqual(['agreement']);
    expect(genusOf('win')).toEqual(['victory']);
  });

  it('nothing where the definition opens with another word than the hypernym', () => {
    // "someone who travels for pleasure" (a traveler); "a woman who has given birth…" (a parent).
    expect(genusOf('tourist')).toEqual([]);
    expect(genusOf('mother')).toEqual([]);
  });

  it('nothing where the definition names the act of the verb ("the act of stopping", "a share of")', () => {
    // Review of deal45: "what was the stop about" of a story saying "stopped … the Football Governance
    // Act" answered "Football Governance Act" through the genus "act".
    expect(genusOf('stop')).toEqual([]);
    expect(genusOf('cut')).toEqual([]);
    expect(genusOf('search')).toEqual(['investigation']);
  });
});
