/** Where a story names its subject candidate again (`namedIn`), as the pattern it replaces read it. */
import { describe, expect, it } from 'vitest';
import { namedIn } from '../../src/qa/subject.js';

/** The pattern each candidate had before: no letter or digit either side; a surname not before a capital. */
function byPattern(text: string, key: string, person: boolean): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = person ? '(?![\\p{L}\\p{N}]|\\s+\\p{Lu})' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${after}`, 'u').test(text);
}

const TEXTS = [
  'Richey Edwards went missing in 1995. Edwards was 27.',
  "Mr Edwards' car was found near the Severn Bridge; Edwards Hall is elsewhere.",
  'Harvard University said Harvard would appeal.',
  'Edwardson and McEdwards are other people, as is Edwards2.',
  'The Bank of England (Bank of England) raised rates; the Bank of Englandshire did not.',
  'Fry’s show: Stephen Fry, 47, said Fry-ish things to 𝐀Fry and Fry𝐀 and Fry 𝐀.',
  'Fry',
  'Nintendo\u00a0DS sales and Nintendo\nShares.',
];
const KEYS: [string, boolean][] = [
  ['Edwards', true],
  ['Harvard', true],
  ['Harvard', false],
  ['Bank of England', false],
  ['Fry', true],
  ['Nintendo', true],
  ['Nintendo', false],
];

describe('namedIn', () => {
  it('finds a name said on its own, not inside a word or before another capitalised word', () => {
    expect(namedIn('Harvard University said Harvard would appeal.', 'Harvard', true)).toBe(true);
    expect(namedIn('Harvard University said so.', 'Harvard', true)).toBe(false);
    expect(namedIn('Harvard University said so.', 'Harvard', false)).toBe(true);
    expect(namedIn('McEdwards and Edwardson', 'Edwards', true)).toBe(false);
  });

  it('agrees with the pattern it replaces on every sentence and name', () => {
    for (const text of TEXTS)
      for (const [key, person] of KEYS)
        expect(namedIn(text, key, person), `${key} in ${text}`).toBe(byPattern(text, key, person));
  });
});
