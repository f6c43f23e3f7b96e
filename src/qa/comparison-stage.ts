/**
 * The comparison stage: for a yes/no question comparing two people's ages ("is the baker older than the
 * florist?"), the story of the best passage is read for each side's age (`comparison.ts`); when both are
 * found and differ, the answer is that yes or no (or, for "who is older, X or Y?", the side that is) with
 * the two sentences shown first, each age marked as the answer. Any other question, or a comparison the story does not settle, keeps its passages as they
 * are.
 */
import { compareSides, comparisonAsked, type Comparison } from './comparison.js';
import type { SearchIndex } from './search-index.js';
import type { Passage } from './types.js';

/** One side as the answer gives it: whose age, the age as written, and the passage it is in. */
export interface ComparedValue {
  label: string;
  value: string;
  passage: number;
}

/** What the stage adds to an answer: the yes or no, both sides, and the passages with theirs first. */
export interface ComparedAnswer {
  polarity: Comparison['polarity'];
  /** For "who is older, X or Y?", the side that is (`Comparison.chosen`). */
  chosen?: 0 | 1;
  sides: readonly [ComparedValue, ComparedValue];
  passages: Passage[];
}

/**
 * The question's words as read: each correction ("sponsered" → "sponsored") put in, word by word (the
 * reader's words are looked up, never made into a pattern).
 */
function corrected(question: string, corrections: readonly { from: string; to: string }[]): string {
  const fixed = new Map(corrections.map((c) => [c.from.toLowerCase(), c.to]));
  return question.replace(/\p{L}+/gu, (word) => fixed.get(word.toLowerCase()) ?? word);
}

/**
 * The comparison the best passage's story settles for the question, with its passages: the two sides'
 * sentences first (one, when both ages are in it), then the others shown as before. Each passage keeps
 * the score the search gave it; a side's sentence the search did not show has none (0): its place comes
 * from the comparison, not from a score, and a score copied from the passage that stood there would
 * claim a match the search never made. Undefined when the question compares nothing or the story does
 * not settle it.
 */
export function comparedAnswer(
  index: SearchIndex,
  question: string,
  corrections: readonly { from: string; to: string }[],
  shown: readonly Passage[],
): ComparedAnswer | undefined {
  const asked = comparisonAsked(corrected(question, corrections));
  const best = shown[0];
  if (asked === undefined || best === undefined) return undefined;
  const article = index.article(best.article.id);
  if (article === undefined) return undefined;
  const compared = compareSides(asked, article.sentences);
  if (compared === undefined) return undefined;
  const [left, right] = compared.sides;
  const order = left.sentence === right.sentence ? [left.sentence] : [left.sentence, right.sentence];
  const marks = (sentence: number) =>
    compared.sides
      .filter((s) => s.sentence === sentence)
      .map((s) => ({ start: s.start, end: s.end, kind: 'answer' as const }));
  const first = order.map((sentence): Passage => {
    const s = article.sentences[sentence];
    const at = shown.find((p) => p.article.id === best.article.id && p.sentence === sentence);
    return {
      text: s?.text ?? '',
      score: at?.score ?? 0,
      article: best.article,
      section: s?.role ?? 'body',
      sentence,
      highlights: [...(at?.highlights.filter((h) => h.kind === 'match') ?? []), ...marks(sentence)].sort(
        (a, b) => a.start - b.start,
      ),
    };
  });
  const rest = shown.filter((p) => p.article.id !== best.article.id || !order.includes(p.sentence));
  const passages = [...first, ...rest].slice(0, Math.max(shown.length, first.length));
  const at = (sentence: number) => order.indexOf(sentence);
  return {
    polarity: compared.polarity,
    ...(compared.chosen !== undefined ? { chosen: compared.chosen } : {}),
    sides: [
      { label: left.label, value: left.value, passage: at(left.sentence) },
      { label: right.label, value: right.value, passage: at(right.sentence) },
    ],
    passages,
  };
}
