/**
 * A comparative or superlative meets its synonyms in the same degree ("biggest" / "largest"), which
 * the stemmer keeps apart and WordNet lists under the plain adjective only.
 */
import { describe, expect, it } from 'vitest';
import { sameDegreeSynonyms } from '../../src/qa/wordnet.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';
import { expand } from '../../src/qa/expansion.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { parseArticle } from '../../src/knowledge/article.js';

describe('synonyms in the same degree', () => {
  it.each([
    ['biggest', 'largest'],
    ['largest', 'biggest'],
    ['bigger', 'larger'],
    ['larger', 'bigger'],
    ['smallest', 'littlest'],
  ])('"%s" → "%s"', (word, synonym) => {
    expect(sameDegreeSynonyms(word)).toContain(synonym);
  });

  it.each(['big', 'large', 'small'])('"%s", no comparative or superlative, has none', (word) => {
    expect(sameDegreeSynonyms(word)).toEqual([]);
  });

  it.each(['best', 'worst', 'most'])('"%s", an irregular degree, has none ("best" is not "good")', (word) => {
    expect(sameDegreeSynonyms(word)).toEqual([]);
  });

  it('reads only the commonest sense: "cheapest" is not "tackiest"', () => {
    expect(sameDegreeSynonyms('cheapest')).not.toContain('tackiest');
  });
});

describe('in the question expansion', () => {
  const index = new SearchIndex([
    parseArticle(
      'regatta.txt',
      'Regatta\n\nSnow fell on the lake. Its largest sponsor paid for the pontoons.\n',
    ),
  ]);

  it('"biggest" is read as "largest" at DEGREE_WEIGHT', () => {
    const [group] = expand(index, ['biggest'], DEFAULT_WEIGHTS).groups;
    expect(group?.terms).toEqual([{ stem: 'largest', weight: DEFAULT_WEIGHTS.DEGREE_WEIGHT, other: true }]);
  });

  it('at 0 it is off', () => {
    const off = { ...DEFAULT_WEIGHTS, DEGREE_WEIGHT: 0 };
    const [group] = expand(index, ['biggest'], off).groups;
    expect(group?.terms).toEqual([]);
  });
});
