/**
 * Scenarios: "how old is he?" when the story gives the age only in apposition ("Ruben Okafor, 58,") and
 * says "old" of other things and "Mr Okafor" in many sentences (`age-term.ts`): the sentence with the
 * age is read and answers. "How old is she?" of a passage with no number at all is refused. On a story
 * written for this test.
 * "Where is he from?" asked of the person a conversation is about, of a passage naming no place, is
 * refused too (`answerability.ts`).
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const BAKERY = story(
  'bakery-prize.txt',
  'Hollin Bridge bakery wins regional bread award',
  'A bakery in Hollin Bridge has won the regional bread award for the second year running.',
  'Ruben Okafor, 58, beat a field of 30 bakers from across the county to take the £300 first prize and a silver plate that has been presented at the autumn fair since 1961.',
  'Mr Okafor said he still bakes every loaf in the old stone oven his grandfather built. "I have been trying for years," Mr Okafor said.',
  'Mr Okafor started the business in a converted chapel. Mr Okafor borrowed the money from his brother. Mr Okafor now opens at five every morning.',
  'He also keeps a notebook of every bake, although he admitted he had "no idea" why some days go better.',
  'Other winners included 11-year-old Ava Lund, who took the junior prize for the tallest loaf, at 45 centimetres.',
  'Fair secretary Sian Price said the event had drawn 3,100 visitors. She put the rise down to the sunny weather and to a new car park on the old bowling green.',
  'The old market cross was decorated with wheat. Mr Okafor thanked his staff. Mr Okafor said the old recipes were the secret.',
);

/** The reply's first line after any note of whom "he" or "she" was read as. */
const answerOf = (reply: string) => reply.split('\n').find((line) => !line.startsWith('(read '));

describe('an age said only in apposition answers "how old"', () => {
  it.each([
    ['how old is he', '58'],
    ['how old is Mr Okafor?', '58'],
    ['how old is ava lund', '11-year-old'],
  ])('"%s" → %s', (question, age) => {
    expect(answerOf(chat(BAKERY)(question))).toBe(age);
  });

  it('refuses "how old is she?" when the passage about her gives no number', () => {
    expect(chat(BAKERY)('how old is she')).toMatch(/^I couldn't find that in the article/u);
  });

  it('refuses "where is he from?" after "who won?" when the passage about him names no place', () => {
    const ask = chat(BAKERY);
    expect(answerOf(ask('who won'))).toBe('Ruben Okafor');
    expect(ask('where is he from?')).toMatch(/^I couldn't find that in the article/u);
    expect(answerOf(ask('how old is he'))).toBe('58');
    expect(ask('where?')).toMatch(/^\(read "where\?" as a follow-up[^\n]*\nI couldn't find that/u);
  });

  it('still answers "where is he from?" when the passage about him names his home', () => {
    const ask = chat(
      story(
        'bakery-home.txt',
        'Hollin Bridge bakery wins regional bread award',
        'Ruben Okafor, 58, from Brackwell, beat a field of 30 bakers to take the first prize.',
        'Mr Okafor said he still bakes every loaf in the old stone oven his grandfather built.',
      ),
    );
    expect(answerOf(ask('who won'))).toBe('Ruben Okafor');
    expect(answerOf(ask('where is he from?'))).toBe('Brackwell');
  });
});
