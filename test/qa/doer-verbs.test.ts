import { describe, expect, it } from 'vitest';
import { doerVerbs, isContestVerb, namesContest, remembersContest } from '../../src/qa/doer-verbs.js';
import { TYPED_WORDS } from '../../src/qa/word-caches.js';

describe('the verbs whose doer does a contest verb too', () => {
  it('"win": beat (it entails winning), defeat ("win a victory over"), triumph (a way of winning)', () => {
    const ways = doerVerbs('win');
    for (const w of ['beat', 'defeat', 'triumph', 'vanquish']) expect(ways).toContain(w);
    // A rare sense of "take" ("take the title") is no way to read every "took".
    expect(ways).not.toContain('take');
    // "win approval or support for" defines "persuade": a sense of another kind than a contest's.
    expect(ways).not.toContain('persuade');
  });

  it('no verb of another kind: "make" and "lead" have troponyms, but no contest sense', () => {
    expect(doerVerbs('make')).toEqual([]);
    expect(doerVerbs('lead')).toEqual([]);
  });

  it("a contest verb is one whose commonest senses include a contest's", () => {
    expect(isContestVerb('win')).toBe(true);
    expect(isContestVerb('equalise')).toBe(true);
    expect(isContestVerb('invent')).toBe(false);
  });

  it('reads a verb from WordNet once, remembers at most TYPED_WORDS others, and reads it the same again', () => {
    // Asked for each passage a who-question's answer reads (`eventObjectsFor`): remembered, not read again.
    expect(isContestVerb('beat')).toBe(true);
    expect(isContestVerb('sign')).toBe(false);
    expect(remembersContest('beat') && remembersContest('sign')).toBe(true);
    expect([isContestVerb('beat'), isContestVerb('sign')]).toEqual([true, false]);
    // Whatever people type is bounded: the cache forgets all once it holds TYPED_WORDS.
    for (let i = 0; i < TYPED_WORDS; i++) isContestVerb(`nosuchverb${i}`);
    expect(remembersContest('beat')).toBe(false);
    expect([isContestVerb('beat'), isContestVerb('sign')]).toEqual([true, false]);
  });

  it('a contest is a kind of contest by WordNet: a match, a final; not a parliament (also a card game)', () => {
    expect(namesContest('match')).toBe(true);
    expect(namesContest('final')).toBe(true);
    expect(namesContest('parliament')).toBe(false);
    expect(namesContest('goal')).toBe(false);
  });
});
