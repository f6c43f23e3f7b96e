/**
 * "How many votes did Whitcomb get?" of "Raman received 9,431 votes to Whitcomb's 8,619": of several
 * amounts of a sentence, the one the question asks is the one of the name it asks about. English ties
 * an amount to whoever has it by putting the name first: the clause's subject before its verb ("Raman
 * received 9,431"), or a possessive ("Whitcomb's 8,619"). So the owner of a number is the nearest name
 * before it in its clause; when the question names one of the owners, the numbers of the others are
 * not its answer. Nearness to the question's words does not tell them apart: both names sit beside
 * both numbers. Pure, apart from WordNet's word list.
 */
import type { ScoredSpan, SpanInput, SpanSentence } from './span-input.js';
import { clauseIds, opensSentence } from './span-parts.js';
import type { Token } from './text.js';
import { isCommonWord } from './wordnet.js';
import { startsUpper } from './letters.js';

/**
 * Of a how-many or how-much question's candidates, those whose owner (`ownerOf`) is a name the question
 * says, when some are and another candidate's owner is another name; every candidate otherwise.
 */
export function ofAskedOwner<T extends ScoredSpan>(candidates: readonly T[], input: SpanInput): readonly T[] {
  if (input.parsed.type !== 'number' || candidates.length < 2) return candidates;
  const { passage } = input;
  // The names the question says, as its reading keeps them (`ParsedQuestion.keywords`).
  const asked = new Set(input.parsed.keywords.map((k) => k.stem));
  const clauses = clauseIds(passage.text, passage.tokens);
  const owners = candidates.map((c) => ownerOf(c.span.start, passage, clauses));
  const ours = owners.map((o) => o !== undefined && asked.has(o.stem));
  if (!ours.includes(true)) return candidates;
  // Another name owns one of the others: "Whitcomb's 8,619" against "Raman … 9,431".
  const other = owners.some((o, i) => o !== undefined && !ours[i]);
  return other ? candidates.filter((_, i) => ours[i]) : candidates;
}

/** The nearest name before `at` in its clause (a capitalised word that is a name, `isName`). */
function ownerOf(at: number, passage: SpanSentence, clauses: readonly number[]): Token | undefined {
  const index = passage.tokens.findIndex((t) => t.start >= at);
  if (index === -1) return undefined;
  for (let i = index - 1; i >= 0 && clauses[i] === clauses[index]; i--) {
    const t = passage.tokens[i] as Token;
    if (isName(t, passage.text)) return t;
  }
  return undefined;
}

/**
 * Is the token written as a name: capitalised, and not merely as the sentence's first word ("Turnout
 * was 41 percent": an English word, no name; "Raman received …": a name).
 */
function isName(t: Token, text: string): boolean {
  if (t.stop || !startsUpper(text.slice(t.start, t.end))) return false;
  const opens = opensSentence(text, t.start);
  return !opens || !isCommonWord(t.word);
}
