/**
 * The count a how-many question's verb takes as its object. "How many planes do they have?" of "It has
 * 46 aircraft and is due to take delivery of 12 new planes": both count planes (WordNet: a plane is a
 * kind of aircraft), but only "46 aircraft" is what "has" takes, as "they have" does in the question. The verb is the question's last word after its auxiliary
 * and subject ("do they have", "does the firm employ", "did the shop sell"), read as WordNet's verb
 * ("has" → have, "sold" → sell).
 */
import { verbLemmaOf } from './lemma.js';
import { functionGap } from './span-parts.js';
import type { Token } from './text.js';

/** An auxiliary, then its subject (one to four words), then the verb ending the question. */
const ENDING_VERB =
  /\b(?:do|does|did|will|would|can|could|has|have|had)\s+(?:[\p{L}'.-]+\s+){1,4}?(\p{L}+)[\s?.!]*$/iu;

/** The verb ending the question, as WordNet's lemma; undefined when the question ends in no verb. */
export function endingVerb(question: string): string | undefined {
  const word = ENDING_VERB.exec(question.trim())?.[1]?.toLowerCase();
  return word === undefined ? undefined : verbLemmaOf(word);
}

/**
 * Of the candidates, those whose first word stands right after a form of `verb` (function words
 * between: "has up to 46"); all of them when none does or there is no verb.
 */
export function countsTakenBy<T extends { span: { start: number } }>(
  candidates: readonly T[],
  verb: string | undefined,
  tokens: readonly Token[],
): readonly T[] {
  if (verb === undefined) return candidates;
  const at = tokens.flatMap((t, i) => (verbLemmaOf(t.word.toLowerCase()) === verb ? [i] : []));
  if (at.length === 0) return candidates;
  const taken = candidates.filter((c) => {
    const first = tokens.findIndex((t) => t.start >= c.span.start);
    return first !== -1 && at.some((v) => v < first && functionGap(tokens, v, first));
  });
  return taken.length > 0 ? taken : candidates;
}
