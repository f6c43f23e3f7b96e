/**
 * Scenarios: a weekday that comes round ("every Thursday") is no one date. The bot dates a bare weekday
 * from the story's dateline ("signed on Thursday" of a Sunday's story is the Thursday before), and did
 * so for "practice is every Thursday", answering "when is practice?" with one past Thursday (nc55). Own
 * small story.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const club = story(
  'choir.txt',
  'Village choir looks for new voices',
  '20 October 2019',
  'The Ashby Community Choir is looking for new members after two of its tenors moved away.',
  'Rehearsals are every Thursday from 7.30pm in the village hall, and newcomers do not need to read music.',
  'The choir sang at the harvest festival on Saturday, its leader, Joan Pratt, said.',
);

describe('a weekday that comes round', () => {
  it('"when are rehearsals" is answered with the day, not one dated Thursday', () => {
    const answer = club.ask('when are rehearsals');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/Thursday/);
    expect(answer.answer?.text).not.toMatch(/October|2019/);
  });

  it('a bare weekday of what happened is still dated ("on Saturday" → 19 October 2019)', () => {
    const answer = club.ask('when did the choir sing at the harvest festival?');
    expect(answer.answer?.text).toMatch(/19 October 2019/);
  });
});

describe('the date the bot adds to a weekday is not the story’s (nc55)', () => {
  const school = story(
    'school.txt',
    'Former pupil, 101, returns to village school',
    '20 October 2019',
    'A woman who started at a village school in 1930 returned on Friday to help pupils bury a time capsule.',
    'Edna Trewin, 101, is thought to be the oldest former pupil of the school.',
  );

  it('"what year did she start there" is the year the story gives, not the year of a dated "Friday"', () => {
    const answer = school.ask('what year did edna start there');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('1930');
  });
});
