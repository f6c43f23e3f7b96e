/**
 * The short answer read from the question's verb and measure: "who cast the bells?" answered by the
 * name after the passive's "by" ("cast by John Taylor and Co", not a pair with another name of the
 * sentence); "how tall…", "how far…" by a number with a unit of length ("48 metres", not "12 floors",
 * nor a bare "30"). On a story written for these tests (test/fixtures/short-verbs): main answered
 * "12 floors", "30" and "John Taylor and Ann Hollis".
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/short-verbs', import.meta.url).pathname);

describe('the name the verb governs, the number with the unit asked', () => {
  it.each([
    ['who designed the clock tower?', /^Mara Quinlan$/],
    ['who led the engineering firm?', /^Tom Verity$/],
    ['who cast the bells?', /^John Taylor(?: and Co)?$/],
    ['how tall is the clock tower?', /^48 metres$/],
    ['how far is kelby from marston?', /^30 miles$/],
    ['who paid for the bells?', /^Kelby Civic Society$/],
  ])('"%s"', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
  });
});

describe('a pair of names is kept whole across a title, not across a clause', () => {
  const story = (text: string): Engine => new Engine([parseArticle('story.txt', text)]);

  it('"and acting deputy director Alexander Fomin": a participle opening a title keeps the pair', () => {
    const deal = story(
      [
        'Iraq and Russia sign arms deal',
        'The arms deal was signed in Moscow by Iraqi minister Khaled Obaidi and acting deputy director Alexander Fomin on Thursday.',
      ].join('\n\n'),
    );
    expect(deal.ask('who signed the arms deal?').answer?.text).toBe('Khaled Obaidi and Alexander Fomin');
  });

  it('"and starring Tommy Lee Jones": a participle right before the name opens another clause', () => {
    const film = story(
      [
        'Thriller opens festival',
        'The festival opened with a thriller directed by Mike Figgis and starring Tommy Lee Jones.',
      ].join('\n\n'),
    );
    expect(film.ask('who directed the thriller?').answer?.text).toBe('Mike Figgis');
  });
});

describe('a number written in words keeps its unit', () => {
  it('"how long did the recount take?" → "three and a half hours", not "three and a half"', () => {
    const count = new Engine([
      parseArticle(
        'count.txt',
        [
          'Green candidate wins after recount',
          "Nadia Okafor won the seat on Friday. Her rival's campaign asked for a recount, which took another three and a half hours.",
        ].join('\n\n'),
      ),
    ]);
    expect(count.ask('how long did the recount take?').answer?.text).toBe('three and a half hours');
  });
});
