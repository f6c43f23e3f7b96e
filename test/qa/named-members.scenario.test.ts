/**
 * Scenarios: a reader asks by a kind ("which city", "which country") and the story writes only the
 * name ("a flat in Lisbon", "made in Norway"). On a story written for these tests
 * (test/fixtures/cellist-abroad), which never says "city" or "country", nor Portugal at all.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const story = (await loadEngine(new URL('../fixtures/cellist-abroad', import.meta.url).pathname)).engine;

describe('a kind noun the story says by the name of its member', () => {
  it.each([
    ['which city will she settle in?', /a flat in Lisbon/, 'Lisbon'],
    ['which city is her new flat in?', /a flat in Lisbon/, 'Lisbon'],
    ['which city does the tour start in?', /opening in Krakow/, 'Krakow'],
  ])('"%s" is answered from the sentence naming one', (question, passage, short) => {
    const answer = story.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(passage);
    expect(answer.answer?.text).toBe(short);
  });

  it('does not answer a kind the story names no member of', () => {
    // Lisbon is in Portugal, which the story never says; nor does it name a river.
    expect(story.ask('which country is she moving to?').answered).toBe(false);
    expect(story.ask('which river runs through the city?').answered).toBe(false);
  });
});

// The same story, saying "the city" of the one she leaves: a story alone names what it is about, so its
// names still say the kind it also writes.
const saysCity = (await loadEngine(new URL('../fixtures/cellist-city', import.meta.url).pathname)).engine;

describe('a kind noun a story alone says, and says by the name of its member too', () => {
  it.each([
    ['which city will she settle in?', /a flat in Lisbon/, 'Lisbon'],
    ['which city does the tour start in?', /opening in Krakow/, 'Krakow'],
  ])('"%s" is answered from the sentence naming one', (question, passage, short) => {
    const answer = saysCity.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(passage);
    expect(answer.answer?.text).toBe(short);
  });
});
