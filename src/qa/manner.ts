/**
 * "How did she die?", "how did the first test end?", "how was the fire put out?": a how-question with no
 * measure word after "how" asks the manner or the outcome of what happened, which no name gives ("Mill
 * Lane", where she was; "New Zealand", who played), nor a date, nor a phrase for a kind of person
 * ("retired postman", who died). Such candidates are left out, and with none left the passage alone
 * answers. Pure, apart from WordNet's person nouns (`isPersonHead`).
 */
import { isPersonHead, isWrittenAsName } from './answer-kind.js';
import type { Entity } from './entities.js';
import type { SpanKind } from './span-parts.js';

/** "How" and an auxiliary: "how did", "how was", "how will" (not "how many", "how long", "how is he"). */
const MANNER = /^\s*how\s+(?:did|does|do|was|were|will|would|can|could|has|have|had)\b/iu;

/** Does the question ask how something happened or was done? */
export function asksManner(question: string): boolean {
  return MANNER.test(question);
}

/** The candidates that may say a manner or an outcome: no name, date or phrase for a kind of person. */
export function mannerCandidates<
  T extends { span: { text: string; start: number; end: number }; kind: SpanKind },
>(candidates: readonly T[], question: string, tags: readonly Entity[]): T[] {
  if (!asksManner(question)) return [...candidates];
  // A phrase over a date the tagger finds ("1903") is that date.
  const dated = (c: T) => tags.some((t) => t.type === 'date' && t.start < c.span.end && t.end > c.span.start);
  return candidates.filter(
    (c) =>
      c.kind !== 'person' &&
      c.kind !== 'place' &&
      c.kind !== 'organization' &&
      !dated(c) &&
      !isWrittenAsName(c.span.text) &&
      !isPersonHead(c.span.text),
  );
}
