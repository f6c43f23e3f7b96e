/**
 * Scenarios: a reader asks of a thing by its plain name ("bees") and the sentence that answers names it
 * only by a closed compound that is a kind of it ("bumblebees"). Own small story
 * (test/fixtures/kind-compound), which says "bees" too, but not in the counted sentence.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { isDirectKind } from '../../src/qa/kind-compound.js';

const { engine } = await loadEngine(new URL('../fixtures/kind-compound', import.meta.url).pathname);

describe('a kind written as a compound the asked word heads', () => {
  it('"how many bees were there?" is the count of bumblebees', () => {
    const answer = engine.ask('how many bees were there?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/4,500/);
  });

  it('reads a compound only as a direct kind of its head, both in their commonest senses', () => {
    expect(isDirectKind('bumblebee', 'bee')).toBe(true);
    expect(isDirectKind('thunderstorm', 'storm')).toBe(true);
    // A board of directors, a fire, a ball game: not what the compound's commonest sense is a kind of.
    expect(isDirectKind('skateboard', 'board')).toBe(false);
    expect(isDirectKind('wildfire', 'fire')).toBe(false);
    expect(isDirectKind('football', 'ball')).toBe(false);
  });
});
