/**
 * The short answer as a reader asks for a measure: an amount with what it is per ("how much do staff
 * get paid?" → "£9.80 an hour", not "£9.80 an"; "how much do apprentices get?" → "£6.40 per hour", not
 * "£6.40"), a name the story calls by the question's noun ("a song called Low Water" for "what was the
 * fiddler's last song?", not the fiddler), and what a named body is ("what does fuelwise do?" →
 * "consumer watchdog", where the tagger reads no name and another noun was the answer). On a story
 * written for these tests (test/fixtures/short-measures).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/short-measures', import.meta.url).pathname);

const shortAnswer = (question: string): string | null => {
  const answer = engine.ask(question);
  expect(answer.answered).toBe(true);
  return answer.answer?.text ?? null;
};

describe('an amount with what it is per', () => {
  it.each([
    ['how much do staff get paid?', '£9.80 an hour'],
    ['how much do apprentices get?', '£6.40 per hour'],
  ])('"%s" → "%s"', (question, expected) => {
    expect(shortAnswer(question)).toBe(expected);
  });

  it('an amount paid for nothing over time stays the amount', () => {
    expect(shortAnswer('how much was raised for the hardship fund?')).toBe('£2,300');
  });

  it('a week is a period a wage is per, though WordNet files it apart from "hour" and "day"', () => {
    expect(shortAnswer('how much do kitchen porters earn?')).toBe('£310 a week');
  });

  it('"a month later" is when, not what the amount is per', () => {
    expect(shortAnswer('how much did the cafe repay?')).toBe('£4,000');
  });
});

describe('a name the story calls by the noun asked', () => {
  it('"what was the fiddler\'s last song?" → "Low Water", not the fiddler', () => {
    expect(shortAnswer("what was the fiddler's last song?")).toBe('Low Water');
  });
});

describe('what a named body is, from the noun the story gives it', () => {
  it.each(['what does fuelwise do?', 'what is fuelwise?'])('"%s" → "consumer watchdog"', (question) => {
    expect(shortAnswer(question)).toBe('consumer watchdog');
  });
});
