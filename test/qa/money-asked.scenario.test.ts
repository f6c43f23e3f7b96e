/**
 * Scenarios: a reader asks what something cost in a word the story does not use (a newcomer's test,
 * nc51): "how much did it cost?" of a story that says "the £38,500 bill" and "after £38,500 repair" was
 * refused with no passage at all, as no word of the question was in it. On a story written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const CLOCK = story(
  'clock.txt',
  "Halsey's market hall clock to strike again after £38,500 repair",
  'The clock on the Victorian market hall will strike the hour again next month for the first time since 2019.',
  'The four-faced clock, installed in 1874, fell silent when a gear wheel in its mechanism cracked.',
  'Halsey Town Council eventually agreed to cover £22,000 of the £38,500 bill, with the remainder raised by the civic society.',
  'Volunteer Peter Grange, 58, has taken on the task of winding it.',
);

const BUS = story(
  'bus.txt',
  'Village bus route restored after three years',
  'The number 47 bus between Oakley and the town centre will run again from June, the council said.',
  'A single adult fare will be capped at £2, in line with the national scheme.',
  'Councillor Raj Bhatti said the route had been missed by older residents.',
);

const first = (engine: ReturnType<typeof story>, question: string) =>
  chat(engine)(question).split('\n')[0] ?? '';

describe('a question asking only a sum is answered by the sum the story gives', () => {
  it('"how much did it cost" → £38,500', () => {
    expect(first(CLOCK, 'how much did it cost')).toContain('£38,500');
  });

  it('"whats the price" of the bus story → £2', () => {
    expect(first(BUS, 'whats the price')).toContain('£2');
  });

  it('a sum beside another word the story lacks is not taken for it', () => {
    // The story has sums, but none of a museum's entry.
    expect(first(CLOCK, 'how much does it cost to get into the museum')).toMatch(/couldn't find/);
  });
});
