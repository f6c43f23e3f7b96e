/**
 * A question naming money after "what is" asks an amount of money: "what is the prize money?" asks the
 * sum won, as "what is the entry fee?" asks the fee. On a story written for this test
 * (test/fixtures/prize-money), main read "money" as no money noun (WordNet files it under a medium of
 * exchange, not under an amount) and answered "home £400" for the prize money; a held-out story's
 * "what is the prize money" was answered with the town of the next round.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { parseQuestion } from '../../src/qa/question.js';
import { askedSlot, namesMoney } from '../../src/qa/slot.js';

const { engine } = await loadEngine(new URL('../fixtures/prize-money', import.meta.url).pathname);

describe('a money noun after "what is" asks an amount of money', () => {
  it.each(['what is the prize money', 'whats the prize money?', "what's the prize money"])(
    '"%s" → £400',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer?.text).toBe('£400');
    },
  );

  it('"what was the entry fee?" → £15', () => {
    expect(engine.ask('what was the entry fee?').answer?.text).toBe('£15');
  });

  it('money and its kinds name money; a toll (the death toll), a penalty kick or a criminal charge do not', () => {
    for (const noun of ['money', 'budget', 'revenue']) expect(namesMoney(noun)).toBe(true);
    for (const noun of ['toll', 'penalty', 'charge', 'prize', 'amount']) expect(namesMoney(noun)).toBe(false);
  });

  it('reads the slot of the question from the head noun', () => {
    const slot = (q: string) => askedSlot(q, parseQuestion(q)).slot;
    expect(slot('what is the prize money')).toBe('money');
    expect(slot("what's the death toll")).not.toBe('money');
    expect(slot('what is the penalty for speeding?')).not.toBe('money');
  });
});
