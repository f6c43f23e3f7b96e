/**
 * Scenario (review32b): after "what did she say?" is read as the woman the story's "she" stands for, a
 * bare "he" is not the one other man the story names when the story's own "he" is someone it never
 * names (a spokesman): the bot asks who is meant. On a story written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const takeover = story(
  'takeover.txt',
  'Harbour Town bought by American investors',
  'Harbour Town Football Club has been bought by a group of American investors for an undisclosed fee.',
  'The group is led by Rachel Hughes, a former banker from Chicago who has owned a stake in the club since 2021.',
  'She said the club had "the most loyal supporters in the league" and promised to rebuild the stadium.',
  'She added that she would move to the town for the start of next season.',
  'Former owner Peter Doyle will keep a small share and stay on the board.',
  'A spokesman for the supporters trust said he welcomed the news, but he wanted to see the plans first.',
);

describe('a bare "he" after the story\'s "she" was read', () => {
  it('asks who is meant rather than reading the one other man named', () => {
    const say = chat(takeover);
    expect(say('what did she say?')).toContain('Rachel Hughes');
    const he = say('what did he say?');
    expect(he).toContain('not sure who you mean');
    expect(he).not.toContain('Peter Doyle will keep');
  });
});
