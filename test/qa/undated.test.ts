/** A date asked of passages that give none (`undated.ts`). */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import type { Group } from '../../src/qa/expansion.js';
import { stem, tokenize } from '../../src/qa/text.js';
import type { Passage } from '../../src/qa/types.js';
import { datedPassageAt, datesNone } from '../../src/qa/undated.js';

const date = { slot: 'date' } as const;
const view = (text: string) => ({ text, tokens: tokenize(text), entities: () => findEntities(text) });
const shown = (text: string, sentence: number, section: Passage['section'] = 'body') => ({
  passage: {
    text,
    score: 1,
    article: { id: 'a', title: 'A', file: 'a.txt' },
    section,
    sentence,
    highlights: [],
  } as Passage,
  view: view(text),
});
/** "close", with its synonyms as the expansion gives them. */
const close: Group = {
  word: 'close',
  idf: 2,
  terms: ['close', 'final', 'last', 'end', 'shut'].map((w, i) => ({
    stem: stem(w),
    weight: i === 0 ? 1 : 0.5,
  })),
};

describe('datedPassageAt', () => {
  const headline = shown('Village shop to close after 45 years as owner retires', -1, 'title');
  const letter = shown(
    'In a note pinned to the door last week, she wrote: "This is not the ending I wanted."',
    4,
  );
  const lead = shown('The shop will shut for the final time at the end of June.', 0);
  const undated = shown('Customers said they would miss the shop.', 2);

  it('a headline giving no date gives way to the earliest body passage of its story giving one', () => {
    expect(datedPassageAt(date, [headline, letter, lead], [close])).toBe(2);
    expect(datedPassageAt(date, [headline, lead, letter], [close])).toBe(1);
  });

  it('none moves when no lower passage gives a date, or when a date is not asked', () => {
    expect(datedPassageAt(date, [headline, undated], [close])).toBe(0);
    expect(datedPassageAt({ slot: 'person' }, [headline, lead], [close])).toBe(0);
  });

  it('a body passage keeps its place, dated or not', () => {
    expect(datedPassageAt(date, [undated, lead], [close])).toBe(0);
  });
});

describe('datesNone', () => {
  it('a date asked, no short answer, and no date in the passage shown first', () => {
    const dent = view('He recognised it from a dent in the bonnet.');
    expect(datesNone(date, dent, [], false)).toBe(true);
    expect(datesNone(date, dent, [], true)).toBe(false);
    expect(datesNone({ slot: 'person' }, dent, [], false)).toBe(false);
    expect(datesNone(date, view('It was taken on 6 June 2015.'), [], false)).toBe(false);
  });
});
