/**
 * "How did she die?", "how did the first test end?", "how was the fire put out?": a how-question with no
 * measure word after "how" asks the manner or the outcome of what happened, which no name gives ("Mill
 * Lane", where she was; "New Zealand", who played), nor a date, nor a phrase for a kind of person
 * ("retired postman", who died), nor a count ("Thirty-seven adults" for "how did they count them?":
 * how many there were, not how). Such candidates are left out, and with none left the passage alone
 * answers. Pure, apart from WordNet's person nouns (`isPersonHead`).
 */
import { isPersonHead, isWrittenAsName } from './answer-kind.js';
import type { Entity } from './entities.js';
import type { SpanKind } from './span-parts.js';
import { ORDINAL_WORD } from './numbers.js';
import { SCORELINE } from './scoreline.js';

/** "How" and an auxiliary: "how did", "how was", "how will" (not "how many", "how long", "how is he"). */
const MANNER = /^\s*how\s+(?:did|does|do|was|were|will|would|can|could|has|have|had)\b/iu;

/** Does the question ask how something happened or was done? */
export function asksManner(question: string): boolean {
  return MANNER.test(question);
}

/** A position in a row ("first tennis classes"), which counts nothing. */
const ORDINAL = new RegExp(String.raw`^${ORDINAL_WORD}\b`, 'iu');

/**
 * The candidates that may say a manner or an outcome: no name, date, phrase for a kind of person, nor
 * a number or a phrase a number opens, which say how many, not how.
 */
export function mannerCandidates<
  T extends { span: { text: string; start: number; end: number }; kind: SpanKind },
>(candidates: readonly T[], question: string, tags: readonly Entity[]): T[] {
  if (!asksManner(question)) return [...candidates];
  // A phrase over a date the tagger finds ("1903") is that date.
  const dated = (c: T) => tags.some((t) => t.type === 'date' && t.start < c.span.end && t.end > c.span.start);
  // "Thirty-seven adults", "one pond": a count opens the phrase (not "a three-hour search", a number
  // joined to the next word, which describes, nor "first tennis classes", a position).
  // A scoreline ("2-1", `SCORELINE`) is an outcome ("how did the final end?"), not a count.
  const counted = (c: T) =>
    SCORELINE.exec(c.span.text)?.[0] !== c.span.text &&
    !ORDINAL.test(c.span.text) &&
    (c.kind === 'number' ||
      tags.some(
        (t) =>
          t.type === 'number' && t.start === c.span.start && !/^-/u.test(c.span.text.slice(t.end - t.start)),
      ));
  return candidates.filter(
    (c) =>
      c.kind !== 'person' &&
      c.kind !== 'place' &&
      c.kind !== 'organization' &&
      !dated(c) &&
      !counted(c) &&
      !isWrittenAsName(c.span.text) &&
      !isPersonHead(c.span.text),
  );
}
