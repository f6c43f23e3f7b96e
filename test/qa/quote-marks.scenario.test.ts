/**
 * Scenario: a reader asks for the gist of a story with a long quotation, then "tell me more": every
 * line shown closes the quotations it opens (a summary once showed 'said: "They did exactly the right
 * thing.' and "tell me more" a quotation's middle sentence as the story's own words). On a story
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const paragraphs = [
  'Walkers Rescued After Night In Snow',
  'Four walkers were rescued from a Scottish mountain on Sunday after a night in a snow hole.',
  'The group, all from Leeds, lost their way in thick cloud near the summit on Saturday.',
  'Rescue team leader Iain MacLeod said: "They did exactly the right thing. When the cloud came down they dug in and waited. That made our job much easier."',
  '“We sang songs all night. Nobody slept much,” said Anna Kowalski, one of the four.',
  'The rescue team has urged walkers to check the forecast before setting out.',
];

describe('a long quotation shown a sentence at a time', () => {
  it('shows the summary and "tell me more" with every quotation closed', () => {
    const say = chat(story('walkers.txt', ...paragraphs));
    const replies = [say('what is this about?'), say('tell me more'), say('tell me more')].join('\n');
    expect(replies).toContain('When the cloud came down they dug in and waited."');
    for (const line of replies.split('\n')) {
      const straight = (line.match(/"/gu) ?? []).length;
      const opened = (line.match(/“/gu) ?? []).length - (line.match(/”/gu) ?? []).length;
      expect([line, straight % 2, opened]).toEqual([line, 0, 0]);
    }
  });
});
