/**
 * Scenario: a court report says the money went on "a second-hand Porsche Boxster". "Hand" is a role
 * noun (a hired hand), but here it ends the adjective "second-hand": the capitalised words after it
 * name a car, not a person titled "hand" (`titledNames` in `src/qa/titles.ts`). Asked "whats his name?"
 * before anyone was talked about, the reply names the men it could be, and no car among them.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const FRAUD = story(
  'fraud.txt',
  // A headline naming no role: the story has no subject a first "his" is read as (`story-subject.ts`),
  // so the reply asks whom it means.
  'Sports fund money spent on cruises',
  'A former bowls club treasurer who stole £90,000 has been jailed for three years.',
  'Martin Quayle, 61, of Mill Road, Upper Wendle, admitted fraud at an earlier hearing.',
  'Detectives found the money had been spent on cruises and a second-hand Maserati Ghibli, which has since been sold.',
  'Defending, barrister Simon Ashdown said his client was "deeply ashamed".',
);

describe('a name after an adjective ending in a role noun is no person', () => {
  it('"whats his name?" offers the two men, not the "second-hand Maserati Ghibli"', () => {
    const ask = chat(FRAUD);
    expect(ask('whats his name')).toBe(
      "I'm not sure who you mean by “his”: it could be Martin Quayle or Simon Ashdown. Try asking with a name.",
    );
  });
});
