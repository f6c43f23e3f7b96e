/** Where a story names its subject candidate again (`namedIn`), as the pattern it replaces read it. */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/knowledge/types.js';
import { calledByFirstName, namedIn, namesPerson, personSubject } from '../../src/qa/subject.js';

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

describe('namesPerson and calledByFirstName: a person the story calls by their first name', () => {
  it('"Priya said" names Priya Nandakumar; "Grace" (a word) or another Priya does not', () => {
    expect(namesPerson('"I was tired," Priya said.', 'Priya Nandakumar', 'female')).toBe(true);
    expect(namesPerson('Priya Sharma said so.', 'Priya Nandakumar', 'female')).toBe(false);
    expect(namesPerson('Grace was said before the meal.', 'Grace Obi', 'female')).toBe(false);
  });

  it('reads the first name as the subject when the story calls them so twice, and no one else has it', () => {
    const subject = personSubject('Priya Nandakumar', 'female');
    if (subject === undefined) throw new Error('no subject');
    const said = (...texts: string[]) =>
      calledByFirstName(
        subject,
        texts.map((text, index) => ({ text, index }) as unknown as Sentence),
      ).stems;
    expect(said('Priya said so.', "Priya's rating rose.")).toEqual(['nandakumar', 'priya']);
    expect(said('Priya said so.')).toEqual(['nandakumar']);
    expect(said('Priya said so.', "Priya Nandakumar's coach agreed, Priya said.")).toEqual([
      'nandakumar',
      'priya',
    ]);
    expect(said('Priya said so.', 'Priya Sharma agreed, Priya said.')).toEqual(['nandakumar']);
  });
});
