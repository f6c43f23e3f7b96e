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
