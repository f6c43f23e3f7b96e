/**
 * Parts of the short answer's candidate spans (answer-span.ts): phrases joined into lists and "of"
 * phrases, the clauses of a passage, the entity types a WordNet kind stands for, and small tests of a
 * span's shape. Pure, apart from WordNet look-ups.
 */
import { isReportingVerb } from './reporting-verb.js';
import type { Entity, EntityType } from './entities.js';
import { tailBefore, type Token } from './text.js';
import { isKindOf, isKindOrSame, isRoleNoun } from './wordnet.js';
import { startsUpper } from './letters.js';
import type { Span } from './span-input.js';

export type SpanKind = EntityType | 'clause';

export interface Candidate {
  start: number;
  end: number;
  kind: SpanKind;
  text?: string;
  /** Made of several phrases: a list ("A and B") or a phrase with its "of" complement. */
  join?: 'list' | 'of';
}

/** At most this many phrases are joined into one candidate. */
const MAX_JOINED = 6;

/**
 * Clause boundaries: a clause answer stops at the next of these. A comma or a point between two digits
 * is inside a number ("£186,000", "£6.50") and ends no clause.
 */
export const CLAUSE_END = /(?<!\d)[,.]|[,.](?!\d)|[;:!?()\u2014]|\s[\u2013-]\s/;

/**
 * Whether text[from, to) holds a clause boundary (`CLAUSE_END`), read in the whole text: the gap
 * between two tokens is "," alone whether it ends a clause or splits "186,000", which its neighbours
 * tell apart.
 */
export function endsClause(text: string, from: number, to: number): boolean {
  CLAUSE_ENDS_FROM.lastIndex = from;
  const m = CLAUSE_ENDS_FROM.exec(text);
  return m !== null && m.index < to;
}

/**
 * `CLAUSE_END`, global, for `endsClause` alone: it sets `lastIndex` before its one `exec`, so no state
 * is kept between calls (one regex, not one a call: `clauseIds` asks for every token). Not shared:
 * `matchAll` starts a copy at the original's `lastIndex`.
 */
const CLAUSE_ENDS_FROM = new RegExp(CLAUSE_END.source, 'g');

/** Between two items of a list: "A, B and C", "A or B" (an article or possessive may open the next item). */
const LIST_SEP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:(?:the|a|an|its|their|his|her)\s+)?$/i;
/** A phrase and what it is of: "the Court of Justice", "the Charter of Fundamental Rights of the Union". */
const OF_SEP = /^\s+of\s+(?:the\s+)?$/i;

/**
 * Phrases joined into the larger phrase they belong to: a list of things of one kind ("semantical
 * problems and grammatical niceties", "France, Italy and Belgium"), a phrase and its "of" complement
 * ("Court of Justice"). Longer chains are tried up to a few items.
 */
