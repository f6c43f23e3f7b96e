/**
 * `storyDoubt` on its own: which stories it compares, and when it asks the other story alone. The stories are `test/fixtures/story-doubt`'s (the
 * kite at position 0, the bakery at 1, the footbridge at 2; in `COPIED`, a copy of the kite's file at 1);
 * the ranking, and each story's own answer (its confidence, its first passage), are written by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { parseWebArticle } from '../../src/knowledge/web-page.js';
import { expandQuestion } from '../../src/qa/expansion.js';
import { parseQuestion } from '../../src/qa/question.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { storyDoubt, type AlonePassage, type DoubtInput } from '../../src/qa/story-doubt.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const DIR = new URL('../fixtures/story-doubt', import.meta.url).pathname;
const read = (file: string, as = file) => parseArticle(as, readFileSync(join(DIR, file), 'utf8'));
const index = new SearchIndex([read('kite.txt'), read('bakery.txt'), read('bridge.txt')]);
/** The folder with the kite's story saved twice (`kite-copy.txt`): the bakery is at 2. */
const COPIED = new SearchIndex([read('kite.txt'), read('kite.txt', 'kite-copy.txt'), read('bakery.txt')]);
/** The kite's story saved as a web page under another title ("… | Ashby Gazette") at 1: the bakery at 2. */
const PAGE = parseWebArticle('kite-page.html', readFileSync(join(DIR, 'kite-page.html'), 'utf8'));
if (PAGE === undefined) throw new Error('kite-page.html is no article');
const PAGED = new SearchIndex([read('kite.txt'), PAGE, read('bakery.txt')]);
/** The first sentence (document) of the story at a position. */
const docOf = (article: number, of = index) => of.firstDoc[article] ?? -1;
/** The document of the story at a position whose sentence holds `text`. */
function docWith(article: number, text: string, of = index): number {
  for (let d = docOf(article, of); d < (of.firstDoc[article + 1] ?? of.docs.length); d++)
    if (of.docs[d]?.sentence.text.includes(text) === true) return d;
  throw new Error(`no "${text}" in story ${article}`);
}
/** A ranked passage: the document `doc` at `score`. */
const rank = (doc: number, score: number, of = index) => ({ id: doc, score, tokens: of.tokens(doc) });
/** A story's own answer at `confidence`, from the document `doc` (by default its first). */
function said(confidence: number, article: number, doc = docOf(article), of = index): AlonePassage[] {
  return [{ score: confidence, sentence: of.docs[doc]?.sentence.index ?? -1 }];
}

function input(question: string, ranked: DoubtInput['ranked'], answers: AlonePassage[][], of = index) {
  const asked: number[] = [];
  const parsed = parseQuestion(question);
  return {
    asked,
    input: {
      index: of,
      ranked,
      groups: expandQuestion(of, parsed, DEFAULT_WEIGHTS).groups,
      question: parsed,
      ratio: DEFAULT_WEIGHTS.STORY_DOUBT_RATIO,
      alone: (article: number) => {
        asked.push(article);
        return answers[article] ?? [];
      },
    },
  };
}

