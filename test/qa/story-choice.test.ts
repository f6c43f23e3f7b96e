/**
 * `storyChoice` on its own: which stories of the folder's ranking it weighs, which it asks the question
 * alone, and when the reader is asked to choose. The stories are `test/fixtures/story-choice`'s (the
 * library at position 0, the footbridge at 1, the bus strike at 2, the airline at 3; in `COPIED`, a copy
 * of the library's file at 1); the ranking, and whether each story answers alone, are written by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { expandQuestion } from '../../src/qa/expansion.js';
import { parseQuestion } from '../../src/qa/question.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { pointsOutside, STORY_CHOICES, storyChoice, type ChoiceInput } from '../../src/qa/story-choice.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const DIR = new URL('../fixtures/story-choice', import.meta.url).pathname;
const read = (file: string, as = file) => parseArticle(as, readFileSync(join(DIR, file), 'utf8'));
const STORIES = ['library.txt', 'footbridge.txt', 'bus-strike.txt', 'airline.txt'].map((f) => read(f));
const index = new SearchIndex(STORIES);
/** The library's story saved twice (`library-copy.txt` at 1), then the footbridge at 2. */
const COPIED = new SearchIndex([
  read('library.txt'),
  read('library.txt', 'library-copy.txt'),
  read('footbridge.txt'),
]);
/** A passage of the story at a position (its first sentence) at `score`. */
const rank = (article: number, score: number, of = index) => ({ id: of.firstDoc[article] ?? -1, score });

/** The choice's input for a question, a ranking and the stories that answer alone; `asked`: those asked. */
function input(question: string, ranked: ChoiceInput['ranked'], answering: number[], of = index) {
  const asked: number[] = [];
  const parsed = parseQuestion(question);
  const choice: ChoiceInput = {
    index: of,
    ranked,
    groups: expandQuestion(of, parsed, DEFAULT_WEIGHTS).groups,
    question: parsed,
    ratio: DEFAULT_WEIGHTS.STORY_DOUBT_RATIO,
    answers: (article) => {
      asked.push(article);
      return answering.includes(article);
    },
  };
  return { asked, choice };
}

describe('storyChoice', () => {
  it('names the stories of the ranking that each answer a question pointing back, in its order', () => {
    const { choice, asked } = input('when did it open?', [rank(1, 1), rank(0, 0.9), rank(3, 0.5)], [0, 1]);
    expect(storyChoice(choice)).toEqual([1, 0]);
    expect(asked).toEqual([1, 0, 3]);
  });

  it('weighs each story by its best passage, wherever the ranking puts it', () => {
    const ranked = [rank(1, 0.5), { id: (index.firstDoc[1] ?? 0) + 1, score: 1 }, rank(0, 0.3)];
    expect(storyChoice(input('when did it open?', ranked, [0, 1]).choice)).toEqual([1, 0]);
  });

  it('asks no story when no pronoun points back: "when did the bridge open?" names what it asks about', () => {
    const { choice, asked } = input('when did the bridge open?', [rank(1, 1), rank(0, 0.9)], [0, 1]);
    expect(storyChoice(choice)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('is no choice when only one story answers alone', () => {
    expect(storyChoice(input('when did it open?', [rank(1, 1), rank(0, 0.9)], [1]).choice)).toBeUndefined();
  });

  it('passes over a story whose best passage scores below the ratio of the best: one left, none asked', () => {
    const low = DEFAULT_WEIGHTS.STORY_DOUBT_RATIO / 2;
    const { choice, asked } = input('when did it open?', [rank(1, 1), rank(0, low)], [0, 1]);
    expect(storyChoice(choice)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('asks at most STORY_CHOICES stories', () => {
    const ranked = [rank(0, 1), rank(1, 0.9), rank(2, 0.8), rank(3, 0.7)];
    const { choice, asked } = input('how much did it cost?', ranked, [0, 1, 2, 3]);
    expect(storyChoice(choice)).toHaveLength(STORY_CHOICES);
    expect(asked).toHaveLength(STORY_CHOICES);
  });

  it('a copy of a story weighed is no other story to choose', () => {
    const ranked = [rank(0, 1, COPIED), rank(1, 1, COPIED), rank(2, 0.8, COPIED)];
    const { choice, asked } = input('when did it open?', ranked, [0, 1, 2], COPIED);
    expect(storyChoice(choice)).toEqual([0, 2]);
    expect(asked).toEqual([0, 2]);
  });

  it('a question naming one story by a word another lacks is no choice ("when did it open in Harbury?")', () => {
    const { choice } = input('when did it open in Harbury?', [rank(1, 1), rank(0, 0.9)], [0, 1]);
    expect(storyChoice(choice)).toBeUndefined();
  });

  it('an empty ranking, or one scoring nothing, is no choice', () => {
    expect(storyChoice(input('when did it open?', [], [0, 1]).choice)).toBeUndefined();
    expect(storyChoice(input('when did it open?', [rank(0, 0), rank(1, 0)], [0, 1]).choice)).toBeUndefined();
  });
});

describe('pointsOutside', () => {
  it('a pronoun with nothing named before it in the question stands for something outside it', () => {
    for (const q of [
      'When did it open?',
      'how old is he',
      'where are they in their group',
      'has she won anything before',
    ])
      expect(pointsOutside(q), q).toBe(true);
  });

  it('a noun before it that the pronoun cannot stand for leaves it outside', () => {
    // "it" is no critics, "them" no company, "it" no passengers, "he" no authors typed "authers".
    for (const q of [
      'why are critics against it',
      'whats the company offering them',
      'how many passengers did it fly',
      'why do officals say they can take it',
    ])
      expect(pointsOutside(q), q).toBe(true);
  });

  it('a noun or name before it that it agrees with is what it stands for', () => {
    for (const q of [
      'How many households has kids under the age of 18 living in them?',
      'What movement did the fair held in June have its origins in?',
      'who is the new boss and where did she work before',
      'Where did Conte make his claims?',
      'which countries have actually done what they were told',
    ])
      expect(pointsOutside(q), q).toBe(false);
  });

  it('a question with no pronoun points at nothing outside it', () => {
    for (const q of ['who owns the farm', 'when is the strike?', 'when did the library open?'])
      expect(pointsOutside(q), q).toBe(false);
  });
});
