/**
 * A long quotation's sentences shown on their own (a summary, "tell me more") get the quotation marks
 * each lacks apart from its neighbours; on a story written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { standingAlone } from '../../src/qa/quote-marks.js';

const paragraphs = [
  'Walkers Rescued After Night In Snow',
  'Four walkers were rescued from a Scottish mountain on Sunday after a night in a snow hole.',
  'The group, all from Leeds, lost their way in thick cloud near the summit on Saturday.',
  'Rescue team leader Iain MacLeod said: "They did exactly the right thing. When the cloud came down they dug in and waited. That made our job much easier."',
  '“We sang songs all night. Nobody slept much,” said Anna Kowalski, one of the four.',
  '"It was the longest night of my life.',
  '"But I would go back tomorrow," she added.',
  'The rescue team has urged walkers to check the forecast before setting out.',
];

describe('standingAlone', () => {
  const article = parseArticle('walkers.txt', paragraphs.join('\n\n'));
  const shown = standingAlone(article.sentences);
  const of = (start: string) => shown.find((s) => s.replace(/^["“]/u, '').startsWith(start));

  it('closes the quotation a sentence opens and the next one goes on with', () => {
    expect(of('Rescue team leader')).toBe(
      'Rescue team leader Iain MacLeod said: "They did exactly the right thing."',
    );
  });

  it('opens and closes a middle sentence, and opens the last', () => {
    expect(of('When the cloud')).toBe('"When the cloud came down they dug in and waited."');
    expect(of('That made')).toBe('"That made our job much easier."');
  });

  it("keeps the quotation's curly style", () => {
    expect(of('We sang')).toBe('“We sang songs all night.”');
    expect(of('Nobody slept')).toBe('“Nobody slept much,” said Anna Kowalski, one of the four.');
  });

  it("closes a quotation news leaves open at a paragraph's end, and leaves whole sentences as they are", () => {
    expect(of('It was the longest')).toBe('"It was the longest night of my life."');
    expect(of('But I would')).toBe('"But I would go back tomorrow," she added.');
    expect(of('Four walkers')).toBe(paragraphs[1]);
  });
});
