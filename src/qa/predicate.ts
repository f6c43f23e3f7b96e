/**
 * A passage's predicates and their subjects, read from compromise's tags: "The chair of governors, the
 * Reverend Peter Ashdown, resigned last week." → "resigned last week", said of "The chair of governors,
 * the Reverend Peter Ashdown,"; "Jones, who did not win any medals in Athens in August, has never failed
 * a drugs test." → "did not win any medals in Athens in August" (a relative clause, said of "Jones") and
 * "has never failed a drugs test" (said of "Jones, who …"). The answer to "what did X do?" and "what
 * happened to X?" (`action-asked.ts`).
 *
 * A predicate opens at a finite verb group (a verb, a modal or an auxiliary, not a gerund nor an
 * infinitive after "to") right after its subject (`opensPredicate`) and runs to its clause's end
 * (`clauseEnd`); a relative clause ends where its noun's own verb begins. Its subject is what stands
 * before it since the last main predicate ended (a relative clause's, what stands before its "who"; with
 * no noun there, the last main predicate's subject). A past form describing the noun before it ("the
 * primes found today … are", ", attributed to Eratosthenes,") opens none. Inside a predicate, a clause
 * a verb reports or a subordinator opens has its own ("say the law would favour …": `embeddedIn`).
 */
import { tagOnly } from '../nlp/nlp.js';
import type { ActionAsked } from './action-asked.js';
import { BE } from './auxiliaries.js';
import { verbLemmaOf } from './lemma.js';
import { isReportingVerb } from './reporting-verb.js';
import { verbFrames } from './wordnet.js';
import { clauseEnd } from './span-candidates.js';
import type { Span } from './span-input.js';
import { tokenize } from './text.js';

export interface Predicate {
  start: number;
  end: number;
  /** Where its subject is written in the passage (appositions and relative clauses within). */
  subjectStart: number;
  subjectEnd: number;
  /** Opened by "who", "which" or "that": it says something of a noun of another clause. */
  relative: boolean;
  /**
   * Inside another predicate, the clause a verb reports or a subordinator opens: "the law would favour
   * large companies" of "Critics say the law would favour…".
   */
  embedded: boolean;
  /** Its verbs are only "be" and auxiliaries ("was circumspect"): it says what the subject is, no action. */
  copula: boolean;
  /**
   * Its verb reports speech and it reports a clause ("said a man had been arrested", "has not said how
   * much it would cost") or nothing ('"…," Raducanu said.'): what it says is another clause's, no action
   * of its subject to give as one.
   */
  report: boolean;
  /**
   * A passive of asking someone to act ("are asked not to touch them", "are urged to…"): what the story
   * tells people to do, the answer to the reader's "what should I do?".
   */
  directive: boolean;
}

interface Term {
  word: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
}

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

const RELATIVE: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);

function termsOf(text: string): Term[] {
  const sentences = tagOnly(text).json({ offset: true }) as { terms: TermJson[] }[];
  return sentences.flatMap((s) =>
    s.terms.map((t) => ({
      word: t.text.toLowerCase(),
      tags: new Set(t.tags),
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
    })),
  );
}

const isVerbal = (t: Term) => t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Auxiliary');
/** A past form standing alone ("attributed", "found"), which may be a participle, not a finite verb. */
const participle = (t: Term) =>
  t.tags.has('PastTense') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal');
const isModifier = (t: Term) => t.tags.has('Negative') || t.tags.has('Adverb');
const isNominal = (t: Term) => t.tags.has('Noun') || t.tags.has('Pronoun');

/**
 * Does a finite verb group open at term i: a verb, not a gerund, right after its subject (a noun, a
 * pronoun, a relative "who", or the comma closing an apposition), not inside brackets ("the sieve
 * (attributed to …)") nor after "to"; compromise's verb after an adjective ("the adhesive strip") is
 * none. Adverbs and negations between subject and verb belong to neither ("Nellins also agreed", "Smith
 * never returned"); after a verb they are its group's ("did not agree", "has also agreed": it opens at
 * "did", "has").
 */
