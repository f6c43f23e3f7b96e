/**
 * What a SearchIndex computes once and keeps: a small index's tokens once prepared (what it hands out
 * must be what tokenizing the sentence gives, before and after), and BM25's length normalisation for
 * an engine's `b` (the formula's own numbers, for whichever `b` is asked last), and a passage's tokens
 * taken from its sentence's.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { tokenize } from '../../src/qa/text.js';
import { readSeed } from '../support/seed.js';

const file = 'iraq-russia-military-cooperation.txt';
const article = parseArticle(file, readSeed());

describe('tokens of a prepared small index', () => {
  it('are the tokens of each sentence, kept from the first ask to the next', () => {
    const index = new SearchIndex([article]);
    const fresh = index.docs.map((_, id) => index.tokens(id));
    index.prepare();
    const kept = index.docs.map((_, id) => index.tokens(id));
    expect(index.docs.length).toBeGreaterThan(10);
    expect(kept).toEqual(fresh);
    expect(kept).toEqual(index.docs.map((d) => tokenize(d.sentence.text)));
    // Kept: the same tokens are handed out again rather than made anew.
    expect(index.tokens(3)).toBe(kept[3]);
    expect(index.tokens(index.docs.length)).toEqual([]);
  });
});

describe('tokens of an index not prepared (a large one)', () => {
  it('are the tokens of each sentence, kept from one question to the next', () => {
    const index = new SearchIndex([article]);
    const first = index.docs.map((_, id) => index.tokens(id));
    expect(first).toEqual(index.docs.map((d) => tokenize(d.sentence.text)));
    expect(index.tokens(2)).toBe(first[2]);
    expect(index.tokens(-1)).toEqual([]);
  });
});

describe("a passage's tokens (passageTokens)", () => {
  it("are its sentence's own when the passage is that sentence, else the text's tokenized", () => {
    const other = parseArticle(
      'other.txt',
      'Other story\n\nA sentence about something else. And another one.',
    );
    const index = new SearchIndex([article, other]);
    index.prepare();
    // Every sentence of both articles finds its own tokens (the second article's docs follow the first's).
    for (const [id, d] of index.docs.entries()) {
      const a = index.articles[d.article] as (typeof index.articles)[number];
      expect(index.passageTokens(a.id, d.sentence, d.sentence.text)).toBe(index.tokens(id));
    }
    const id = 4;
    const sentence = index.docs[id]?.sentence;
    if (sentence === undefined) throw new Error('no sentence 4');
    expect(index.docs.length).toBeGreaterThan(id + 2);
    // Another text for the same sentence (a passage joined or cut), another article's id, a sentence
    // of no article indexed, or none: the text's own tokens.
    const cut = sentence.text.slice(0, 40);
    expect(index.passageTokens(article.id, sentence, cut)).toEqual(tokenize(cut));
    for (const [articleId, s] of [
      [other.id, sentence],
      ['no such article', sentence],
      [article.id, { ...sentence }],
    ] as const) {
      expect(index.passageTokens(articleId, s, sentence.text)).not.toBe(index.tokens(id));
      expect(index.passageTokens(articleId, s, sentence.text)).toEqual(tokenize(sentence.text));
    }
    expect(index.passageTokens(article.id, undefined, 'Who signed?')).toEqual(tokenize('Who signed?'));
  });
});

describe('articles by id', () => {
  it('finds each article as a search of the list does', () => {
    const other = parseArticle('other.txt', 'Other story\n\nA sentence about something else.');
    const index = new SearchIndex([article, other]);
    for (const a of [article, other]) expect(index.article(a.id)).toBe(a);
    expect(index.article('no such article')).toBeUndefined();
  });
});

describe('length normalisation of every sentence', () => {
  it("is BM25's 1 - b + b * length / average, for each b asked", () => {
    const index = new SearchIndex([article]);
    for (const b of [0.75, 0.3, 0.75]) {
      const norms = index.lengthNorms(b);
      expect([...norms]).toEqual([...index.lengths].map((length) => 1 - b + (b * length) / index.avgLength));
      expect(index.lengthNorms(b)).toBe(norms);
    }
    expect(new Set(index.lengths).size).toBeGreaterThan(3);
  });
});
