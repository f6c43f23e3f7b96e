/**
 * Scenarios: "what did X say…" questions whose answer a story reports in a sentence going on from the
 * one before ("And he claimed…", "But she said…"), and a question whose noun is a word of speech ("what
 * did barker call the mayor's claim?": "claim" is a noun after a possessive, no verb asking what
 * "barker call the mayor's" said). On stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { openingGender } from '../../src/qa/referents.js';
import { speakerAsked, spokenBy } from '../../src/qa/speaker.js';
import { chat, story } from '../support/chat.js';

const budget = story(
  'budget.txt',
  'Chancellor Defends Spending Plans',
  'Chancellor Amir Haddad defended his spending plans in the Commons on Thursday.',
  'Haddad said the budget would "protect schools and hospitals".',
  'And he claimed the opposition cuts were the equivalent of closing every library in the country.',
  'The opposition said its plans had been costed in full.',
);

const parks = story(
  'parks.txt',
  'Mayor and Opposition Clash Over Parks',
  'Mayor Ruth Ellison has warned that the opposition plan would cut £12m from the parks budget.',
  'Opposition leader Colin Barker said: "We will protect every park in this city."',
  'Barker called the mayor\'s claim "a plain lie" and accused her of scaremongering.',
  'The council votes on the budget next month.',
);

/** The passage shown first: the line just before its source line ("— Headline (file)"). */
const firstPassage = (said: string) => {
  const lines = said.split('\n');
  return lines[lines.findIndex((l) => l.startsWith('— ')) - 1] ?? '';
};

describe('what people said, in a sentence going on from the one before', () => {
  it('"what did haddad say the cuts were equivalent to" → "And he claimed…", not his other words', () => {
    const said = chat(budget)('what did haddad say the cuts were equivalent to');
    expect(firstPassage(said)).toMatch(/^And he claimed the opposition cuts/);
  });

  it('"what did barker call the mayor\'s claim" → what he called it, not another sentence he spoke', () => {
    const said = chat(parks)("what did barker call the mayor's claim");
    expect(firstPassage(said)).toMatch(/^Barker called the mayor's claim/);
  });
});

describe('the pronoun after a conjunction opening the sentence', () => {
  it.each([
    ['But he changed his mind in June.', 'male'],
    ['And she claimed the plan was costed.', 'female'],
    ['So his team went home.', 'male'],
    ['He said so.', 'male'],
    ['But the council said no.', undefined],
    ['And then he left.', undefined],
  ])('"%s" → %s', (text, gender) => {
    expect(openingGender(text)).toBe(gender);
  });

  it('"And he claimed…" is spoken by the person the pronoun stands for', () => {
    expect(spokenBy('And he claimed the cuts were deep.', ['haddad'], ['amir', 'haddad'])).toBe(true);
    expect(spokenBy('And he claimed the cuts were deep.', ['barker'], ['amir', 'haddad'])).toBe(false);
  });

  it('a word of speech after a possessive or a determiner is a noun: no speaker is asked', () => {
    expect(speakerAsked("what did liam fox call labour's claim")).toBeUndefined();
    expect(speakerAsked('what did liam fox call labour’s claim')).toBeUndefined();
    expect(speakerAsked('what did the mayor make of the claim')).toBeUndefined();
    expect(speakerAsked('what did she say about the claim')).toBe('she');
    expect(speakerAsked('what did the minister promise')).toBe('the minister');
  });
});
