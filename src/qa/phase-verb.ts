/**
 * Whether a verb says that something ends or that it begins ("when did the trams stop?" asks an end,
 * "when did the surgery open?" a beginning), read from WordNet, and which dates a passage gives as an
 * end or a beginning ("ran until 1924", "has traded since 1962"). Of two dates of one sentence ("The
 * depot was built in 1904 to house the town's electric trams, which ran until 1924") the one marked
 * as the asked phase answers "when did … stop?".
 */
import { verbLemmaOf } from './lemma.js';
import { WordCache } from './word-caches.js';
import { commonSenses, glossedSenses, pointersOf, readSynsetWords } from './wordnet.js';

export type Phase = 'end' | 'begin';

/**
 * The verbs that name each phase: WordNet's synsets of the verb "end" ({end, stop, finish, terminate,
 * cease}) and of "begin" ({begin, start, commence…}), in their commonest senses. A sense is of a phase
 * when it is one of these, a kind of one of them a step or two up, or its gloss defines it by one of
 * their words ("close": "cease to operate…", "open": "start to operate…").
 */
const ANCHOR: Record<Phase, string> = { end: 'end', begin: 'begin' };

/** How many of a verb's senses, commonest first, are read: news's "stop" is sense two ("put an end to"). */
const SENSES_READ = 3;
/** How far up its hypernyms a sense is followed ("expire" → discontinue → end). */
const STEPS_UP = 2;

interface Anchor {
  synsets: ReadonlySet<number>;
  words: ReadonlySet<string>;
}

/** Module state, as WordNet's own caches: the two anchors, read once. */
let anchors: Record<Phase, Anchor> | undefined;

function readAnchors(): Record<Phase, Anchor> {
  const of = (lemma: string): Anchor => {
    const synsets = new Set(commonSenses('verb', lemma));
    const words = new Set([...synsets].flatMap((s) => readSynsetWords('verb', s)));
    return { synsets, words };
  };
  return { end: of(ANCHOR.end), begin: of(ANCHOR.begin) };
}

/**
 * A gloss's defining verb: its first word after "cause to", "become", "come to", "put/bring to" or
 * "have" ("cease to operate" → cease; "put an end to a state" → end; "have a beginning" → beginning,
 * read as begin).
 */
const GLOSS_HEAD =
  /^(?:(?:cause\s+to|become)\s+)?(?:(?:come|put|bring)\s+(?:to\s+)?(?:an?\s+)?|have\s+an?\s+)?([a-z]+)/u;

const phases = new WordCache<Phase | undefined>();

/**
 * The phase a verb (any form: "stopped", "opens") names in its commonest senses, when they name only
 * one of the two; undefined for any other verb ("run", "build") or one read both ways.
 */
export function phaseOfVerb(word: string): Phase | undefined {
  return phases.get(word.toLowerCase(), readPhase);
}

function readPhase(word: string): Phase | undefined {
  const lemma = verbLemmaOf(word) ?? word;
  anchors ??= readAnchors();
  const found = new Set<Phase>();
  for (const { offset, gloss } of glossedSenses('verb', lemma).slice(0, SENSES_READ))
    for (const phase of ['end', 'begin'] as const)
      if (senseOf(offset, gloss, anchors[phase])) found.add(phase);
  return found.size === 1 ? [...found][0] : undefined;
}

function senseOf(offset: number, gloss: string, anchor: Anchor): boolean {
  const head = GLOSS_HEAD.exec(gloss.toLowerCase())?.[1];
  if (head !== undefined && (anchor.words.has(head) || anchor.words.has(head.replace(/ning$/u, ''))))
    return true;
  let level = [offset];
  for (let step = 0; step <= STEPS_UP; step++) {
    if (level.some((o) => anchor.synsets.has(o))) return true;
    level = level.flatMap((o) =>
      pointersOf('verb', o).flatMap((p) => (p.symbol === '@' && p.pos === 'v' ? [p.offset] : [])),
    );
  }
  return false;
}

/**
 * The word before a date that marks it as an end ("ran until 1924", "till the end of March", "from 1904
 * to 1924") or a beginning ("since 1962", "from 1 April"): what a clause says of it, whatever its verb.
 */
const END_MARK =
  /\b(?:until|till|up\s+to|from\s+\S+(?:\s+\S+){0,2}\s+to)\s+(?:(?:the\s+)?end\s+of\s+)?(?:the\s+)?$/iu;
const BEGIN_MARK = /\b(?:since|from)\s+(?:the\s+)?$/iu;

/** The phase the passage marks the date at `start` with, if any. */
export function markedPhase(text: string, start: number): Phase | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  if (END_MARK.test(before)) return 'end';
  if (BEGIN_MARK.test(before)) return 'begin';
  return undefined;
}

/**
 * Of the dates a "when" question may be answered by, those the passage marks as the phase its verb asks
 * ("until 1924" for "when did the trams stop?"), when there are some; for a beginning asked, those not
 * marked as an end when any is left ("built in 1904", not "until 1924", for "when did they start?").
 * Every candidate otherwise.
 */
export function ofAskedPhase<T extends { span: { start: number } }>(
  candidates: readonly T[],
  phase: Phase | undefined,
  text: string,
): readonly T[] {
  if (phase === undefined || candidates.length < 2) return candidates;
  const marks = candidates.map((c) => markedPhase(text, c.span.start));
  const same = candidates.filter((_, i) => marks[i] === phase);
  if (same.length > 0) return same;
  if (phase === 'begin') {
    const rest = candidates.filter((_, i) => marks[i] !== 'end');
    if (rest.length > 0) return rest;
  }
  return candidates;
}
