import { describe, expect, it } from 'vitest';
import { askedNoun, asksStateHeld, measuredNoun } from '../../src/qa/noun-tied.js';

describe('askedNoun', () => {
  it('reads the measured noun phrase of "how big is the…", with its modifiers', () => {
    expect(askedNoun('how big is the protection zone?', { kind: 'quantity' })).toEqual({
      head: 'zone',
      modifiers: ['protection'],
      measure: true,
    });
  });

  it('reads the noun of a "what N" question asking a thing, with the words right before it', () => {
    expect(askedNoun('what bird flu strain was found?', { kind: 'thing', noun: 'strain' })).toEqual({
      head: 'strain',
      modifiers: ['bird', 'flu'],
      measure: false,
    });
  });

  it('reads no noun WordNet does not list as one ("remained"), nor one of another kind', () => {
    expect(
      askedNoun('what remained an important issue?', { kind: 'thing', noun: 'remained' }),
    ).toBeUndefined();
    expect(askedNoun('who found the strain?', { kind: 'person' })).toBeUndefined();
  });
});

describe('measuredNoun', () => {
  it('reads the thing measured, not what someone was', () => {
    expect(measuredNoun('how long is the old tunnel?')?.head).toBe('tunnel');
    // The copula's subject and then what it was: how long someone was it, a time.
    expect(measuredNoun('how long was gerald the conductor?')).toBeUndefined();
    expect(measuredNoun('how long was he director?')).toBeUndefined();
    expect(asksStateHeld('how long was it shut?')).toBe(true);
    expect(asksStateHeld('how long is the old tunnel?')).toBe(false);
  });
});