export function joinedPhrases(text: string, tags: readonly Entity[]): Candidate[] {
  // Tags covering the same words under two names (an entity and its noun phrase): keep one of each span.
  const items = tags.filter((t, i) => !tags.some((u, j) => j < i && u.start === t.start && u.end === t.end));
  const out: Candidate[] = [];
  for (let i = 0; i < items.length; i++) {
    const first = items[i] as Entity;
    let last = first;
    let listed = false;
    let sameType = true;
    for (let j = i + 1, n = 1; j < items.length && n < MAX_JOINED; j++) {
      const next = items[j] as Entity;
      if (next.start < last.end) continue;
      // "a year's supply": the possessive "year's" is no item of its own when a phrase runs on from it.
      const possessive = /['’]s$/u.test(text.slice(next.start, next.end));
      if (possessive && items.some((u) => u.start === next.start && u.end > next.end)) continue;
      const between = text.slice(last.end, next.start);
      const isList = LIST_SEP.test(between);
      if (!isList && !OF_SEP.test(between)) break;
      // A list ends at "and"/"or": "A, B" alone is no item of an answer.
      const closes = isList && /\b(?:and|or)\b/i.test(between);
      last = next;
      n++;
      listed ||= isList;
      sameType &&= next.type === first.type;
      if (isList && !closes) continue;
      // "Khaled Obaidi and Director of the Russian Federal Service …": a list whose last item goes on
      // into its "of" complement is cut mid-phrase ("… and Director"), and is no candidate. (Joined on
      // through the "of", it names a person and half a title.)
      if (closes && cutBeforeOf(text, last, items.slice(j + 1))) break;
      const kind = listed && sameType ? first.type : 'phrase';
      out.push({ start: first.start, end: last.end, kind, join: listed ? 'list' : 'of' });
      if (closes) break;
    }
  }
  return out;
}

/** Does the item go on into an "of" complement, the next item after " of (the) "? */
function cutBeforeOf(text: string, item: Entity, rest: readonly Entity[]): boolean {
  const next = rest.find((t) => t.start >= item.end);
  return next !== undefined && OF_SEP.test(text.slice(item.end, next.start));
}

/** For each token, the number of the clause it is in (clauses end at commas, semicolons, brackets…). */
export function clauseIds(text: string, tokens: readonly Token[]): number[] {
  let clause = 0;
  let at = 0;
  return tokens.map((t) => {
    // "9,431", "2.5": the tokenizer splits a number at its separator, which ends no clause.
    if (endsClause(text, at, t.start)) clause++;
    at = t.end;
    return clause;
  });
}

/** WordNet's classes of the entity types, for "what/which <kind>" questions ("city" is a location). */
const TYPE_CLASSES: [SpanKind, string][] = [
  ['person', 'person'],
  ['place', 'location'],
  ['organization', 'organization'],
  ['date', 'time_period'],
];

/** The entity types whose WordNet class includes a kind asked for. */
export function entityTypesOfKinds(kinds: readonly string[]): Set<SpanKind> {
  return new Set(TYPE_CLASSES.filter(([, cls]) => kinds.some((k) => isKindOf(k, cls))).map(([type]) => type));
}

/** A locative preposition right before a phrase ("live in marine waters", "at the narrow end"). */
const LOCATIVE_BEFORE =
  /\b(?:in|at|on|near|inside|outside|within|among|amongst|under|beneath|below|above|over|behind|beside|between|along|around|across|through|throughout|into|onto|from)\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those)\s+)?$/i;
/** Does a locative preposition stand right before `start` ("in the", "through the")? */
export function afterLocative(text: string, start: number): boolean {
  // The preposition and its determiner: the pattern's match is within the two words before.
  return LOCATIVE_BEFORE.test(tailBefore(text, start, 2));
}

/**
 * The places the tagger missed: a phrase it found written as a name ("Tralee", "Ennis"), not at the
 * sentence's start, after a locative preposition ("born in Tralee"), over which it tagged no person,
 * date, place or organisation. A where-question's short answer already takes such a phrase
 * (`namesAPlace`); the ranking's type boost and the answerability slot read these so as to agree.
 */
export function untaggedPlaces(text: string, entities: readonly Entity[]): Entity[] {
  return entities.filter(
    (e) =>
      e.type === 'phrase' &&
      e.start > 0 &&
      startsUpper(text.slice(e.start, e.end)) &&
      afterLocative(text, e.start) &&
      !entities.some((t) => t.type !== 'phrase' && t.start < e.end && t.end > e.start),
  );
}

/**
 * A preposition of place and at most 24 characters of the same clause, at the end of a text. The 24 is
 * part of the sign's definition (a preposition still governing the place), the look-back a tuning.
 */
const LOCATIVE = /\b(?:in|at|near|outside|inside|across|throughout|from|to|into|on)\b[^.,;:!?]{0,24}$/i;
/**
 * Does a preposition of place stand in the `lookBack` characters before `start` (`LOCATIVE_LOOK_BACK`)?
 * A place there is where something happens ("talks in the Russian capital"), not an actor ("Russia said").
 */
export function placeAfterPreposition(text: string, start: number, lookBack: number): boolean {
  return LOCATIVE.test(text.slice(Math.max(0, start - lookBack), start));
}

/**
 * Does the span share a word with a tag of one of the types ("Monday" of "on Monday", a date; "Sarah
 * Jones", a person)? Such a span says when or who, not where.
 */
export function overlapsTag(
  span: { start: number; end: number },
  tags: readonly Entity[],
  types: readonly EntityType[],
): boolean {
  return tags.some((t) => types.includes(t.type) && t.start < span.end && t.end > span.start);
}

/** The entity types that are names: answered whole or not at all ("Tony" of "Tony Blair" is none). */
const NAMES: readonly EntityType[] = ['person', 'organization', 'place'];

