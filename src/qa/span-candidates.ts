/**
 * The candidate spans of the best passage, each with the features the learned span model weighs
 * (`SPAN_MODEL`): its entities and noun phrases ("X and Y" joined), the words of a kind the question
 * names, a "why" question's reason clauses, trimmed of the question's own words; and how a candidate
 * is shown (`toSpan`: "the city of St.Petersburg" → "St.Petersburg", a bare weekday dated). Which
 * candidate answers is `answer-span.ts`'s choice.
 */
import { isListedPreposition } from './prepositions.js';
import { scorelinesIn } from './scoreline.js';
import { causeStarts, reasonStarts } from './reason-cues.js';
import type { Entity } from './entities.js';
import type { ParsedQuestion } from './question.js';
import { askedStems, isAsked, madeOf } from './span-described.js';
import type { ScoredSpan, Span, SpanInput, SpanSentence } from './span-input.js';
import {
  balanced,
  CLAUSE_END,
  clauseIds,
  nameAcross,
  entityTypesOfKinds,
  functionGap,
  joinedPhrases,
  placeAfterPreposition,
  saysNothing,
  tokenRange,
  type Candidate,
  type SpanKind,
} from './span-parts.js';
import { stem, tailBefore, tokenize, type Token } from './text.js';
import { isParticiple } from './verb-object.js';
import type { Weights } from './weights.js';
import { isCommonWord, isKindOf } from './wordnet.js';
import { clauseSays, questionVerb } from './question-verb.js';
import { askedSlot } from './slot.js';
import { countedNoun, countsWider, isPlural, namesSame } from './counted-noun.js';
import { countsTakenBy, endingVerb } from './count-object.js';
import { weekdayDate } from './weekday.js';
import { MONTH, weekdayOfNoun } from './time-point.js';
import { WEEKDAY_NAMES } from './calendar.js';
import { hasNumber, startsUpper } from './letters.js';
import { unitEnd } from './measure.js';

const KINDS: readonly SpanKind[] = ['phrase', 'person', 'place', 'organization', 'date', 'number', 'clause'];

/**
 * How well a kind of span answers each question type (0: never). Definitions, not tunings: the first
 * feature of the learned span model (span-model.ts), which weighs it, and 0 keeps a kind out.
 */
const FIT: Record<ParsedQuestion['type'], Partial<Record<SpanKind, number>>> = {
  person: { person: 1, organization: 0.6, phrase: 0.2 },
  organization: { organization: 1, person: 0.4, phrase: 0.3 },
  location: { place: 1, organization: 0.3, phrase: 0.2 },
  place: { place: 1, organization: 0.3, phrase: 0.2 },
  date: { date: 1, number: 0.4 },
  number: { number: 1, date: 0.3 },
  reason: { clause: 1 },
  other: { phrase: 1, person: 0.8, place: 0.8, organization: 0.8, date: 0.8, number: 0.8 },
};

/**
 * Is the token a month's name in a date the tagger finds ("predicted for May")? "May" is a stopword as
 * the modal verb, but written capitalised inside a date it names the month, which answers "when".
 */
function monthOf(c: Candidate, t: Token, passage: SpanSentence): boolean {
  if (c.kind !== 'date') return false;
  const written = passage.text.slice(t.start, t.end);
  return startsUpper(written) && MONTH.exec(written)?.[0] === written;
}

