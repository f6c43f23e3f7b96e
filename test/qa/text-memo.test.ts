/**
 * The readings `text-memo.ts` remembers are those a fresh reading gives: each sentence of a small story
 * of our own tagged through the memo equals compromise's tagging of it, asked again, and after more
 * than RECENT_TEXTS other texts pushed it out; a measure grown by `wholeMeasure` (which reads the
 * passage's measures through the memo) is the one `compoundMeasures` reads afresh.
 */
import { describe, expect, it } from 'vitest';
import { taggedTerms, type TaggedTerm } from '../../src/nlp/nlp.js';
import { compoundMeasures, wholeMeasure } from '../../src/qa/compound-measure.js';
import { RECENT_TEXTS, rememberedReading, rememberedTerms } from '../../src/qa/text-memo.js';

const STORY = [
  'The Harbour Trust said on Tuesday that the ferry to Port Avery would not sail until Friday.',
  'Passengers have been advised to check timetables before travelling.',
  'The repairs took four years and eight months, and cost £2.4 million.',
  'Nobody was hurt when the gangway collapsed, the trust’s chief executive, Sara Holm, said.',
  'The bakery is based in the market town of Ollerton Vale.',
];

/** A tagged text as plain data: its terms' texts, starts and tags (sorted). */
const plain = (terms: readonly TaggedTerm[]) =>
  terms.map((t) => ({ text: t.text, start: t.start, tags: [...t.tags].sort() }));

describe('text-memo', () => {
  it('tags each sentence as compromise does, first, again and after the bound', () => {
    for (const s of STORY) expect(plain(rememberedTerms(s))).toEqual(plain(taggedTerms(s)));
    for (const s of STORY) expect(plain(rememberedTerms(s))).toEqual(plain(taggedTerms(s)));
    for (let i = 0; i <= RECENT_TEXTS; i++) rememberedTerms(`word${i}`);
    for (const s of STORY) expect(plain(rememberedTerms(s))).toEqual(plain(taggedTerms(s)));
  });

  it('gives the same value object while a text is recent, and reads it again once pushed out', () => {
    let reads = 0;
    const read = rememberedReading((text: string) => {
      reads++;
      return { length: text.length };
    });
    const first = read('four years');
    expect(read('four years')).toBe(first);
    expect(reads).toBe(1);
    for (let i = 0; i < RECENT_TEXTS; i++) read(`other ${i}`);
    expect(read('four years')).toEqual(first);
    expect(reads).toBe(RECENT_TEXTS + 2);
  });

  it('reads a text whose reading finds nothing once while it is recent, then again once pushed out', () => {
    let reads = 0;
    const read = rememberedReading((text: string) => {
      reads++;
      return text.startsWith('who') ? text.length : undefined;
    });
    expect(read('what did the ferry cost?')).toBeUndefined();
    expect(read('what did the ferry cost?')).toBeUndefined();
    expect(reads).toBe(1);
    for (let i = 0; i < RECENT_TEXTS; i++) read(`other ${i}`);
    expect(read('what did the ferry cost?')).toBeUndefined();
    expect(reads).toBe(RECENT_TEXTS + 2);
  });

  it('grows a span over the whole measure as a fresh reading of the passage does', () => {
    const text = STORY[2] as string;
    const start = text.indexOf('four years');
    const span = { text: 'four years', start, end: start + 'four years'.length };
    const fresh = compoundMeasures(text).find((m) => span.start < m.end && span.end > m.start);
    expect(fresh).toBeDefined();
    const grown = wholeMeasure(text, span);
    expect(grown).toEqual({
      text: text.slice(fresh?.start, fresh?.end),
      start: fresh?.start,
      end: fresh?.end,
    });
    expect(wholeMeasure(text, span)).toEqual(grown);
    expect(grown.text).toBe('four years and eight months');
  });
});
