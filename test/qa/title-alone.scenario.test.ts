/**
 * Scenarios: a title or a degree alone names no one. The tagger files "PhD" among a person's titles (as
 * "Prof" or "Dr"), so a story naming "a PhD student" had a person called "PhD", offered when a
 * reader's "she" was unclear ("it could be Dr Anna Kowalski or PhD"). On a story written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import { chat, story } from '../support/chat.js';

const walkers = story(
  'walkers.txt',
  'Walkers Rescued After Night In Snow',
  'Two walkers were rescued from a Scottish mountain on Sunday after a night in a snow hole.',
  'Dr Anna Kowalski, a PhD student at Leeds University, said the night had been long and very cold.',
  'Her friend Maria Lopez, who is studying for an MSc, said she had never been so glad to see a helicopter.',
  'The rescue team urged walkers to check the forecast before setting out.',
);

describe('a title alone is no person', () => {
  it('finds the person with her title, and no person in "a PhD student"', () => {
    const text = 'Dr Anna Kowalski, a PhD student at Leeds University, said the night had been long.';
    const people = findEntities(text)
      .filter((e) => e.type === 'person')
      .map((e) => text.slice(e.start, e.end));
    expect(people).toEqual(['Dr Anna Kowalski']);
    expect(findEntities('She is a PhD student.').filter((e) => e.type === 'person')).toEqual([]);
  });

  it('"what did she say?" offers the two women, not "PhD"', () => {
    const said = chat(walkers)('what did she say?');
    expect(said).toContain('Maria Lopez');
    expect(said).not.toContain('PhD');
  });
});
