/**
 * Scenarios: a reader asks "when" of a story that says what happened but not when (user-questions'
 * "When will the government's review be finished?", readers' "When is the match?"): the passage that
 * says the event, with no date and no time against another event, is refused; a date or an adjunct of
 * time ("since the river burst its banks") still answers. A story written for these tests
 * (test/fixtures/time-unsaid/).
 */
import { describe, expect, it } from 'vitest';
import { statusMessage } from '../../src/format/messages.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/time-unsaid/choir', import.meta.url).pathname);

describe('a when-question the story does not answer is refused', () => {
  it('"when is the second concert?": the story says there will be one, not when', async () => {
    const second = await engine.ask('when is the second concert?');
    expect(second.answered).toBe(false);
    expect(second.passages[0]?.text).toMatch(/second concert/);
    // The reply says what the story lacks, then offers the passage that says the concert.
    expect(statusMessage(second)).toBe(
      "I couldn't find a date or time for that in the article. The closest I found:",
    );
  });

  it('"when was the library damaged?": the story says by what, not when', async () => {
    expect((await engine.ask('when was the library damaged')).answered).toBe(false);
  });

  it('"when was the concert?" is still answered with its date', async () => {
    const first = await engine.ask('when was the concert?');
    expect(first.answered).toBe(true);
    expect(first.answer?.text).toBe('12 October');
    expect(first.unsaid).toBeUndefined();
  });

  it('"when did the library shut?" is still answered by the time said against another event', async () => {
    const shut = await engine.ask('when did the library shut?');
    expect(shut.answered).toBe(true);
    expect(shut.passages[0]?.text).toMatch(/since the river burst its banks/);
  });

  it('"where will the second concert be?" is no when-question: still answered', async () => {
    const where = await engine.ask('where will the second concert be?');
    expect(where.answered).toBe(true);
    expect(where.answer?.text).toBe('town hall');
  });
});
