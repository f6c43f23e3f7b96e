/**
 * Scenarios: a reader asks "when" of a story that says the time in words, not as a date: a noun of
 * time ("in the 58th minute", "at half-time", "at dusk", "in the summers", "at the age of nine"), an
 * event ("on her debut"), a stage of a life ("as a schoolgirl", "as a student"). Each is answered as
 * before the when-rule; only a passage that says no time at all gets the reply that the article gives
 * no date or time. "When is a player shown a yellow card?" asks under what condition, not when: never
 * that reply. A story written for these tests (test/fixtures/time-unsaid/hockey).
 */
import { describe, expect, it } from 'vitest';
import { statusMessage } from '../../src/format/messages.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/time-unsaid/hockey', import.meta.url).pathname);

const NO_TIME = "I couldn't find a date or time for that in the article. The closest I found:";

describe('a time said in words answers a when-question', () => {
  it.each([
    ['when did adeyemi score the winning goal?', /58th minute/],
    ['when did tillingham level', /at half-time/],
    ['when did adeyemi score against wellingford', /on her debut/],
    ['when did adeyemi practise drag flicks', /As a schoolgirl/],
    ['when did shah pick up her first stick', /at the age of nine/],
    ['when did byrne take up the game', /as a student/],
    ['when will the players parade the trophy', /at dusk/],
    ['when do the juniors practise on the sand pitch', /in the summers/],
  ])('"%s"', async (question, said) => {
    const answer = await engine.ask(question);
    expect(answer.passages[0]?.text).toMatch(said);
    expect(answer.answered).toBe(true);
    expect(answer.unsaid).toBeUndefined();
  });

  it('"when is a player shown a yellow card?" asks for a condition: not refused for want of a time', async () => {
    const card = await engine.ask('when is a player shown a yellow card?');
    expect(card.unsaid).toBeUndefined();
    expect(statusMessage(card)).not.toBe(NO_TIME);
  });
});

describe('a passage that says no time at all is refused, and the reply says so', () => {
  it.each(['when is the final?', 'when will the pavilion be built'])('"%s"', async (question) => {
    const answer = await engine.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.unsaid).toBe('when');
    expect(statusMessage(answer)).toBe(NO_TIME);
  });
});
