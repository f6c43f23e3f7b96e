/** The groups a plural noun's members make up, read from WordNet's member holonyms. */
import { describe, expect, it } from 'vitest';
import { memberGroups } from '../../src/qa/member-groups.js';

describe('memberGroups', () => {
  it('reads a plural of members as the group they make up', () => {
    expect(memberGroups('listeners').words).toContain('audience');
    expect(memberGroups('jurors').words).toContain('jury');
    expect(memberGroups('voters').words).toContain('electorate');
  });

  it("gives a nation's people their country, its acronyms as the story writes them in capitals", () => {
    const americans = memberGroups('Americans');
    expect(americans.words).toContain('america');
    expect(americans.acronyms).toEqual(expect.arrayContaining(['us', 'usa']));
    // "US" is no common noun: the pronoun "us" is never read as the group.
    expect(americans.words).not.toContain('us');
  });

  it('reads nothing for one member, which is not the group', () => {
    expect(memberGroups('listener')).toEqual({ words: [], acronyms: [] });
    expect(memberGroups('commissioner')).toEqual({ words: [], acronyms: [] });
  });

  it('reads only people, in the commonest sense: other wholes are not said for their members', () => {
    // A railway car (car's second sense) is a member of a train; a car is first an automobile.
    expect(memberGroups('cars')).toEqual({ words: [], acronyms: [] });
    // Plants (as flora) make up the Plantae; a plant is first a factory, and no person.
    expect(memberGroups('plants')).toEqual({ words: [], acronyms: [] });
  });

  it('reads nothing for a plural whose members make up no group WordNet names', () => {
    expect(memberGroups('players').words).toEqual([]);
    expect(memberGroups('tourists').words).toEqual([]);
  });
});
