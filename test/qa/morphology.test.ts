/**
 * The inflection check tags a word once for all three parts of speech and tries the detachment rules'
 * bases before the lemmatiser's. Both are shortcuts: these tests check them against the plain
 * reading (a fresh tagging per part of speech, every proposed base tried) on a list of words of every
 * sort — the seed article's words, their regular and irregular forms, typos of them and names.
 */
import { describe, expect, it } from 'vitest';
import {
  detachedBases,
  inflectionsOf,
  isInflectedForm,
  lemmasByCompromise,
  usable,
  type Pos,
} from '../../src/qa/morphology.js';
import { lemmaOf } from '../../src/qa/lemma.js';
import { nlp } from '../../src/nlp/nlp.js';
import { tokenize } from '../../src/qa/text.js';
import { isLemma } from '../../src/qa/wordnet.js';
import { readSeed } from '../support/seed.js';

const POS: Pos[] = ['verb', 'noun', 'adj'];

/** compromise's lemma of `word` as one part of speech, from a tagging of its own. */
function freshLemma(word: string, pos: Pos): string {
  const doc = nlp(word);
  if (pos === 'verb') return doc.verbs().toInfinitive().text();
  if (pos === 'noun') return doc.nouns().toSingular().text();
  return (doc.adjectives().conjugate()[0] as { Adjective?: string } | undefined)?.Adjective ?? '';
}

/** The plain reading: every base the rules or a fresh lemmatiser propose, for every part of speech. */
function plainIsInflected(word: string): boolean {
  return POS.some((pos) => {
    const bases = detachedBases(word, pos);
    const lemma = freshLemma(word, pos).trim().toLowerCase();
    if (lemma !== '' && !lemma.includes(' ')) bases.add(lemma);
    return [...bases].some(
      (base) => usable(base, word) && isLemma(pos, base) && inflectionsOf(base, pos).includes(word),
    );
  });
}

const seedWords = [...new Set(tokenize(readSeed()).map((t) => t.word.toLowerCase()))].filter((w) =>
  /^\p{L}+$/u.test(w),
);
/** A typo of each word: a letter dropped from its middle. */
const typos = seedWords.filter((w) => w.length > 4).map((w) => w.slice(0, 2) + w.slice(3));
const forms = [
  ...['condemned', 'counties', 'went', 'bought', 'began', 'children', 'geese', 'women', 'mice', 'better'],
  ...['biggest', 'happier', 'lying', 'running', 'stopped', 'sined', 'meting', 'freemen', 'ran', 'thanked'],
  ...['miliband', 'singh', 'paterson', 'agrement', 'signd', 'boxes', 'churches', 'studies', 'cited'],
];
const words = [...new Set([...seedWords, ...typos, ...forms])];

describe('one tagging for the three lemmas', () => {
  it('gives the lemmas a tagging per part of speech gives', () => {
    const differ = words.filter((w) => {
      const once = lemmasByCompromise(w);
      return POS.some((pos) => once[pos] !== freshLemma(w, pos));
    });
    expect(words.length).toBeGreaterThan(250);
    expect(differ).toEqual([]);
  });
});

describe('the inflection check', () => {
  it('agrees with the plain reading on every word of the list', () => {
    const check = (pos: Pos, lemma: string) => isLemma(pos, lemma);
    const differ = words.filter((w) => isInflectedForm(w, check) !== plainIsInflected(w));
    expect(differ).toEqual([]);
  });

  it('finds regular and irregular forms and refuses typos', () => {
    const check = (pos: Pos, lemma: string) => isLemma(pos, lemma);
    expect(['condemned', 'counties', 'went', 'geese'].filter((w) => !isInflectedForm(w, check))).toEqual([]);
    expect(['sined', 'signd', 'singh'].filter((w) => isInflectedForm(w, check))).toEqual([]);
  });
});

describe('irregular lemmas (lemma.ts), converting only selections that can find the word', () => {
  /** Every conversion run, whatever the tags. */
  const plainLemma = (word: string) => {
    const doc = nlp(word);
    const verb = doc.verbs().toInfinitive().text().trim().toLowerCase();
    if (verb !== '' && verb !== word) return verb;
    const noun = doc.nouns().toSingular().text().trim().toLowerCase();
    return noun !== '' && noun !== word ? noun : undefined;
  };
  const REGULAR = /(ed|ing|s|ly|tion|ment|ness|ity|al|ic|ous|ive|able|ible|er|est)$/;

  it('agree with converting everything on every word of the list', () => {
    const irregular = words.filter((w) => !REGULAR.test(w) && w.length >= 3);
    expect(irregular.length).toBeGreaterThan(100);
    expect(irregular.filter((w) => lemmaOf(w) !== plainLemma(w))).toEqual([]);
    expect(['went', 'children', 'geese', 'bought'].map((w) => lemmaOf(w))).toEqual([
      'go',
      'child',
      'goose',
      'buy',
    ]);
  });
});
