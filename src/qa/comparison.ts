/**
 * Yes/no questions comparing two things the story gives a number for: "is the baker older than the
 * florist?", "did the quiz night make more than the sponsored walk?", "did it sell for more than the
 * estimate?". A passage answers only one side of such a question; the answer is the two numbers set
 * against each other. Each side's number is read with the project's readers: a person's age by
 * `agesOfNames` (an apposition, "Tom Reilly, 62,"; a predicate, "Reid is 45") or a number `measuresAt`
 * reads as an age ("aged 62", "a 62-year-old"); a sum or a count by `numbersIn` and `readingsAt`, the
 * one standing nearest the side's words in their part of the sentence ("£2,500 from a quiz night").
 * Only when both sides have a number of the same kind and the two do not overlap (a range, "£8,000 to
 * £12,000", against £10,000 says neither) is there a yes or no; otherwise the engine answers as it does
 * any question. Pure, apart from WordNet's word lists.
 */
import { agesOfNames } from './predicate-age.js';
import { lemmaOf } from './lemma.js';
import { measuresAt, readingsAt, type Measure } from './measure.js';
import { numbersIn } from './numbers.js';
import type { Polarity } from './polarity.js';
import { tokenize, type Token } from './text.js';
import { isRoleNoun } from './wordnet.js';

/** What a comparing question asks: its two sides as written, the kind compared, and which way. */
export interface ComparisonAsked {
  /** The first side's words ("the baker", "it"), and the verb said of it ("sell", "make"), if any. */
  left: string;
  verb?: string;
  right: string;
  /** Ages ("older", "younger") or amounts (a sum or a count: "more", "fewer", "bigger"). */
  of: 'age' | 'amount';
  /** Does the question ask whether the first side's number is the greater ("older", "more")? */
  greater: boolean;
}

/** One side's number as the story gives it: the sentence, where the number stands, its value(s). */
export interface ComparedSide {
  /** Whose or what number: a person's name as the story writes it, else the question's words. */
  label: string;
  /** The number as written ("£48,000", "62", "£8,000 to £12,000"). */
  value: string;
  /** The sentence's index in its article, and the number's place in it. */
  sentence: number;
  start: number;
  end: number;
  low: number;
  high: number;
  kind: Measure;
}

/** A comparison read: its yes or no and both sides, the question's first side first. */
export interface Comparison {
  polarity: Polarity;
  sides: readonly [ComparedSide, ComparedSide];
}

/** A sentence of the story, as the engine holds it. */
export interface StorySentence {
  index: number;
  text: string;
}

const GREATER = new Set(['older', 'more', 'bigger', 'larger', 'higher', 'greater']);
const LESSER = new Set(['younger', 'less', 'fewer', 'smaller', 'lower']);
const AGES = new Set(['older', 'younger']);

/**
 * An auxiliary opening the question, the first side (and for "did"/"does", its verb, maybe with "for"),
 * a comparative, "than", the second side.
 */
const COMPARING =
  /^\s*(is|are|was|were|did|does|do|has|have|had)\s+(.+?)\s+(older|younger|more|less|fewer|bigger|larger|smaller|higher|lower|greater)\s+than\s+(.+?)[\s?.!]*$/iu;
/** Auxiliaries after which the first side's last word is its verb ("did the quiz night make"). */
const DOING = /^(?:did|does|do)$/iu;

/** The comparison a yes/no question asks (see the module comment), or undefined. */
export function comparisonAsked(question: string): ComparisonAsked | undefined {
  const m = COMPARING.exec(question);
  if (m === null) return undefined;
  const [, aux = '', before = '', comparative = '', right = ''] = m;
  const word = comparative.toLowerCase();
  let left = before.trim();
  let verb: string | undefined;
  if (DOING.test(aux)) {
    // "did it sell for more", "did the quiz night make more": the verb before the comparative.
    const words = left.replace(/\s+for$/iu, '').split(/\s+/u);
    if (words.length < 2) return undefined;
    verb = (words.pop() ?? '').toLowerCase();
    left = words.join(' ');
  }
  if (left === '' || right.trim() === '') return undefined;
  return {
    left,
    ...(verb !== undefined ? { verb } : {}),
    right: right.trim(),
    of: AGES.has(word) ? 'age' : 'amount',
    greater: GREATER.has(word) && !LESSER.has(word),
  };
}

/** The words of a side that name it: not its article or a pronoun ("the", "it"). */
function sideWords(side: string): Token[] {
  return tokenize(side).filter((t) => !t.stop);
}