function opensPredicate(text: string, terms: readonly Term[], i: number): boolean {
  const t = terms[i] as Term;
  if (!isVerbal(t) || t.tags.has('Gerund')) return false;
  let k = i - 1;
  while (k > 0 && isModifier(terms[k] as Term) && !isVerbal(terms[k] as Term)) k--;
  const before = terms[k];
  if (before === undefined || isVerbal(before) || before.word === 'to' || isModifier(before)) return false;
  const gap = text.slice(before.end, t.start);
  if (gap.includes('(')) return false;
  return isNominal(before) || RELATIVE.has(before.word) || gap.includes(',');
}

/**
 * Where the predicate whose verb is term i starts: at the adverbs and negations between its subject and
 * its verb ("never replied", "rarely attends", "also agreed"), which say what was done as much as the verb.
 */
function groupStart(terms: readonly Term[], i: number): number {
  let first = i;
  while (first > 1 && isModifier(terms[first - 1] as Term) && !isVerbal(terms[first - 1] as Term)) first--;
  return first;
}

/**
 * Words that open a clause of their own: a verb after them is that clause's ("resigned on Monday after
 * the school was closed" is one predicate). English's subordinators and coordinators.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'although',
  'and',
  'as',
  'because',
  'before',
  'but',
  'if',
  'once',
  'or',
  'since',
  'so',
  'that',
  'though',
  'unless',
  'until',
  'when',
  'whereas',
  'which',
  'while',
  'who',
]);

/**
 * The verb group after term i, before `end`, that opens a predicate of the same clause (no subordinator
 * or coordinator between): the verb of the noun a participle or a relative clause describes.
 */
function laterVerb(text: string, terms: readonly Term[], i: number, end: number): Term | undefined {
  for (let j = i + 2; j < terms.length && (terms[j] as Term).start < end; j++) {
    const u = terms[j] as Term;
    if (CLAUSE_OPENERS.has(u.word)) return undefined;
    if (opensPredicate(text, terms, j)) return u;
  }
  return undefined;
}

/**
 * Does the reporting verb at term i open the clause it reports ("Police said a man had been arrested",
 * "said that…"): a noun, a pronoun, a determiner or "that" right after it. Then it is its subject's finite
 * verb, not a participle describing a noun ("the figures announced today are…").
 */
function reportsClause(terms: readonly Term[], i: number): boolean {
  const next = terms[i + 1];
  if (next === undefined || !isReportingVerb((terms[i] as Term).word)) return false;
  return next.word === 'that' || isNominal(next) || next.tags.has('Determiner');
}

/**
 * Where the noun phrase a relative pronoun at term k follows begins: its noun and the words before it
 * written with no punctuation between (determiners, adjectives, numbers, nouns): "staff" of "set up a
 * jobs fair for staff who lose their jobs", "The firm" of "The firm, which employs…". Undefined when no
 * noun stands right before it.
 */
function nounPhraseBefore(text: string, terms: readonly Term[], k: number): number | undefined {
  const noun = terms[k - 1];
  if (noun === undefined || !isNominal(noun) || isVerbal(noun)) return undefined;
  let first = k - 1;
  while (first > 0) {
    const u = terms[first - 1] as Term;
    if (/[^\s]/.test(text.slice(u.end, (terms[first] as Term).start))) break;
    const inPhrase =
      (isNominal(u) || u.tags.has('Adjective') || u.tags.has('Determiner') || u.tags.has('Value')) &&
      !isVerbal(u) &&
      !u.tags.has('Preposition');
    if (!inPhrase) break;
    first--;
  }
  return (terms[first] as Term).start;
}

