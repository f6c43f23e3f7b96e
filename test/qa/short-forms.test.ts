import { describe, expect, it } from 'vitest';
import { shortFormOf, shortForms } from '../../src/qa/short-forms.js';
import { parseQuestion } from '../../src/qa/question.js';
import { isAdverb, isEnglishWord } from '../../src/qa/wordnet.js';

describe('shortFormOf', () => {
  it('reads a chat short form as the word it stands for', () => {
    expect(shortFormOf('ppl')).toBe('people');
    expect(shortFormOf('Govt')).toBe('government');
    expect(shortFormOf('tmrw')).toBe('tomorrow');
  });

  it('reads nothing into other words', () => {
    expect(shortFormOf('people')).toBeUndefined();
    expect(shortFormOf('gov')).toBeUndefined();
  });

  it('holds only forms WordNet does not list, whose words it does', () => {
    for (const [form, word] of shortForms()) {
      expect(isEnglishWord(form), form).toBe(false);
      expect(isEnglishWord(word) || isAdverb(word), word).toBe(true);
    }
  });
});

describe('parseQuestion with chat short forms', () => {
  it('searches the word a short form stands for', () => {
    const parsed = parseQuestion('how many ppl died in the fire?');
    expect(parsed.text).toBe('how many people died in the fire?');
    expect(parsed.keywords.map((k) => k.word)).toEqual(['people', 'died', 'fire']);
  });

  it('reads chat forms of function words as function words', () => {
    expect(parseQuestion('what happened b4 the match pls').keywords.map((k) => k.word)).toEqual(['match']);
  });

  it('keeps a short form the articles write as it is', () => {
    const parsed = parseQuestion('where is the uni?', (w) => w === 'uni');
    expect(parsed.keywords.map((k) => k.word)).toEqual(['uni']);
  });
});
