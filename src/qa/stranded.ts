/**
 * "What did Obaidi thank Russia for?", "What is the group notorious for?", "what did they talk about?":
 * a question that ends on its preposition asks for that preposition's object, and the passage says it
 * right after the same preposition following the question's words ("thanked Russia for [supporting
 * Iraq …]"). Any noun phrase elsewhere in the sentence ("Defense", "Russia") answers something else.
 * Pure: the passage comes with its tokens.
 */
import { CLAUSE_END } from './span-parts.js';
import type { Token } from './text.js';

/** The prepositions read this way: each asks for a reason, a purpose or a topic, which no other span names. */
const STRANDED = /^\s*(?:what|which)\b.*\s(for|about)\s*[?.!]*\s*$/iu;
/** The object runs at most this many words: a longer one is a clause of its own, no short answer. */
const MAX_WORDS = 16;
const QUOTE_MARK = /[“”«»"]/u;
/** A clause of its own begins: the object ends before it ("for six weeks because silt…"). */
const CLAUSE_OPENER =
  /\s(?:because|when|while|after|before|although|though|since|until|unless|whereas|which|who|whom|where)\b/iu;
/**
 * "Closed for six weeks", "for years": a stretch of time, not the reason or purpose the question asks
 * for; that "for" is passed over.
 */
const DURATION =
  /^(?:(?:about|around|nearly|almost|more than|over|at least|another|the (?:next|last|past|first))\s+)?(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds? of|thousands? of|several|many|a few|few)?\s*(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|ages|generations?|a while|a time|now|ever|life)\b/iu;
const CLOSING_QUOTE: Record<string, string> = { '“': '”', '"': '"', '«': '»' };
const OPENS = new Set(['“', '«']);

export interface StrandedSpan {
  text: string;
  start: number;
  end: number;
}

/** The preposition a question ends on ("for", "about"), if it is one read this way. */
export function strandedPreposition(question: string): string | undefined {
  return STRANDED.exec(question)?.[1]?.toLowerCase();
}

/**
 * The object of the question's stranded preposition in the passage: after the first such preposition
 * that follows a question word of the same clause, up to the clause's end (or the end of a quotation
 * it opens). None when the passage has no such preposition or only an empty or overlong object.
 */
export function strandedObject(
  question: string,
  passage: { text: string; tokens: readonly Token[] },
  matched: ReadonlySet<string>,
): StrandedSpan | null {
  const preposition = strandedPreposition(question);
  if (preposition === undefined) return null;
  const { text, tokens } = passage;
  let lastMatched = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.stop && matched.has(t.stem)) lastMatched = i;
    else if (t.word === preposition && lastMatched !== -1) {
      // The question's word and the preposition in one clause: "thanked Russia for", not "…, for".
      if (CLAUSE_END.test(text.slice((tokens[lastMatched] as Token).end, t.start))) continue;
      const span = objectAfter(text, t.end);
      if (span !== null) return span;
    }
  }
  return null;
}

function objectAfter(text: string, from: number): StrandedSpan | null {
  const start = from + (/^\s*/.exec(text.slice(from))?.[0].length ?? 0);
  const clause = CLAUSE_END.exec(text.slice(start));
  let end = clause === null ? text.length : start + clause.index;
  // A quotation opened inside the object goes on to its closing mark: "supporting Iraq “in all fields,
  // especially military cooperation.”"
  const opener = CLAUSE_OPENER.exec(text.slice(start, end));
  if (opener !== null) end = start + opener.index;
  // A quotation the object sits in ends it ('for the sake of research" as …'); one it opens goes on to
  // its closing mark.
  const mark = firstQuoteMark(text, start, end);
  if (mark !== undefined && !mark.opens) end = mark.at;
  else if (mark !== undefined) {
    const closing = CLOSING_QUOTE[text[mark.at] as string] as string;
    const close = text.indexOf(closing, mark.at + 1);
    if (close !== -1) end = close + closing.length;
  }
  end = start + text.slice(start, end).trimEnd().length;
  if (DURATION.test(text.slice(start, end))) return null;
  const words = text
    .slice(start, end)
    .split(/\s+/)
    .filter((w) => /\p{L}|\p{N}/u.test(w));
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  return { text: text.slice(start, end), start, end };
}

/** The first quotation mark in text[from, to), and whether it opens a quotation. */
function firstQuoteMark(text: string, from: number, to: number): { at: number; opens: boolean } | undefined {
  const m = QUOTE_MARK.exec(text.slice(from, to));
  if (m === null) return undefined;
  const at = from + m.index;
  const ch = text[at] as string;
  // A straight mark opens when a space or the object's start stands before it.
  const opens = ch === '"' ? at === from || /\s/u.test(text[at - 1] ?? '') : OPENS.has(ch);
  return { at, opens };
}
