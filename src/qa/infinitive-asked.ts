/**
 * "What has he offered to do instead of the tune?", "what did the government fail to do?": "to do"
 * stands for an act, which the passage says as the infinitive after the same word ("offered to switch
 * off the tune … and ring a handbell instead", "had failed to set up an insurance fund …"), not as any
 * noun of the sentence ("Birchenwood Road" would read as a wrong answer). Pure, apart from WordNet's
 * verb list.
 */
import type { Span, SpanSentence } from './span-input.js';
import { verbLemmaOf } from './lemma.js';
import { CLAUSE_END, joinedPhrases } from './span-parts.js';
import { tokenize, type Token } from './text.js';
import { isLemma } from './wordnet.js';

/** A what-question whose act is asked by "to do": the word before it, and what the question says after. */
const TO_DO = /^\s*what\b.*?\b([\p{L}'’-]+)\s+to\s+do\b(.*)$/iu;
/** "… instead of the tune": the act asked is the other one, not the one said of these words. */
const INSTEAD_OF = /\binstead\s+of\b(.*)$/iu;

/**
 * The act a "… W to do" question asks, read from the passage: the infinitive after the question's verb
 * W in any form ("have to do" of "had to [cancel …]"), to the clause's end, or on past its commas while
 * more acts ("…, to restore …") or a list's items ("cakes, jams, … and old hymn books") follow; of acts
 * joined by "and", the one that does not say the words after the question's "instead of" ("[ring a
 * handbell] instead"). Undefined for any other question, when W is no verb ("what is there to do") or
 * when the passage says no "W to": then the question is read as any other.
 */
export function infinitiveAsked(question: string, passage: SpanSentence): Span | undefined {
  const asked = TO_DO.exec(question);
  const verb = verbLemmaOf((asked?.[1] ?? '').toLowerCase());
  if (asked === null || verb === undefined) return undefined;
  const { tokens, text } = passage;
  const at = tokens.findIndex(
    (t, i) =>
      tokens[i + 1]?.word === 'to' &&
      tokens[i + 2] !== undefined &&
      isLemma('verb', (tokens[i + 2] as Token).word) &&
      verbLemmaOf(t.word.toLowerCase()) === verb,
  );
  const first = tokens[at + 2];
  if (at === -1 || first === undefined) return undefined;
  const clauseEnd = actsEnd(text, first.start);
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

/** After a comma, a further act: "(and) to" and a verb. */
const NEXT_ACT = /^,\s+(?:and\s+)?to\s+([\p{L}'’-]+)/u;
/** After a comma, a list's item of up to three words, the next comma or the list's closing "and"/"or". */
const NEXT_ITEM = /^,\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+(?=,|\s+(?:and|or)\s)/u;

/**
 * Where the acts opening at `from` end: the clause's end, or past its comma while another act ("…, to
 * restore the clock face and to reopen …") or a list's items ("…, jams, books, plants and old hymn
 * books …") follow, to the end of the clause closing them.
 */
function actsEnd(text: string, from: number): number {
  let end = from + clauseLength(text.slice(from));
  for (;;) {
    const rest = text.slice(end);
    const act = NEXT_ACT.exec(rest);
    if (act !== null && isLemma('verb', (act[1] ?? '').toLowerCase())) {
      end += act[0].length + clauseLength(text.slice(end + act[0].length));
      continue;
    }
    let items = 0;
    for (let item = NEXT_ITEM.exec(rest); item !== null; item = NEXT_ITEM.exec(rest.slice(items))) {
      items += item[0].length;
    }
    if (items === 0 || !/^\s+(?:and|or)\s/u.test(rest.slice(items))) return end;
    end += items + clauseLength(text.slice(end + items));
  }
}

/** The length of the clause opening `text`: up to its first mark that ends one (`CLAUSE_END`: a comma, a full stop, a dash…). */
function clauseLength(text: string): number {
  return CLAUSE_END.exec(text)?.index ?? text.length;
}

/**
 * Of the acts from `start` to `end` joined by "and" (each opening with a verb, or "to" and a verb) or
 * by a comma and "to", the one saying none of the words after the question's "instead of", without a
 * closing "instead"; undefined unless exactly one act does and another does not.
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
  // "… and fit a timer", "… and to fit a timer", "…, to restore the clock face".
  for (const m of clause.matchAll(/(?:,\s*(?:and\s+)?to\s+|\s+and\s+(?:to\s+)?)(?=([\p{L}'’-]+))/gu)) {
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
