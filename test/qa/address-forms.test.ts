/**
 * Units of the street types an address writes short (`addressFormOf`, read in `parseQuestion`): "corn
 * st" names the story's "Corn Street" only after a word, and only where the articles write the full
 * street type and not the short form.
 */
import { describe, expect, it } from 'vitest';
import { addressFormOf, addressForms } from '../../src/qa/short-forms.js';
import { parseQuestion } from '../../src/qa/question.js';
import { isEnglishWord } from '../../src/qa/wordnet.js';

describe('addressFormOf', () => {
  it('reads a street type written short', () => {
    expect(addressFormOf('st')).toBe('street');
    expect(addressFormOf('Rd')).toBe('road');
    expect(addressFormOf('ln')).toBe('lane');
  });

  it('holds only forms WordNet does not list, whose words it does', () => {
    for (const [form, word] of addressForms()) {
      expect(isEnglishWord(form), form).toBe(false);
      expect(isEnglishWord(word), word).toBe(true);
    }
  });
});

describe('parseQuestion with a street type written short', () => {
  const articlesSay =
    (...words: string[]) =>
    (w: string) =>
      words.includes(w);

  it('reads "corn st" as the street the articles write out', () => {
    const parsed = parseQuestion('could the market go back to corn st?', articlesSay('corn', 'street'));
    expect(parsed.text).toBe('could the market go back to corn street?');
    expect(parsed.keywords.map((k) => k.word)).toContain('street');
  });

  it('keeps the short form where the articles write it ("St Ives") or lack the full word', () => {
    expect(parseQuestion('how far is st ives?', articlesSay('st', 'ives', 'street')).text).toBe(
      'how far is st ives?',
    );
    expect(parseQuestion('where is mill rd?', articlesSay('mill')).text).toBe('where is mill rd?');
  });

  it('reads it only after a word: a short form opening the question or after "the" is no street name', () => {
    expect(parseQuestion('st ives?', articlesSay('ives', 'street')).text).toBe('st ives?');
    expect(parseQuestion('is the rd closed?', articlesSay('road', 'closed')).text).toBe('is the rd closed?');
  });
});
