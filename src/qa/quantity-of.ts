/**
 * A what-question answered with a quantity of a thing: "what did they steal?" of "thieves stole hundreds
 * of metres of signalling cable" was answered "hundreds of metres" at 0.97 (nc56): the tagger's phrases
 * end at each "of", and the span model took the measure, which says how much, not what. A span whose
 * last word is a unit of measure ("metres", "tonnes") or a count word ("hundreds", "dozens"), with "of"
 * and a noun phrase after it, is grown over that phrase: the thing, with how much of it. Only for a
 * question that does not ask how much or how many (`ParsedQuestion['type']` "other"), which the
 * measure alone answers.
 */
import type { Entity } from './entities.js';
import type { Span } from './span-input.js';
import { isKindOf } from './wordnet.js';

/** Is the word a unit of measure or a count said as a noun ("metres", "hundreds", "dozens")? */
function measuresAmount(word: string): boolean {
  return (
    isKindOf(word, 'unit_of_measurement') ||
    isKindOf(word, 'large_integer') ||
    /^(?:dozens?|scores|hundreds|thousands|millions)$/iu.test(word)
  );
}

/** The span grown over the "of" phrase after it when it ends on a measure (see above); else the span. */
export function withThingMeasured(text: string, tags: readonly Entity[], span: Span): Span {
  const last = /(\p{L}+)$/u.exec(text.slice(span.start, span.end))?.[1];
  if (last === undefined || !measuresAmount(last.toLowerCase())) return span;
  const of = /^\s+of\s+/u.exec(text.slice(span.end));
  if (of === null) return span;
  const from = span.end + of[0].length;
  // The noun phrase after "of", with up to two words the tagger left out of it before ("signalling" of
  // "signalling cable", read as a verb); a name or a mark between ends the thing measured.
  const phrase = tags
    .filter(
      (t) =>
        t.type === 'phrase' && t.start >= from && /^(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(from, t.start)),
    )
    .reduce<Entity | undefined>((a, t) => (a === undefined || t.start < a.start ? t : a), undefined);
  if (phrase === undefined) return span;
  return { text: text.slice(span.start, phrase.end), start: span.start, end: phrase.end };
}