describe('storyDoubt', () => {
  it('doubts when both stories answer alone', () => {
    const ranked = [rank(docOf(0), 1), rank(docOf(1), 0.8)];
    const { input: doubtIn } = input('how long has she been doing it', ranked, [said(0.9, 0), said(0.6, 1)]);
    expect(storyDoubt(doubtIn)).toEqual({ other: 1 });
  });

  it('compares the best passage of each story, whatever the order of the ranking', () => {
    const ranked = [rank(docOf(0), 0.5), rank(docOf(2), 0.2), rank(docOf(0) + 1, 1), rank(docOf(1), 0.6)];
    const { input: doubtIn, asked } = input('how long has she been doing it', ranked, [
      said(0.5, 0),
      said(0.5, 1),
      said(0.5, 2),
    ]);
    expect(storyDoubt(doubtIn)).toEqual({ other: 1 });
    expect(asked).toEqual([1, 0]);
  });

  it('asks no story alone when the other scores below the ratio of the best', () => {
    const ranked = [rank(docOf(0), 1), rank(docOf(1), DEFAULT_WEIGHTS.STORY_DOUBT_RATIO / 2)];
    const { input: doubtIn, asked } = input('how long has she been doing it', ranked, [
      said(0.9, 0),
      said(0.9, 1),
      said(0.9, 2),
    ]);
    expect(storyDoubt(doubtIn)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('is no doubt when the other story, or the best one, refuses alone', () => {
    const ranked = [rank(docOf(0), 1), rank(docOf(1), 0.9)];
    expect(
      storyDoubt(input('how long has she been doing it', ranked, [said(0.9, 0), []]).input),
    ).toBeUndefined();
    expect(
      storyDoubt(input('how long has she been doing it', ranked, [[], said(0.9, 1)]).input),
    ).toBeUndefined();
  });

  it('is no doubt when the question names the best story by a word the other lacks ("Maisie")', () => {
    const ranked = [rank(docOf(0), 1), rank(docOf(1), 0.9)];
    const { input: doubtIn, asked } = input('how long did Maisie keep it up', ranked, [
      said(0.9, 0),
      said(0.9, 1),
    ]);
    expect(storyDoubt(doubtIn)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('is no doubt with one story in the ranking', () => {
    const ranked = [rank(docOf(0), 1)];
    expect(storyDoubt(input('how long has she been doing it', ranked, [said(0.9, 0)]).input)).toBeUndefined();
  });

  it.each([
    ['a copy of its file', COPIED],
    ['a saved web page of it under another title', PAGED],
  ])('passes over %s (the same sentences) and weighs the next story', (_, of) => {
    const ranked = [rank(docOf(0, of), 1, of), rank(docOf(1, of), 1, of), rank(docOf(2, of), 0.8, of)];
    const answers = [said(0.9, 0, undefined, of), said(0.9, 1, undefined, of), said(0.6, 2, undefined, of)];
    const { input: doubtIn, asked } = input('how long has she been doing it', ranked, answers, of);
    expect(storyDoubt(doubtIn)).toEqual({ other: 2 });
    expect(asked).toEqual([2, 0]);
  });

  it('is no doubt from a copy alone: the story and its copy, no other story near', () => {
    const ranked = [
      rank(docOf(0, COPIED), 1, COPIED),
      rank(docOf(1, COPIED), 1, COPIED),
      rank(docOf(2, COPIED), DEFAULT_WEIGHTS.STORY_DOUBT_RATIO / 2, COPIED),
    ];
    const answers = [
      said(0.9, 0, undefined, COPIED),
      said(0.9, 1, undefined, COPIED),
      said(0.6, 2, undefined, COPIED),
    ];
    const { input: doubtIn, asked } = input('how long has she been doing it', ranked, answers, COPIED);
    expect(storyDoubt(doubtIn)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('is no doubt when the other story alone answers from a passage other than the one that doubted', () => {
    const ranked = [rank(docOf(0), 1), rank(docOf(1), 0.8)];
    const elsewhere = said(0.9, 1, docOf(1) + 2);
    const { input: doubtIn } = input('how long has she been doing it', ranked, [said(0.9, 0), elsewhere]);
    expect(storyDoubt(doubtIn)).toBeUndefined();
  });

  it("is no doubt when the best story alone gives no passage of the folder's answer", () => {
    const ranked = [rank(docOf(0), 1), rank(docOf(1), 0.8)];
    const elsewhere = said(0.9, 0, docOf(0) + 2);
    const { input: doubtIn } = input('how long has she been doing it', ranked, [elsewhere, said(0.9, 1)]);
    expect(storyDoubt(doubtIn)).toBeUndefined();
  });

  it("is no doubt when the doubting passage holds fewer of the question's words than the answer (another reading)", () => {
    // "time": the kite's father timed her; the bakery won "for the first time", and has baked for forty years.
    const timed = docWith(0, 'timed');
    const forty = docWith(1, 'forty years');
    const first = docWith(1, 'first time');
    const question = 'how much time did she take';
    const lacking = input(
      question,
      [rank(timed, 1), rank(forty, 0.8)],
      [said(0.9, 0, timed), said(0.9, 1, forty)],
    );
    expect(storyDoubt(lacking.input)).toBeUndefined();
    const holding = input(
      question,
      [rank(timed, 1), rank(first, 0.8)],
      [said(0.9, 0, timed), said(0.9, 1, first)],
    );
    expect(storyDoubt(holding.input)).toEqual({ other: 1 });
  });

  it("finds the folder's answer among the best story's own passages, not only its first", () => {
    const ranked = [rank(docOf(0), 1), rank(docOf(1), 0.8)];
    const ours = [{ score: 0.9, sentence: 3 }, ...said(0.3, 0)];
    expect(storyDoubt(input('how long has she been doing it', ranked, [ours, said(0.6, 1)]).input)).toEqual({
      other: 1,
    });
  });
});
