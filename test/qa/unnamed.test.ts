/** `unnamed.ts`: whether a passage says a noun only as one of its kind, or names one. */
import { describe, expect, it } from 'vitest';
import { namesOne, saysOnlyUnnamed } from '../../src/qa/unnamed.js';

describe('saysOnlyUnnamed', () => {
  it.each([
    ['club', 'They built a shed next to the rugby club in Crescent Road.'],
    ['park', 'He plans to donate it to a farm park to be fed to pigs.'],
    ['charity', 'A charity paid for the trip.'],
    ['school', 'A primary school choir from Ardmore will sing.'],
    ['club', 'Both clubs said they were pleased.'],
  ])('%s: "%s" says it unnamed', (noun, text) => {
    expect(saysOnlyUnnamed(noun, text)).toBe(true);
  });

  it.each([
    ['club', 'The Penrith Bay Sailing Club was given the prize.'],
    ['club', 'They trained at the Llandeilo rugby club on Friday.'],
    ['team', 'A local rowing team, the Kestrels, trained with them.'],
    ['ferry', 'They sailed on a ferry called the Stena Star.'],
    ['book', 'Staff found Moonfleet, a book by J Meade Falkner.'],
    ['charity', 'The money went to the Harbour Trust, a charity for sailors.'],
    // No mention at all: nothing shows the thing goes unnamed.
    ['club', 'The council voted nine to two on Thursday.'],
  ])('%s: "%s" does not', (noun, text) => {
    expect(saysOnlyUnnamed(noun, text)).toBe(false);
  });
});

describe('namesOne', () => {
  it('names one of the kind, and only of the kind the question picks by its own words', () => {
    const text = 'The Penrith Bay Sailing Club, founded in 1952, won.';
    expect(namesOne({ noun: 'club', modifiers: [] }, text)).toBe(true);
    expect(namesOne({ noun: 'club', modifiers: ['sailing'] }, text)).toBe(true);
    expect(namesOne({ noun: 'club', modifiers: ['cricket'] }, text)).toBe(false);
    expect(namesOne({ noun: 'club', modifiers: [] }, 'A sailing club in Penrith Bay won.')).toBe(false);
  });
});
