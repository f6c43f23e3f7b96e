/**
 * Scenarios: "what did <titled person> do?" asks what the story says they did, not their title, which
 * "what does <person> do?" and "who is <person>?" ask (`habitual` in `src/qa/action-asked.ts`). On a
 * story written for these tests (test/fixtures/action-titled).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/action-titled', import.meta.url).pathname);

const ask = (question: string) => (reply(engine, question, false, {} as Conversation) ?? '').split('\n')[0];

describe('what a titled person did', () => {
  it.each([
    ['what did Kerry Bell do?', 'led a march from the depot to the town hall'],
    ['what did Owen Pryce do?', 'cancelled every route in the town for the day and apologised to passengers'],
  ])('"%s" → %s, not the title', (question, answer) => {
    expect(ask(question)).toBe(answer);
  });

  it('"what did Sam Reid do?" → his action past the adverb ("also opened…")', () => {
    expect(ask('what did Sam Reid do?')).toBe('also opened the canteen to striking drivers');
  });

  it('"what did Lee Marsh do?" keeps the "never": what he did not do is not what he did', () => {
    expect(ask('what did Lee Marsh do?')).toBe('never replied to the union’s letter');
  });

  it('"what did Mina Shah do?" when she only said something → the passage, not her title', () => {
    expect(ask('what did Mina Shah do?')).toBe(
      "Council leader Mina Shah said the strike on the town's routes would cost shops £40,000.",
    );
    expect(ask('who is Mina Shah?')).toBe('Council leader');
  });

  it('"what does Kerry Bell do?" and "who is Owen Pryce?" still ask the title', () => {
    expect(ask('what does Kerry Bell do?')).toBe('steward');
    expect(ask('who is Owen Pryce?')).toBe('Transport manager');
  });
});