/** The tagged name that runs across the offset `at`, a word of it on either side ("Get | Carter"). */
export function nameAcross(at: number, tags: readonly Entity[]): Entity | undefined {
  return tags.find((t) => NAMES.includes(t.type) && t.start < at && t.end > at);
}

/** WordNet classes of nouns that name a place: "the debating chamber", "mountainous areas", "bays". */
const PLACE_CLASSES = ['location', 'structure', 'body_of_water', 'geological_formation'];
/**
 * "on" and "over" name a topic as often as a place ("an agreement on military-technical cooperation",
 * "a row over pay"; "on the island"): a phrase after them names a place only by its head noun.
 */
const TOPICAL_BEFORE = /\b(?:on|over)\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those)\s+)?$/i;

/**
 * Does the candidate name a place, for a "where" question whose passage has no place entity? An
 * organisation (an institution is somewhere: "at NASA"), or a phrase after a locative preposition ("in
 * the condenser") or whose head noun WordNet files under a place ("the debating chamber"), when it holds
 * no date or person ("on April 12", "in 1961"). Not "action mechanisms", which merely shares a
 * sentence with the question's words.
 */
export function namesAPlace(
  c: Candidate,
  passage: { text: string; tokens: readonly Token[]; tags: readonly Entity[] },
): boolean {
  if (c.kind === 'place' || c.kind === 'organization') return true;
  if (c.kind !== 'phrase') return false;
  if (overlapsTag(c, passage.tags, ['date', 'person'])) return false;
  if (afterLocative(passage.text, c.start) && !TOPICAL_BEFORE.test(tailBefore(passage.text, c.start, 2)))
    return true;
  const [, last] = tokenRange(c, passage.tokens);
  const head = passage.tokens[last];
  return head !== undefined && PLACE_CLASSES.some((cls) => isKindOf(head.word, cls));
}

/**
 * WordNet's classes of a place a "which <noun>" question may ask for by name: a region (a town, a county,
 * a venue, a site), a structure (a stadium, a library), a river, a hill, a road ("street", "motorway"
 * are kinds of one, an artifact of WordNet's "way"). A region rather than any location (`PLACE_CLASSES`):
 * a point or a line is a location too ("position", "source", "direction"), and names no place: "what
 * position did he get?" asks an office.
 */
const PLACE_KINDS: readonly string[] = [
  'region',
  'structure',
  'body_of_water',
  'geological_formation',
  'road',
];

/**
 * Does the noun name a kind of place in its commonest sense ("street", "venue", "stadium", "river",
 * "county")? Only the first: "school", "court" and "union" are first a body of people, whose answer is
 * the body's name, and only in a later sense a building or an area.
 */
export function namesPlaceKind(noun: string): boolean {
  return PLACE_KINDS.some((k) => isKindOrSame(noun, k, 1));
}

/**
 * Does the noun name a building or another structure in its commonest sense ("library", "stadium",
 * "hospital")? A body of people is often named as the building it meets in ("the Literary and
 * Philosophical Society" for "which library"), where a street or a river is never a body's name.
 */
export function namesBuilding(noun: string): boolean {
  return isKindOrSame(noun, 'structure', 1);
}

const CLOSING: Readonly<Record<string, string>> = { ')': '(', ']': '[' };

/** Every bracket the text opens it closes, and the other way round: "(35 km" and "T]he birth" are not. */
export function balanced(text: string): boolean {
  const open: string[] = [];
  for (const ch of text) {
    if (ch === '(' || ch === '[') open.push(ch);
    else if (ch === ')' || ch === ']') if (open.pop() !== CLOSING[ch]) return false;
  }
  return open.length === 0;
}

/**
 * Are the tokens strictly between `from` and `to` a few function words ("is", "of the")? "A few" (at
 * most 3) defines a feature of the learned span model, not a tuning.
 */
export function functionGap(
  tokens: readonly Token[],
  from: number | undefined,
  to: number | undefined,
): boolean {
  if (from === undefined || to === undefined || to - from - 1 > 3) return false;
  for (let i = from + 1; i < to; i++) if (!(tokens[i] as Token).stop) return false;
  return true;
}

