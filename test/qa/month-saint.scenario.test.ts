/**
 * Scenario: a school story says its head teacher "joined in April" and that the school will join "St
 * Aidan's Learning Trust". The tagger calls "April" (a first name too) and "Aidan" people, but a month
 * said as a time and a saint named in an institution's name are no one a reader means by "she"
 * (`person-name.ts`): asked "what did she say?" before anyone was talked about, the reply reads the
 * "she" as the woman the story calls "she", neither of those.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const SCHOOL = story(
  'school.txt',
  'Village school told to improve after inspection',
  'A village primary school has been told it requires improvement after inspectors found pupils were not always safe at lunchtime.',
  'The head teacher, Megan Foyle, who joined the school in April, said she accepted the report.',
  '"We have already changed how lunchtimes are supervised," she said.',
  "The school is expected to join St Aidan's Learning Trust by September 2027.",
  'Parent Joanne Pike said: "My daughter has always been happy there."',
);

describe('a month and a saint are no one "she" could mean', () => {
  // It asked back, offering Megan Foyle and Joanne Pike, until a bare "she" was read as the person the
  // story's own "she" stands for (`pronoun-chain.ts`): here the head teacher, twice.
  it('"what did she say?" is the head teacher the story calls "she", not April or St Aidan', () => {
    const said = chat(SCHOOL)('what did she say?');
    expect(said).toMatch(/^\(read "she" as Megan Foyle\)/);
    expect(said).not.toMatch(/as [^)]*(?:April|Aidan)/);
  });
});
