/** `sameStory`: one story saved twice in a folder, whatever its title, and two stories that only share lines. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { sameStory } from '../../src/qa/same-story.js';
import { SearchIndex } from '../../src/qa/search-index.js';

const BODY = [
  'The Ashby kite club flew a 40-metre dragon kite over the common on Sunday.',
  'It took six people to launch it in a light wind.',
  'The club meets on the first Sunday of every month.',
  '"We will be back in June," said its secretary, Lena Hart.',
];
const story = (file: string, title: string, lines: readonly string[]) =>
  parseArticle(file, [title, '', ...lines].join('\n\n'));

describe('sameStory', () => {
  it('reads a copy under another title and other capitals and spacing as the same story', () => {
    const index = new SearchIndex([
      story('kite.txt', 'Dragon kite flies over Ashby common', BODY),
      story(
        'kite.html',
        'Dragon Kite Flies Over Ashby Common | Ashby Gazette',
        BODY.map((line) => line.toUpperCase().replace(/ /g, '  ')),
      ),
    ]);
    expect(sameStory(index, 0, 1)).toBe(true);
  });

  it('reads a short brief repeating half of a longer story as a copy, and less than half as another story', () => {
    const half = new SearchIndex([
      story('kite.txt', 'Dragon kite flies over Ashby common', BODY),
      story('brief.txt', 'Kite club news', [BODY[0] as string, 'Tickets for the June meeting are free.']),
    ]);
    expect(sameStory(half, 0, 1)).toBe(true);
    const less = new SearchIndex([
      story('kite.txt', 'Dragon kite flies over Ashby common', BODY),
      story('club.txt', 'Kite club news', [
        BODY[2] as string,
        'Tickets for the June meeting are free.',
        'New members should bring their own line.',
      ]),
    ]);
    expect(sameStory(less, 0, 1)).toBe(false);
  });

  it('reads two stories under one title with other text as two stories', () => {
    const index = new SearchIndex([
      story('a.txt', 'Council meeting', ['The council approved the budget on Monday.']),
      story('b.txt', 'Council meeting', ['The council rejected the new car park plan.']),
    ]);
    expect(sameStory(index, 0, 1)).toBe(false);
    expect(sameStory(index, 1, 1)).toBe(true);
  });
});