/** Indices of the tokens a candidate covers. */
export function tokenRange(c: Candidate, tokens: readonly Token[]): [number, number] {
  // A plain loop: read for every candidate span, several times each, it was a callback per token.
  const { start, end } = c;
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= start && t.end <= end) {
      if (first === -1) first = i;
      last = i;
    }
  }
  return [first, last];
}

/** What ties a name to the noun before it: "called", "named"…, after a comma too ("his van, named Lola,"). */
const CALLING = String.raw`,?\s+(?:called|named|nicknamed|titled|entitled|known\s+as)\s+(?:the\s+)?["“‘']?`;
/** A noun and "called" (or "named"…) right before a name, or its "the" ("a ferry called the Stena Star"); made once, as letters.ts says why. */
const NOUN_CALLED = new RegExp(String.raw`\b(\p{L}+)${CALLING}$`, 'iu');
/**
 * Is the span at `start` named as a `noun` right before it: "a song called Judge Y'Self", "a ferry
 * named Kestrel", "an album titled 'Lifeblood'"? Such a name is one of that noun's kind whatever its
 * own words are.
 */
export function calledA(noun: string, text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - noun.length - 24), start);
  const m = NOUN_CALLED.exec(before);
  const word = m?.[1]?.toLowerCase();
  return word !== undefined && (word === noun || word === `${noun}s`);
}

/** Anywhere in a passage: a noun, "called" (or "named"…), and a name next ("his van, named Lola"). */
const CALLED_NAME = new RegExp(String.raw`\b(\p{L}+)${CALLING}(?=\p{Lu})`, 'giu');
/** A name's words after its first: capitalised words, joined by "and", "of" or "&" (" and Stem"). */
export const NAME_GOES_ON = String.raw`(?:\s+(?:(?:and|of|&)\s+)?\p{Lu}[\p{L}\p{N}'’-]*)*`;
/** A name's words from its first capital ("Petal and Stem"). */
const NAME_RUN = new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}'’-]*${NAME_GOES_ON}`, 'u');
/** The quote mark that closes each opening one. */
const QUOTE_CLOSING: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/**
 * The name the passage calls one of the noun's kind, right after "called" (or "named", "known as"…):
 * 'a boat called "Swallow"' → Swallow, the words inside its quotes; "his van, named Lola," → Lola.
 * Undefined when the passage calls none of that kind so.
 */
export function calledNameOf(noun: string, text: string): Span | undefined {
  return (
    nameAfter(CALLED_NAME, noun, text, NAME_RUN) ??
    nameAfter(APPOSED_NAME, noun, text, TITLE_RUN, APPOSITION_ENDS)
  );
}

/** A noun, a comma and a name set beside it: "the inshore lifeboat, Spirit of Lowenna," "a new book, Brown's Britain by…". */
const APPOSED_NAME = new RegExp(String.raw`\b(\p{L}+),\s+(?:[Tt]he\s+)?["“‘']?(?=\p{Lu})`, 'gu');
/**
 * A title's words from its first capital: capitalised words and the short words a title writes in lower
 * case between them ("Salt on the Wind", "Stand by Me", "Bridges at Risk").
 */
const TITLE_RUN = new RegExp(
  String.raw`^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:a|an|the|of|and|&|at|on|in|by|to|for|with|from|under|over|upon)\s+)*\p{Lu}[\p{L}\p{N}'’-]*)*`,
  'u',
);
/**
 * "… by Robert Preston": the maker after a title, a name of two or three capitalised words ending the
 * run ("Stand by Me" keeps its "by Me").
 */
const MAKER = /\s+by\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2}$/u;
/**
 * What closes a name set beside a noun: a comma (not one before "and", which lists: "The lifeboat, HM
 * Coastguard, and police were called"), a bracket or a dash, the sentence's end, or its maker's name
 * ("Brown's Britain by Robert Preston"); not a verb ("the lifeboat, Rowe said"), where the capital opens
 * the next clause, nor "by the bow".
 */
