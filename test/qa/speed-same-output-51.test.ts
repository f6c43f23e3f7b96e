/**
 * What session 51 made faster gives what it gave before: each shortcut against the plain reading it
 * replaced, written out here (as `speed-same-output.test.ts` does for session 25's). A word's
 * inflections are written by compromise once (`inflectionsOf`), the same forms as written afresh
 * (`inflect`); the story doubt compares no stories' sentences when no other story's passage reaches
 * the ratio, and doubts exactly as the reading that always compared them first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { namesAgainst } from '../../src/qa/conversation-article.js';
import { expandQuestion } from '../../src/qa/expansion.js';
import { inflect, inflectionsOf, type Pos } from '../../src/qa/morphology.js';
import { parseQuestion } from '../../src/qa/question.js';
import { copiesOf } from '../../src/qa/same-story.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { storyDoubt, type AlonePassage, type DoubtInput } from '../../src/qa/story-doubt.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const WORDS = ['sign', 'run', 'county', 'child', 'go', 'walker', 'fisher', 'happy', 'good', 'sined', 'mouse'];
const POS: readonly Pos[] = ['noun', 'verb', 'adj'];

describe("a word's inflections, written once", () => {
  it('are the forms compromise writes afresh, asked once or again', () => {
    for (const pos of POS)
      for (const word of WORDS) {
        const fresh = inflect(word, pos);
        expect(inflectionsOf(word, pos)).toEqual(fresh);
        expect(inflectionsOf(word, pos)).toEqual(fresh);
      }
    expect(inflectionsOf('sign', 'verb')).toEqual(['signed', 'signs', 'signing']);
    expect(inflectionsOf('county', 'noun')).toEqual(['counties']);
  });

  it('are remembered: asked again, the same list, not written again', () => {
    const first = inflectionsOf('borrow', 'verb');
    expect(inflectionsOf('borrow', 'verb')).toBe(first);
    // Each part of speech its own: "sign" the noun is not "sign" the verb.
    expect(inflectionsOf('sign', 'noun')).toEqual(['signs']);
  });
});

const DIR = new URL('../fixtures/story-doubt', import.meta.url).pathname;
const read = (file: string, as = file) => parseArticle(as, readFileSync(join(DIR, file), 'utf8'));
/** Four stories, the kite's twice (at 0 and 1): copies matter to which story is the other. */
const INDEX = new SearchIndex([
  read('kite.txt'),
  read('kite.txt', 'kite-copy.txt'),
  read('bakery.txt'),
  read('bridge.txt'),
]);

/** `storyDoubt` as it read before session 51: the stories compared (copies read) before the ratio. */
function plainDoubt(input: DoubtInput): { other: number } | undefined {
  const { index, groups, question } = input;
  const head = input.ranked[0];
  const first = head === undefined ? undefined : index.articleOf[head.id];
  if (head === undefined || first === undefined) return undefined;
  let own = head;
  let other: number | undefined;
  let theirs: DoubtInput['ranked'][number] | undefined;
  const copy = copiesOf(index, first);
  for (const r of input.ranked) {
    const article = index.articleOf[r.id];
    if (article === undefined) continue;
    if (article === first) own = r.score > own.score ? r : own;
    else if (r.score > (theirs?.score ?? 0) && !copy(article)) [other, theirs] = [article, r];
  }
  if (other === undefined || theirs === undefined || own.score <= 0) return undefined;
  if (theirs.score < own.score * input.ratio) return undefined;
  if (namesAgainst(index, groups, question, first, other)) return undefined;
  const held = (r: DoubtInput['ranked'][number]) => {
    const stems = new Set(r.tokens.map((t) => t.stem));
    return groups.filter((g) => g.terms.some((t) => stems.has(t.stem))).length;
  };
  const needed = held(head);
  const could = (r: DoubtInput['ranked'][number]) =>
    index.articleOf[r.id] === other && r.score >= own.score * input.ratio && held(r) >= needed;
  if (!input.ranked.some(could)) return undefined;
  const sentenceOf = (id: number) => index.docs[id]?.sentence.index;
  const mine = input.alone(other)[0];
  const doubting = input.ranked.find((r) => could(r) && sentenceOf(r.id) === mine?.sentence);
  if (mine === undefined || doubting === undefined) return undefined;
  return input.alone(first).some((p) => p.sentence === sentenceOf(head.id)) ? { other } : undefined;
}

/** A reproducible stream of numbers in [0, 1). */
function numbers(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('the story doubt, its stories compared only when another could doubt', () => {
  const question = parseQuestion('how long has she been doing it');
  const groups = expandQuestion(INDEX, question, DEFAULT_WEIGHTS).groups;
  const docs = INDEX.docs.length;
  /**
   * Each story answers alone from its passage ranked first (else its first sentence), or, for
   * `refusing`, refuses.
   */
  const alone = (ranked: DoubtInput['ranked'], refusing: number) => (article: number) => {
    if (article === refusing) return [];
    const id = ranked.find((r) => INDEX.articleOf[r.id] === article)?.id ?? INDEX.firstDoc[article] ?? 0;
    return [{ sentence: INDEX.docs[id]?.sentence.index ?? -1, score: 0.5 }];
  };

  it('doubts as the reading that compared the stories first, over many rankings', () => {
    const next = numbers(51);
    let doubted = 0;
    for (let trial = 0; trial < 400; trial++) {
      const ranked = Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
        const id = Math.floor(next() * docs);
        // Scores at and around the ratio's edge, some of them 0.
        const score = next() < 0.1 ? 0 : Math.round(next() * 10) / 10;
        return { id, score, tokens: INDEX.tokens(id) };
      });
      const refusing = Math.floor(next() * 5);
      const base = { index: INDEX, groups, question, ratio: DEFAULT_WEIGHTS.STORY_DOUBT_RATIO };
      const expected = plainDoubt({ ...base, ranked, alone: alone(ranked, refusing) });
      expect(storyDoubt({ ...base, ranked, alone: alone(ranked, refusing) })).toEqual(expected);
      if (expected !== undefined) doubted++;
    }
    // Both ways: the rankings doubted and not.
    expect(doubted).toBeGreaterThan(10);
  });

  it("reads no story's sentences when no other story's passage reaches the ratio", () => {
    let read = 0;
    const counted = new Proxy(INDEX, {
      get(target, key, receiver) {
        if (key === 'docs') read++;
        const value: unknown = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const low = DEFAULT_WEIGHTS.STORY_DOUBT_RATIO / 2;
    const first = INDEX.firstDoc[2] ?? 0;
    const other = INDEX.firstDoc[3] ?? 0;
    const ranked = [
      { id: first, score: 1, tokens: INDEX.tokens(first) },
      { id: other, score: low, tokens: INDEX.tokens(other) },
    ];
    const asked: number[] = [];
    const doubt = storyDoubt({
      index: counted,
      ranked,
      groups,
      question,
      ratio: DEFAULT_WEIGHTS.STORY_DOUBT_RATIO,
      alone: (article: number): AlonePassage[] => {
        asked.push(article);
        return [];
      },
    });
    expect(doubt).toBeUndefined();
    expect(asked).toEqual([]);
    expect(read).toBe(0);
  });
});