/** The value of a number written in digits, with a scale word or letter after it ("£1.2m", "3 million"). */
function valueOf(text: string, start: number, end: number): number | undefined {
  const digits = text.slice(start, end).replace(/,/gu, '');
  if (!/^\d+(?:\.\d+)?$/u.test(digits)) return undefined;
  const scale = /^\s*(k|m|bn|thousand|million|billion)\b/iu.exec(text.slice(end))?.[1]?.toLowerCase();
  const times =
    scale === 'k' || scale === 'thousand'
      ? 1e3
      : scale === 'm' || scale === 'million'
        ? 1e6
        : scale === 'bn' || scale === 'billion'
          ? 1e9
          : 1;
  return Number(digits) * times;
}

/** A range's second number after the first: "£8,000 to £12,000", "£8,000-£12,000". */
const RANGE_REST = /^\s*(?:to|-|–|and)\s*[£$€]?(?=\d)/iu;

/** The parts of a sentence a number belongs to: split at a semicolon, a comma or "and" before a number. */
function partOf(text: string, at: number): { start: number; end: number } {
  const breaks = [...text.matchAll(/;|,\s+(?!\d)|\s(?:and|but|while|whereas)\s/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  let start = 0;
  let end = text.length;
  for (const b of breaks) {
    if (b.end <= at) start = b.end;
    else if (b.start >= at) {
      end = b.start;
      break;
    }
  }
  return { start, end };
}

/** The numbers of a sentence with the kinds they give, a range read as one ("£8,000 to £12,000"). */
function amountsIn(text: string): Omit<ComparedSide, 'label' | 'sentence'>[] {
  const numbers = numbersIn(text);
  const out: Omit<ComparedSide, 'label' | 'sentence'>[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    if (n === undefined) continue;
    const low = valueOf(text, n.start, n.end);
    if (low === undefined) continue;
    const next = numbers[i + 1];
    const joined = next !== undefined && RANGE_REST.test(text.slice(n.end, next.start + 1));
    const last = joined ? next : n;
    const high = joined ? valueOf(text, next.start, next.end) : low;
    if (high === undefined) continue;
    // The kind is the last number's: "£8,000 to £12,000" is money, "8 to 12 people" a count.
    const kinds = [...measuresAt(text, n.start, n.end), ...readingsAt(text, last.start, last.end)];
    const kind = kinds[0];
    if (kind === undefined || kind === 'age') continue;
    const begin = /[£$€]$/u.test(text.slice(0, n.start)) ? n.start - 1 : n.start;
    const end =
      last.end + (/^\s*(?:k|m|bn|thousand|million|billion)\b/iu.exec(text.slice(last.end))?.[0].length ?? 0);
    out.push({
      value: text.slice(begin, end),
      start: begin,
      end,
      low: Math.min(low, high),
      high: Math.max(low, high),
      kind,
    });
    if (joined) i++;
  }
  return out;
}

/** Does the token say the word: the same stem, or the verb's dictionary form ("sold" for "sell"). */
function says(t: Token, word: Token): boolean {
  return t.stem === word.stem || (lemmaOf(t.word) ?? t.word) === (lemmaOf(word.word) ?? word.word);
}

/**
 * The sum or count the story gives a side: of the sentences saying its words, the number nearest them
 * in their part of the sentence; for a pronoun side, the number after the verb said of it ("it sell" →
 * "has sold … for £48,000": what is sold for comes after the verb, while "48 lots were sold" counts its
 * subject). The sentence saying most of the side's words is read first, and of two saying as many,
 * the one of the other side's number (`near`: "… went for £1,100, against an estimate of £900 to
 * £1,400" for "its estimate"), then the one whose number stands nearest.
 */
function amountOf(
  side: string,
  verb: string | undefined,
  story: readonly StorySentence[],
  near?: number,
): ComparedSide | undefined {
  const own = sideWords(side);
  const byVerb = own.length === 0;
  const words = byVerb ? (verb === undefined ? [] : tokenize(verb)) : own;
  if (words.length === 0) return undefined;
  let best: { side: ComparedSide; rank: readonly number[] } | undefined;
  for (const s of story) {
    const at = tokenize(s.text).filter((t) => words.some((w) => says(t, w)));
    const said = new Set(at.map((t) => t.stem)).size;
    if (said === 0) continue;
    for (const a of amountsIn(s.text)) {
      const part = partOf(s.text, a.start);
      const inPart = at.filter(
        (t) => t.start >= part.start && t.end <= part.end && (!byVerb || t.end <= a.start),
      );
      if (inPart.length === 0) continue;
      const gap = Math.min(...inPart.map((t) => (t.start >= a.end ? t.start - a.end : a.start - t.end)));
      // Ranked by the words said, the other side's sentence, then nearness: greater is better.
      const rank = [said, s.index === near ? 1 : 0, -gap];
      if (best === undefined || before(rank, best.rank))
        best = { side: { ...a, label: side, sentence: s.index }, rank };
    }
  }
  return best?.side;
}

/** Does rank `a` come before `b` (the first place where they differ is greater in `a`)? */
function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

/** The name nearest a number in its sentence: capitalised words, not the sentence's first alone. */
const NAME = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/** A person the story gives an age: their name, the age, and the text that may say their role. */
interface AgedPerson {
  name: string;
  side: ComparedSide;
  /** The text before the name (its last word may be a role) and the noun after "-year-old". */
  roles: readonly [string, string];
}

/** Every person the story gives an age, as (name, age, where) in order. */
function agesIn(story: readonly StorySentence[]): AgedPerson[] {
  const out: AgedPerson[] = [];
  for (const s of story) {
    const text = s.text;
    const named = agesOfNames(text);
    const add = (name: string, nameStart: number, start: number, end: number) => {
      const age = Number(text.slice(start, end));
      const side = {
        label: name,
        value: text.slice(start, end),
        sentence: s.index,
        start,
        end,
        low: age,
        high: age,
        kind: 'age' as const,
      };
      // Its role: the word before the name ("baker Tom Reilly"), or the noun after "-year-old" ("Ollie
      // Marwood, a 19-year-old student").
      const after = /^-year-old\s+(\p{L}+)/u.exec(text.slice(end))?.[1] ?? '';
      out.push({ name, side, roles: [text.slice(Math.max(0, nameStart - 30), nameStart), after] });
    };
    for (const a of named) {
      const at = text.indexOf(a.name);
      add(a.name, at === -1 ? a.ageStart : at, a.ageStart, a.ageEnd);
    }
    // "Tom Reilly, aged 62," or "62-year-old Tom Reilly": an age `measuresAt` reads, its nearest name.
    for (const n of numbersIn(text)) {
      if (named.some((a) => a.ageStart === n.start) || !measuresAt(text, n.start, n.end).includes('age'))
        continue;
      if (!/^\d{1,3}$/u.test(n.text)) continue;
      const part = partOf(text, n.start);
      const names = [...text.matchAll(NAME)].filter((m) => m.index > 0 || m[0].includes(' '));
      let nearest: RegExpExecArray | undefined;
      let gap = Infinity;
      for (const m of names) {
        const d = m.index >= n.end ? m.index - n.end : n.start - (m.index + m[0].length);
        if (
          d >= 0 &&
          d < gap &&
          d <= 30 &&
          (m.index >= part.start || n.start - (m.index + m[0].length) <= 10)
        ) {
          nearest = m;
          gap = d;
        }
      }
      if (nearest !== undefined) add(nearest[0], nearest.index, n.start, n.end);
    }
  }
  return out;
}

/**
 * The age the story gives a side: a person whose name holds every word of the side ("megan", "reilly",
 * "tom reilly"), or, for "the baker", the person the story names right after that role word ("baker Tom
 * Reilly, 62,").
 */
function ageOf(side: string, story: readonly StorySentence[]): ComparedSide | undefined {
  const words = sideWords(side);
  if (words.length === 0) return undefined;
  const people = agesIn(story);
  const byName = people.find((p) => {
    const name = new Set(tokenize(p.name).map((t) => t.stem));
    return words.every((w) => name.has(w.stem));
  });
  if (byName !== undefined) return byName.side;
  const role = words.length === 1 ? words[0] : undefined;
  if (role === undefined || !isRoleNoun(role.word)) return undefined;
  const byRole = people.find((p) => {
    const [before, after] = p.roles;
    const last = tokenize(before).at(-1);
    return last?.stem === role.stem || tokenize(after)[0]?.stem === role.stem;
  });
  return byRole?.side;
}

/**
 * The comparison the story answers for the question asked (`comparisonAsked`), or undefined: when a
 * side has no number, the two numbers are not of one kind, or they overlap.
 */
export function compareSides(
  asked: ComparisonAsked,
  story: readonly StorySentence[],
): Comparison | undefined {
  const left = asked.of === 'age' ? ageOf(asked.left, story) : amountOf(asked.left, asked.verb, story);
  if (left === undefined) return undefined;
  const right =
    asked.of === 'age' ? ageOf(asked.right, story) : amountOf(asked.right, undefined, story, left.sentence);
  if (left === undefined || right === undefined || left.kind !== right.kind) return undefined;
  if (left.sentence === right.sentence && left.start === right.start) return undefined;
  const labelled = (s: ComparedSide, words: string) => (asked.of === 'age' ? s : { ...s, label: words });
  const sides = [labelled(left, asked.left), labelled(right, asked.right)] as const;
  if (left.low > right.high) return { polarity: asked.greater ? 'yes' : 'no', sides };
  if (left.high < right.low) return { polarity: asked.greater ? 'no' : 'yes', sides };
  return undefined;
}
