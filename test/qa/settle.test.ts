/**
 * The background warm-up after the tags (`Engine.settle`): the folder's words looked up ahead of the
 * questions, in caches sized to hold them all, and the pipeline practised. Nothing a question gets may
 * change: only when the look-ups are made.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { wordVectors } from '../../src/qa/embeddings.js';
import { Engine } from '../../src/qa/engine.js';
import { findReferents, referentCredit, referentsOf, referentsRead } from '../../src/qa/referents.js';
import { settledWords, settleVocabulary } from '../../src/qa/settle.js';
import {
  namingPractice,
  PRACTICE_QUESTIONS,
  practiseAsking,
  practiseAskingOnce,
  QUESTION_PASSES,
  readReferents,
} from '../../src/qa/warm-up.js';
import { TYPED_WORDS } from '../../src/qa/word-caches.js';
import { forEachSynset, isEnglishWord, isSettled, settleWord, synonyms } from '../../src/qa/wordnet.js';
import { readSeed } from '../support/seed.js';

const file = 'iraq-russia-military-cooperation.txt';
const article = parseArticle(file, readSeed());

/** Everything a reader is shown or the benchmarks read of an answer. */
const asked = (engine: Engine, question: string) => {
  const { answer, features } = engine.assess(question);
  return { ...answer, passages: answer.passages.map((p) => ({ ...p, article: p.article.id })), features };
};

describe('the folder’s words, looked up in the background', () => {
  it('looks up every word of three letters or more of the articles, and keeps them', async () => {
    const engine = new Engine([article]);
    const words = settledWords(engine.index);
    expect(words).toContain('fomin');
    expect(words).toContain('cooperation');
    expect(words.every((w) => w.length > 2)).toBe(true);
    expect(await settleVocabulary(engine.index)).toBe(words.length);
    expect(words.filter((w) => !isSettled(w))).toEqual([]);
    // More words typed after than the caches hold besides: the folder's are still there.
    for (let i = 0; i <= TYPED_WORDS; i++) {
      isEnglishWord(`zq${i}`);
      synonyms(`zq${i}`);
    }
    expect(words.filter((w) => !isSettled(w))).toEqual([]);
  });

  it('no longer keeps the words of a folder a reload replaced, only those the new one has', async () => {
    await settleVocabulary(new Engine([article]).index);
    expect(isSettled('fomin')).toBe(true);
    const other = parseArticle(
      'bridge.txt',
      'Bridge approved\n\nThe council approved a bridge on Tuesday.\n',
    );
    await settleVocabulary(new Engine([other]).index);
    expect(isSettled('council')).toBe(true);
    expect(isSettled('fomin')).toBe(false);
  });

  it('looks up the word vector of each of its words, which a candidate sentence is soft-matched by', async () => {
    const story = parseArticle(
      'factory.txt',
      'Factory closes\n\nThe marmalade factory in Dundee closed after a zeppelin crashed into its roof.\n',
    );
    const vectors = wordVectors();
    expect(vectors.remembers('marmalade')).toBe(false);
    await settleVocabulary(new Engine([story]).index);
    expect(vectors.remembers('marmalade')).toBe(true);
    expect(vectors.remembers('zeppelin')).toBe(true);
    expect(vectors.remembers('porridge')).toBe(false);
  });

  it('stops when the bot stops it', async () => {
    const engine = new Engine([article]);
    const stop = new AbortController();
    stop.abort();
    expect(await settleVocabulary(engine.index, stop.signal)).toBe(0);
  });

  it('keeps the first of more words than the caches hold besides, when they are the folder’s', () => {
    // WordNet's own nouns, so that each is a quick look-up; a large folder has about 27,500 such words.
    const nouns = new Set<string>();
    forEachSynset('noun', (words) => {
      for (const w of words) if (/^[a-z]{3,}$/.test(w) && nouns.size < TYPED_WORDS + 500) nouns.add(w);
    });
    const words = [...nouns];
    for (const w of words) settleWord(w);
    expect(isSettled(words[0] as string)).toBe(true);
    expect(isSettled(words.at(-1) as string)).toBe(true);
  });

  it('changes no answer: the same questions get the same answers before and after', async () => {
    const questions = [
      'who signed the agreement?',
      'what did fomin say?',
      'when was the agreement signed?',
      'where was it signed?',
      'what kind of equipment?',
      'how many countries?',
    ];
    const before = questions.map((q) => asked(new Engine([article]), q));
    const engine = new Engine([article]);
    expect(await engine.settle()).toBe(settledWords(engine.index).length);
    expect(questions.map((q) => asked(engine, q))).toEqual(before);
  });
});

