/**
 * Scenarios: readers ask in their own words what the story tells in WordNet's. "How much will it sell
 * for?" of a story saying what a thing "is expected to fetch" (fetch: "be sold for a certain price",
 * `verbsUndergoing`); "how much is it worth?" of one saying it was "valued at" a sum (worth: "having a
 * specified value", `attributeNouns`); "when was it nicked?" is a verb's past, not a question about a
 * dent (`synonyms` reads the noun "nick" only in a sense WordNet links to the verb). On a story written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const CLOCK = story(
  'clock.txt',
  'Stolen church clock found at auction',
  'A clock stolen from a church in Ledbury has been found in an auction catalogue in Bristol.',
  'The clock was made in 1780 by a local craftsman, John Pyke. It was taken from the vestry on 3 March 2019.',
  'It had been expected to fetch between £4,000 and £5,000 at the auction.',
  'An independent expert has valued it at £9,200.',
  'The restorer said a small dent on its brass face had been there for a century.',
);

describe('the story tells it in other words than the question', () => {
  it.each([
    ['how much was it going to sell for', '£4,000 and £5,000'],
    ['how much will the clock sell for', '£4,000 and £5,000'],
    ['how much is it worth', '£9,200'],
    ['how much r they worth', '£9,200'],
  ])('"%s" → %s', (question, answer) => {
    // The short answer is the reply's first line, after any "(read "r" as "are")".
    const lines = chat(CLOCK)(question).split('\n');
    expect(lines.find((line) => !line.startsWith('(read '))).toBe(answer);
  });

  it('"when was it nicked" is not answered from the sentence about a dent', () => {
    expect(chat(CLOCK)('when was it nicked')).not.toMatch(/dent/u);
  });
});
