/** A name in full read by its capitals, where the tagger read no person (`untagged-name.ts`). */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import { tokenize } from '../../src/qa/text.js';
import { untaggedFullName } from '../../src/qa/untagged-name.js';

const nameIn = (text: string, owner: string): string | undefined => {
  const found = untaggedFullName(tokenize(owner), { text, tokens: tokenize(text), tags: findEntities(text) });
  return found === undefined ? undefined : text.slice(found.start, found.end);
};

describe('the name in full around the words the question names someone by', () => {
  it.each([
    ['City council member Priya Raman was chosen on Monday.', 'raman', 'Priya Raman'],
    ['City council member Priya Raman was chosen on Monday.', 'priya raman', 'Priya Raman'],
    ['Priya Raman, 41, said the meeting was held.', 'priya', 'Priya Raman'],
    ['Councillor Raman said so.', 'raman', undefined],
    ['Mrs Raman said so.', 'raman', undefined],
    ['Raman will present the plan on 14 May.', 'raman', undefined],
    ['Harbury Picks Raman', 'raman', undefined],
  ])('%s (%s) → %s', (text, owner, name) => {
    expect(nameIn(text, owner)).toBe(name);
  });
});

describe('a first name the tagger does not know, before a surname it reads as a first name', () => {
  const people = (text: string) =>
    findEntities(text)
      .filter((e) => e.type === 'person')
      .map((e) => text.slice(e.start, e.end));

  it.each([
    ['Deckhand Ewan Lindsay saw the flares too.', ['Ewan Lindsay']],
    ['Idris Yusuf collapsed at home.', ['Idris Yusuf']],
    // A capitalised word before a first name that opens a name of its own is not the person's.
    ['Director of the Service for Cooperation Alexander Fomin signed it.', ['Alexander Fomin']],
    // Nor when it goes on a longer name in a language the dictionary does not know: a place.
    ['Pupils at Ysgol Glan Morgan were sent home.', ['Morgan']],
    // A role, a preposition or a day before it leaves it a person's.
    ['Headteacher Ewan Lindsay said so.', ['Ewan Lindsay']],
    ['The prize was presented by Torquil Morgan.', ['Torquil Morgan']],
  ])('%s → %j', (text, names) => {
    expect(people(text)).toEqual(names);
  });
});