/** A possessive mark closing a span ("Blair's", "the members’"). */
const POSSESSIVE = /(?<=\p{L})['’]s?$/u;
const WEEKDAY = new RegExp(`^(?:${WEEKDAY_NAMES.join('|')})$`, 'i');
/** Words after which a "why" question's answer follows ("because the talks failed"). */
const PLACE_OF =
  /^(?:the\s+)?(?:city|town|village|port|region|province|state|county|island|country)\s+of\s+(?=\p{Lu})/iu;
/** "What did X do…", "who does Y submit it to": the answer follows the question's words. */
const OBJECT_QUESTION =
  /^\s*(?:what|who|whom|which(?:\s+\p{L}+)?)\s+(?:did|does|do|will|would|can|could|should|has|have|had)\b/iu;
/**
 * The candidate spans of the passage that could answer the question, each with its features. Exported
 * for the training script (bench/train-span.ts), which learns `SPAN_MODEL` from them.
 */
export function spanCandidatesOf(
  input: SpanInput,
  weights: Pick<Weights, 'LOCATIVE_LOOK_BACK'>,
): ScoredSpan[] {
  return ofQuestionType(everyCandidateOf(input, weights), input.parsed);
}

/**
 * A typed question ("where", "when", "who"…) is answered by a span of its type when the passage has
 * one: the model weighs the rest only when it has none.
 */
export function ofQuestionType(candidates: ScoredSpan[], parsed: Pick<ParsedQuestion, 'type'>): ScoredSpan[] {
  if (parsed.type !== 'other' && candidates.some((c) => c.features[0] === 1))
    return candidates.filter((c) => c.features[0] === 1);
  return candidates;
}

/**
 * Every candidate span of the passage, of the question's type or not (`spanCandidatesOf` keeps those of
 * its type when there are any): the subject of a who-question's verb may be a name the tagger calls
 * no one ("Wakefield Trinity won…").
 */
export function everyCandidateOf(
  input: SpanInput,
  weights: Pick<Weights, 'LOCATIVE_LOOK_BACK'>,
): ScoredSpan[] {
  const { passage, parsed } = input;
  const matchedAt = passage.tokens.flatMap((t, i) => (!t.stop && input.matched.has(t.stem) ? [i] : []));
  const fit = FIT[parsed.type];
  const causeList = parsed.type === 'reason' ? causeStarts(passage.text) : [];
  const causes = new Set(causeList);
  const candidates =
    parsed.type === 'reason'
      ? reasonClauses(passage.text, causeList).filter(
          (c) => !echoesQuestion(passage, c, input.matched, causes),
        )
      : [
          ...spanCandidates(passage, parsed.type, askedStems(input)),
          ...kindWords(passage, parsed.kinds, input.matched),
        ];
  const objectAsked = OBJECT_QUESTION.test(input.question);
  const out: ScoredSpan[] = [];
  const seen = new Set<string>();
  const clauses = clauseIds(passage.text, passage.tokens);
  const matchedStems = new Set(matchedAt.map((m) => (passage.tokens[m] as Token).stem));
  const kindTypes = entityTypesOfKinds(parsed.kinds);
  const describe = (c: Candidate, trimmed: Candidate, keeps: boolean) => {
    const base = fit[trimmed.kind] ?? 0;
    const key = `${trimmed.start}:${trimmed.end}:${trimmed.kind}:${trimmed.text ?? ''}`;
    // "22 miles (35 km": a span that opens or closes a bracket without the other is cut mid-aside.
    if (base === 0 || seen.has(key) || !balanced(passage.text.slice(trimmed.start, trimmed.end))) return;
    seen.add(key);
    const [first, last] = tokenRange(trimmed, passage.tokens);
    const length = last - first + 1;
    const d = distance(trimmed, passage.tokens, matchedAt);
    const kindHead = trimmed.kind === 'phrase' && parsed.kinds.includes(lastWord(trimmed, passage));
    const before = matchedAt.some((m) => m < first);
    const text = passage.text.slice(trimmed.start, trimmed.end);
    // The question's words in the candidate's own clause (between commas, semicolons, brackets).
    const clause = clauses[first];
    const inClause = new Set(
      matchedAt.filter((m) => clauses[m] === clause).map((m) => (passage.tokens[m] as Token).stem),
    );
    out.push({
      span: toSpan(trimmed, passage, input),
      kind: trimmed.kind,
      features: [
        base,
        1 / (1 + d),
        d === 0 ? 1 : 0,
        kindHead ? 0 : overlapShare(trimmed, passage, input.matched),
        trimmed.kind === 'phrase' && parsed.kinds.length > 0 && isOfKind(trimmed, passage, parsed.kinds)
          ? 1
          : 0,
        before ? 1 : 0,
        matchedAt.some((m) => m > last) ? 1 : 0,
        objectAsked && before ? 1 : 0,
        length === 1 ? 1 : 0,
        length === 2 ? 1 : 0,
        length >= 5 ? 1 : 0,
        startsUpper(text) ? 1 : 0,
        trimmed.kind !== 'phrase' && trimmed.kind !== 'clause' ? 1 : 0,
        hasNumber(text) ? 1 : 0,
        trimmed.text !== undefined ? 1 : 0,
        /["“(]\s*$/.test(tailBefore(passage.text, trimmed.start, 1)) ? 1 : 0,
        parsed.type === 'other' && trimmed.kind === 'phrase' ? 1 : 0,
        base === 1 ? 1 : 0,
        d === 1 ? 1 : 0,
        ...KINDS.map((k) => (trimmed.kind === k ? 1 : 0)),
        // "Where": a place something happens in or at ("convened in the city of St.Petersburg").
        parsed.type === 'location' && placeAfterPreposition(passage.text, c.start, weights.LOCATIVE_LOOK_BACK)
          ? 1
          : 0,
        c.join === 'list' ? 1 : 0,
        c.join === 'of' ? 1 : 0,
        keeps ? 1 : 0,
        matchedStems.size > 0 ? inClause.size / matchedStems.size : 0,
        // "What city…" asks for a place: an entity of the type WordNet files the kind under.
        kindTypes.has(trimmed.kind) ? 1 : 0,
        insideBrackets(passage.text, trimmed.start) ? 1 : 0,
        // Joined to the question's words by function words only: "X is [Y]", "the Y of [X]".
        functionGap(passage.tokens, matchedAt.filter((m) => m < first).at(-1), first) ? 1 : 0,
        functionGap(
          passage.tokens,
          last,
          matchedAt.find((m) => m > last),
        )
          ? 1
          : 0,
      ],
    });
  };
  for (const tagged of candidates) {
    // "Harrowford's Thursday market": the weekday names the market, not a day anything happens on.
    if (tagged.kind === 'date' && weekdayOfNoun(passage.text, tagged.start, tagged.end)) continue;
    const ended = endOnNoun(tagged, passage);
    if (ended === undefined) continue;
    const c = withRate(ended, passage);
    // A name is answered whole or not at all: "Mr" of "Mr Blunkett", "Tony" of "Tony Blair" are no
    // answers. A person named with the question's words is the one asked about, not the answer ("who
    // replaced Blunkett?").
    const trimmed = trimQuestionWords(c, passage, input.matched, parsed.kinds);
    if (trimmed === undefined) continue;
    // "Obaidi" of "Obaidi thanked Russia" for "who did they thank?" after "who signed?", however tagged.
    if (input.about !== undefined && madeOf(c, passage, input.about.stems)) continue;
    if (isName(c) && c.text === undefined) {
      if (c.kind === 'person' && namesQuestionWord(c, passage, input)) continue;
      describe(c, c, false);
      continue;
    }
    describe(c, trimmed, false);
    // The same span with the question's words at its edge ("28 days" for "how many days…"): SQuAD's
    // answers often keep them; the model weighs the repetition.
    if (trimmed.start !== c.start || trimmed.end !== c.end) describe(c, c, true);
  }
  return out;
}

/** Entities and noun phrases, with "X and Y" joined for names and number ranges joined ("75,000 to 100,000"). */
function spanCandidates(
  passage: SpanSentence,
  type: ParsedQuestion['type'],
  matched: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = passage.tags.map((t) => ({ start: t.start, end: t.end, kind: t.type }));
  const entities = passage.tags.filter((t) => t.type !== 'phrase');
  for (let i = 0; i + 1 < entities.length; i++) {
    const a = entities[i] as Entity;
    // The next entity of the same type (a title's organisation may sit between two people).
    const b = entities.slice(i + 1).find((e) => e.type === a.type);
    if (b === undefined) continue;
    const between = passage.text.slice(a.end, b.start);
    // A range joins two numbers ("75,000 to 100,000").
    if (a.type === 'number' && /^\s*(?:to|and|or|-|–)\s*$/.test(between)) {
      out.push({ start: a.start, end: b.end, kind: 'number' });
    } else if (
      (a.type === 'person' || a.type === 'organization') &&
      pairedBy(between) &&
      // "Who is Alexander Fomin?": a pair naming the asked-about person repeats the question.
      !isAsked(a, passage, matched) &&
      !isAsked(b, passage, matched)
    ) {
      // "Minister Khaled Obaidi and Director of … Alexander Fomin": the two names, joined.
      // First in the list, so that it wins a tie with either name alone: both signed.
      const text = `${passage.text.slice(a.start, a.end)} and ${passage.text.slice(b.start, b.end)}`;
      out.unshift({ start: a.start, end: b.end, kind: a.type, text });
    }
  }
  out.push(...joinedPhrases(passage.text, passage.tags));
  // A match's sets' scores written one after another ("4-6 7-6 (7-4) 6-3") are one result: the tagger
  // cuts them into numbers, so the whole is a candidate of its own.
  for (const s of scorelinesIn(passage.text)) {
    if (/\s/.test(s.text)) out.push({ start: s.index, end: s.end, kind: 'number' });
  }
  if (type === 'number') {
    // A number with its unit: the noun phrase it opens ("100 billion dollars"), or the one its last
    // words open ("three and a half hours": the tagger's phrase is "half hours").
    for (const n of entities.filter((e) => e.type === 'number')) {
      const phrase = passage.tags.find((t) => t.type === 'phrase' && t.start < n.end && t.end > n.end);
      // "2.5 metres deep at the diving end": the tagger's phrase may be the number alone, without the
      // unit that says what it measures (`unitEnd`). Not a unit the question names ("how many years…"
      // of "for thousands of years"): the number alone says what is asked.
      const unit = phrase === undefined ? unitEnd(passage.text, n.start, n.end) : undefined;
      const named = passage.tokens.find((t) => t.start >= n.end && !t.stop);
      if (unit !== undefined && !(named !== undefined && matched.has(named.stem)))
        out.push({ start: n.start, end: unit, kind: 'number' });
      if (phrase === undefined) continue;
      // "340 miles (550 km": the tagger's phrase runs into the bracketed conversion; the unit is before it.
      const aside = passage.text.slice(n.end, phrase.end).search(/\s*\(/);
      out.push({ start: n.start, end: aside === -1 ? phrase.end : n.end + aside, kind: 'number' });
    }
  }
  return out;
}

/**
 * Is the text between two names the "and" of a pair, with at most a title of the second between ("and
 * French trade envoy", "and acting deputy director", "and Director of the … Service for
 * Military-Technical Cooperation")? Not "directed by Mike Figgis and starring Tommy Lee Jones", nor
 * "John Taylor and Co, the foundry … that mayor Ann Hollis visited": a participle or "by" right before
 * the second name, or a comma, opens another clause (a participle opening a title, "acting", does not).
 */
function pairedBy(between: string): boolean {
  const rest = /^\s*and\s(.*)$/su.exec(between)?.[1];
  if (rest === undefined || /[,;:()]/.test(rest)) return false;
  const last = tokenize(rest).at(-1)?.word;
  return last === undefined || (last !== 'by' && !(/(?:ing|ed)$/.test(last) && isParticiple(last)));
}

/**
 * Is `at` inside brackets opened before it and not yet closed ("the Federal Service (FSVTS" before the
 * name)? The last "(" before it comes after the last ")": one look back from `at`, not a pattern tried
 * from every position of the text before it, for each candidate.
 */
function insideBrackets(text: string, at: number): boolean {
  return at > 0 && text.lastIndexOf('(', at - 1) > text.lastIndexOf(')', at - 1);
}

/** An entity the tagger names (a person, an organisation, a place): its words are one name. */
function isName(c: Candidate): boolean {
  return c.kind === 'person' || c.kind === 'organization' || c.kind === 'place';
}

/**
 * Is the person the one the question names ("Mr Blunkett", "Tony Blair" for "who replaced Blunkett?",
 * "who criticised Blair?"): their surname is a question word, not one of another name in the question
 * ("Ralph Woodward" for "who founded Woodward Park?").
 */
function namesQuestionWord(c: Candidate, passage: SpanSentence, input: SpanInput): boolean {
  const surname = passage.tokens.filter((t) => t.start >= c.start && t.end <= c.end && !t.stop).at(-1);
  if (surname === undefined) return false;
  if (input.about?.stems.has(surname.stem) === true) return true;
  if (!input.matched.has(surname.stem)) return false;
  return !tokenize(input.question).some(
    (t, i, all) =>
      t.stem === surname.stem &&
      startsUpper(input.question.slice(all[i + 1]?.start ?? 0, all[i + 1]?.end ?? 0)),
  );
}

/** Single words of a phrase that name something of the kind asked for: "Dutch" in "Dutch sailors". */
function kindWords(
  passage: SpanSentence,
  kinds: readonly string[],
  matched: ReadonlySet<string>,
): Candidate[] {
  if (kinds.length === 0) return [];
  const out: Candidate[] = [];
  for (const phrase of passage.tags) {
    if (phrase.type !== 'phrase') continue;
    for (const t of passage.tokens) {
      if (t.start < phrase.start || t.end > phrase.end || t.stop || matched.has(t.stem)) continue;
      if (t.word.length > 2 && kinds.some((k) => isKindOf(t.word, k)))
        out.push({ start: t.start, end: t.end, kind: 'phrase' });
    }
  }
  return out;
}

/**
 * For "why": the clause after "because", "due to", "in order to"… up to the next clause boundary;
 * `causes`, the text's `causeStarts`, read once by the caller.
 */
function reasonClauses(text: string, causes: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const start of reasonStarts(text, causes)) {
    const end = clauseEnd(text, start);
    if (end > start) out.push({ start, end, kind: 'clause' });
  }
  return out;
}

/**
 * A clause after "after", "following" or ", saying" (`causes`, where such clauses start) holding most of
 * the question's words found in the passage says what was asked, not why ("why did the party lose
 * seats?" of "… resigned after the party lost 12 of its 20 seats"; "why did price leave barnsley?" of
 * "appointed after leaving Barnsley"). Not a clause after "because": news's cause said outright.
 */
function echoesQuestion(
  passage: SpanSentence,
  clause: Candidate,
  matched: ReadonlySet<string>,
  causes: ReadonlySet<number>,
): boolean {
  if (!causes.has(clause.start)) return false;
  const inClause = new Set(
    passage.tokens
      .filter((t) => t.start >= clause.start && t.end <= clause.end && matched.has(t.stem))
      .map((t) => t.stem),
  );
  return inClause.size * 2 > matched.size;
}

/**
 * "What happened in 2014?": the clause after the question's words, up to the next comma or stop. When
 * that clause says nothing of its own (`saysNothing`: '" she said' after a quotation ending on the
 * question's words), the clause the question's words are in, up to them (`clauseBeforeMatches`): the
 * event the quotation reports, or nothing when they open it.
 */
export function clauseAfterMatches(passage: SpanSentence, matchedAt: readonly number[]): Span | null {
  const last = matchedAt[matchedAt.length - 1];
  if (last === undefined) return null;
  const after = passage.tokens[last] as Token;
  let start = after.end;
  const skip = /^[\s,;:]+/.exec(passage.text.slice(start));
  if (skip !== null) start += skip[0].length;
  const end = clauseEnd(passage.text, start);
  if (end - start < 3) return null;
  if (saysNothing(passage.text, passage.tokens, start, end)) return clauseBeforeMatches(passage, matchedAt);
  return { text: passage.text.slice(start, end), start, end };
}

/** Prepositions of time the stopwords and `prepositions.ts` leave out (a closed class). */
const LEADING_PREPOSITION = /^(?:during|after|before|amid|amidst|following|throughout)$/u;

/**
 * The clause holding the last of the question's words, from its start to the last content word before
 * the first of them there, leaving out the prepositions and articles that lead up to them ("Dr
 * Whitcombe delivered my son in our back bedroom during a snowstorm" of "… during a snowstorm in
 * 1998," she said.' for "what happened in 1998?"; "snow" is no word of it); null when no content word
 * comes first, or what is left says nothing.
 */
function clauseBeforeMatches(passage: SpanSentence, matchedAt: readonly number[]): Span | null {
  const { text, tokens } = passage;
  const clauses = clauseIds(text, tokens);
  const clause = clauses[matchedAt[matchedAt.length - 1] as number];
  const first = matchedAt.find((i) => clauses[i] === clause);
  if (first === undefined) return null;
  const opens = clauses.indexOf(clause as number);
  let last = first - 1;
  // Back over what leads up to the question's words: articles, prepositions ("during a").
  const leads = (t: Token) => t.stop || isListedPreposition(t.word) || LEADING_PREPOSITION.test(t.word);
  while (last >= opens && leads(tokens[last] as Token)) last--;
  if (last < opens) return null;
  const start = (tokens[opens] as Token).start;
  const end = (tokens[last] as Token).end;
  if (saysNothing(text, tokens, start, end)) return null;
  return { text: text.slice(start, end), start, end };
}

/** Where the clause opened at `from` ends: its punctuation, or the close of a quotation it opens. */
export function clauseEnd(text: string, from: number): number {
  const end = closingQuote(text, from, punctuationEnd(text, from));
  return from + text.slice(from, end).trimEnd().length;
}

/**
 * The first clause boundary at or after `from` (`CLAUSE_END`), or the text's end. A comma or a point
 * between digits is inside a number ("2,000", "4.5%"), and a bracket closed before the next boundary
 * is an aside within the clause ("3-6 7-6 (7-5) 6-4"): neither ends it.
 */
function punctuationEnd(text: string, from: number): number {
  const boundary = new RegExp(CLAUSE_END.source, 'g');
  boundary.lastIndex = from;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const mark = m[0];
    if (mark === '(') {
      const close = text.indexOf(')', m.index);
      const inside = close === -1 ? '' : text.slice(m.index + 1, close);
      if (close !== -1 && !/[,;:.!?(\u2014]/.test(inside)) {
        boundary.lastIndex = close + 1;
        continue;
      }
    }
    return m.index;
  }
  return text.length;
}

/**
 * A clause that opens a quotation runs to its close: a comma inside the quoted words ("for supporting
 * Iraq “in all fields, especially in the fight against terrorism”") is the speaker's, not the end of
 * the clause, and an answer cut there would show an opening quote mark with no close.
 */
function closingQuote(text: string, from: number, end: number): number {
  const before = text.slice(0, end);
  // Open at the clause's end, by a mark inside the clause: a quotation opened before the clause and
  // closed inside it leaves none open (its close is no opening of the next one).
  const curly = before.lastIndexOf('\u201c');
  const straight = before.lastIndexOf('"');
  const open =
    curly >= from && curly > before.lastIndexOf('\u201d')
      ? '\u201d'
      : straight >= from && (before.match(/"/g)?.length ?? 0) % 2 === 1
        ? '"'
        : undefined;
  if (open === undefined) return end;
  const close = text.indexOf(open, end);
  return close === -1 ? end : close + 1;
}

/** Determiners that say how many of a kind: "all", "both", "no" … actions. */
const QUANTIFIER = /^(?:all|both|each|every|no|none|most)$/;

/** The candidate without question words at its edges ("How many people…" → "75,000", not "75,000 people"). */
function trimQuestionWords(
  c: Candidate,
  passage: SpanSentence,
  matched: ReadonlySet<string>,
  kinds: readonly string[],
): Candidate | undefined {
  if (c.kind === 'clause' || c.text !== undefined) return c;
  const [first0, last0] = tokenRange(c, passage.tokens);
  if (first0 === -1) return undefined;
  let first = first0;
  let last = last0;
  // A phrase whose head is the question's word ("all shipments" for "…restrict shipments of?") only
  // qualifies what was asked about; what is left of it ("all") is no answer.
  // Unless the head is the kind asked for: "What cells…?" → "stem cells", the whole phrase.
  const head = passage.tokens[last0] as Token;
  const kindHead = c.kind === 'phrase' && kinds.includes(head.word);
  // Unless a name stands before it: "the Live Shot website" for "what's the website called?" → "Live Shot".
  const before = passage.tokens.slice(first0, last0).filter((t) => !t.stop);
  const namedBefore = before.length > 0 && before.every((t) => upper(t, passage) && !matched.has(t.stem));
  // Not a possessive: "Mr Peston's book" says whose book, not what it is called.
  const owner = before.length > 0 && /^['’]s?\s/u.test(passage.text.slice((before.at(-1) as Token).end));
  const named = !upper(head, passage) && namedBefore && !owner;
  // A proper name whose head only is the question's ("Aire Valley Care Trust" for "what is the name
  // of the trust?") is answered whole, as a name is.
  const proper = upper(head, passage) && namedBefore;
  if (c.kind === 'phrase' && proper) return c;
  if (c.kind === 'phrase' && isQuestionWord(last0, passage, matched) && !kindHead && !named) return undefined;
  // Connecting words left at an edge go too: "spread of technologies" → "technologies", not "of technologies".
  if (isQuestionWord(first, passage, matched))
    while (first <= last && isEdge(first, passage, matched)) first++;
  if (!kindHead && isQuestionWord(last, passage, matched))
    while (last >= first && isEdge(last, passage, matched)) last--;
  if (kindHead && first === last0) return undefined;
  if (first > last) return undefined;
  // Only stopwords left ("many", "more"), or only the question's words and stopwords ("Its largest
  // sponsor" for "which sponsor is the biggest?", "largest" read as "biggest"): no answer either. A
  // quantifier on the kind asked for is one: "All actions" for "which actions can be reviewed?".
  let content = false;
  for (let i = first; i <= last; i++) {
    const t = passage.tokens[i] as Token;
    if (
      (!t.stop && !isQuestionWord(i, passage, matched)) ||
      (kindHead && QUANTIFIER.test(t.word)) ||
      monthOf(c, t, passage)
    )
      content = true;
  }
  if (!content) return undefined;
  const cut = (passage.tokens[first] as Token).start;
  // "prize of £5,000" → "£5,000": a currency sign is written on the number, though no token holds it.
  const sign = /[£$€¥]$/u.test(passage.text.slice(0, cut)) ? 1 : 0;
  const start = first === first0 ? c.start : Math.max(c.start, cut - sign);
  let end = last === last0 ? c.end : (passage.tokens[last] as Token).end;
  // "10 rare pygmy killer whales" for "how many whales…": the words between a number and the noun it
  // counts qualify that noun; without it they name nothing ("10 rare pygmy killer"): the number answers.
  const counted = c.kind === 'number' && last < last0 ? numberAt(c.start, passage) : undefined;
  if (counted !== undefined && counted.end < end) end = counted.end;
  // "Castle Leisure Group" for "who bought the castle hotel?", "Get Carter" for "what 1971 film…?": a
  // piece of a name the tagger found ("Leisure Group", "Carter", left after the question's words) is
  // answered by the whole name. (A piece that runs on past the name, "bank holiday weekend" of a tagged
  // "August bank", is a phrase the tagger read otherwise, and stays as it is.) Words of the question may go from it when they are the asked kind, which the
  // question says itself ("which river…?" of "the River Tay" is "Tay"), or a name only, which WordNet
  // lists as nothing else: "what event is held in Newcastle?" is "Mela" of "Newcastle Mela", the name
  // of the place the question names and of what is asked.
  const opening = first === first0 ? undefined : nameAcross(start, passage.tags);
  const closing = last === last0 ? undefined : nameAcross(end, passage.tags);
  const from =
    opening !== undefined && end <= opening.end && !mayGo(opening.start, start, passage, kinds)
      ? Math.max(c.start, opening.start)
      : start;
  const to =
    closing !== undefined && start >= closing.start && !mayGo(end, closing.end, passage, kinds)
      ? Math.min(c.end, closing.end)
      : end;
  return { ...c, start: from, end: to };
}

/*
 * trimQuestionWords' tests of a token, written as functions of their own rather than closures made at
 * each call: the tests run for every candidate span (about 30 a seed question), and under tsx, which
 * runs the benchmarks and tests, esbuild names every closure bound to a name as it is made
 * (`keepNames`: an Object.defineProperty each, about 0.4 µs), a third of the names made in a question.
 */

/** Is the token at `i` one of the question's words (not a stopword)? */
function isQuestionWord(i: number, passage: SpanSentence, matched: ReadonlySet<string>): boolean {
  const t = passage.tokens[i] as Token;
  return !t.stop && matched.has(t.stem);
}

/** Is the token at `i` a word to cut from a span's edge: one of the question's, or a stopword? */
function isEdge(i: number, passage: SpanSentence, matched: ReadonlySet<string>): boolean {
  return isQuestionWord(i, passage, matched) || (passage.tokens[i] as Token).stop;
}

/** Is the token written with a capital? */
function upper(t: Token, passage: SpanSentence): boolean {
  return startsUpper(passage.text.slice(t.start, t.end));
}

/**
 * May the words from `from` to `to` go from a name's piece: each the kind asked (`kinds`) or no common
 * word (WordNet lists it as nothing else)?
 */
function mayGo(from: number, to: number, passage: SpanSentence, kinds: readonly string[]): boolean {
  return passage.tokens.every(
    (t) => t.start < from || t.end > to || kinds.includes(t.word) || !isCommonWord(t.word),
  );
}

/**
 * "How many passengers…" of "up to 140 passengers and 25 bicycles", "how much does a child ticket cost?"
 * of "£4.20 for adults and £1.50 for children": for a how-many or how-much question, a number that
 * counts or prices a noun the question does not ask about is no answer while another number of the
 * passage counts or prices one it does (`countsQuestionWord`).
 */
export function withoutCountsOfAnother(all: readonly ScoredSpan[], input: SpanInput): ScoredSpan[] {
  if (input.parsed.type !== 'number') return [...all];
  // Read once for all the candidates: the asked slot, the question's verb and the passage's clauses do
  // not depend on the candidate.
  const nouns = askedSlot(input.question, input.parsed).counted ?? [];
  const noun = nouns[0];
  // "How many people…" of "four workers": a kind of person counts people (WordNet).
  const asked = { kind: noun === 'people' ? 'person' : undefined, stems: new Set(nouns.map(stem)) };
  const counting = all.filter((s) => countsQuestionWord(s.span, input.passage, input.matched, asked));
  // "How many people were hurt?" of "Four workers were hurt … the factory, which employs 210 people":
  // of the numbers that count what is asked, those in the clause saying the question's verb.
  const verb = questionVerb(input.parsed);
  const { text, tokens } = input.passage;
  const inClause = (spans: readonly ScoredSpan[]) =>
    verb === undefined || verb.word === noun
      ? []
      : spans.filter((s) => clauseSays(text, tokens, s.span.start, verb));
  const doing = inClause(counting);
  // No count of the question's own word: a count of the asked noun by another of WordNet's names for it
  // counts it, its synonym or what it is a kind of ("how many planes do they have?" of "It has 46
  // aircraft and … 12 new Airbus A220 jets … than the planes they replace": not any number near
  // "planes"), those in the clause of the question's verb first.
  const named = countedNoun(input.question);
  const wider =
    counting.length > 0 || named === undefined
      ? []
      : all.filter((s) =>
          countsQuestionWord(s.span, input.passage, input.matched, { ...asked, noun: named }),
        );
  const widerDoing = inClause(wider);
  const answering =
    doing.length > 0 ? doing : counting.length > 0 ? counting : widerDoing.length > 0 ? widerDoing : wider;
  // Of several, the count the question's verb takes as its object ("how many … do they have?" of "It
  // has 46 aircraft and … 12 new … jets"): `countsTakenBy`.
  const taken = countsTakenBy(answering, endingVerb(input.question), tokens);
  return taken.length > 0 ? all.filter((c) => taken.includes(c)) : [...all];
}

/** Words that tie an amount to what it is paid for or counted by ("£1.50 for children", "£2 per ticket"). */
const AMOUNT_FOR = /^(?:for|per|each)$/;

/**
 * Does the number opening the candidate count or price a word of the question? Its noun is the head
 * (last word) of the noun phrase the number opens ("140 [passengers]", "10 rare pygmy killer [whales]"),
 * or, for a number standing alone, of the phrase after "for", "per" or "each" ("£1.50 for [children]").
 * Of two numbers of one sentence, the one tied to the asked noun is the answer ("how many passengers" of
 * "up to 140 passengers and 25 bicycles"), which nearness to the question's words does not tell.
 */
function countsQuestionWord(
  c: { start: number },
  passage: SpanSentence,
  matched: ReadonlySet<string>,
  asked: { kind: string | undefined; stems: ReadonlySet<string>; noun?: string | undefined } = {
    kind: undefined,
    stems: new Set(),
  },
): boolean {
  const number = numberAt(c.start, passage);
  if (number === undefined) return false;
  const headOf = (from: number): Token | undefined => {
    const phrase = passage.tags
      .filter((t) => t.type === 'phrase' && t.start <= from && t.end > from)
      .reduce<Entity | undefined>((a, t) => (a === undefined || t.end > a.end ? t : a), undefined);
    if (phrase === undefined) return undefined;
    const words = passage.tokens.filter((t) => t.start >= from && t.end <= phrase.end);
    // English counts a plural: of "12 new Airbus A220 jets next spring" (one phrase to the tagger) the
    // noun counted is the first plural after the number, "jets", not the phrase's last word.
    return words.find((t) => t.start > from && !t.stop && isPlural(t.word)) ?? words.at(-1);
  };
  const counted = (n: Entity): Token | undefined => {
    const after = passage.tokens.filter((t) => t.start >= n.end);
    const first = after[0];
    if (first === undefined) return undefined;
    const next = after[1];
    const head = !AMOUNT_FOR.test(first.word) ? headOf(n.start) : next && headOf(next.start);
    // A phrase of the number alone ("£1.50") names nothing it counts, unless the asked noun follows it
    // in the next words, the tagger having cut the phrase ("61 | parking | spaces").
    if (head !== undefined && head.start >= n.end && !head.stop) return head;
    const near = after.slice(0, 3);
    const gap = (t: Token) => /[^\s\p{L}\p{N}-]/u.test(passage.text.slice(n.end, t.start));
    return near.find((t) => asked.stems.has(t.stem) && !gap(t));
  };
  const head = counted(number);
  // A person of any kind counts people ("four workers"): `asked.kind` is "person" only for them.
  const { kind } = asked;
  const ofKind = (t: Token) => kind !== undefined && !startsUpper(t.word) && isKindOf(t.word, kind);
  // The counted noun's synonym, or what it is a kind of, counts it too (`namesSame`, `countsWider`):
  // "how many planes do they have?" of "It has 46 aircraft and … 12 new jets", of which the verb's
  // object then tells the one asked. Not a kind of it: "95 pilots" counts only some of the workers
  // ("how many workers does it employ?" of "employs 640 staff, 95 of them pilots").
  const sameThing = (t: Token) => {
    if (asked.noun === undefined || startsUpper(t.word)) return false;
    const word = t.word.toLowerCase();
    return namesSame(word, asked.noun) || countsWider(word, asked.noun);
  };
  if (head !== undefined) return matched.has(head.stem) || ofKind(head) || sameThing(head);
  // "Raman received 9,431 votes to Whitcomb's 8,619": a number counting nothing of its own, after one
  // of its clause that counts the asked noun, counts the same noun (English leaves it out the second
  // time).
  const clauses = clauseIds(passage.text, passage.tokens);
  const clauseAt = (at: number) => clauses[passage.tokens.findIndex((t) => t.start >= at)];
  // "…has 61 parking spaces, and 38 of them will be lost": "of them" points back past the clause.
  const ofThem = /^\s+of\s+(?:them|those|these)\b/iu.test(passage.text.slice(number.end));
  const before = passage.tags.filter(
    (t) =>
      t.type === 'number' &&
      t.end <= number.start &&
      (ofThem || clauseAt(t.start) === clauseAt(number.start)),
  );
  const previous = before.at(-1);
  const its = previous === undefined ? undefined : counted(previous);
  return its !== undefined && its.start < number.start && matched.has(its.stem);
}

/** The number the tagger finds opening at `start` ("10" of "10 rare pygmy killer whales"). */
function numberAt(start: number, passage: SpanSentence): Entity | undefined {
  return passage.tags.find((t) => t.type === 'number' && t.start === start);
}

/**
 * "a day", "an hour", "per month": what an amount or a count is per, after it; not a time from then
 * ("paid £2,000 a month later", "a year on"). "a day after the flood" is left a rate: "earned £350 a
 * week before the closure" says the same words of a wage.
 */
const RATE = /^\s+(?:an?|per|each)\s+(\p{L}+)\b(?!\s+(?:later|earlier|ago|afterwards|on)\b)/u;

/**
 * Periods an amount is commonly per that WordNet files under time periods rather than units of time
 * (with "a while", "a moment" and "a lifetime", which are no rate): "£350 a week", "£30,000 a year".
 */
const RATE_PERIODS: ReadonlySet<string> = new Set(['week', 'fortnight', 'year', 'night', 'season']);

/**
 * An amount or a count with what it is per is one measure: "£3 per hour", "the usual £50 a month", "180
 * million calls a day" (the amount alone says a fifth of the wage or of the calls). Taken when the
 * candidate holds a number and the "per" names a unit of time. When the question names that unit
 * itself ("how much are adults paid an hour?"), it is trimmed as any question word at the edge is.
 */
function withRate(c: Candidate, passage: SpanSentence): Candidate {
  if (c.kind === 'clause' || c.text !== undefined) return c;
  if (!passage.tags.some((t) => t.type === 'number' && t.start >= c.start && t.end <= c.end)) return c;
  const tail = RATE.exec(passage.text.slice(c.end));
  const unit = tail?.[1];
  const per = unit?.toLowerCase();
  if (tail === null || per === undefined || !(RATE_PERIODS.has(per) || isKindOf(per, 'time_unit'))) return c;
  return { ...c, end: c.end + tail[0].length };
}

/**
 * A noun phrase ends on its noun, not on a preposition the tagger took in ("Live Shot website behind"
 * of "… website behind the scheme").
 */
function endOnNoun(c: Candidate, passage: SpanSentence): Candidate | undefined {
  if (c.kind !== 'phrase' || c.text !== undefined) return c;
  const [first, last0] = tokenRange(c, passage.tokens);
  if (first === -1) return c;
  let last = last0;
  while (last >= first && isListedPreposition((passage.tokens[last] as Token).word)) last--;
  // "against" of "especially against those who…", tagged a phrase on its own, has no noun at all.
  if (last < first) return undefined;
  return last === last0 ? c : { ...c, end: (passage.tokens[last] as Token).end };
}

function overlapShare(c: Candidate, passage: SpanSentence, matched: ReadonlySet<string>): number {
  const [first, last] = tokenRange(c, passage.tokens);
  if (first === -1) return 0;
  let same = 0;
  for (let i = first; i <= last; i++) if (matched.has((passage.tokens[i] as Token).stem)) same++;
  return same / (last - first + 1);
}

/** Tokens between the candidate and the nearest question word of the passage. */
function distance(c: Candidate, tokens: readonly Token[], matchedAt: readonly number[]): number {
  const [first, last] = tokenRange(c, tokens);
  if (first === -1 || matchedAt.length === 0) return tokens.length;
  let best = Infinity;
  for (const m of matchedAt) {
    if (m < first) best = Math.min(best, first - m - 1);
    else if (m > last) best = Math.min(best, m - last - 1);
  }
  return best === Infinity ? tokens.length : best;
}

function lastWord(c: Candidate, passage: SpanSentence): string {
  const [, last] = tokenRange(c, passage.tokens);
  return passage.tokens[last]?.word ?? '';
}

/** Does the phrase's head (its last word) name something of a kind asked for? */
function isOfKind(c: Candidate, passage: SpanSentence, kinds: readonly string[]): boolean {
  const [, last] = tokenRange(c, passage.tokens);
  const head = passage.tokens[last];
  return head !== undefined && kinds.some((k) => isKindOf(head.word, k));
}

function toSpan(c: Candidate, passage: SpanSentence, input: SpanInput): Span {
  const whole = passage.text.slice(c.start, c.end);
  // "the city of St.Petersburg" → "St.Petersburg": the name is the answer, not what kind of place it is.
  const generic = c.kind === 'place' ? PLACE_OF.exec(whole) : null;
  if (generic !== null && c.text === undefined)
    return { text: whole.slice(generic[0].length), start: c.start + generic[0].length, end: c.end };
  // "Tony Blair's government", "Sunday's final": the name or the day answers, not its possessive mark.
  const possessive = c.text === undefined ? POSSESSIVE.exec(whole) : null;
  const own = possessive === null ? whole : whole.slice(0, whole.length - possessive[0].length);
  const end = c.start + own.length;
  let text = c.text ?? own;
  // A bare weekday is dated from the article's dateline: "Thursday (17 October 2019)" in a story of
  // Sunday 20 October (see weekday.ts); left bare when the dateline gives no day.
  const dated =
    c.kind === 'date' && WEEKDAY.test(own) && input.dateline !== undefined
      ? weekdayDate(own, passage.text, input.dateline)
      : undefined;
  if (dated !== undefined) text = `${own} (${dated})`;
  return { text, start: c.start, end };
}
