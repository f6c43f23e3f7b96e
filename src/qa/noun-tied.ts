/**
 * The filler the passage ties to the noun a question asks by. "What strain is it?", "which strain was
 * found?" name a noun ("strain"), and "how big is the protection zone?" names one ("protection zone")
 * whose measure is asked: the answer is what the passage says of that noun, not a filler of the
 * sentence tied to another one ("on Saturday", "farm near Louth", the "10km" of another zone). English
 * ties a filler to a noun in a few fixed shapes, read here on the passage's text:
 * - a modifier right before it, a name or a code for a thing ("the H7N9 strain", "the Acme Foods
 *   factory", "Louth's farm") and a number with its unit for a measure ("a 4km (2.5-mile) exclusion
 *   zone"), with at most two common words between for a measure ("a 4km exclusion zone" for "the zone");
 * - an apposition after it ("the variant, H7N9,");
 * - a copula after it ("the strain is H7N9", "the zone was 4km");
 * - "of" after it, with a name or a measure ("the city of Leeds", "a radius of 4km").
 * Pure, apart from WordNet look-ups (a measure's dimension): the question, the asked kind and the
 * passage's text, tokens and candidates in, a span out.
 */
import type { AskedKind } from './answer-kind.js';
import type { ScoredSpan, Span, SpanInput } from './span-input.js';
import { isStopword, stem, tokenize, type Token } from './text.js';
import { isAdverb, isCommonWord, isNoun } from './wordnet.js';
import { YEAR_OR_DECADE } from './numbers.js';
import { besideOwnDimension, namesOtherDimension } from './measure.js';
import { howWord } from './measure-word.js';

/** The noun a question asks by, with the question's words before it ("protection" of "protection zone"). */
export interface AskedNoun {
  head: string;
  modifiers: readonly string[];
  /** "How big is…": a measure of the noun is asked, not which one it is. */
  measure: boolean;
}

/**
 * "How big is the protection zone?", "how long was the tunnel": the measure of a noun phrase, asked with
 * a copula and nothing after it (group 1: the phrase after its determiner).
 */
const HOW_BIG_IS =
  /\bhow\s+(?:big|large|long|far|wide|tall|high|deep|heavy|small)\s+(?:is|was|are|were|will\s+be)\s+(?:(?:the|a|an|this|that|these|those|its|their|his|her)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*[?.!]*\s*$/iu;

/**
 * The noun whose measure "how big / long / far… is the N" asks (`HOW_BIG_IS`), with the words before it;
 * undefined when the question asks none, or its phrase ends on no noun ("how big is it?").
 */
export function measuredNoun(question: string): AskedNoun | undefined {
  const words = measuredWords(question);
  const head = words?.at(-1);
  if (words === undefined || head === undefined || NOT_NOUN.test(head) || isStopword(head)) return undefined;
  if (subjectAndComplement(words)) return undefined;
  // "how big is the protection zone": the words before the head that are no function words.
  const modifiers = words.slice(0, -1).filter((w) => !isStopword(w));
  return { head, modifiers, measure: true };
}

/** The words after "how big / long… is (the)", when the question asks so (`HOW_BIG_IS`). */
function measuredWords(question: string): string[] | undefined {
  const measured = HOW_BIG_IS.exec(question.toLowerCase().replace(/[’‘]/g, "'"))?.[1];
  return measured?.split(/\s+/u).filter((w) => w !== '');
}

/**
 * "How long was gerald the conductor?", "how long was it shut?": the copula's subject, then what it was
 * (a determiner or a pronoun before the last word), no thing whose size is asked.
 */
function subjectAndComplement(words: readonly string[]): boolean {
  return words.slice(0, -1).some((w) => NOT_NOUN.test(w) || DETERMINER.test(w));
}

/**
 * Does "how long / big… is X Y" ask how long someone or something was in a state ("how long was gerald
 * the conductor?", "how long was it shut?": `subjectAndComplement`), which is a time, not a size?
 */
export function asksStateHeld(question: string): boolean {
  const words = measuredWords(question);
  return words !== undefined && subjectAndComplement(words);
}

/** A determiner, which starts a noun phrase: one inside the measured words starts another. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|your)$/u;

/** The question's noun phrase ends on its noun; these are no nouns. */
const NOT_NOUN = /^(?:it|they|them|he|she|there|now|then|so|today|yesterday)$/u;

/**
 * The noun the question asks by: the head noun of a "what/which N…" question asking for a thing
 * (`AskedKind.noun`), or of the phrase "how big is the N" measures; undefined for other questions.
 */
export function askedNoun(question: string, asked: AskedKind): AskedNoun | undefined {
  const q = question.toLowerCase().replace(/[’‘]/g, "'");
  if (HOW_BIG_IS.test(q)) return measuredNoun(q);
  if (asked.kind !== 'thing' || asked.noun === undefined || asked.noun === '' || asked.done === true)
    return undefined;
  const head = asked.noun;
  // "What remained an important issue…": a verb read as the head is no noun the passage ties a filler to.
  if (!isNoun(head)) return undefined;
  const tokens = tokenize(q);
  const at = tokens.findIndex((t) => t.word === head);
  if (at === -1) return undefined;
  // "what bird flu strain…": the words right before the noun, up to the wh-word or a function word.
  const modifiers: string[] = [];
  for (let i = at - 1; i >= 0 && modifiers.length < 2; i--) {
    const t = tokens[i] as Token;
    if (t.stop) break;
    modifiers.unshift(t.word);
  }
  return { head, modifiers, measure: false };
}

/** A measure: a number with its scale and unit, and a bracketed conversion after it ("4km (2.5-mile)"). */
const MEASURE_BEFORE =
  /(?<![\p{L}\p{N}.,£$€¥])([£$€¥]?\d[\d.,]*(?:\s?(?:million|billion|bn|m|k))?(?:[-\s]?[\p{L}%]+)?)(?:\s*\([^()]*\))?((?:\s+\p{Ll}[\p{L}-]*){0,2})\s+$/u;
/**
 * A name or a code: a run of words each written with a capital or a digit inside letters ("H7N9",
 * "Acme Foods", "Louth's"), right before the noun.
 */
const NAME_BEFORE =
  /(?<![\p{L}\p{N}'’-])((?:(?:\p{Lu}[\p{L}\p{N}.&-]*|\p{L}+\p{N}[\p{L}\p{N}.-]*)(?:['’]s)?\s+){1,4})$/u;

