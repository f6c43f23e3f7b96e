/**
 * The short answer's kind on a story written for these tests (test/fixtures/short-kind): a count of
 * people beside an amount of money, a year beside a count of staff, a deputy beside the role asked
 * about. Questions as readers type them; each checks the kind of what is answered, or that nothing is.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/short-kind', import.meta.url).pathname);

describe('the short answer on a story with several kinds of number and a deputy', () => {
  it('"how many people died": a count, not the money beside it', () => {
    const answer = engine.ask('how many people died');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/^(?:about )?[\d,]+(?: people)?$/);
  });

  it('"how much damage did the floods cause": money', () => {
    const answer = engine.ask('how much damage did the floods cause');
    expect(answer.answer?.text ?? '').toMatch(/\$/);
  });

  it('"what year was the agency founded": a year, not the count of staff', () => {
    const answer = engine.ask('what year was the agency founded');
    expect(answer.answer?.text).toMatch(/^\d{4}$/);
  });

  it('"who is the head of the relief agency": not its deputy', () => {
    const answer = engine.ask('who is the head of the relief agency');
    // The story names no head, only a deputy: no short answer (the passage still shows).
    expect(answer.answered).toBe(true);
    expect(answer.answer).toBeNull();
  });

  it('"who is the deputy head of the agency": the deputy', () => {
    expect(engine.ask('who is the deputy head of the agency').answer?.text ?? '').toMatch(/Berger/);
  });

  it('"how long did the teams take to reach the villages": a duration', () => {
    const answer = engine.ask('how long did the teams take to reach the villages');
    expect(answer.answer?.text ?? '').toMatch(/\b(?:days?|hours?|weeks?)\b/);
  });
});
