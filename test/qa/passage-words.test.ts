import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { passageWordsOf, readPassageWords } from '../../src/qa/person-first.js';
import { SearchIndex } from '../../src/qa/search-index.js';

const story = () =>
  parseArticle(
    'ramblers.txt',
    readFileSync(new URL('../fixtures/passage-words/ramblers.txt', import.meta.url), 'utf8'),
  );

// `personFirst` reads the people's and places' words of a question's head passages; they are kept per
// engine's index (`passageWordsOf`): what is kept must be what a fresh reading gives.
describe('passage words kept per index', () => {
  it('keeps what a fresh reading of each passage gives, read once', () => {
    const index = new SearchIndex([story()]);
    const ids = index.docs.map((_, id) => id);
    for (const id of ids) {
      const kept = passageWordsOf(index, id);
      expect(kept).toEqual(readPassageWords(index, id));
      expect(passageWordsOf(index, id)).toBe(kept);
    }
    const said = ids.find((id) => index.docs[id]?.sentence.text.startsWith('Neil Durward')) as number;
    expect(passageWordsOf(index, said).people).toEqual(['neil', 'durward']);
    expect(passageWordsOf(index, said).places).toContain('victoria');
  });

  it('keeps each engine’s index apart', () => {
    const article = story();
    const one = new SearchIndex([article]);
    const other = new SearchIndex([article]);
    const kept = passageWordsOf(one, 1);
    expect(passageWordsOf(other, 1)).not.toBe(kept);
    expect(passageWordsOf(other, 1)).toEqual(kept);
  });
});
