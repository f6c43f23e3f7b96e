/**
 * Scenarios (review32d): "who was the fan?" of a lead that describes then names is the name, with the
 * role phrase marked as the answer; "who was saved by the driver?" asks about someone else. On stories
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const ferry = story(
  'ferry.txt',
  'Bus driver saves boy from harbour',
  'A bus driver has been praised for jumping into Fishguard harbour to save a boy who fell from the quay.',
  'Dave Price, 52, was on his break when he heard shouting on Saturday afternoon.',
  'The boy, aged seven, was checked by paramedics and is said to be well.',
);

describe('a role asked who it is, and who did it', () => {
  it('"who was the bus driver?" is the name, the role phrase marked in the lead', () => {
    const answer = ferry.ask('who was the bus driver?');
    expect(answer.answer?.text).toBe('Dave Price');
    const lead = answer.passages[0];
    const marked = lead?.highlights
      .filter((h) => h.kind === 'answer')
      .map((h) => lead.text.slice(h.start, h.end));
    expect(marked).toEqual(['bus driver']);
  });

  it('"who was saved by the bus driver?" is not the driver', () => {
    expect(ferry.ask('who was saved by the bus driver?').answer?.text).not.toBe('Dave Price');
  });
});
