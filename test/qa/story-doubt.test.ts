/**
 * `storyDoubt` on its own: which stories it compares, when it asks the other story alone, and the
 * share of the confidence it gives the best story. The stories are `test/fixtures/story-doubt`'s (the
 * kite at position 0, the bakery at 1, the footbridge at 2); the ranking is written by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { expandQuestion } from '../../src/qa/expansion.js';
import { parseQuestion } from '../../src/qa/question.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { storyDoubt, type DoubtInput } from '../../src/qa/story-doubt.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const DIR = new URL('../fixtures/story-doubt', import.meta.url).pathname;
const read = (file: string) => parseArticle(file, readFileSync(join(DIR, file), 'utf8'));
const index = new SearchIndex([read('kite.txt'), read('bakery.txt'), read('bridge.txt')]);
/** The first sentence (document) of the story at a position. */
const docOf = (article: number) => index.firstDoc[article] ?? -1;

function input(question: string, ranked: DoubtInput['ranked'], confidences: (number | undefined)[]) {
  const asked: number[] = [];
  const parsed = parseQuestion(question);
  return {
    asked,
    input: {
      index,
      ranked,
      groups: expandQuestion(index, parsed, DEFAULT_WEIGHTS).groups,
      question: parsed,
      ratio: DEFAULT_WEIGHTS.STORY_DOUBT_RATIO,
      aloneConfidence: (article: number) => {
        asked.push(article);
        return confidences[article];
      },
    },
  };
}

describe('storyDoubt', () => {
  it("shares the confidence by the two stories' own when both answer alone", () => {
    const ranked = [
      { id: docOf(0), score: 1 },
      { id: docOf(1), score: 0.8 },
    ];
    const { input: doubtIn } = input('how long has she been doing it', ranked, [0.9, 0.6, undefined]);
    expect(storyDoubt(doubtIn)).toEqual({ other: 1, share: 0.6 });
  });

  it('compares the best passage of each story, whatever the order of the ranking', () => {
    const ranked = [
      { id: docOf(0), score: 0.5 },
      { id: docOf(2), score: 0.2 },
      { id: docOf(0) + 1, score: 1 },
      { id: docOf(1), score: 0.6 },
    ];
    const { input: doubtIn, asked } = input('how long has she been doing it', ranked, [0.5, 0.5, 0.5]);
    expect(storyDoubt(doubtIn)).toEqual({ other: 1, share: 0.5 });
    expect(asked).toEqual([1, 0]);
  });

  it('asks no story alone when the other scores below the ratio of the best', () => {
    const ranked = [
      { id: docOf(0), score: 1 },
      { id: docOf(1), score: DEFAULT_WEIGHTS.STORY_DOUBT_RATIO / 2 },
    ];
    const { input: doubtIn, asked } = input('how long has she been doing it', ranked, [0.9, 0.9, 0.9]);
    expect(storyDoubt(doubtIn)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('is no doubt when the other story, or the best one, refuses alone', () => {
    const ranked = [
      { id: docOf(0), score: 1 },
      { id: docOf(1), score: 0.9 },
    ];
    expect(
      storyDoubt(input('how long has she been doing it', ranked, [0.9, undefined]).input),
    ).toBeUndefined();
    expect(
      storyDoubt(input('how long has she been doing it', ranked, [undefined, 0.9]).input),
    ).toBeUndefined();
  });

  it('is no doubt when the question names the best story by a word the other lacks ("Maisie")', () => {
    const ranked = [
      { id: docOf(0), score: 1 },
      { id: docOf(1), score: 0.9 },
    ];
    const { input: doubtIn, asked } = input('how long did Maisie keep it up', ranked, [0.9, 0.9]);
    expect(storyDoubt(doubtIn)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('is no doubt with one story in the ranking', () => {
    const ranked = [{ id: docOf(0), score: 1 }];
    expect(storyDoubt(input('how long has she been doing it', ranked, [0.9]).input)).toBeUndefined();
  });
});
