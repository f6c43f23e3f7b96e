/** A page's stated publication time, as the chat fronts show it (the engine keeps it as declared). */
import { describe, expect, it } from 'vitest';
import { readablePageAnswer, readableTime } from '../../src/format/published.js';
import { formatAnswer } from '../../src/format/text.js';
import { parseWebArticle } from '../../src/knowledge/web-page.js';
import { Engine } from '../../src/qa/engine.js';

describe('a stated publication time', () => {
  it('reads as a day, and the time on the page’s own clock with its zone', () => {
    expect(readableTime('2019-01-03T07:00:02.000Z')).toBe('3 January 2019, 07:00 UTC');
    expect(readableTime('2019-10-20T14:31:00+03:00')).toBe('20 October 2019, 14:31 UTC+3');
    expect(readableTime('2017-05-09T21:15:00-0530')).toBe('9 May 2017, 21:15 UTC-5:30');
    expect(readableTime('2018-11-30')).toBe('30 November 2018');
    expect(readableTime('2018-11-30 08:05')).toBe('30 November 2018, 08:05');
  });

  it('is left as written when it is not an ISO date, or not a real day', () => {
    expect(readableTime('20 October 2019')).toBeUndefined();
    expect(readableTime('2019-02-31T10:00:00Z')).toBeUndefined();
    expect(readableTime('Published 2019-01-03')).toBeUndefined();
  });
});

describe('"when was it published?" of a page that states its time', () => {
  const html = `<html><head><title>Bridge approved</title>
    <meta property="article:published_time" content="2019-01-03T07:00:02.000Z"></head>
    <body><article><h1>Bridge approved</h1>
    <p>The council approved the new harbour bridge on Tuesday after a long debate about its cost.</p>
    <p>Work on the bridge is due to start in the spring, the council said in a statement.</p>
    </article></body></html>`;

  it('is shown for people by the chat fronts, and kept as declared by the engine', () => {
    const article = parseWebArticle('bridge.html', html);
    if (article === undefined) throw new Error('no article');
    const answer = new Engine([article]).ask('when was it published?');
    const meta = answer.passages.find((p) => p.section === 'page');
    expect(meta?.text).toBe('2019-01-03T07:00:02.000Z');
    const text = formatAnswer(answer);
    expect(text).toContain('3 January 2019, 07:00 UTC');
    expect(text).not.toContain('2019-01-03T07');
    const shown = readablePageAnswer(answer).passages.find((p) => p.section === 'page');
    expect(shown?.highlights).toEqual([{ start: 0, end: shown?.text.length, kind: 'answer' }]);
  });
});
