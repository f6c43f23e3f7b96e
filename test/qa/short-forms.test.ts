import { describe, expect, it } from 'vitest';
import { chatReading, letterForms, shortFormOf, shortForms, withoutAside } from '../../src/qa/short-forms.js';
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

describe('chatReading', () => {
  it('reads each class of text-speak', () => {
    expect(chatReading('gonna')).toEqual({ meant: 'going to', aside: false });
    expect(chatReading('shes')).toEqual({ meant: "she's", aside: false });
    expect(chatReading('TBH')).toEqual({ meant: 'to be honest', aside: true });
  });

  it('reads nothing into a word that is also English in another sense', () => {
    for (const word of ['cos', 'bout', 'ill', 'its', 'well', 'were'])
      expect(chatReading(word), word).toBeUndefined();
  });
});

describe('letterForms', () => {
  it('finds a lone "u" or "r" and the slash forms', () => {
    expect(letterForms('can u say who r they w/ b/c').map((l) => [l.word, l.meant])).toEqual([
      ['u', 'you'],
      ['r', 'are'],
      ['w/', 'with'],
      ['b/c', 'because'],
    ]);
    expect(letterForms('who went w/o her').map((l) => l.meant)).toEqual(['without']);
  });

  it('leaves a letter of a word, a capital initial and a hyphened "u" alone', () => {
    expect(letterForms('the U-boat, the u-boat, R Kelly, U Thant, vitamin u.s. r&b')).toEqual([]);
    expect(letterForms("what's u's")).toEqual([]);
    // "w/e 5 March" (week ending) and "w/c" (week commencing) are no "with".
    expect(letterForms('what happened w/e 5 March and w/c 7 March')).toEqual([]);
    expect(letterForms('who went w/ her').map((l) => l.meant)).toEqual(['with']);
  });
});

describe('withoutAside', () => {
  it('takes out the aside with its comma, and keeps the question mark after a last one', () => {
    expect(withoutAside('tbh, how old is she', 0, 3)).toBe('how old is she');
    expect(withoutAside('how old is the bridge tho?', 22, 25)).toBe('how old is the bridge?');
    expect(withoutAside('who won lol and why', 8, 11)).toBe('who won and why');
  });
});

describe('parseQuestion with chat text-speak', () => {
  it('says what it read each form as, in the order typed', () => {
    const parsed = parseQuestion('idk, where r ppl gonna meet?');
    expect(parsed.text).toBe('where are people going to meet?');
    expect(parsed.readings).toEqual([
      { from: 'idk', to: "I don't know" },
      { from: 'r', to: 'are' },
      { from: 'ppl', to: 'people' },
      { from: 'gonna', to: 'going to' },
    ]);
  });

  it('says an opening "wat" the wh-word rule reads, and nothing for a plain question', () => {
    expect(parseQuestion('wat did she say').readings).toEqual([{ from: 'wat', to: 'what' }]);
    expect(parseQuestion('what is the bridge called').readings).toBeUndefined();
  });

  it('reads a contraction typed without its apostrophe with no note: it is the same word', () => {
    const parsed = parseQuestion('so whats the bridge called and where shes from');
    expect(parsed.text).toBe("so what's the bridge called and where she's from");
    expect(parsed.readings).toBeUndefined();
    expect(parseQuestion('whats the bridge called').readings).toBeUndefined();
  });

  it('keeps a form the articles hold, or one written as a name', () => {
    expect(parseQuestion('how long did abt search', (w) => w === 'abt').readings).toBeUndefined();
    expect(parseQuestion('what did Lena Abt find').readings).toBeUndefined();
  });
});
