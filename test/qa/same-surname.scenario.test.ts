/**
 * Scenarios: two people of one surname ("Helen Brandt", "Peter Brandt") are two people to "she" and
 * "he", not one; "Brandt said" alone is neither of them when both could be meant.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const BRANDTS = story(
  'brandts.txt',
  'Council approves new harbour bridge',
  'Mayor Helen Brandt said the vote was "a turning point for the whole town".',
  'Her brother Peter Brandt, a fishmonger, warned that building work could drive visitors away.',
  'Engineer Tomas Reilly said construction would begin in March.',
  'Brandt said the council had listened.',
);

describe('two people of one surname', () => {
  it('"who is tomas reilly?" then "what did she say?": the only woman, not "no one else it fits"', () => {
    const say = chat(BRANDTS);
    say('who is tomas reilly?');
    const she = say('what did she say?');
    expect(she).toContain('(read "she" as Helen Brandt)');
    expect(she).toContain('turning point');
  });

  it('"who is the mayor?" then "what did he say?": the reply names both men it could be', () => {
    const say = chat(BRANDTS);
    expect(say('who is the mayor?')).toMatch(/^Helen Brandt/);
    expect(say('what did he say?')).toMatch(
      /could be Peter Brandt or Tomas Reilly|could be Tomas Reilly or Peter Brandt/,
    );
  });
});
