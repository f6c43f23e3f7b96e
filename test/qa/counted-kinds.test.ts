/**
 * Unit: the kinds of person a story's numbers count (`countedPeople`), which say "people" in a how-many
 * question when the story never writes the word. On a story written for these tests
 * (test/fixtures/charity-walk), which counts onlookers and never says "people".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { countedPeople, countsPeople } from '../../src/qa/counted-kinds.js';

const walk = (await loadEngine(new URL('../fixtures/charity-walk', import.meta.url).pathname)).engine;
const factory = (await loadEngine(new URL('../fixtures/counted-kinds-edges', import.meta.url).pathname))
  .engine;

describe('countedPeople', () => {
  it('reads a kind of person a number counts', () => {
    expect(countedPeople(walk.index)).toContain('onlookers');
  });

  it('leaves out people no number counts, a year before a noun, and things', () => {
    const kinds = countedPeople(walk.index);
    // "She thanked the stewards": no number counts them.
    expect(kinds).not.toContain('stewards');
    // "the 1998 volunteers": a year, not a count of 1,998 of them.
    expect(kinds).not.toContain('volunteers');
    // "3.2 kilometres" counts no one.
    expect(kinds).not.toContain('kilometres');
  });

  it('reads a kind only in its commonest sense, and a number only as a count', () => {
    const kinds = countedPeople(factory.index);
    expect(kinds).toContain('workers');
    // "5,000 fans a day": a fan is first a device.
    expect(kinds).not.toContain('fans');
    // "The 24-hour volunteers", "over-65 residents": a measure joined to its unit; "Route 66": a name.
    expect(kinds).not.toContain('volunteers');
    expect(kinds).not.toContain('residents');
    expect(kinds).not.toContain('riders');
  });

  it('counts after a day or a month, which is no name', async () => {
    const { story } = await import('../support/chat.js');
    const race = story(
      'race.txt',
      'Charity race raises thousands for hospice',
      'On Saturday 600 onlookers lined the promenade to cheer the runners.',
      'In March 200 volunteers cleaned the beach.',
    );
    expect(countedPeople(race.index)).toEqual(expect.arrayContaining(['onlookers', 'volunteers']));
  });

  it('is read for the general words a reader counts people by, not for a kind', () => {
    expect(countsPeople('people')).toBe(true);
    expect(countsPeople('folk')).toBe(true);
    expect(countsPeople('fans')).toBe(false);
  });
});
