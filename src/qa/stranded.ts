/**
 * "What did Obaidi thank Russia for?", "What is the group notorious for?", "what did they talk about?":
 * a question that ends on its preposition asks for that preposition's object, and the passage says it
 * right after the same preposition following the question's words ("thanked Russia for [supporting
 * Iraq …]"). Any noun phrase elsewhere in the sentence ("Defense", "Russia") answers something else.
 * Pure: the passage comes with its tokens.
 */
import { CLAUSE_END, endsClause } from './span-parts.js';
import { isNoun } from './wordnet.js';
import { verbLemmaOf } from './lemma.js';
import type { Token } from './text.js';
import { anyOf, BE, OPENING_AUXILIARIES } from './auxiliaries.js';
import { verbStems } from './question-verb.js';
import { MONTH, WEEKDAY, YEAR } from './time-point.js';

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

/**
 * "What were the coins in?", "what is she going to spend hers on?", "what was he charged with?": a
 * bare "what" (no noun after it: "what city is it in?" asks a place, read elsewhere) before a verb or a
 * copula, ending on a preposition of place or accompaniment. Group 1 the preposition.
 */
const STRANDED_AFTER_VERB = new RegExp(
  String.raw`^\s*what\s+${anyOf(OPENING_AUXILIARIES)}\b.*\s(in|into|on|onto|with)\s*[?.!]*\s*$`,
  'iu',
);

/**
 * The prepositions a passage may say a stranded one's sense by: "packed inside a jar" answers "what
 * were the coins in?". A closed class, listed as the stopwords are (`prepositions.ts`).
 */
const SAME_SENSE: Record<string, readonly string[]> = {
  in: ['in', 'inside', 'within', 'into'],
  into: ['into', 'in', 'inside'],
  on: ['on', 'onto', 'upon'],
  onto: ['onto', 'on', 'upon'],
  with: ['with'],
};

/** At most this many words between the passage's verb and the preposition: its participle and object. */
const VERB_REACH = 5;
/** A time opens the object: "in 1998", "on Monday" say when, which "what … in?" does not ask. */
const TIME_OPENS = new RegExp(
  String.raw`^(?:the\s+)?(?:${YEAR.source}|${MONTH.source}|${WEEKDAY.source})`,
  'iu',
);

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
  verb?: Token,
): StrandedSpan | null {
  const preposition = strandedPreposition(question);
  if (preposition === undefined) return afterVerb(question, passage, matched, verb);
  const { text, tokens } = passage;
  let lastMatched = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.stop && matched.has(t.stem)) lastMatched = i;
    else if (
      lastMatched !== -1 &&
      (t.word === preposition ||
        (preposition === 'about' &&
          thatClauseAt(tokens, i, lastMatched) &&
          !prepositionFollows(text, tokens, i, preposition)))
    ) {
      // The question's word and the preposition in one clause: "thanked Russia for", not "…, for".
      if (endsClause(text, (tokens[lastMatched] as Token).end, t.start)) continue;
      const span = objectAfter(text, t.end);
      if (span !== null) return span;
    }
  }
  return null;
}

/**
 * For a bare "what" ending on "in", "on", "into" or "with" (`STRANDED_AFTER_VERB`): the object of that
 * preposition, or of one of its sense (`SAME_SENSE`), right after the passage's saying of the question's
 * verb ("spend her share on [restoring a dilapidated stone barn]") or, for a copula question, a form of
 * "be" after the question's words ("The coins, 1,143 in total, were packed inside [a broken grey
 * earthenware jar]"); not the "in" of "1,143 in total", which follows no such verb. None when the
 * passage says no such preposition there, or its object is a time ("in 1998").
 */
function afterVerb(
  question: string,
  passage: { text: string; tokens: readonly Token[] },
  matched: ReadonlySet<string>,
  verb: Token | undefined,
): StrandedSpan | null {
  const asked = STRANDED_AFTER_VERB.exec(question)?.[1]?.toLowerCase();
  if (asked === undefined) return null;
  const senses = SAME_SENSE[asked] ?? [asked];
  const { text, tokens } = passage;
  const said = verb === undefined ? undefined : verbStems(verb);
  let seen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A copula question ("what were the coins in?") is said by the passage's form of "be".
    const anchors = said === undefined ? seen && BE.has(t.word) : said.has(t.stem);
    if (!t.stop && matched.has(t.stem)) seen = true;
    if (!anchors) continue;
    for (let j = i + 1; j < tokens.length && j <= i + VERB_REACH + 1; j++) {
      const p = tokens[j] as Token;
      if (endsClause(text, (tokens[j - 1] as Token).end, p.start)) break;
      if (!senses.includes(p.word)) continue;
      const span = objectAfter(text, p.end);
      if (span !== null && !TIME_OPENS.test(span.text)) return span;
      break;
    }
  }
  return null;
}

/**
 * "What is the councillor worried about?" of "…said she was worried that local families were being
 * priced out": a word of feeling or saying takes what it is about as a clause after "that" as well as
 * after "about". Read so right after any question word that is no noun, or is a verb's past form (not
 * only words of feeling or saying, which no list here names): "the report that was published" is a relative clause, which says what the report is, not
 * what it is about.
 */
function thatClauseAt(tokens: readonly Token[], at: number, lastMatched: number): boolean {
  const word = tokens[lastMatched]?.word;
  if (tokens[at]?.word !== 'that' || at !== lastMatched + 1 || word === undefined) return false;
  // "Worried", "warned": a verb's past form (WordNet files "worried" under the noun "worry" too).
  return !isNoun(word) || (/ed$/u.test(word) && verbLemmaOf(word) !== undefined);
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

/**
 * Does the question's preposition itself still follow in this clause? Then a "that" before it is no
 * clause of what is felt or said but a word of its own ("talked that evening about the plans": reread55).
 */
function prepositionFollows(
  text: string,
  tokens: readonly Token[],
  at: number,
  preposition: string,
): boolean {
  for (let j = at + 1; j < tokens.length; j++) {
    if (endsClause(text, (tokens[j - 1] as Token).end, (tokens[j] as Token).start)) return false;
    if ((tokens[j] as Token).word === preposition) return true;
  }
  return false;
}
