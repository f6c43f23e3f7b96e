/**
 * Two readings of a short answer for question sets whose gold answers are passages' phrases rather than
 * the words a reader wants ("At his neat Osaka detached house" for "Which city…"), where SQuAD's exact
 * match and F1 say little:
 * - within gold: every word of the short answer is a word of one gold answer (SQuAD's normalisation),
 *   so it says something the gold says ("Osaka");
 * - of another kind: the short answer, tagged on its own, does not fit the kind the question asks for
 *   (answer-kind.ts: "$10bn" for "how many people died", a name for "which city…"). The same rules the
 *   engine applies to the passage's candidates, read here on the answer's own words: a check that the
 *   answers shown keep to the asked kind, not an independent judge of it.
 */
import { askedKind, fitOf } from '../src/qa/answer-kind.js';
import { findEntities } from '../src/qa/entities.js';
import { parseQuestion } from '../src/qa/question.js';
import { tokenize } from '../src/qa/text.js';
import { DEFAULT_WEIGHTS } from '../src/qa/weights.js';
import { normalizeAnswer } from './squad-metric.js';

/** Is every word of the answer a word of one of the gold answers? */
export function withinGold(answer: string, golds: readonly string[]): boolean {
  const words = normalizeAnswer(answer).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  return golds.some((g) => {
    const gold = new Set(normalizeAnswer(g).split(' '));
    return words.every((w) => gold.has(w));
  });
}

/** Does the answer, read on its own, fail to be of the kind the question asks for? */
export function otherKind(question: string, answer: string): boolean {
  const tags = findEntities(answer);
  // Of the kind of the entity it opens with, as the engine offers "180 million calls" as a number.
  const first = tags.find((t) => t.type !== 'phrase' && t.start === 0);
  const passage = { text: answer, tokens: tokenize(answer), tags };
  const candidate = { start: 0, end: answer.length, text: answer, kind: first?.type ?? 'phrase' };
  return fitOf(askedKind(question, parseQuestion(question), DEFAULT_WEIGHTS), candidate, passage) === 'none';
}