/**
 * Does a clause follow the reporting verb group ending at term `last` (its words ending at `end`): "that",
 * or a finite verb after its first words with no comma, relative pronoun nor conjunction before it ("said
 * a man had been arrested", "said the pumps chosen were…", "said the new lanes on the A5 would cut…", "has
 * not said how much it would cost"). Not an object and its adjuncts: "announced the closure on Monday",
 * "will ask regulators in the UK to approve it", "announced the closure of a depot that had served the
 * town", "has ordered a review of premium line services and is likely to…".
 */
function reportedClause(text: string, terms: readonly Term[], last: number, end: number): boolean {
  if (terms[last + 1]?.word === 'that') return true;
  for (let j = last + 2; j < terms.length && (terms[j] as Term).start < end; j++) {
    const u = terms[j] as Term;
    const before = terms[j - 1] as Term;
    if (CLAUSE_OPENERS.has(u.word) || text.slice(before.end, u.start).includes(',')) return false;
    if (isVerbal(u) && !u.tags.has('Gerund') && !u.tags.has('Infinitive') && before.word !== 'to')
      return true;
  }
  return false;
}

/** WordNet's generic sentence frame 24: "Somebody ----s somebody to INFINITIVE" (ask, urge, advise). */
const ASK_TO = 24;
/** How many of a verb's senses, commonest first, may be the asking one. */
const COMMON_SENSES = 2;

/**
 * Is a verb group a passive of asking someone to act ("are asked", "are being urged"): a form of "be"
 * then a verb whose commonest senses take "somebody to INFINITIVE" (WordNet's frame 24).
 */
function directive(group: readonly Term[]): boolean {
  const be = group.findIndex((u) => BE.has(u.word));
  const verb = group.filter(isVerbal).at(-1);
  if (be === -1 || verb === undefined || BE.has(verb.word) || !verb.tags.has('PastTense')) return false;
  const lemma = verbLemmaOf(verb.word);
  return (
    lemma !== undefined &&
    verbFrames(lemma)
      .slice(0, COMMON_SENSES)
      .some((s) => s.frames.includes(ASK_TO))
  );
}

/** Are a verb group's verbs only "be" and auxiliaries ("was circumspect", "may be present")? */
function onlyBe(group: readonly Term[]): boolean {
  return group
    .filter(isVerbal)
    .every((u) => u.tags.has('Copula') || BE.has(u.word) || u.tags.has('Modal') || u.tags.has('Auxiliary'));
}

/** The end of the verb group opening at term i (its verbs, negations and adverbs). */
function groupEnd(terms: readonly Term[], i: number): number {
  let last = i;
  while (
    terms[last + 1] !== undefined &&
    (isVerbal(terms[last + 1] as Term) || isModifier(terms[last + 1] as Term))
  )
    last++;
  return last;
}

/**
 * The predicates of the clauses inside a predicate whose verb group ends at term `last` and whose words
 * end at `end`: a verb after a noun, that noun's (from the last subordinator, "that" or the outer verb
 * on): "say the law would favour large companies" → "would favour large companies", said of "the law".
 */
function embeddedIn(text: string, terms: readonly Term[], last: number, end: number): Predicate[] {
  const found: Predicate[] = [];
  let regionStart = (terms[last] as Term).end;
  for (let j = last + 1; j < terms.length && (terms[j] as Term).start < end; j++) {
    const u = terms[j] as Term;
    if (CLAUSE_OPENERS.has(u.word)) regionStart = u.end;
    if (!opensPredicate(text, terms, j) || participle(u)) continue;
    const opening = terms[groupStart(terms, j)] as Term;
    if (opening.start < regionStart) continue;
    if (RELATIVE.has((terms[groupStart(terms, j) - 1] as Term).word)) continue;
    if (!terms.some((v) => v.start >= regionStart && v.end <= opening.start && isNominal(v))) continue;
    const stop = Math.min(end, clauseEnd(text, opening.start));
    const group = groupEnd(terms, j);
    found.push({
      start: opening.start,
      end: stop,
      subjectStart: regionStart,
      subjectEnd: opening.start,
      relative: false,
      embedded: true,
      copula: onlyBe(terms.slice(j, group + 1)),
      report: false,
      directive: false,
    });
    regionStart = stop;
    j = group;
  }
  return found;
}

