/**
 * Scenarios: "how much did they win?" asks for money (what is won is a prize), so a count of people
 * ("nine people", "a staff of forty") is no answer to it; and a prize is answered with its currency sign
 * and without a dangling word ("£5,000", not "5,000" or "£5,000 and a"). Stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

/** The first line of the console's reply: the short answer, when there is one. */
const first = (ask: (q: string) => string, question: string) => ask(question).split('\n')[0] ?? '';

describe('money that is won', () => {
  const dairy = story(
    'dairy.txt',
    'Valley Dairy Named Best in the West',
    'A family dairy in the village of Holmbridge has been named the best in the west at the Food Awards in Exeter.',
    'The dairy employs eleven people and makes around 300 cheeses a month.',
    'The award comes with a prize of £3,500 and a year’s supply of feed from a farm in Dunmore.',
    'The owner said the money would go towards a new cold store.',
  );

  it('"how much did the dairy win": not "eleven people", a count of people', () => {
    expect(first(chat(dairy), 'how much did the dairy win')).not.toMatch(/people|eleven/i);
  });

  it.each([
    ['how much was the prize?', '£3,500'],
    ['what was the prize', '£3,500'],
  ])('"%s" → %s: the sign kept, no word after it', (question, answer) => {
    expect(first(chat(dairy), question)).toBe(answer);
  });
});
