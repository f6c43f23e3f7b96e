/**
 * A headline says what a story reports without its details: asked "when did they sign it?", the
 * headline "Iraq, Russia Sign … Agreement" matches best, but the answer is the date of the body
 * sentence that reports the signing, which then answers and is shown first (`answeringPassage`).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { Engine } from '../../src/qa/engine.js';
import { seedKnowledge } from '../support/seed.js';

describe('the seed article, asked as a reader would', () => {
  const knowledge = seedKnowledge();

  it('when did they sign it? → the date of the sentence that reports the signing, not the headline', async () => {
    const { engine } = await loadEngine(knowledge);
    const answer = engine.ask('when did they sign it?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Thursday (17 October 2019)');
    expect(answer.passages[0]?.section).toBe('body');
    expect(answer.passages[0]?.text).toContain('have signed the protocol');
    // The headline is still among the passages, after it.
    expect(answer.passages.some((p) => p.section === 'title')).toBe(true);
  });
});

describe('when the headline stays first', () => {
  const story = parseArticle(
    'signing.txt',
    [
      'Rovers sign striker Tom Hale',
      'Rovers signed the striker from Ashby Town on Friday after a month of talks, manager Ian Cole said.',
      'The club has not disclosed the fee.',
    ].join('\n\n'),
  );
  const engine = new Engine([story]);

  it('who did rovers sign? → the headline holds the person asked for', () => {
    const answer = engine.ask('who did rovers sign?');
    expect(answer.passages[0]?.section).toBe('title');
    expect(answer.answer?.text).toBe('Tom Hale');
  });

  it('when did rovers sign tom hale? → no body passage names him: the headline stays, with no date made up', () => {
    const answer = engine.ask('when did rovers sign tom hale?');
    expect(answer.passages[0]?.section).toBe('title');
    expect(answer.answer).toBeNull();
  });
});
