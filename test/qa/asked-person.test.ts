/** `asked-person.ts`: the person a question asks a state of, and whether a sentence is about them. */
import { describe, expect, it } from 'vitest';
import { aboutAsked, askedPerson } from '../../src/qa/asked-person.js';
import { tokenize } from '../../src/qa/text.js';

describe('askedPerson', () => {
  const people = new Set(['neil', 'durward', 'fiona', 'grant']);
  const asked = (q: string, age = false) =>
    askedPerson(tokenize(q), age, {
      isPersonWord: (w) => people.has(w),
      isCommon: (w) => w === 'grant',
      isReporting: (v) => v === 'think' || v === 'say',
    });

  it('reads the subject after the opening auxiliary, a title saying the sex', () => {
    expect(asked('how old is Mr Durward', true)).toEqual({ words: new Set(['durward']), sex: 'he' });
    expect(asked('where does fiona grant live')?.words).toEqual(new Set(['fiona', 'grant']));
    expect(asked('how old was she', true)).toEqual({ words: new Set(), sex: 'she' });
  });

  it('not an event asked of them, nor a word that is no one in the story', () => {
    expect(asked('where was Mr Durward rescued')).toBeUndefined();
    expect(asked('where does the team train')).toBeUndefined();
    expect(asked('what does fiona grant think of the weather')).toBeUndefined();
    expect(asked('why does she say they cant pay more')).toBeUndefined();
    // "Grant" alone may be the word, not her: a common word is a name within one.
    expect(asked('where does grant live')).toBeUndefined();
  });

  it('a sentence is about them when it names them or holds a pronoun that may be them', () => {
    const him = { words: new Set(['durward']), sex: 'he' as const };
    const about = (s: string) =>
      aboutAsked(
        { text: s, tokens: tokenize(s) },
        him,
        () => false,
        (w) => w === 'climber',
      );
    expect(about('Mr Durward said he would climb again.')).toBe(true);
    expect(about('He is 52.')).toBe(true);
    expect(about('She is 38.')).toBe(false);
    expect(about('A second walker, a 38-year-old, was treated.')).toBe(false);
    // A definite description may be them: "the" is for someone the reader knows.
    expect(about('The 52-year-old was airlifted to Aberdeen.')).toBe(true);
    expect(about('The climber was airlifted to Aberdeen.')).toBe(true);
  });
});