/**
 * Where a relative clause whose verb is term i ends, its clause ending at `end`: where its noun's own
 * verb begins ("Residents who find fallen cables are asked…" → "find fallen cables").
 */
function relativeEnd(text: string, terms: readonly Term[], i: number, end: number): number {
  const own = laterVerb(text, terms, i, end);
  return own === undefined ? end : text.slice(0, own.start).trimEnd().length;
}

export function predicatesOf(text: string): Predicate[] {
  const terms = termsOf(text);
  const found: Predicate[] = [];
  // Where the subject of the next main predicate may start, and the last main predicate's subject.
  let regionStart = 0;
  let lastMain: Predicate | undefined;
  let inside = -1;
  terms.forEach((t, i) => {
    if (!opensPredicate(text, terms, i)) return;
    const first = groupStart(terms, i);
    const opening = terms[first] as Term;
    const before = terms[first - 1] as Term;
    const relative = RELATIVE.has(before.word);
    // Inside a predicate read, only a relative clause is one of its own: "set up a help desk for tenants
    // who lose their lighting" says "lose their lighting" of the tenants.
    const nested = opening.start < inside;
    if (nested && !relative) return;
    const end = clauseEnd(text, opening.start);
    if (end <= opening.start) return;
    if (nested) {
      const phrase = nounPhraseBefore(text, terms, first - 1);
      if (phrase === undefined) return;
      const stop = relativeEnd(text, terms, i, end);
      const last = groupEnd(terms, i);
      found.push({
        start: opening.start,
        end: stop,
        subjectStart: phrase,
        subjectEnd: before.start,
        relative: true,
        embedded: false,
        copula: onlyBe(terms.slice(i, last + 1)),
        report: false,
        directive: false,
      });
      return;
    }
    // A participle describing the noun before it, the sentence's verb coming after: set off by commas
    // ("The Sieve of Eratosthenes, attributed to Eratosthenes, is…") or followed in its clause by another
    // verb after a noun ("the large primes found today with computers are not generated…").
    if (!relative && participle(t) && !reportsClause(terms, i)) {
      if (text.slice(before.end, opening.start).includes(',') && text[end] === ',') {
        inside = end;
        return;
      }
      if (laterVerb(text, terms, i, end) !== undefined) return;
    }
    const subjectEnd = relative ? before.start : opening.start;
    const holdsNoun = terms.some((u) => u.start >= regionStart && u.end <= subjectEnd && isNominal(u));
    // "staff who lose their jobs": a restrictive relative clause is said of the noun phrase right before
    // it; after a comma ("The old depot in Leeds, which closed…") of the whole subject, as the main one.
    const restrictive = relative && !text.slice((terms[first - 2] as Term).end, before.start).includes(',');
    const phrase = restrictive ? nounPhraseBefore(text, terms, first - 1) : undefined;
    const subject =
      phrase !== undefined && phrase >= regionStart
        ? { subjectStart: phrase, subjectEnd }
        : holdsNoun || lastMain === undefined
          ? { subjectStart: regionStart, subjectEnd }
          : { subjectStart: lastMain.subjectStart, subjectEnd: lastMain.subjectEnd };
    if (!holdsNoun && lastMain === undefined) return;
    const last = groupEnd(terms, i);
    const copula = onlyBe(terms.slice(i, last + 1));
    const stop = relative ? relativeEnd(text, terms, i, end) : end;
    const inner = embeddedIn(text, terms, last, stop);
    // The group's main verb is its last verb ("has not said"); it reports a clause or stands alone.
    const verb = terms
      .slice(i, last + 1)
      .filter(isVerbal)
      .at(-1) as Term;
    const bare = stop <= (terms[last] as Term).end;
    const report = isReportingVerb(verb.word) && (bare || reportedClause(text, terms, last, stop));
    const predicate: Predicate = {
      start: opening.start,
      end: stop,
      ...subject,
      relative,
      embedded: false,
      copula,
      report,
      directive: directive(terms.slice(i, last + 1)),
    };
    found.push(predicate, ...inner);
    inside = stop;
    if (!relative) {
      lastMain = predicate;
      regionStart = end;
    }
  });
  return found;
}

