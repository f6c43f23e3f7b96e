import { describe, expect, it } from 'vitest';
import { countsTakenBy, endingVerb } from '../../src/qa/count-object.js';
import { tokenize } from '../../src/qa/text.js';

describe('endingVerb', () => {
  it.each([
    ['how many planes do they have?', 'have'],
    ['how many staff does the firm employ', 'employ'],
    ['how many tickets did the shop sell?', 'sell'],
    ['how many people died?', undefined],
    ['how many trucks will they take delivery of?', undefined],
  ])('"%s" → %s', (question, verb) => {
    expect(endingVerb(question)).toBe(verb);
  });
});

describe('countsTakenBy', () => {
  const text = 'It has 46 aircraft and will buy 12 jets.';
  const tokens = tokenize(text);
  const at = (word: string) => ({ span: { start: text.indexOf(word) } });
  it('keeps the count the verb takes as its object', () => {
    expect(countsTakenBy([at('46'), at('12')], 'have', tokens)).toEqual([at('46')]);
    expect(countsTakenBy([at('46'), at('12')], 'buy', tokens)).toEqual([at('12')]);
  });
  it('keeps them all when the verb takes none, or there is no verb', () => {
    expect(countsTakenBy([at('46'), at('12')], 'sell', tokens)).toHaveLength(2);
    expect(countsTakenBy([at('46'), at('12')], undefined, tokens)).toHaveLength(2);
  });
});
