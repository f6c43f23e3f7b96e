/**
 * Scenario: a school story says its head teacher "joined in April" and that the school will join "St
 * Aidan's Learning Trust". The tagger calls "April" (a first name too) and "Aidan" people, but a month
 * said as a time and a saint named in an institution's name are no one a reader means by "she"
 * (`person-name.ts`): asked "what did she say?" before anyone was talked about, the reply offers the
 * women the story quotes and neither of those.
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
  it('"what did she say?" offers Megan Foyle and Joanne Pike, not April or St Aidan', () => {
    const ask = chat(SCHOOL);
    expect(ask('what did she say?')).toBe(
      "I'm not sure who you mean by “she”: it could be Megan Foyle or Joanne Pike. Try asking with a name.",
    );
  });
});
