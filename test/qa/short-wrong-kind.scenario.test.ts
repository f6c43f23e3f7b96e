/**
 * Short answers a newcomer walking the README found confidently wrong (2026-12-02), asked as they typed
 * them: on the seed article, and on two stories written for these tests (test/fixtures/short-pensions,
 * test/fixtures/short-strandings). Each is answered with a phrase of the asked kind, or with the passage
 * alone: no short answer is better than a wrong one.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { seedKnowledge } from '../support/seed.js';

const { engine: seed } = await loadEngine(seedKnowledge());
const { engine: pensions } = await loadEngine(
  new URL('../fixtures/short-pensions', import.meta.url).pathname,
);
const { engine: strandings } = await loadEngine(
  new URL('../fixtures/short-strandings', import.meta.url).pathname,
);

describe('a short answer of the asked kind, or none', () => {
  it('"what did IS proclaim?": what was proclaimed, not where the militants seized land', () => {
    const answer = seed.ask('what did IS proclaim?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('caliphate');
  });

  it('"which meeting was it?": no meeting is named there, so no person\'s name either', () => {
    const answer = seed.ask('which meeting was it?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/after the meeting, Obaidi thanked/);
    expect(answer.answer).toBeNull();
  });

  it('"whats the name of the iraqi defence minister": the name, not running into the next title', () => {
    const answer = seed.ask('whats the name of the iraqi defence minister');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Khaled Obaidi');
  });

  it('"who is notorious": no non-person answers a who-question', () => {
    const answer = seed.ask('who is notorious');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^The group is notorious/);
    expect(answer.answer).toBeNull();
  });

  it('"what is the retirement age now?": an age, not the workers it applies to', () => {
    const answer = pensions.ask('what is the retirement age now?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/^\d+$/);
  });

  it('"how many whales stranded?": the number, or the whole phrase it counts, never cut mid-phrase', () => {
    const answer = strandings.ask('how many whales stranded?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/^10(?: rare pygmy killer whales)?$/);
  });
});

describe('a quantifier on the kind asked for is an answer', () => {
  const story = parseArticle(
    'appeals.txt',
    [
      'Council sets out new appeal rules',
      '',
      'Under the new rules, all decisions can now be appealed to the county court.',
    ].join('\n'),
  );

  it('"which decisions can be appealed?" → all decisions (the kind asked for, and how many of it)', () => {
    expect(new Engine([story]).ask('which decisions can be appealed?').answer?.text).toBe('all decisions');
  });
});
