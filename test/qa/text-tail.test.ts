import { describe, expect, it } from 'vitest';
import { tailBefore } from '../../src/qa/text.js';

const PASSAGES = [
  'Iraqi Defense Minister Khaled al-Obaidi and Director of the Russian Federal Service for Military-Technical Cooperation (FSVTS) Alexander Fomin signed the protocol on Thursday.',
  'The commission convened in the city of St. Petersburg, according to a statement published by "the ministry"  of  the  Iraqi government.',
  'After beating Wigan, Wakefield Trinity won the Challenge Cup at Wembley since the 1990s (the first time in 50 years).',
];

/** Patterns anchored at the end whose match spans at most two words, as the short answer's are. */
const TWO_WORDS = [
  /\b(?:of|in|at|from|to|by|with|for|on|against|over|into|near|than|\p{L}+ing|\p{L}+ed)\s+(?:the\s+)?$/iu,
  /\bsince\s+(?:the\s+)?$/i,
  /\b(?:in|at|on|near|through)\s+(?:(?:the|a|an|its)\s+)?$/i,
];
const ONE_WORD = [/\bthe\s+$/i, /["“(]\s*$/, /\bin\s+$/i];

describe('the text before a position, from its last words (tailBefore)', () => {
  it('starts at the white space before the last words', () => {
    const text = 'signed the protocol on Thursday';
    const at = text.indexOf('Thursday');
    expect(tailBefore(text, at, 1)).toBe(' on ');
    expect(tailBefore(text, at, 2)).toBe(' protocol on ');
    expect(tailBefore(text, text.indexOf('protocol'), 5)).toBe('signed the ');
  });

  it('is matched by an end-anchored pattern exactly when the whole text before is, at every position', () => {
    for (const text of PASSAGES)
      for (let at = 0; at <= text.length; at++) {
        const before = text.slice(0, at);
        for (const re of TWO_WORDS)
          expect(re.test(tailBefore(text, at, 2)), `${re} at ${at}`).toBe(re.test(before));
        for (const re of ONE_WORD)
          expect(re.test(tailBefore(text, at, 1)), `${re} at ${at}`).toBe(re.test(before));
      }
  });
});
