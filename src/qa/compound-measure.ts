/**
 * A measure English gives in two units is one measure: "four years and eight months", "two hours and 15
 * minutes", "3 years, 2 months", "six feet two inches" (a larger unit, then a smaller one of the same
 * kind), and "a year and a half" (a unit and a fraction of it). A short answer that stops at its first
 * part ("four years") gives the wrong length, however near the question's words it stands. The kind of
 * each part is read from its unit as `measure.ts` reads it (WordNet's classes of units). Pure, apart
 * from WordNet look-ups.
 */
import { lemmaOf } from './lemma.js';
import { measuresOfUnit, type Measure } from './measure.js';
import { detachedBases } from './morphology.js';
import { numbersIn, SCALE_AFTER } from './numbers.js';
import type { Span } from './span-input.js';
import { rememberedReading } from './text-memo.js';
import { isPartOf } from './wordnet.js';

/** One part: a number (or "a", "an") and its unit, with the unit's dictionary form and kinds. */
interface Part {
  start: number;
  end: number;
  unit: string;
  measures: readonly Measure[];
}

/** After a number: an optional scale word, then the unit word ("years", "15 minutes"). */
const UNIT_AFTER = new RegExp(String.raw`^${SCALE_AFTER}[\s-]+(\p{L}+)`, 'iu');

/** "a year", "an hour": the article stands for one. */
const ARTICLE = /\ban?\b/giu;
const ARTICLE_AT = /^an?\b/iu;

/** Between two parts of one measure: "and", a comma, or both ("3 years, 2 months"; "six feet two inches"). */
const BETWEEN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)$/iu;

/** Only a space between them: the next part must open on a number ("five hours a day" is a rate). */
const SPACE_ONLY = /^\s+$/u;

/** After a part: a fraction of its unit ("a year and a half"). */
const FRACTION_AFTER = /^\s+and\s+an?\s+(?:half|quarter)\b/iu;

/** After a part's unit: what it is an amount of ("200 hours of community service"), no length of its own. */
const OF_AFTER = /^\s+of\b/iu;

/** The measure parts of a text, in order: each number or article with the unit after it. */
function partsOf(text: string): Part[] {
  const starts = [
    ...numbersIn(text).map((n) => ({ start: n.start, end: n.end })),
    ...[...text.matchAll(ARTICLE)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ].sort((a, b) => a.start - b.start);
  return starts.flatMap((n) => {
    const unit = UNIT_AFTER.exec(text.slice(n.end));
    const word = unit?.[1];
    if (unit === null || word === undefined) return [];
    const lower = word.toLowerCase();
    // "minutes" is a noun of its own to WordNet (a meeting's record), which `lemmaOf` keeps: its
    // singular says the unit.
    const singular = [...detachedBases(lower, 'noun')].find((b) => measuresOfUnit(b).length > 0);
    const measures =
      measuresOfUnit(word).length > 0 ? measuresOfUnit(word) : measuresOfUnit(singular ?? word);
    if (measures.length === 0) return [];
    return [
      { start: n.start, end: n.end + unit[0].length, unit: singular ?? lemmaOf(lower) ?? lower, measures },
    ];
  });
}

/** Can `next` go on the measure `part` gives: the same kind, in another unit, joined as one measure? */
function continues(text: string, part: Part, next: Part): boolean {
  const between = text.slice(part.end, next.start);
  return (
    BETWEEN.test(between) &&
    !(SPACE_ONLY.test(between) && ARTICLE_AT.test(text.slice(next.start))) &&
    next.unit !== part.unit &&
    // "18 months and two years" are two lengths: a unit goes on only with a smaller one.
    !isPartOf(part.unit, next.unit) &&
    next.measures.some((m) => part.measures.includes(m)) &&
    !OF_AFTER.test(text.slice(next.end))
  );
}

/** Every measure of more than one part in the text ("four years and eight months", "a year and a half"). */
export function compoundMeasures(text: string): { start: number; end: number }[] {
  const parts = partsOf(text);
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const first = parts[i] as Part;
    let last = first;
    while (i + 1 < parts.length && continues(text, last, parts[i + 1] as Part)) last = parts[++i] as Part;
    const fraction = FRACTION_AFTER.exec(text.slice(last.end));
    const end = fraction === null ? last.end : last.end + fraction[0].length;
    if (last !== first || fraction !== null) out.push({ start: first.start, end });
  }
  return out;
}

/**
 * `compoundMeasures`, read once per passage text while it is recent (`text-memo.ts`): every answered
 * question reads its passage's measures, and a story's passages come back question after question.
 */
const measuresOf = rememberedReading(compoundMeasures);

/**
 * The span, grown over the whole of a measure of several parts it holds only part of ("four years" of
 * "four years and eight months", "year" of "a year and a half"); the span as it is otherwise.
 */
export function wholeMeasure(text: string, span: Span): Span {
  const whole = measuresOf(text).find((m) => span.start < m.end && span.end > m.start);
  if (whole === undefined || (span.start <= whole.start && span.end >= whole.end)) return span;
  const start = Math.min(span.start, whole.start);
  const end = Math.max(span.end, whole.end);
  return { text: text.slice(start, end), start, end };
}
