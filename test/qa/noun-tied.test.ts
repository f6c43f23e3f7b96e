import { describe, expect, it } from 'vitest';
import { askedNoun } from '../../src/qa/noun-tied.js';

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
