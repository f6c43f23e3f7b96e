/**
 * Nouns that name the kind of answer asked for, and the question that asks by such a noun alone.
 * People type questions with no wh-word: "reopen date?", "death toll?", "ceo name?", "bridge location?".
 * The kind is then in the head noun (in English the last of a compound: the "date" of "reopen date",
 * the "toll" of "death toll"; before "of" when the noun is followed by what it is of: "date of the
 * reopening"). Read only where no wh-word asks: after one, the wh-word and its own head noun decide
 * (`answer-kind.ts`), as they did before these nouns were read. Pure: text in, a kind out.
 */

import type { AnswerKind } from './answer-kind.js';
import { anyOf, OPENING_AUXILIARIES } from './auxiliaries.js';

/** What a kind noun asks for: the answer kinds of `answer-kind.ts` that a noun alone can name. */
export type NounKind =
  | Extract<
      AnswerKind,
      'date' | 'year' | 'month' | 'count' | 'money' | 'age' | 'share' | 'duration' | 'quantity' | 'place'
    >
  | 'reason';

const KINDS: [NounKind, string][] = [
  ['date', 'date dates day time deadline'],
  ['year', 'year'],
  ['month', 'month'],
  ['count', 'toll tally count number total population turnout attendance'],
  ['money', 'cost costs price prices fee fees fare fares worth budget salary wage wages bill'],
  ['age', 'age'],
  ['share', 'percentage percent proportion share'],
  ['duration', 'duration'],
  ['quantity', 'size length height width depth distance weight speed amount'],
  ['place', 'location place venue site whereabouts address destination hometown birthplace'],
  ['reason', 'reason cause motive'],
];

/** The nouns that say what kind of answer is asked for, each with that kind. */
export const KIND_NOUNS: ReadonlyMap<string, NounKind> = new Map(
  KINDS.flatMap(([kind, words]) => words.split(' ').map((w): [string, NounKind] => [w, kind])),
);

/** Any word that asks ("whos" and "whats" as chat writes them): a question with one is read by it. */
const ASKING = /\b(?:who|whom|whose|what|which|when|where|why|how)s?\b|^(?:wat|wht|wen|whn|whr)\b/u;
/** A yes/no question ("is the ceo name known?") asks whether, not for a thing of the noun's kind. */
const YES_NO = new RegExp(String.raw`^${anyOf(OPENING_AUXILIARIES)}\b`, 'u');

/**
 * The noun a question with no wh-word names the asked kind by ("reopen date?" → "date"; "ceo name?"
 * → "name", with "ceo" as what it names), or undefined when it is no such question.
 */
export function nounAsked(question: string): { noun: string; modifier?: string } | undefined {
  const q = question.toLowerCase().replace(/[’‘]/g, "'");
  if (ASKING.test(q) || YES_NO.test(q.trim())) return undefined;
  const words = q.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w !== '');
  const of = words.indexOf('of');
  const end = of > 0 ? of : words.length;
  const noun = words[end - 1];
  if (noun === undefined) return undefined;
  const modifier = words[end - 2];
  return modifier === undefined ? { noun } : { noun, modifier };
}
