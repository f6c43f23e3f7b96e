/**
 * A verb's dictionary form as WordNet lists it (`verbLemmaOf`), read once per word and remembered as a
 * word cache remembers (bounded by TYPED_WORDS): the same form first, again, and after the cache forgot it.
 */
import { describe, expect, it } from 'vitest';
import { remembersVerbLemma, verbLemmaOf } from '../../src/qa/lemma.js';
import { TYPED_WORDS } from '../../src/qa/word-caches.js';

const FORMS: [string, string | undefined][] = [
  ['said', 'say'],
  ['got', 'get'],
  ['broken', 'break'],
  ['signed', 'sign'],
  ['proclaim', 'proclaim'],
  ['hawthorn', undefined],
];

describe("a verb's lemma", () => {
  it('is the form WordNet lists, first, again, and after more words than the cache holds', () => {
    for (const [word, lemma] of FORMS) expect(verbLemmaOf(word)).toBe(lemma);
    expect(FORMS.every(([word]) => remembersVerbLemma(word))).toBe(true);
    for (const [word, lemma] of FORMS) expect(verbLemmaOf(word)).toBe(lemma);
    for (let i = 0; i < TYPED_WORDS; i++) verbLemmaOf(`nosuchword${i}`);
    expect(remembersVerbLemma('said')).toBe(false);
    for (const [word, lemma] of FORMS) expect(verbLemmaOf(word)).toBe(lemma);
  });
});
