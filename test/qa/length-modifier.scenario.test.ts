/**
 * Scenarios: "a four-year contract", "a two-year ban" is a length that describes the noun after it, no
 * one's age; a sentence opening on someone by their age ("The 19-year-old, who…") gives theirs. On a
 * story written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const SIGNING = story(
  'signing.txt',
  'Ashford Athletic sign winger Chloe Dunmore from Kirkby',
  'Ashford Athletic have sold winger Chloe Dunmore to Dutch side Twente for a club-record fee, the club said.',
  'The 19-year-old, who came through the Ashford academy after joining at the age of eight, signed a four-year contract in Enschede on Monday and will wear the number 7 shirt.',
  'She scored 11 goals in 20 games last season.',
);

const ASSAULT = story(
  'assault.txt',
  'Man jailed for attack outside Dunmere nightclub',
  'A man has been jailed for 18 months for an attack outside a nightclub in Dunmere last summer.',
  'The 25-year-old, who punched the victim in the face after an argument, was sentenced at Dunmere Crown Court on Friday.',
);

describe('a length before a noun is no age; a sentence opening on someone by their age gives it', () => {
  it('not the age asked at a time: "how old was she when she joined the academy?"', () => {
    expect(chat(SIGNING)('how old was she when she joined the academy?').split('\n')[1]).not.toBe(
      '19-year-old',
    );
  });

  it('not for someone the sentence names after it: "how old was the victim?"', () => {
    expect(chat(ASSAULT)('how old was the victim?')).not.toMatch(/^25-year-old/mu);
  });

  it('"how old is she?" → 19-year-old (not "four-year", nor the eight she joined at)', () => {
    expect(chat(SIGNING)('how old is she?').split('\n')[1]).toBe('19-year-old');
  });

  it('"how long is her contract?" is still "four-year"', () => {
    expect(chat(SIGNING)('how long is her contract?').split('\n')[1]).toMatch(/four-year/u);
  });
});