/**
 * After the noun: an apposition's comma (group 1), a copula (group 2), "of" (group 3), or a name right
 * after it, in close apposition ("the band Skyclad": group 4, for a thing).
 */
const AFTER =
  /^(?:\s*(,)\s+|\s+(is|was|are|were|will\s+be|has\s+been|had\s+been)\s+(?:called\s+|named\s+|known\s+as\s+)?|\s+(of)\s+|(\s+)(?=\p{Lu}))(?:(?:the|a|an)\s+)?/u;

/**
 * The span of the passage its grammar ties to the asked noun (the shapes this module's head lists),
 * holding none of the question's words; undefined when the passage says none of them, or names no such
 * noun. `candidates` are the passage's candidate spans, for what follows the noun.
 */
export function nounTiedSpan(
  input: SpanInput,
  noun: AskedNoun,
  candidates: () => readonly ScoredSpan[],
): Span | undefined {
  const { text, tokens } = input.passage;
  const modifiers = noun.modifiers.map(stem);
  // The noun itself or its plural, not a verb of its stem ("changed" for "what change…").
  const said = [...tokens.entries()].filter(([, t]) => sameNoun(t.word, noun.head));
  // A noun written with a capital is part of a name ("Leeds Crown Court" for "which court"), which
  // answers whole (`ofAskedKind`'s names headed by the noun), not a modifier of another mention.
  if (!noun.measure && said.some(([n, t]) => n > 0 && /^\p{Lu}/u.test(text.slice(t.start, t.end))))
    return undefined;
  for (const [n, t] of said) {
    // The question's modifiers right before the noun ("protection zone"), else another one is meant.
    let first = n;
    for (const m of [...modifiers].reverse()) {
      const before = tokens[first - 1];
      if (before === undefined || before.stem !== m) break;
      first--;
    }
    if (n - first !== modifiers.length) continue;
    const start = (tokens[first] as Token).start;
    // "What was the vote?" of "…by seven votes to five": the tally, the noun and all.
    const tally = noun.measure ? undefined : tallyOf(input, start, t.end);
    if (tally !== undefined) return tally;
    const tied =
      spanBefore(input, start, t.end, noun.measure) ?? spanAfter(input, t.end, noun.measure, candidates);
    // "How long is the dam?" of "the dam is 22 metres high and 300 metres long": the measure tied to the
    // noun first is of another of its dimensions, and the answer is left to the other readings.
    if (tied !== undefined && noun.measure && otherDimension(input, tied)) continue;
    if (tied !== undefined) return tied;
  }
  return undefined;
}

/** Between a tally's noun and its second count: "seven votes to five", "three goals against one". */
const TALLY_TO = /^\s+(?:to|against)\s+/u;

/**
 * A tally around the noun's phrase (which opens at `start` and ends at `end`): a count right before it
 * and another after "to" ("seven votes to five"), the whole of which says how a vote or a match went;
 * undefined when the passage says the noun in no such shape.
 */
function tallyOf(input: SpanInput, start: number, end: number): Span | undefined {
  const { text, tags } = input.passage;
  const first = tags.find(
    (g) => g.type === 'number' && g.end < start && /^\s+$/u.test(text.slice(g.end, start)),
  );
  const to = TALLY_TO.exec(text.slice(end));
  if (first === undefined || to === null) return undefined;
  const second = tags.find((g) => g.type === 'number' && g.start === end + to[0].length);
  if (second === undefined) return undefined;
  return { text: text.slice(first.start, second.end), start: first.start, end: second.end };
}

