/**
 * compromise with its match patterns parsed once, and tagging without the chunker (nlp.ts), against a
 * compromise of its own, loaded without either: every conversion and tagging the engine asks for
 * reads the same.
 */
import pristine from 'compromise';
import { describe, expect, it } from 'vitest';
import { nlp, tagOnly } from '../../src/nlp/nlp.js';
import { tokenize } from '../../src/qa/text.js';
import { readSeed } from '../support/seed.js';

type Doc = ReturnType<typeof nlp>;

const article = readSeed();
const words = [
  ...new Set(tokenize(article).map((t) => t.word.toLowerCase())),
  ...['went', 'children', 'geese', 'better', 'biggest', 'lying', 'stopped', 'freemen', 'ran', 'sined'],
].filter((w) => /^\p{L}+$/u.test(w));
const sentences = article.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20);

/** What the engine reads of a word: its conversions as each part of speech, and its inflections. */
function readings(make: (text: string) => Doc, word: string): unknown[] {
  const tagged = (tag: string) => make(word).tag(tag) as Doc;
  return [
    make(word).verbs().toInfinitive().text(),
    make(word).nouns().toSingular().text(),
    make(word).adjectives().conjugate(),
    make(word).has('#Actor'),
    tagged('Noun').nouns().toPlural().text(),
    tagged('Verb').verbs().conjugate(),
    tagged('Adjective').adjectives().conjugate(),
  ];
}

/** Tags and offsets of every term (term ids hold a counter, so they are left out). */
function tagging(make: (text: string) => Doc, text: string): string {
  return JSON.stringify(make(text).json({ offset: true }), (key, value: unknown) =>
    key === 'id' ? undefined : value,
  );
}

const fresh = (text: string) => pristine(text) as unknown as Doc;

describe('match patterns parsed once', () => {
  it('convert every word of the seed article as compromise does', () => {
    expect(words.length).toBeGreaterThan(150);
    const differ = words.filter(
      (w) => JSON.stringify(readings(nlp, w)) !== JSON.stringify(readings(fresh, w)),
    );
    expect(differ).toEqual([]);
  });

  it('tag every sentence of the seed article as compromise does', () => {
    expect(sentences.filter((s) => tagging(nlp, s) !== tagging(fresh, s))).toEqual([]);
  });

  it('tag without the chunker as with it (only the phrases it groups are missing)', () => {
    const tags = (make: (text: string) => Doc, text: string) =>
      JSON.stringify(make(text).json({ offset: true }), (key, value: unknown) =>
        key === 'id' || key === 'chunk' ? undefined : value,
      );
    expect(sentences.length).toBeGreaterThan(5);
    expect(sentences.filter((s) => tags(tagOnly, s) !== tags(fresh, s))).toEqual([]);
    // The chunker did not run: the article is in no phrase.
    const chunkOfThe = (doc: Doc) =>
      (doc.json() as { terms: { text: string; chunk?: string }[] }[])[0]?.terms.find((t) => t.text === 'The')
        ?.chunk;
    expect(chunkOfThe(tagOnly('The minister met them.'))).toBeUndefined();
    expect(chunkOfThe(nlp('The minister met them.'))).toBe('Noun');
  });

  it('are not changed by a method that marks the pattern it is given (growLeft, growRight)', () => {
    const grow = (make: (text: string) => Doc) => {
      const doc = make('the big red dog ran to the old barn');
      const found = [1, 2].map(() => doc.match('dog').growLeft('#Adjective+').growRight('#Verb').text());
      return [...found, doc.match('#Adjective+').text()];
    };
    expect(grow(nlp)).toEqual(grow(fresh));
  });
});
