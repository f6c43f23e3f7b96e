/**
 * A question word's acronyms ("america" → "US") are the acronyms among its synonyms, so a word WordNet
 * lists no synonym for (a name, a word it does not know) has none: its senses are not read for them,
 * which was a first look-up per new word of a first ask. And a longer name's own acronyms are read only
 * when the word has one to check against them. The terms found are the same as before. Own stories.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as WordNet from '../../src/qa/wordnet.js';

const looked = vi.hoisted(() => ({ acronyms: [] as string[] }));

vi.mock('../../src/qa/wordnet.js', async (importOriginal) => {
  const actual = await importOriginal<typeof WordNet>();
  return {
    ...actual,
    acronymSynonyms: (word: string) => {
      looked.acronyms.push(word.toLowerCase());
      return actual.acronymSynonyms(word);
    },
  };
});

const { parseArticle } = await import('../../src/knowledge/article.js');
const { expand } = await import('../../src/qa/expansion.js');
const { SearchIndex } = await import('../../src/qa/search-index.js');
const { DEFAULT_WEIGHTS } = await import('../../src/qa/weights.js');

const FERRY = parseArticle(
  'ferry.txt',
  [
    'Island ferry returns to service',
    '',
    'The Zorbington ferry will sail again from Monday after repairs to its steel hull.',
    '',
    'Its owner, a firm based in the US, paid for the work.',
    '',
    'Crews from British Steel welded the new plates in a yard at Troon.',
    '',
  ].join('\n'),
);
const index = new SearchIndex([FERRY]);

const stemsOf = (words: string[], inNames: Map<string, string> = new Map()) =>
  expand(index, words, DEFAULT_WEIGHTS, new Set(), [], 'other', new Set(), false, inNames).groups.map((g) =>
    g.terms.map((t) => t.stem),
  );

beforeEach(() => {
  looked.acronyms = [];
});

describe("a question word's acronyms", () => {
  it('are not looked for when WordNet lists no synonym of the word (a name it does not know)', () => {
    const groups = stemsOf(['zorbington', 'ferry']);
    expect(looked.acronyms).not.toContain('zorbington');
    // The word with synonyms is still read for them.
    expect(looked.acronyms).toContain('ferry');
    expect(groups[0]).toEqual(['zorbington']);
  });

  it('are still found among the synonyms: the story\'s "US" for a reader\'s "america"', () => {
    const groups = stemsOf(['america', 'paid']);
    expect(looked.acronyms).toContain('america');
    expect(groups[0]).toContain('US');
  });

  it("read a longer name's acronyms only when the word has one to check", () => {
    // "steel" has synonyms but no acronym among them: "British Steel" is not looked up.
    const steel = stemsOf(['steel'], new Map([['steel', 'british steel']]));
    expect(looked.acronyms).toContain('steel');
    expect(looked.acronyms).not.toContain('british steel');
    expect(steel[0]).toContain('steel');
    // "america" in "Bank of America": the name's own acronyms decide, and hold no "US".
    looked.acronyms = [];
    const bank = stemsOf(['america'], new Map([['america', 'bank of america']]));
    expect(looked.acronyms).toEqual(['america', 'bank of america']);
    expect(bank[0]).not.toContain('US');
  });
});