const APPOSITION_ENDS =
  /^["”’']?(?:\s*(?:,(?!\s*(?:and|or)\b)|[);]|[.!?](?:\s|$)|$)|\s+[-–—]\s|\s+by\s+\p{Lu})/u;

/**
 * A sentence's short opening phrase up to the noun (six words at most, no comma before it): led by a
 * preposition, a subordinator or a participle ("After they launched the lifeboat", "Aboard the
 * lifeboat", "Asked about the book"); not a clause of its own ("In 2019 the council bought a new boat").
 */
const FRONTED =
  /^\s*(?:After|Before|When|While|As|Since|Until|Once|Aboard|Inside|Outside|At|In|On|From|Near|Asked|Speaking|Talking|Writing|Describing)(?:\s+[^\s,]+){0,5}\s+$/u;

/** A title's run without a maker after "by" ("Brown's Britain by Robert Preston" → "Brown's Britain"). */
function withoutMaker(run: string): string {
  const maker = MAKER.exec(run);
  return maker === null ? run : run.slice(0, maker.index);
}

/**
 * The first name `pattern` puts after the noun (its first group, or its plural), in quotes or as `run`
 * reads it; with `ends`, only one the text after it closes so.
 */
function nameAfter(
  pattern: RegExp,
  noun: string,
  text: string,
  run: RegExp,
  ends?: RegExp,
): Span | undefined {
  for (const m of text.matchAll(pattern)) {
    const word = m[1]?.toLowerCase();
    if (word !== noun && word !== `${noun}s`) continue;
    // A phrase set before the clause, the noun its last word ("After they launched the lifeboat,
    // Coxswain Dan Rowe, 45, steered…", 'Asked about the book, "I wrote it at night," she said'): what
    // follows its comma is the clause, not the noun's name.
    if (ends !== undefined && FRONTED.test(text.slice(0, m.index))) continue;
    const start = m.index + m[0].length;
    const close = QUOTE_CLOSING[text[start - 1] ?? ''];
    const quoted = close === undefined ? -1 : text.indexOf(close, start + 1);
    // Inside quotes, to the closing mark when it ends the name on the same clause ("Swallow").
    const end =
      quoted !== -1 && !/[.!?]\s/.test(text.slice(start, quoted))
        ? quoted
        : start + withoutMaker(run.exec(text.slice(start))?.[0] ?? '').length;
    const name = text.slice(start, end).replace(/[,.;:!?]+$/, '');
    if (ends !== undefined && !ends.test(text.slice(start + name.length))) continue;
    // Set beside a noun, quoted words are a title's only when they read as one ("A Quiet Harbour"), not
    // a remark ("It was a miracle we got there in time").
    if (ends !== undefined && quoted !== -1 && run.exec(name)?.[0] !== name) continue;
    if (name !== '') return { text: name, start, end: start + name.length };
  }
  return undefined;
}

/** Nothing but punctuation before `at`: the word there opens the sentence, so its capital says nothing. */
export function opensSentence(text: string, at: number): boolean {
  return /^[^\p{L}\p{N}]*$/u.test(text.slice(0, at));
}

/**
 * Does text[start, end) say nothing a reader could take as an answer: no word at all, only function
 * words and punctuation (no name, no number: "May" is a stopword and a month), or, beside a quotation
 * mark, only a report's speaker and its verb ('" she said', '" Mr Pryce added'): the frame around a
 * quotation, never what it reports.
 */
export function saysNothing(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  const written = (t: Token) => text.slice(t.start, t.end);
  if (inside.every((t) => t.stop && !startsUpper(written(t)) && !/\d/u.test(t.word))) return true;
  if (!QUOTE_MARK.test(text.slice(Math.max(0, start - 2), end))) return false;
  // "said" is a stopword and "she" is not: the speaker is a pronoun, a name or a person by their role
  // and what it is of ('" said neighbour Anne Lacey', '" a council spokesman said': the re-read's
  // probes), the verb one of reporting written as a verb (not "United States", "Order of Elders").
  const reports = (t: Token) => !startsUpper(written(t)) && isReportingVerb(t.word);
  const role = (i: number) => {
    const t = inside[i];
    return t !== undefined && !t.stop && isRoleNoun(t.word);
  };
  return (
    inside.some(reports) &&
    inside.every((t, i) =>
      t.stop && !reports(t)
        ? true
        : reports(t) || SPEAKER.test(t.word) || startsUpper(written(t)) || role(i) || role(i + 1),
    )
  );
}

/** A personal pronoun as a report's speaker ("she said", "they added"). */
const SPEAKER = /^(?:i|he|she|we|they|you|it)$/u;
const QUOTE_MARK = /["“”]/u;