/**
 * The modifier before the noun's phrase (which opens at `start` and ends at `end`), of the shape asked:
 * a measure, or a name or a code.
 */
function spanBefore(input: SpanInput, start: number, end: number, measure: boolean): Span | undefined {
  const before = input.passage.text.slice(0, start);
  if (measure) {
    const m = MEASURE_BEFORE.exec(before);
    const amount = m?.[1];
    // "the 1960s tower", "the 2012 Games": a year or a decade dates the noun, it measures nothing.
    if (m === null || amount === undefined || YEAR_OR_DECADE.test(amount)) return undefined;
    return fresh(input, { text: amount, start: m.index, end: m.index + amount.length });
  }
  const m = NAME_BEFORE.exec(before);
  if (m === null || m[1] === undefined) return undefined;
  // "The H7N9 strain", "Police cars": a function word or a common word opening the sentence is written
  // with a capital too, and names nothing.
  const words = m[1].trimEnd().split(/\s+/u);
  let from = m.index;
  const opening = (word: string) =>
    isStopword(word.toLowerCase()) ||
    (/^[\s"“‘'(]*$/u.test(before.slice(0, from)) && (isCommonWord(word) || isAdverb(word.toLowerCase())));
  while (words.length > 0 && opening(words[0] as string)) {
    from = before.indexOf(words[1] ?? '', from + (words[0] as string).length);
    words.shift();
  }
  if (words.length === 0) return undefined;
  const phrase = words.join(' ');
  if (before.slice(from, from + phrase.length) !== phrase) return undefined;
  const span = fresh(input, { text: phrase, start: from, end: from + phrase.length });
  // "Wilson's theorem": a thing named by its owner is called so whole.
  if (span === undefined || !/['’]s$/u.test(phrase)) return span;
  return { text: input.passage.text.slice(from, end), start: from, end };
}

/**
 * Does the measure span give another dimension than the question's "how <adjective>" asks, by the
 * adjective after its unit (`namesOtherDimension`: "22 metres high" for "how long…"), or none while the
 * passage names the asked one so elsewhere ("The 12m mural, which stands 3 metres high" for "how
 * high…": `besideOwnDimension`)?
 */
function otherDimension(input: SpanInput, span: Span): boolean {
  const adjective = howWord(input.question);
  if (adjective === undefined) return false;
  const { text } = input.passage;
  return (
    namesOtherDimension(text, span.start, span.end, adjective) ||
    besideOwnDimension(text, span.start, span.end, adjective)
  );
}

/** What closes an apposition: a comma, a bracket, a colon or the sentence's end. */
const APPOSITION_END = /^\s*(?:[,;:)–—]|[.!?]?\s*$)/u;

/**
 * The candidate right after the noun's apposition comma, its copula or its "of": a name or a code for
 * a thing, a number for a measure.
 */
function spanAfter(
  input: SpanInput,
  end: number,
  measure: boolean,
  candidates: () => readonly ScoredSpan[],
): Span | undefined {
  const { text } = input.passage;
  const m = AFTER.exec(text.slice(end));
  if (m === null || (measure && m[4] !== undefined)) return undefined;
  const at = end + m[0].length;
  const shape = measure ? /\d/u : /^(?:\p{Lu}|\p{L}+\p{N})/u;
  // The longest candidate there ("400 metres", not "400" of "a cordon of 400 metres"). An apposition
  // is set off on both sides: it ends at a comma or the sentence's end, and a candidate running on past
  // one holds another phrase ("As a result, Woodward stressed…" is no result named Woodward).
  const found = candidates()
    .filter(
      (c) =>
        c.span.start === at &&
        shape.test(c.span.text) &&
        (m[1] !== ',' ||
          (!text.slice(at, c.span.end).includes(',') && APPOSITION_END.test(text.slice(c.span.end)))),
    )
    .reduce<ScoredSpan | undefined>(
      (a, c) => (a === undefined || c.span.end > a.span.end ? c : a),
      undefined,
    );
  return found === undefined ? undefined : fresh(input, found.span);
}

/** The span, unless it holds one of the question's words (then it repeats what is asked about). */
function fresh(input: SpanInput, span: Span): Span | undefined {
  const words = tokenize(span.text);
  if (words.length === 0 || words.some((w) => !w.stop && input.matched.has(w.stem))) return undefined;
  return span;
}

/** Is one word the other, or its regular plural ("zone", "zones"; "city", "cities")? */
function sameNoun(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long) return true;
  const rest = long.slice(short.length);
  if (long.startsWith(short) && (rest === 's' || rest === 'es')) return true;
  return short.endsWith('y') && long === `${short.slice(0, -1)}ies`;
}
