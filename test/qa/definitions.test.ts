/** The definitions bridge: a question word the article lacks, read through its WordNet definition. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { expand } from '../../src/qa/expansion.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';
import { definition } from '../../src/qa/wordnet.js';

const story = parseArticle(
  'club.txt',
  [
    'Seaside club marks its hundredth season',
    '',
    'The Dunmore Links club opened its new clubhouse on Saturday after two years of building work.',
    '',
    'Its oldest member, 92-year-old Margaret Keane, still plays a round of golf every week.',
    '',
    'The club secretary, Tom Avery, said membership had doubled since the course was extended.',
    '',
    'The club final is on Sunday.',
    '',
    'The final of the summer cup will be shown on television on Sunday at 3pm.',
  ].join('\n'),
);
const engine = new Engine([story]);

describe('definition', () => {
  it('gives the meaning of a noun of one sense, in other words', () => {
    expect(definition('golfer')).toBe('someone who plays the game of golf');
    expect(definition('centenarians')).toBe('someone who is at least 100 years old');
    expect(definition('telly')).toContain('television');
  });

  it('reads the definition of a synset whose line is longer than 4 KB (one of hundreds of pointers)', () => {
    // "shrub" has 309 pointers before its gloss: reading only a line's first 4 KB gave pointer data.
    expect(definition('shrub')).toBe('a low woody perennial plant usually having several major stems');
    expect(definition('river')).toBe('a large natural stream of water (larger than a creek)');
  });

  it('gives none for a word of several senses, where it would have to guess which is meant', () => {
    expect(definition('round')).toBeUndefined();
    expect(definition('said')).toBeUndefined();
  });

  it('gives none for a named place or person, which WordNet describes rather than defines', () => {
    expect(definition('osaka')).toBeUndefined();
  });

  it('gives none for the most general nouns, defined in abstractions', () => {
    expect(definition('entity')).toBeUndefined();
  });
});

describe('the definitions bridge', () => {
  it("reads a word the article lacks through its definition's words, at reduced weight", () => {
    const [golfer] = expand(engine.index, ['golfer'], DEFAULT_WEIGHTS).groups;
    expect(golfer?.terms).toContainEqual({
      stem: 'golf',
      weight: DEFAULT_WEIGHTS.DEFINITION_WEIGHT,
      other: true,
    });
    expect(golfer?.terms.every((t) => t.weight < 1)).toBe(true);
  });

  it('leaves alone a word the article holds', () => {
    const [golf] = expand(engine.index, ['golf'], DEFAULT_WEIGHTS).groups;
    expect(golf?.terms).toEqual([{ stem: 'golf', weight: 1 }]);
  });

  it('is off when its weight is zero', () => {
    const [golfer] = expand(engine.index, ['golfer'], { ...DEFAULT_WEIGHTS, DEFINITION_WEIGHT: 0 }).groups;
    expect(golfer?.terms).toEqual([]);
  });
});

describe('questions in words the story does not use', () => {
  it('who is the golfer', () => {
    expect(engine.ask('who is the golfer').passages[0]?.text).toContain('Margaret Keane');
  });

  it('when is the final on telly?', () => {
    expect(engine.ask('when is the final on telly?').passages[0]?.text).toContain('shown on television');
  });

  it('(without the bridge, "golfer" finds nothing)', () => {
    const without = new Engine([story], { weights: { ...DEFAULT_WEIGHTS, DEFINITION_WEIGHT: 0 } });
    expect(without.ask('who is the golfer').passages).toEqual([]);
  });
});
