/**
 * `saidOnlyInCompounds`: a word the folder writes only inside hyphened words WordNet lists as words of
 * their own ("long" of "long-standing") is not said; one written alone anywhere, or inside a hyphened
 * pair WordNet does not list, is.
 */
import { describe, expect, it } from 'vitest';
import { saidOnlyInCompounds } from '../../src/qa/compound-part.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { parseArticle } from '../../src/knowledge/article.js';

const indexOf = (body: string) => new SearchIndex([parseArticle('a.txt', `Title\n\n${body}`)]);

describe('saidOnlyInCompounds', () => {
  it('"long" only in "long-standing" is not said', () => {
    expect(saidOnlyInCompounds(indexOf('Two long-standing volunteers checked the accounts.'), 'long')).toBe(
      true,
    );
  });

  it('"long" written alone anywhere is said', () => {
    const index = indexOf(
      'The wait for the new bridge was long, residents said.\n\nTwo long-standing volunteers checked the accounts.',
    );
    expect(saidOnlyInCompounds(index, 'long')).toBe(false);
  });

  it('a hyphened pair WordNet does not list ("long-delayed") says its parts', () => {
    expect(saidOnlyInCompounds(indexOf('The long-delayed bridge opened.'), 'long')).toBe(false);
  });

  it('a word the folder never says is not said only in compounds', () => {
    expect(saidOnlyInCompounds(indexOf('The wait was over.'), 'long')).toBe(false);
  });
});
