/**
 * A condition is no fact: "If we lose 2-0 we are out" says nothing of a score that was, and "if you had
 * said the score will be 3-1" nothing of one that is. A question about what was or what happened is not
 * answered by a span inside a clause that "if" or "unless" opens. Pure.
 */
import { CLAUSE_END } from './span-parts.js';

/** Auxiliaries that ask about what was or what happened ("what was the score", "who did they beat"). */
const PAST_QUESTION = /\b(?:was|were|did|had)\b/i;
const CONDITION = /\b(?:if|unless)\b/i;
/** Every clause boundary (`CLAUSE_END`), for `matchAll`, which copies it, so it holds no state between calls. */
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'g');

/**
 * Does the question ask about the past (by its auxiliary)? Not one that asks for a condition itself
 * ("… would not be valid if what were true?": "were" is no past there, and the answer is the condition).
 */
export function asksPast(question: string): boolean {
  return PAST_QUESTION.test(question) && !CONDITION.test(question);
}

/** Does the span starting at `start` stand in a clause opened by "if" or "unless" (no clause boundary between)? */
export function inCondition(text: string, start: number): boolean {
  const before = text.slice(0, start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_ENDS)) from = m.index + m[0].length;
  return CONDITION.test(before.slice(from));
}

/**
 * "What happened if you turned up late?", "what happens when it rains?": the condition a question asks
 * the outcome of (its words after "if" or "when"), or undefined for any other question. "happend" is
 * read as "happened", as readers type it.
 */
const OUTCOME_ASKED =
  /\bwhat\s+(?:happened|happend|happens|happen|would\s+happen|will\s+happen)\s+(?:if|when)\s+(.+?)\s*\??$/iu;

export function outcomeAsked(question: string): string | undefined {
  return OUTCOME_ASKED.exec(question.trim())?.[1];
}

/** A sentence opening with a condition (after any quotation mark): "If you were late you stood…". */
const OPENS_CONDITION = /^\W*(?:if|when|whenever)\b/iu;

/**
 * Does the passage open with a condition sharing at least half of the asked condition's words (by
 * stem) before its first clause boundary (the whole sentence when it has none: "If you were late you
 * stood in the corner." for "what happened if you turned up late", "late" of "turned up late")?
 */
export function statesCondition(
  text: string,
  asked: readonly string[],
  stemsOf: (clause: string) => ReadonlySet<string>,
): boolean {
  if (!OPENS_CONDITION.test(text) || asked.length === 0) return false;
  const boundary = CLAUSE_ENDS_ONE.exec(text);
  const said = stemsOf(boundary === null ? text : text.slice(0, boundary.index));
  return asked.filter((s) => said.has(s)).length * 2 >= asked.length;
}

/** The first clause boundary (`CLAUSE_END`), without the global flag. */
const CLAUSE_ENDS_ONE = new RegExp(CLAUSE_END.source);
