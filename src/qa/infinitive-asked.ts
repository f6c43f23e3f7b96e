/**
 * "What has he offered to do instead of the tune?", "what did the government fail to do?": "to do"
 * stands for an act, which the passage says as the infinitive after the same word ("offered to switch
 * off the tune … and ring a handbell instead", "had failed to set up an insurance fund …"), not as any
 * noun of the sentence ("Birchenwood Road" would read as a wrong answer). Pure, apart from WordNet's
 * verb list.
 */
import type { Span, SpanSentence } from './span-input.js';
import { CLAUSE_END, joinedPhrases } from './span-parts.js';
import { tokenize, type Token } from './text.js';
import { isLemma } from './wordnet.js';

/** A what-question whose act is asked by "to do": the word before it, and what the question says after. */
const TO_DO = /^\s*what\b.*?\b([\p{L}'’-]+)\s+to\s+do\b(.*)$/iu;
/** "… instead of the tune": the act asked is the other one, not the one said of these words. */
const INSTEAD_OF = /\binstead\s+of\b(.*)$/iu;

/**
 * The act a "… W to do" question asks, read from the passage: the infinitive after the question's word
 * W ("offered to [switch off …]"), to the clause's end; of acts joined by "and", the one that does not
 * say the words after the question's "instead of" ("[ring a handbell] instead"). Null when the question
 * asks so and the passage says no such infinitive (no noun phrase names the act); undefined for any
 * other question.
 */
export function infinitiveAsked(question: string, passage: SpanSentence): Span | null | undefined {
  const asked = TO_DO.exec(question);
  const word = asked?.[1];
  if (asked === null || word === undefined) return undefined;
  const stem = tokenize(word)[0]?.stem;
  const { tokens, text } = passage;
  const at = tokens.findIndex(
    (t, i) =>
      t.stem === stem &&
      tokens[i + 1]?.word === 'to' &&
      tokens[i + 2] !== undefined &&
      isLemma('verb', (tokens[i + 2] as Token).word),
  );
  const first = tokens[at + 2];
  if (at === -1 || first === undefined) return null;
  const rest = text.slice(first.start);
  const clauseEnd = first.start + (CLAUSE_END.exec(rest)?.index ?? rest.length);
  // "plans to make gates, railings and fire tools": a list the act's object opens runs past its commas.
  const end = Math.max(
    clauseEnd,
    ...joinedPhrases(text, passage.tags)
      .filter((c) => c.join === 'list' && c.start > first.start && c.start < clauseEnd && c.end > clauseEnd)
      .map((c) => c.end),
  );
  const instead = INSTEAD_OF.exec(asked[2] ?? '')?.[1];
  const span = instead === undefined ? undefined : otherAct(text, first.start, end, instead);
  if (span !== undefined) return span;
  return spanOf(text, first.start, end);
}

/**
 * Of the acts from `start` to `end` joined by "and" (each opening with a verb), the one saying none
 * of the words after the question's "instead of", without a closing "instead"; undefined unless
 * exactly one act does and another does not.
 */
function otherAct(text: string, start: number, end: number, instead: string): Span | undefined {
  const said = new Set(
    tokenize(instead)
      .filter((t) => !t.stop)
      .map((t) => t.stem),
  );
  const acts: Span[] = [];
  let from = start;
  const clause = text.slice(start, end);
  for (const m of clause.matchAll(/\s+and\s+(?=([\p{L}'’-]+))/gu)) {
    if (!isLemma('verb', (m[1] ?? '').toLowerCase())) continue;
    acts.push(spanOf(text, from, start + m.index));
    from = start + m.index + m[0].length;
  }
  acts.push(spanOf(text, from, end));
  const saysNone = acts.filter((a) => !tokenize(a.text).some((t) => said.has(t.stem)));
  if (said.size === 0 || acts.length < 2 || saysNone.length !== 1) return undefined;
  const act = saysNone[0] as Span;
  const trimmed = act.text.replace(/\s+instead\s*$/iu, '');
  return { text: trimmed, start: act.start, end: act.start + trimmed.length };
}

/** The words from `start` to `end`, without a quotation mark closing a quotation opened before them. */
function spanOf(text: string, start: number, end: number): Span {
  let words = text.slice(start, end).trimEnd();
  const quotes = words.match(/["“”]/gu)?.length ?? 0;
  if (quotes % 2 === 1) words = words.replace(/["”]\s*$/u, '');
  return { text: words, start, end: start + words.length };
}
