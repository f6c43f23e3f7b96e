/**
 * Scenarios: readers name a body of people by what each member is ("listeners", "the Americans",
 * "jurors") where the story names it by its group ("the audience", "the US", "a jury"). On a story
 * written for these tests (test/fixtures/radio-poll), which never says "listeners", "Americans" or "jurors".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const poll = (await loadEngine(new URL('../fixtures/radio-poll', import.meta.url).pathname)).engine;

describe('a plural of members the story names by their group', () => {
  it.each([
    ['which album did listeners pick?', /The audience of Harbour FM has voted Blue Tides/],
    ['what did the americans say?', /The US said on Friday/],
    ['who will the americans send?', /The US said on Friday/],
    ['what did the jurors think of the album?', /A jury of six music critics/],
  ])('"%s" is answered from the group\'s sentence', (question, passage) => {
    const answer = poll.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(passage);
  });

  it('does not read one member as the group, nor count members by it', () => {
    // A listener is one of the audience, not the audience: the story names no winner of a draw.
    expect(poll.ask('which listener won the draw?').answered).toBe(false);
    // "How many" counts the members; the audience's sentence gives no number of them.
    expect(poll.ask('how many listeners voted?').passages[0]?.text).toMatch(/12,400 votes/);
  });
});
