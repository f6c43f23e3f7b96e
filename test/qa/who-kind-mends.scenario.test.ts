/**
 * Scenarios from session 33's review of who33: a body inside a clause about a person is not the person
 * ("The driver, who works for the delivery firm Evri, was freed"), and a question asking of the past
 * may be answered by a former holder. Stories written for the review.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

describe('who: a body in a clause, a past holder', () => {
  it('"who was assaulted?" → the guard, not the union he belongs to; "who was freed?" → the driver', () => {
    const rail = story(
      'rail.txt',
      'Rail staff attacked at Crewe',
      'A guard, a member of the union RMT, was assaulted at Crewe station, British Transport Police said.',
      'The driver, who works for the delivery firm Evri, was freed by firefighters on Monday afternoon.',
    );
    expect(rail.ask('who was assaulted').answer?.text).toBe('guard');
    expect(rail.ask('who was freed by firefighters').answer?.text).toBe('driver');
  });

  it('"who was the chairman in the 1990s?" → the former chairman', () => {
    const club = story(
      'club.txt',
      'Rugby club searches for new chairman',
      'Wrexham Rugby Club has begun the search for a new chairman after Gareth Lloyd said he would step down.',
      'The outgoing chairman, Gareth Lloyd, will stay in the post until a successor is found, the club said.',
      'The former chairman, Huw Davies, who led the club in the 1990s, paid tribute to Mr Lloyd.',
    );
    expect(club.ask('who was the chairman in the 1990s').answer?.text).toBe('Huw Davies');
  });
});
