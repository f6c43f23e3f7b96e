/**
 * Scenarios: "how much" asks an amount (money, a mass), and a number counting people or things ("312
 * pupils") answers "how many" instead: no short answer rather than a confident wrong one (`countsThings`
 * in answer-kind.ts). On a story written for these tests (test/fixtures/school).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { chat, story } from '../support/chat.js';

const { engine: school } = await loadEngine(new URL('../fixtures/school', import.meta.url).pathname);

/** The first line of the console's reply: the short answer, when there is one. */
const first = (question: string) =>
  (reply(school, question, false, {} as Conversation) ?? '').split('\n')[0] ?? '';

describe('"how much" asks an amount, not how many', () => {
  it('"how much did the bake sale make": not "312 pupils", which counts pupils', () => {
    const said = first('how much did the bake sale make');
    expect(said).not.toMatch(/^312\b/);
  });

  it.each([
    ['how many pupils took part?', '312 pupils'],
    ['how much did the school raise?', '£2,400'],
  ])('"%s" → %s, as before', (question, answer) => {
    expect(first(question)).toBe(answer);
  });
});

describe('a position in a row ("a second oven", "its 61st call-out") is no amount, count or age', () => {
  const bakery = story(
    'bakery.txt',
    'Mill Street Bakery Named Best in the North',
    'A family bakery on Mill Street has been named the best in the north, winning £5,000.',
    'The bakery employs nine people and sells around 800 loaves a week.',
    'Saoirse said the money would go towards a second oven, which costs about £12,000.',
    'It was the bakery’s 3rd award this year.',
  );

  it('"how much is the oven?" → £12,000, not "a second"', () => {
    expect(chat(bakery)('how much is the oven?').split('\n')[0]).toBe('£12,000');
  });

  it('"how many awards has it won this year?" is not answered "3rd award"', () => {
    expect(chat(bakery)('how many awards has it won this year?').split('\n')[0]).not.toMatch(/^3rd\b/);
  });
});
