/**
 * Scenarios: the writer named in a story's byline is not one of the people the story tells of. "she"
 * after a question about a man is the woman the story quotes, not the reporter; and a byline line shown
 * as a passage is cited as the byline, not as a photo credit.
 */
import { describe, expect, it } from 'vitest';
import { placeInArticle } from '../../src/format/citation.js';
import { chat, story } from '../support/chat.js';

const CUP_FINAL = story(
  'cup-final.txt',
  'Late goal sends Millbrook Rovers to first cup title',
  'By Hannah Greaves',
  'Millbrook Rovers won the County Cup on Saturday, beating Ashdown Town 2-1 with a goal in the 88th minute.',
  'Rovers equalised early in the second half when defender Marcus Lee scored from close range.',
  '"I don\'t think it has sunk in yet," said Rovers manager Gail Stephens after the match.',
);

describe('a byline in a conversation', () => {
  it('"what did she say?" after "who equalised?" is the manager the story quotes, not the reporter', () => {
    const say = chat(CUP_FINAL);
    expect(say('who equalised for rovers?')).toContain('Marcus Lee');
    const reply = say('what did she say?');
    expect(reply).not.toContain('Hannah Greaves');
    expect(reply).toContain('sunk in yet');
  });

  it('cites a printed byline as the byline and a photographer credit as a photo credit', () => {
    expect(placeInArticle({ section: 'credit', text: 'By Hannah Greaves' })).toBe('byline');
    expect(placeInArticle({ section: 'credit', text: 'Photo: Jonas Weber' })).toBe('photo credit');
  });
});
