/**
 * "How much compensation will they get?" asks an amount of money, and a sum is written with a number: a
 * story that says the payment and no amount does not say how much. On a story written for these tests
 * (test/fixtures/money-unsaid, each asked alone), main answered it from "Growers whose trees were
 * damaged will receive compensation from the county council" at 0.76, and "how much was she paid for
 * last year's apples?" from "We were paid well for last year's apples…" at 0.86: only a price ("how
 * much is a ticket?") was refused without an amount shown. `amountGiven` in `answerability.ts`.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const story = async (name: string) =>
  (await loadEngine(new URL(`../fixtures/money-unsaid/${name}`, import.meta.url).pathname)).engine;

const orchard = await story('orchard');
const signing = await story('signing');

describe('an amount of money the story never gives', () => {
  it.each(['how much compensation will they get?', 'how much compensation will the growers receive'])(
    '"%s" of a story that says compensation but no sum is refused',
    (q) => {
      expect(orchard.ask(q).answered).toBe(false);
    },
  );

  // The best passage says the payment and no sum; another passage of the story has a number ("ten
  // minutes"), which is no amount of what the best one says was paid.
  it.each([
    "how much was she paid for last year's apples?",
    "how much did she get paid for last year's apples",
  ])('"%s" of a sentence saying the pay but no sum is refused', (q) => {
    expect(orchard.ask(q).answered).toBe(false);
  });

  // The one number of the best passage is a length of time, no sum: main answered "ten minutes".
  it('"how much did hannah brede earn last year" of "the storm lasted less than ten minutes" is refused', () => {
    expect(orchard.ask('how much did hannah brede earn last year').answered).toBe(false);
  });

  // Guards (answered on the base too): a sum the story gives is still the answer.
  it.each([
    ['how much did they pay for her?', '£40,000'],
    ['how much will she earn?', '£650 a week'],
  ])('"%s" of a story with the sums → %s', (question, expected) => {
    const answer = signing.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(expected);
  });
});
