/**
 * "Where is the dairy?", "where was the crew from?": a where-question about a thing asks for the place
 * the story ties to that thing ("a small dairy in the hill village of [Brackenmoor]", "a lifeboat crew
 * from [Port Ellis]"), not a place the same sentence gives for something else ("named the country's
 * best dairy at the British Cheese Awards in Bristol"); and a common noun ("the harbour") is no answer
 * to where a name is. On a story written for these tests (test/fixtures/tied-place) and on the seed.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { seedKnowledge } from '../support/seed.js';

const { engine: story } = await loadEngine(new URL('../fixtures/tied-place', import.meta.url).pathname);
const { engine: seed } = await loadEngine(seedKnowledge());

describe('where a thing is', () => {
  it.each([
    ['where is the dairy?', 'Brackenmoor'],
    ['where is the dairy', 'Brackenmoor'],
    ['where was the lifeboat crew from?', 'Port Ellis'],
    ['where is the crew from', 'Port Ellis'],
  ])('"%s" → %s, the place tied to it', (question, place) => {
    // Not "Bristol", where the awards were; not "harbour" (the tagger reads "Ellis" as a person's name).
    const answer = story.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(place);
  });

  it('a place the story never locates gets no common noun for an answer', () => {
    // "Port Ellis" is only where the crew came from: "harbour" or "road" would be a guess.
    const answer = story.ask('where is port ellis?');
    expect(answer.answer?.text ?? '').not.toMatch(/harbour|road|fog|boat/i);
  });

  it('where the event happened is still the place of the event', () => {
    expect(story.ask('where were the cheese awards held?').answer?.text).toBe('Bristol');
    expect(story.ask('where were the awards?').answer?.text).toBe('Bristol');
  });

  it.each([
    ['where did they sign the agreement?', 'St.Petersburg'],
    ['where did the meeting take place', 'St.Petersburg'],
  ])('the seed: "%s" → %s', (question, place) => {
    expect(seed.ask(question).answer?.text).toBe(place);
  });
});
