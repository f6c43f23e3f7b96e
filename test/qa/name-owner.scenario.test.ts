/**
 * Scenarios: someone's name asked as readers type it, on a story whose lead names the landlord and
 * whose later quote says "Landlords…" of landlords in general. "whats the landlords name" was answered
 * by the quote (the plural "Landlords" matched the question's word exactly, and the question, typed
 * `other`, looked for no person); "what's the landlord's name?" was answered "Kettlewell", a place.
 * 9c8dc3b failed each.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const FLATS = story(
  'flats.txt',
  'Landlord fined over damp flats in Kettlewell',
  'A Kettlewell landlord, Gordon Pryce, has been fined £12,000 for letting out damp and mouldy flats above a row of shops.',
  'Tenants had complained for more than a year about black mould, broken heaters and a leaking roof.',
  'A council inspector told the hearing: "Landlords have a legal duty to keep their homes safe and warm, and most of them take that duty seriously."',
  'He admitted six breaches of housing safety rules and said he had since paid for the repairs.',
);

describe("the landlord's name, typed with or without the apostrophe", () => {
  it.each(['whats the landlords name', "what's the landlord's name?", 'whats the landlords name?'])(
    '"%s" → Gordon Pryce, from the lead',
    (question) => {
      const answer = FLATS.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.passages[0]?.text).toMatch(/^A Kettlewell landlord, Gordon Pryce/u);
      expect(answer.answer?.text).toBe('Gordon Pryce');
    },
  );
});
