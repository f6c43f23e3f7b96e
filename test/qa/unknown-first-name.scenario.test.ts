/**
 * Scenarios: a person whose first name the entity tagger does not know ("Mayor Ngozi Okafor said…" tags
 * no one) is still a person of the story to "she" and "he": the title names her, and a first name in
 * neither gender list fits both pronouns. Two people of one surname ("Helen Brandt", "Oskar Brandt")
 * are two people, not one.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const OKAFOR = story(
  'okafor.txt',
  'Council approves new harbour bridge',
  'The town council voted 7 to 2 on Monday to approve a new pedestrian bridge across the old harbour.',
  'Mayor Ngozi Okafor said the vote was "a turning point for the whole town".',
  'The Harbour Traders Association, led by fishmonger Tomas Reilly, warned that building work could drive visitors away.',
);

describe('a first name the tagger does not know', () => {
  it('"who is the mayor?" then "what did she say?": the mayor', () => {
    const say = chat(OKAFOR);
    expect(say('who is the mayor?')).toMatch(/^Ngozi Okafor/);
    const she = say('what did she say?');
    expect(she).toContain('turning point');
    expect(she).not.toContain('no words I can look up');
  });

  it('"who is tomas reilly?" then "what did she say?": the mayor, the only other person', () => {
    const say = chat(OKAFOR);
    say('who is tomas reilly?');
    const she = say('what did she say?');
    expect(she).toContain('(read "she" as Ngozi Okafor)');
    expect(she).toContain('turning point');
  });
});
