/**
 * Scenarios: a reader names someone by an everyday word ("his dad", "his missus") where the story says
 * "his father", "his wife". WordNet's gloss calls the reader's word another term for the story's
 * (`termFor`), so the story's word counts as a synonym. Own small stories (test/fixtures/term-for): the
 * allotment story also says "Dad" and "Mum" in quotes that do not answer, as a reader's story would.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { termFor } from '../../src/qa/wordnet.js';

const { engine } = await loadEngine(new URL('../fixtures/term-for', import.meta.url).pathname);

describe("the reader's everyday word for the story's noun", () => {
  it('"when did his dad take over the plot?" is told by "his father took over", not the "Dad" quote', () => {
    const answer = engine.ask('when did his dad take over the plot?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('1971');
    expect(answer.passages[0]?.text).toMatch(/^Owen Carver, 58/);
  });

  it('"what is his missus called?" is the wife the harbour story names', () => {
    const answer = engine.ask('what is his missus called?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Carys Rowe');
  });

  it('"what does his missus do?" finds the sentence about his wife', () => {
    const answer = engine.ask('what does his missus do?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/his wife, Carys Rowe, a midwife/);
  });
});

describe('termFor reads only a gloss that calls the word a term for its own hypernym', () => {
  it('"mum" is a term for a mother, "missus" for a wife, "bobby" for a policeman', () => {
    expect(termFor('mum')).toContain('mother');
    expect(termFor('missus')).toContain('wife');
    expect(termFor('bobby')).toContain('policeman');
  });

  it('a kind is not another term for what it is a kind of, nor a word its own synonym', () => {
    // "tourist" is a kind of traveller, "granny" (grandmother's synset) has no such gloss.
    expect(termFor('tourist')).toEqual([]);
    expect(termFor('granny')).toEqual([]);
    expect(termFor('mother')).toEqual([]);
  });
});
