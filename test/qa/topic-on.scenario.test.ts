/**
 * Scenarios: "on" after a noun of what is said or done names its topic, not a time ("an agreement on
 * ferry cooperation", "talks on trade", "a vote on the plan"). The sample story's "…signed an
 * agreement on military-technical cooperation, … said." answered "when was the agreement signed?"
 * with high confidence, though it says no time. A story written for these tests
 * (test/fixtures/topic-on/).
 */
import { describe, expect, it } from 'vitest';
import { statusMessage } from '../../src/format/messages.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const story = async (name: string) =>
  (await loadEngine(new URL(`../fixtures/topic-on/${name}`, import.meta.url).pathname)).engine;
const engine = await story('harbour');

describe('"on" and a topic after a noun of what is said or done says no time', () => {
  it('"when was the agreement signed?": the story says what it is on, not when it was signed', async () => {
    const signed = await engine.ask('when was the agreement signed?');
    expect(signed.answered).toBe(false);
    // The reply says what the story lacks, then offers the passage that says the signing.
    expect(signed.passages[0]?.text).toMatch(/signed an agreement on ferry cooperation/);
    expect(statusMessage(signed)).toBe(
      "I couldn't find a date or time for that in the article. The closest I found:",
    );
  });

  it('"when did the mayors sign it": the same, asked with "it"', async () => {
    expect((await engine.ask('when did the mayors sign it')).answered).toBe(false);
  });

  it('"when were the talks held?": a day after the topic still answers', async () => {
    const talks = await engine.ask('when were the talks held?');
    expect(talks.answered).toBe(true);
    expect(talks.answer?.text).toBe('Monday');
  });

  it('"when is the vote?": a date after "a vote on the plan" still answers', async () => {
    const vote = await engine.ask('when is the vote?');
    expect(vote.answered).toBe(true);
    expect(vote.answer?.text).toBe('3 May');
  });

  it('"when was the report published?": "a report on pay" says no time', async () => {
    expect((await engine.ask('when was the report published?')).answered).toBe(false);
  });

  it('"what did the union publish?" is no when-question: still answered', async () => {
    const published = await engine.ask('what did the union publish?');
    expect(published.answered).toBe(true);
    expect(published.answer?.text).toBe('report');
  });
});

describe('"on" and someone\'s happening, or the start or end of one, still says when', async () => {
  const pier = await story('pier');

  it.each([
    ['when did holloway give a speech?', /on her first visit/],
    ['when did reyes make her comments?', /on the team's return/],
    ['when will the ferry start service?', /on the completion of the pier/],
    ['when will the town band play?', /on the opening of the harbour festival/],
  ])('"%s" is answered from its sentence', async (question, said) => {
    const reply = await pier.ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.text).toMatch(said);
  });
});

describe('"on" and a bare topic of a contract, a protest or talks says no time', async () => {
  const bridge = await story('bridge');

  it.each([
    ['when was the contract signed', /a contract on bridge construction/],
    ['when did residents protest', /a protest on road safety/],
    ['when were the talks held', /talks on ferry trade/],
  ])('"%s" is refused, with the closest passage', async (question, said) => {
    const reply = await bridge.ask(question);
    expect(reply.answered).toBe(false);
    expect(reply.passages[0]?.text).toMatch(said);
    expect(statusMessage(reply)).toBe(
      "I couldn't find a date or time for that in the article. The closest I found:",
    );
  });
});
