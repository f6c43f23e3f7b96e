/**
 * Scenarios: on-topic questions the story does not answer, as readers type them (nc38's worst class,
 * "unanswerable, answered"): a date to come asked where the passage gives none and speaks of nothing to
 * come is refused; a headline that gives none is judged by the body shown after it. Each control beside
 * it is answered. Stories written for these tests (test/fixtures/unanswered-asks/).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const load = async (story: string) =>
  (await loadEngine(new URL(`../fixtures/unanswered-asks/${story}`, import.meta.url).pathname)).engine;
const hall = await load('village-hall');
const lido = await load('lido');

describe('a date to come that the story does not give is refused', () => {
  it('"when will the wall be rebuilt": no date and nothing to come in the passage', async () => {
    expect((await hall.ask('when will the wall be rebuilt')).answered).toBe(false);
    const reopen = await hall.ask('when will the hall reopen');
    expect(reopen.answered).toBe(true);
    expect(reopen.passages[0]?.text).toMatch(/3 March/);
  });

  it('"when will the lido reopen": the headline gives no date, the body after it does', async () => {
    const reopen = await lido.ask('When will the lido reopen?');
    expect(reopen.passages[0]?.section).toBe('title');
    expect(reopen.answered).toBe(true);
    expect(reopen.passages.map((p) => p.text).join(' ')).toMatch(/within weeks/);
    // What the body does not say of the future is still refused.
    expect((await lido.ask('When will the outdoor pool be heated through the winter?')).answered).toBe(false);
  });
});
