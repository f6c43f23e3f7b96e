/**
 * Scenarios: a comma or a point inside a number ends no clause. The short answer of "what did it
 * sell for?" runs to the end of the clause after "for", and that end was found at the comma of
 * "£212,000", cutting the price to "£212"; and the object of "on" after "spend" was not looked for past
 * "£1,250.50", whose comma, seen alone between two tokens, ended the verb's clause. Own small story.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const shed = story(
  'boat-shed.txt',
  'Old boat shed sells for record £212,000 at Harrowby auction',
  'A timber boat shed on the Harrowby slipway has sold for £212,000, more than twice its guide price.',
  'The seller, retired harbour pilot Ewan Tait, said he would use the money to move nearer his daughter.',
  'The trust will spend £1,250.50 on a new winch for the slipway, its chair said.',
);

describe('a number whose separator is a comma or a point', () => {
  it('"what did the shed sell for?" gives the whole price, not "£212"', () => {
    const answer = shed.ask('what did the shed sell for?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/£212,000/);
  });

  it('"what will the trust spend the money on?" reads past the sum to the object of "on"', () => {
    const answer = shed.ask('what will the trust spend the money on?');
    expect(answer.answer?.text).toBe('a new winch for the slipway');
  });
});
