/** Misspellings of English words the article does not use: "authers" is "authors", said as "writers". */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { dictionaryCorrection, oneEditAway } from '../../src/qa/dictionary-spelling.js';
import { Engine } from '../../src/qa/engine.js';
import { expand } from '../../src/qa/expansion.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';
import { taggedFrequency } from '../../src/qa/wordnet.js';

const story = parseArticle(
  'festival.txt',
  [
    'Book festival opens in Harrogate',
    '',
    'The Harrogate book festival opened on Friday with readings by writers such as Ali Smith and Kazuo Ishiguro.',
    '',
    'Organisers said 12,000 tickets had been sold, a record for the festival.',
    '',
    'The festival director, Sam Oduya, said the town had "fallen for books all over again".',
  ].join('\n'),
);
const engine = new Engine([story]);

describe('oneEditAway', () => {
  it('holds deletions, transpositions, replacements and insertions, never touching the first letter', () => {
    const edits = oneEditAway('cat');
    expect(edits).toContain('ct'); // deletion
    expect(edits).toContain('cta'); // transposition
    expect(edits).toContain('cot'); // replacement
    expect(edits).toContain('cart'); // insertion
    expect(edits).toContain('cats'); // insertion at the end
    expect(edits).not.toContain('cat');
    expect(edits).not.toContain('at');
    expect(edits).not.toContain('bat');
  });
});

describe('dictionaryCorrection', () => {
  it.each([
    ['authers', 'authors'],
    ['seson', 'season'],
    ['husbnad', 'husband'],
    ['recieve', 'receive'],
    // A past in "-ied", which WordNet keeps in its verb exception list, not its index.
    ['burried', 'buried'],
    ['studdied', 'studied'],
    ['aplied', 'applied'],
    // US spellings stay readable.
    ['travled', 'traveled'],
  ])('reads "%s" as "%s"', (typo, word) => {
    expect(dictionaryCorrection(typo, DEFAULT_WEIGHTS.DICTIONARY_FIX_MIN)).toBe(word);
  });

  it('prefers the word the tagged corpus uses: "authors", not "anthers"', () => {
    expect(taggedFrequency('anthers')).toBe(0);
    expect(taggedFrequency('authors')).toBeGreaterThan(0);
  });

  it('counts only real word forms: an inflection of a lemma of the right part of speech', () => {
    expect(taggedFrequency('giving')).toBeGreaterThan(taggedFrequency('given'));
    expect(taggedFrequency('riched')).toBe(0); // "rich" is no verb
    expect(taggedFrequency('givening')).toBe(0);
    expect(taggedFrequency('studied')).toBeGreaterThan(taggedFrequency('studded'));
  });

  it('gives none when no English word is one edit away, and none for short words', () => {
    expect(dictionaryCorrection('xqzvwk', DEFAULT_WEIGHTS.DICTIONARY_FIX_MIN)).toBeUndefined();
    expect(dictionaryCorrection('teh', DEFAULT_WEIGHTS.DICTIONARY_FIX_MIN)).toBeUndefined();
    expect(dictionaryCorrection('Authers', DEFAULT_WEIGHTS.DICTIONARY_FIX_MIN)).toBeUndefined();
  });
});

describe('in the question', () => {
  it('reads a misspelt word the article lacks through its synonyms, and says how it was read', () => {
    const { groups, corrections } = expand(engine.index, ['authers'], DEFAULT_WEIGHTS);
    expect(corrections).toEqual([{ from: 'authers', to: 'authors' }]);
    expect(groups[0]?.terms.map((t) => t.stem)).toContain('writer');
  });

  it('leaves the word alone when the story has neither the word nor a synonym of it', () => {
    // "plath" (a name typed in lower case) is one edit from "path"; "seson" is "season": neither is in the story.
    expect(expand(engine.index, ['plath'], DEFAULT_WEIGHTS).corrections).toEqual([]);
    expect(expand(engine.index, ['seson'], DEFAULT_WEIGHTS).corrections).toEqual([]);
  });

  it('never corrects an English word, nor a word written as a name', () => {
    expect(expand(engine.index, ['condemned'], DEFAULT_WEIGHTS).corrections).toEqual([]);
    expect(expand(engine.index, ['authers'], DEFAULT_WEIGHTS, new Set(['authers'])).corrections).toEqual([]);
  });

  it('reads a misspelt past the article says in other words: "burried" is "buried", said as "interred"', () => {
    const capsule = new Engine([
      parseArticle(
        'capsule.txt',
        [
          'School opens its 1975 time capsule',
          '',
          'Pupils at Lindworth Primary opened a time capsule on Monday, fifty years after it was interred beneath the front steps.',
          '',
          'Inside were a cassette tape, a football programme and letters from the class of 1975.',
        ].join('\n'),
      ),
    ]);
    const answer = capsule.ask('where was the capsule burried');
    expect(answer.corrections).toContainEqual({ from: 'burried', to: 'buried' });
    expect(answer.passages[0]?.text).toContain('interred beneath the front steps');
  });

  it('answers "which authers were at the festival" with the writers', () => {
    const answer = engine.ask('which authers were at the festival');
    expect(answer.passages[0]?.text).toContain('writers such as Ali Smith');
    expect(answer.corrections).toContainEqual({ from: 'authers', to: 'authors' });
  });
});
