/**
 * Scenarios: a reader writes a street's type short, as addresses do ("castle rd", "mill ln"), of a
 * story writing "Castle Road" and "Mill Lane". The question names the street as the story does, and
 * the reply says how it was read. Own small story (test/fixtures/address-forms).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/address-forms', import.meta.url).pathname);

describe('a street type written short', () => {
  it('"when does the library open on castle rd" is the reopening on Castle Road, "rd" read as "road"', () => {
    const answer = engine.ask('when does the library open on castle rd');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('6 April 2027');
    expect(answer.corrections).toEqual([{ from: 'rd', to: 'road' }]);
  });

  it('"which building on castle rd will the library use" finds the Castle Road sentence', () => {
    const answer = engine.ask('which building on castle rd will the library use');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/former bank on Castle Road/);
  });
});