describe('each story’s pronoun openings, read in the background', () => {
  const restaurant = () =>
    parseArticle(
      'restaurant.txt',
      [
        'Restaurant opens in Leeds',
        'Kwame Osei, 34, opened his first restaurant on Briggate on Saturday.',
        'The dining room seats 40.',
        'He was born in Kumasi and moved to Leeds at 19.',
      ].join('\n\n'),
    );

  it('reads every story’s, as a question naming someone in it would', async () => {
    // Parsed afresh: the stories above were read by the warm-ups asked of them.
    const stories = [restaurant(), parseArticle(file, readSeed())];
    const engine = new Engine(stories);
    const entitiesOf = (s: Parameters<typeof engine.index.entitiesOf>[0]) => engine.index.entitiesOf(s);
    expect(stories.some(referentsRead)).toBe(false);
    expect(await readReferents(engine.index.articles, entitiesOf)).toBe(2);
    expect(stories.every(referentsRead)).toBe(true);
    // The reading kept is the one a question gets.
    const story = stories[0] as (typeof stories)[number];
    const kept = [...referentsOf(story, entitiesOf).one].map(([i, r]) => [i, r.name]);
    expect(kept).toEqual([...findReferents(story, entitiesOf).one].map(([i, r]) => [i, r.name]));
    expect(kept.map(([, name]) => name)).toEqual(['Kwame Osei']);
  });

  it('is part of the background warm-up, and stops when the bot stops it', async () => {
    // The pipeline's practice is once a process: spent here, so that no practice question reads a story.
    await practiseAskingOnce(() => undefined);
    const story = restaurant();
    const engine = new Engine([story]);
    await engine.settle();
    expect(referentsRead(story)).toBe(true);
    const stop = new AbortController();
    stop.abort();
    const other = restaurant();
    expect(await readReferents([other], (s) => engine.index.entitiesOf(s), stop.signal)).toBe(0);
    expect(referentsRead(other)).toBe(false);
  });
});

describe('a practice question naming someone a pronoun opening stands for', () => {
  const story = () =>
    parseArticle(
      'bakery.txt',
      [
        'Bakery opens on the high street',
        'Amara Lindqvist, 41, opened her bakery in Otley on Friday.',
        'The shop sells rye bread and cinnamon buns.',
        'She trained as a pastry chef in Malmo before moving to Yorkshire.',
      ].join('\n\n'),
    );

  it('names the person once the story’s openings are read, and none before', async () => {
    const bakery = story();
    const engine = new Engine([bakery]);
    const entitiesOf = (s: Parameters<typeof engine.index.entitiesOf>[0]) => engine.index.entitiesOf(s);
    expect(namingPractice(engine.index.articles, entitiesOf)).toBeUndefined();
    expect(referentsRead(bakery)).toBe(false);
    await readReferents(engine.index.articles, entitiesOf);
    expect(namingPractice(engine.index.articles, entitiesOf)).toBe('what did Amara Lindqvist do?');
  });

  it('takes the path for sentences opening with the pronoun: they are credited with the name', async () => {
    const engine = new Engine([story()]);
    const entitiesOf = (s: Parameters<typeof engine.index.entitiesOf>[0]) => engine.index.entitiesOf(s);
    await readReferents(engine.index.articles, entitiesOf);
    const question = namingPractice(engine.index.articles, entitiesOf) ?? '';
    const groups = engine.assess(question).searched?.groups ?? [];
    expect(referentCredit(engine.index, groups, -1)?.size).toBeGreaterThan(0);
  });

  it('none when no story’s pronoun opening reads as one person', async () => {
    const plain = parseArticle(
      'rain.txt',
      'Rain due\n\nRain is due in Leeds on Monday.\n\nIt will clear by noon.',
    );
    const engine = new Engine([plain]);
    const entitiesOf = (s: Parameters<typeof engine.index.entitiesOf>[0]) => engine.index.entitiesOf(s);
    await readReferents(engine.index.articles, entitiesOf);
    expect(namingPractice(engine.index.articles, entitiesOf)).toBeUndefined();
  });
});

describe('practising the pipeline', () => {
  it('asks each practice question of the engine, a few times over', async () => {
    const seen: string[] = [];
    expect(await practiseAsking((q) => seen.push(q))).toBe(PRACTICE_QUESTIONS.length * QUESTION_PASSES);
    expect(new Set(seen)).toEqual(new Set(PRACTICE_QUESTIONS));
    // Every kind of question the engine tells apart is practised.
    for (const wh of ['who', 'what', 'when', 'where', 'how many', 'how much', 'why', 'which'])
      expect(PRACTICE_QUESTIONS.some((q) => q.startsWith(`${wh} `))).toBe(true);
  });

  it('asks the folder’s own questions too, each pass', async () => {
    const seen: string[] = [];
    const more = ['what did Kwame Osei do?'];
    const all = (PRACTICE_QUESTIONS.length + 1) * QUESTION_PASSES;
    expect(await practiseAsking((q) => seen.push(q), undefined, more)).toBe(all);
    expect(seen.filter((q) => q === more[0])).toHaveLength(QUESTION_PASSES);
  });

  it('stops when the bot stops it', async () => {
    const stop = new AbortController();
    const seen: string[] = [];
    const count = await practiseAsking((q) => {
      seen.push(q);
      if (seen.length === 5) stop.abort();
    }, stop.signal);
    expect(count).toBe(5);
  });

  it('once a process, but a pass stopped half-way does not count', async () => {
    // A module of its own: which engine practised first is the process's state.
    vi.resetModules();
    const { practiseAskingOnce } = await import('../../src/qa/warm-up.js');
    const stop = new AbortController();
    const seen: string[] = [];
    const stopped = await practiseAskingOnce((q) => {
      seen.push(q);
      if (seen.length === 5) stop.abort();
    }, stop.signal);
    expect(stopped).toBe(5);
    const all = PRACTICE_QUESTIONS.length * QUESTION_PASSES;
    expect(await practiseAskingOnce(() => undefined)).toBe(all);
    expect(await practiseAskingOnce(() => undefined)).toBe(0);
  });
});
