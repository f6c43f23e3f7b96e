/**
 * Scenarios: a bare number standing as a clause's subject ("about 50 will be offered posts") counts
 * the people or things it stands for, and is no amount of money; "how many of the …" asks the part of
 * a whole ("Seven of the twelve"). On f48dbc0 "how much redundancy money will staff get?" bolded "50"
 * at 0.88, and "how many of the judges backed the bakery?" "twelve". Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const BAKERY = new Engine([
  parseArticle(
    'bakery.txt',
    [
      'Bakery closure will cost 300 jobs',
      'Harlow Bakeries is to close its Penford bakery, with the loss of 300 jobs.',
      "Staff will receive up to two years' pay in redundancy, and about 50 will be offered posts at its Ashby site.",
      'The bakery was opened by the founder, Thomas Harlow, in 1952.',
      'Seven of the twelve judges at the county show backed the bakery for a regional prize last year.',
    ].join('\n\n') + '\n',
  ),
]);

describe('a bare number as a subject counts', () => {
  it('"how much redundancy money" gets the passage without "50" as its answer', () => {
    const answer = BAKERY.ask('how much redundancy money will staff get?');
    expect(answer.passages[0]?.text).toMatch(/^Staff will receive up to two years' pay/u);
    expect(answer.answer?.text ?? null).not.toBe('50');
  });

  it('while "how many will be offered posts?" is still answered by it', () => {
    expect(BAKERY.ask('how many will be offered posts?').answer?.text).toBe('50');
  });
});

describe('a part of a whole', () => {
  it('"how many of the judges backed the bakery?" is the part, not the whole', () => {
    const answer = BAKERY.ask('how many of the judges backed the bakery?');
    expect(answer.passages[0]?.text).toMatch(/^Seven of the twelve judges/u);
    expect(answer.answer?.text).toBe('Seven');
  });
});