/** The content words' stems of a stretch of text (corrections of the question's words already read). */
function stemsOf(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((t) => !t.stop)
      .map((t) => t.stem),
  );
}

/**
 * A word the question writes unknown to the story read as the story's word it opens, as the search
 * reads it (`expand`'s words starting with its stem: "goverment", stem "gover", is "government"), a
 * stem of at least `shortest` letters (`Weights.EXTENSION_MIN`).
 */
function sameWord(asked: string, said: string, shortest: number): boolean {
  return asked.length >= shortest && said.startsWith(asked);
}

/**
 * The passage's predicate for the subject of an action asked, an action or an event (not a copula's "was
 * circumspect"): one whose subject holds the head noun of the question's subject and its other words the
 * passage says (any subject for a pronoun, preferring one that names the people the pronoun
 * was read as), the one saying most of the question's adjunct words ("in athens"), a main clause before
 * a relative one, the first of equals. Undefined when none is said of that subject; null (an answer
 * with no bold) when the question's subject is the reader ("what should I do…?") or a pronoun read as no
 * one the passage's predicates are said of.
 */
export function predicateFor(
  asked: ActionAsked,
  passage: { text: string },
  shortest: number,
  about?: ReadonlySet<string>,
): Span | null | undefined {
  const head = stemsOf(asked.head);
  const adjunct = stemsOf(asked.adjunct);
  const text = passage.text;
  const said = (from: number, to: number) => stemsOf(text.slice(from, to));
  // The subject as the story names it: its head, and each of its words the passage says ("waste heat"
  // is not said by "heat" when the passage writes "waste heat" elsewhere).
  const everywhere = said(0, text.length);
  const named = [...stemsOf(asked.subject)].filter((s) => everywhere.has(s));
  let candidates = predicatesOf(text).filter((p) => {
    if (p.copula || p.report) return false;
    const holds = said(p.subjectStart, p.subjectEnd);
    const heads = [...head].every((s) => holds.has(s) || [...holds].some((h) => sameWord(s, h, shortest)));
    return heads && named.every((s) => holds.has(s));
  });
  // "What can I do to report a pothole?" asks advice, which no action of the story's people gives: the
  // story's advice is what it asks people to do ("Residents … are asked not to touch them"), or none.
  if (asked.reader) candidates = candidates.filter((p) => p.directive);
  if (asked.reader && candidates.length === 0) return null;
  // "What did she do in Athens?": the people the pronoun was read as. "What did it do on Monday?", its
  // "it" read as no one the predicates are said of: any found would be another subject's words.
  if (asked.pronoun && candidates.length > 0) {
    const theirs = candidates.filter((p) =>
      [...said(p.subjectStart, p.subjectEnd)].some((s) => about?.has(s) === true),
    );
    if (theirs.length > 0) candidates = theirs;
    else if (asked.vague) return null;
  }
  let best: { p: Predicate; score: number } | undefined;
  for (const p of candidates) {
    const words = said(p.start, p.end);
    const score = [...adjunct].filter((s) => words.has(s)).length * 2 + (p.relative || p.embedded ? 0 : 1);
    if (best === undefined || score > best.score) best = { p, score };
  }
  if (best === undefined) return undefined;
  return { text: text.slice(best.p.start, best.p.end), start: best.p.start, end: best.p.end };
}
