/** The words that tell of a question word's event in other words, read from WordNet's links. */
import { describe, expect, it } from 'vitest';
import { eventKin } from '../../src/qa/event-kin.js';

describe('eventKin', () => {
  it('reads "die" in its noun and in the verb that causes it', () => {
    expect(eventKin('die')).toEqual(expect.arrayContaining(['death', 'kill']));
    expect(eventKin('died')).toEqual(expect.arrayContaining(['death', 'kill']));
  });

  it('reads a noun of an event through its verb: deaths, and fatalities, a kind of death', () => {
    expect(eventKin('deaths')).toEqual(expect.arrayContaining(['die', 'kill']));
    expect(eventKin('fatalities')).toEqual(expect.arrayContaining(['die', 'kill']));
  });

  it('reads "hurt" through the head word of its sense {injury, hurt, harm}: injure', () => {
    expect(eventKin('hurt')).toContain('injure');
    expect(eventKin('injuries')).toContain('injure');
  });

  it('reads an -ed form as a verb only, and a noun of no event through nothing it is a kind of', () => {
    // "died" is never the noun die (a tool), nor "dead" the people it is a kind of.
    expect(eventKin('died')).not.toContain('dice');
    expect(eventKin('dead')).not.toContain('people');
  });
});
