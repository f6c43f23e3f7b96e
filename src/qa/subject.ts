/**
 * The story's main subject: the one person or organisation a story is about ("Richey Edwards" in a
 * story of his disappearance). A reader asks about them as "he", "she", "it", "they" ("how old is
 * he?"), and the story goes on about them the same way ("He was last seen…"): a question's pronoun is
 * read as the subject's name, and a sentence opening with such a pronoun is credited with it
 * (`engine.ts`, `retrieval.ts`).
 *
 * Only from evidence: a story about two ministers signing an agreement, or about no one in particular,
 * gets no subject, since "he" or "they" in a question about it could be anyone. The candidates are
 * the people and organisations the tagger finds in the headline and the first paragraph (where news
 * says who the story is about); a candidate is the subject when the headline and the lead agree on it
 * (both name it and the headline names no one else) or when the story keeps coming back to it by a
 * clear margin over every other candidate (see `MARGIN`, `MIN_MENTIONS`).
 */
import { addressTitle, nameGender, type Gender } from '../knowledge/names.js';
import type { Article, Sentence } from '../knowledge/types.js';
import type { Entity } from './entities.js';
import { describedAs, headlineDescribes, isOfDescription, untaggedBody } from './described-body.js';
import { capUnknown, type Group } from './expansion.js';
import { LENT, newTerm, type Term } from './term.js';
import { OPENING_AUXILIARY } from './auxiliaries.js';
import { isPersonName, isThingName, onlyAName, thingNames, withoutOwner } from './person-name.js';
import { PRONOUNS } from './pronoun-sex.js';
import { OPENER, type SearchIndex } from './search-index.js';
import { isStopword, tokenize, type Token } from './text.js';
import { withTitledNames } from './titles.js';
import { isCommonWord, isKindOf, isRoleNoun } from './wordnet.js';
import { hasLetter, startsUpper } from './letters.js';

export type SubjectKind = 'person' | 'organization';

export interface StorySubject {
  kind: SubjectKind;
  /** The name as the story first writes it in full ("Richey Edwards"). */
  name: string;
  /**
   * Stems of the words the story keeps naming it by (a person's surname: "Edwards"): what a question's
   * pronoun reads as. Not the first name the lead alone gives, which would pull every "he" to the lead.
   */
  stems: string[];
  /** Stems of every word of its name: a question naming it by any of them asks about it. */
  nameStems: string[];
  /** The words it is named by, as a question word ("ruiz"): what a question's pronoun is read as. */
  word: string;
  /** The pronouns that stand for it ("he", "his", "him"; or "it", "its", "they", "their", "them"). */
  pronouns: ReadonlySet<string>;
  /** In how many of the story's sentences it is named (the salience it was chosen on). */
  mentions: number;
}

// MIN_MENTIONS, MARGIN and DENSITY are tuning numbers kept here, not in `Weights`: a story's subject is
// found once per article for every engine (`subjectOf`'s cache), so it cannot depend on one engine's weights.
/** The story must name its subject in at least this many sentences (headline included) when only salience speaks for it. */
export const MIN_MENTIONS = 3;
/** …and at least this many times as often as the next candidate: a story about two people has no one subject. */
export const MARGIN = 2;
/** …and in at least this share of its sentences: a long report that quotes someone five times is not about them. */
export const DENSITY = 0.1;

const IT = ['it', 'its', 'itself'];
const THEY = ['they', 'their', 'them', 'themselves'];

/** Every pronoun that can stand for a subject, by the class a sentence opening with it belongs to. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'it' | 'they'> = new Map([
  ...[...PRONOUNS.he].map((w) => [w, 'he'] as const),
  ...[...PRONOUNS.she].map((w) => [w, 'she'] as const),
  ...IT.map((w) => [w, 'it'] as const),
  ...THEY.map((w) => [w, 'they'] as const),
]);

interface Candidate extends Salience {
  kind: SubjectKind;
  name: string;
  /** The words that name it on every mention: a person's surname, an organisation's name without "The". */
  key: string;
  /** Does a sentence name it (`namedIn`)? */
  said: (text: string) => boolean;
}

/**
 * How the story names a candidate again: a person by the last word of the name ("Edwards", and
 * "Edwards'"), an organisation by its name without a leading "The". Case-sensitive, so that a surname
 * that is also a word ("Young") is not counted where the word is.
 */
function keyOf(
  kind: SubjectKind,
  name: string,
): { key: string; said: (text: string) => boolean } | undefined {
  const key = keyWords(kind, name);
  // A one-letter or lower-case "name" is the tagger's mistake, not something a story keeps naming.
  if (key === undefined || key.length < 2 || !startsUpper(key)) return undefined;
  // A place the tagger took for a person or an organisation ("U.S.") is no one "he" or "it" stands for.
  if (isKindOf(key.replace(/\s+/g, '_'), 'location')) return undefined;
  return { key, said: (text) => namedIn(text, key, kind === 'person') };
}

/** The words that name a candidate again (`keyOf`), before any test of them. */
function keyWords(kind: SubjectKind, name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => hasLetter(w));
  if (kind === 'organization' && /^the$/i.test(words[0] ?? '')) words.shift();
  return kind === 'person' ? words.at(-1) : words.join(' ');
}

/**
 * How the story names a person again, the one derivation for `findSubject` (`keyOf`) and
 * `salient-person.ts`: the last word of the name ("Ellison" of "Chief executive Margaret Ellison").
 */
export function surnameOf(name: string): string | undefined {
  return keyWords('person', name);
}

/** A capitalised word, and the white space after it, right before where a name is found. */
const CAPITAL_BEFORE = /(\p{Lu}[\p{L}'’.-]*)\s+$/u;

/**
 * Does `text` name `name`, a person of `gender` when known, again (`namedIn` by its surname): not where
 * the surname is part of another name, a capitalised word right after it or right before it that is
 * not one of the person's own names, a title of address that fits them, a role ("Councillor"), or a
 * word no name is ("When"). "Victoria Park" is not Helen Park, nor are "Margaret Hill" and "Mrs Hill"
 * her son Peter Hill; "Ms Ellison" and "Ellison" are Margaret Ellison.
 */
export function namesPerson(text: string, name: string, gender: Gender | undefined): boolean {
  const surname = surnameOf(name);
  if (surname === undefined) return false;
  const words = name.split(/\s+/);
  const own = new Set(words.slice(0, -1));
  const hers = (word: string) => {
    const title = addressTitle(word);
    if (title !== undefined) return title === 'either' || gender === undefined || title === gender;
    return own.has(word) || isRoleNoun(word.toLowerCase()) || isStopword(word.toLowerCase());
  };
  const fits = (before: string) => {
    const word = CAPITAL_BEFORE.exec(before)?.[1];
    return word === undefined || hers(word);
  };
  if (namedIn(text, surname, true, fits)) return true;
  // A child, or anyone the story calls by their first name ("Priya said…", "Priya's rating…" of Priya
  // Nandakumar): that name alone, when it is the first of two or more and no common word ("Grace",
  // "May" may be something else), with nothing before it a name of someone else.
  const first = words.length > 1 ? words[0] : undefined;
  return (
    first !== undefined &&
    first !== surname &&
    hasLetter(first) &&
    onlyAName(first) &&
    namedIn(text, first, true, fits)
  );
}

/** A letter or a digit (one code point). */
const ALNUM = /^[\p{L}\p{N}]$/u;
/** White space then a capital, right after a name ("Edwards Hall"). */
const CAPITAL_NEXT = /^\s+\p{Lu}/u;

/**
 * Is `key` in `text` as a word or words of its own: no letter or digit right before or after it, and,
 * for a person's surname, no capitalised word right after (the surname is part of another name:
 * "Harvard University"). Found by `indexOf` and a look at the code point either side, not by a pattern
 * made for each candidate name (a look-behind and Unicode classes, compiled for each): the subjects of
 * 20 BBC stories took about 0.73 of the time (docs/measured.md, session 17). `fits`, when given, must
 * accept the text before it too (`namesPerson`).
 */
export function namedIn(
  text: string,
  key: string,
  person: boolean,
  fits?: (before: string) => boolean,
): boolean {
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
    const before = at === 0 ? undefined : String.fromCodePoint(codePointBefore(text, at));
    const end = at + key.length;
    const after = text.codePointAt(end);
    if (before !== undefined && ALNUM.test(before)) continue;
    if (after !== undefined && ALNUM.test(String.fromCodePoint(after))) continue;
    if (person && CAPITAL_NEXT.test(text.slice(end))) continue;
    if (fits !== undefined && !fits(text.slice(0, at))) continue;
    return true;
  }
  return false;
}

/** The code point that ends right before `at` (a surrogate pair read whole). */
function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
    ? (text.codePointAt(at - 2) ?? low)
    : low;
}

/**
 * The people and organisations a sentence names, with the text of each name. The tagger merges names
 * listed with commas into one ("Johnny Cash, Saul Holiff"): each is its own. It may leave out a first
 * name it does not know ("Richey Edwards" tagged "Edwards"): a capitalised word just before a person's
 * name that is no common English word is part of it.
 */
export function named(
  sentence: Sentence,
  entitiesOf: (s: Sentence) => readonly Entity[],
): { kind: SubjectKind; name: string }[] {
  const text = sentence.text;
  const found: { kind: SubjectKind; name: string }[] = [];
  for (const e of entitiesOf(sentence)) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    // "first" (of "the first woman") or "James Webb Space" (of a telescope) is no one (`person-name.ts`).
    if (e.type === 'person' && !isPersonName(text, e, sentence.role === 'title')) continue;
    let start = e.start;
    if (e.type === 'person')
      for (let m = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(0, start)); m !== null;) {
        if (isStopword((m[1] as string).toLowerCase()) || isCommonWord(m[1] as string)) break;
        start = m.index;
        m = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(0, start));
      }
    for (const part of text.slice(start, e.end).split(/\s*,\s*/))
      // "Kenya's Mary Wanjiru" is Mary Wanjiru: the owner's possessive is no part of her name.
      if (part !== '') {
        // Only a person's: "Sainsbury's Bank" is the bank's whole name.
        const name = e.type === 'person' ? withoutOwner(part) : part;
        found.push({ kind: e.type, name: name.replace(/['’]s?$/u, '') });
      }
  }
  return found;
}

/** How often the story uses each kind of personal pronoun ("he", "she"), in its body. */
function pronounCounts(sentences: readonly Sentence[]): { he: number; she: number } {
  let he = 0;
  let she = 0;
  for (const s of sentences)
    for (const t of tokenize(s.text)) {
      if (PRONOUNS.he.has(t.word)) he++;
      else if (PRONOUNS.she.has(t.word)) she++;
    }
  return { he, she };
}

/**
 * The sex the story's own "he" and "she" say of a person it is about (a story about a man quotes his
 * sister's "she said" far less often than it says "he"): one used clearly more than the other;
 * undefined when neither is, or neither is used.
 */
function countsGender({ he, she }: { he: number; she: number }): Gender | undefined {
  if (he + she === 0) return undefined;
  if (he >= MARGIN * she) return 'male';
  if (she >= MARGIN * he) return 'female';
  return undefined;
}

/** The pronouns a person subject is referred to by (`countsGender`); both when the usage says neither. */
function personPronouns(counts: { he: number; she: number }): ReadonlySet<string> {
  const gender = countsGender(counts);
  return gender === undefined
    ? new Set([...PRONOUNS.he, ...PRONOUNS.she])
    : new Set(GENDERED_PRONOUNS[gender]);
}

/** `countsGender` of the story's body: for a subject found by description (`story-subject.ts`). */
export function usageGender(sentences: readonly Sentence[]): Gender | undefined {
  return countsGender(pronounCounts(sentences.filter((s) => s.role === 'body')));
}

/** The stems of a name's words, each once. */
function stemsOf(text: string): string[] {
  return [...new Set(tokenize(text).flatMap((t) => (t.stop ? [] : [t.stem])))];
}

/** How often, and where, a story names someone it may be about. */
export interface Salience {
  inHeadline: boolean;
  /** Named in the lead, the first paragraph of the body. */
  inLead: boolean;
  /** In how many of the headline's and the body's sentences. */
  mentions: number;
}

/**
 * Whether the first of `ranked` (most named first) is whom a story of `sentences` sentences (headline
 * and body) is about, over the others (see the module comment): named in the lead, and the headline
 * names no one else of them; then the headline and the lead agree on it, or the story keeps coming back
 * to it by a clear margin. The test for the story's subject among its people and organisations, and
 * for a "she" among the people it fits (`salient-person.ts`).
 */
export function standsOut(ranked: readonly Salience[], sentences: number): boolean {
  const [top, next] = ranked;
  if (top === undefined || !top.inLead) return false;
  const second = next?.mentions ?? 0;
  // A headline that names someone says who the story is about: not someone else the story names more.
  if (!top.inHeadline && ranked.some((c) => c.inHeadline)) return false;
  // The headline and the lead agree: both name it, the headline no one else, and no one is named as often.
  const agreed = top.inHeadline && ranked.filter((c) => c.inHeadline).length === 1 && top.mentions > second;
  // Or the story keeps coming back to it, clearly more than to anyone else it opens with.
  const salient =
    top.mentions >= MIN_MENTIONS && top.mentions >= MARGIN * second && top.mentions >= DENSITY * sentences;
  return agreed || salient;
}

/**
 * The story's headline and body sentences, and its lead, the body's first paragraph: where `Salience`
 * counts, for `findSubject` and `salient-person.ts` alike.
 */
export function storyParts(sentences: readonly Sentence[]): {
  headline: Sentence[];
  body: Sentence[];
  lead: Sentence[];
} {
  const headline = sentences.filter((s) => s.role === 'title');
  const body = sentences.filter((s) => s.role === 'body');
  const lead = body.filter((s) => s.paragraph === body[0]?.paragraph);
  return { headline, body, lead };
}

/** The story's main subject, or undefined when the evidence does not single one out (see the module comment). */
export function findSubject(
  article: Article,
  entitiesOf: (s: Sentence) => readonly Entity[],
): StorySubject | undefined {
  const { headline, body, lead } = storyParts(article.sentences);
  if (body.length === 0) return undefined;
  const candidates = new Map<string, Candidate>();
  // A name the tagger does not know is a person when a title names it ("City council member Priya
  // Raman"), as for "he" and "she" (other-person.ts): else the lead's other, known name is taken.
  const withTitled = (s: Sentence): readonly Entity[] => withTitledNames(s.text, entitiesOf(s));
  // "Family bakery's van named Lola…": a name the story gives a thing is no one (`thingNames`).
  const things = thingNames(article.sentences.map((s) => s.text));
  for (const s of [...headline, ...lead])
    for (const { kind, name } of named(s, withTitled)) {
      if (kind === 'person' && isThingName(name, things)) continue;
      const keyed = keyOf(kind, name);
      if (keyed === undefined) continue;
      const id = `${kind}:${keyed.key}`;
      const known = candidates.get(id);
      // The fuller name ("Richey Edwards" rather than "Edwards") is the one shown.
      if (known === undefined)
        candidates.set(id, { kind, name, ...keyed, inHeadline: false, inLead: false, mentions: 0 });
      else if (name.length > known.name.length) known.name = name;
    }
  // A body the lead describes but the tagger took for no name, beside any the tagger found there (a
  // hospital the lead names in passing, "blankets for Kelby General Hospital"): salience decides.
  const untagged = untaggedCandidate(lead, withTitled);
  if (untagged !== undefined) candidates.set(`organization:${untagged.key}`, untagged);
  const titleText = headline.map((s) => s.text).join(' ');
  for (const c of candidates.values()) {
    c.inHeadline = c.said(titleText);
    c.inLead = lead.some((s) => c.said(s.text));
    c.mentions = [...headline, ...body].filter((s) => c.said(s.text)).length;
  }
  const ranked = describedInHeadline([...candidates.values()], titleText, lead).sort(
    (a, b) => b.mentions - a.mentions,
  );
  const top = ranked[0];
  if (top === undefined || !standsOut(ranked, headline.length + body.length)) return undefined;
  // A story that never says "he" or "she" is not about a person, whatever the tagger took its name for
  // (a state named "Victoria", a spacecraft).
  const counts = pronounCounts(body);
  if (top.kind === 'person' && counts.he + counts.she === 0) return undefined;
  const stems = stemsOf(top.key);
  if (stems.length === 0) return undefined;
  return {
    kind: top.kind,
    name: top.name,
    stems,
    nameStems: stemsOf(top.name),
    word: top.key.toLowerCase(),
    pronouns: top.kind === 'person' ? personPronouns(counts) : new Set([...IT, ...THEY]),
    mentions: top.mentions,
  };
}

/**
 * The first body the lead names and describes whose name the tagger missed ("Kettle Lane Larder, the
 * volunteer-run food bank that…": `untaggedBody`), as a candidate of no salience yet. `entitiesOf`
 * gives the names a role gives too (`withTitledNames`), as for the other candidates: a person a title
 * names is no body the tagger missed.
 */
function untaggedCandidate(
  lead: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
): Candidate | undefined {
  for (const s of lead) {
    const name = untaggedBody(s.text, entitiesOf(s));
    const keyed = name === undefined ? undefined : keyOf('organization', name);
    if (name !== undefined && keyed !== undefined)
      return { kind: 'organization', name, ...keyed, inHeadline: false, inLead: false, mentions: 0 };
  }
  return undefined;
}

/**
 * The candidates anew, with a body the headline names by what the lead calls it ("Community radio
 * station marks ten years on air" over "Vale FM, the town's community radio station, …":
 * `described-body.ts`) counted as named in the headline (a copy of it, marked so), and the words of
 * that description the tagger took for a name of their own ("Community radio", in the headline only)
 * no other candidate.
 */
function describedInHeadline(
  candidates: Candidate[],
  headline: string,
  lead: readonly Sentence[],
): Candidate[] {
  // The first body of the lead the headline describes: the lead may name another in passing first.
  let body: Candidate | undefined;
  let description: string[] | undefined;
  for (const c of candidates) {
    if (c.kind !== 'organization' || !c.inLead || c.inHeadline) continue;
    description = lead.map((s) => describedAs(s.text, c.name)).find((d) => d !== undefined);
    if (description !== undefined && headlineDescribes(headline, description)) {
      body = c;
      break;
    }
  }
  if (body === undefined || description === undefined) return candidates;
  // The headline's description is one more mention of it, as its name would be.
  const named = { ...body, inHeadline: true, mentions: body.mentions + 1 };
  return candidates.flatMap((c) =>
    c === body ? [named] : c.inLead || !isOfDescription(c.name, description) ? [c] : [],
  );
}

// One subject per parsed article, found on first use: the loader hands back the same object for an
// unchanged file, so a reload keeps it, and a large folder pays only for the stories asked about.
const subjects = new WeakMap<Article, StorySubject | null>();

/** `findSubject`, computed once per article. */
export function subjectOf(
  article: Article,
  entitiesOf: (s: Sentence) => readonly Entity[],
): StorySubject | undefined {
  let found = subjects.get(article);
  if (found === undefined) {
    found = findSubject(article, entitiesOf) ?? null;
    subjects.set(article, found);
  }
  return found ?? undefined;
}

/** What retrieval needs to credit a subject (`retrieve`): its article, the pronoun openings that stand for it, the groups naming it. */
export interface SubjectCredit {
  /** The subject's article, by its position in the index. */
  article: number;
  /** `OPENER` codes of the pronouns that stand for it. */
  openers: ReadonlySet<number>;
  /** The question's groups that name it: its name asked outright, or a pronoun read as it. */
  groups: readonly number[];
}

/** Does sentence `id` of the index open with a pronoun standing for the subject (in its own story)? */
export function opensWithSubject(index: SearchIndex, subject: SubjectCredit, id: number): boolean {
  return index.articleOf[id] === subject.article && subject.openers.has(index.openerOf(id));
}

/**
 * The `OPENER` codes of the sentences credited with a subject: those opening with one of its pronouns,
 * but not "They" or "Their" for an organisation. Readers ask about a company as "they", but a story's
 * sentence opening with "They" is mostly about a plural thing it has just named ("The rules…").
 */
export function openersOf(subject: StorySubject): Set<number> {
  const codes = new Set<number>();
  for (const p of subject.pronouns) {
    const kind = SUBJECT_PRONOUNS.get(p);
    if (kind !== undefined && kind !== 'they') codes.add(OPENER[kind]);
  }
  return codes;
}

const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'hers', 'its', 'their']);

/**
 * The question's pronoun that stands for the story's subject, if any: one of its pronouns, not bound by
 * a person the question names before it ("the husband … his son", "did Hayot say he…"), and for "it",
 * "they", only as the question's subject or a possessive ("when did it open", "its profits"; in "what is
 * the government doing about it" the "it" is the matter, not the company).
 */
export function subjectPronoun(
  tokens: readonly Token[],
  subject: StorySubject,
  names: ReadonlySet<string>,
): Token | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!subject.pronouns.has(t.word)) continue;
    const before = tokens.slice(0, i);
    if (before.some((b) => !b.stop && (names.has(b.word) || isRoleNoun(b.word)))) return undefined;
    if (['it', 'they'].includes(SUBJECT_PRONOUNS.get(t.word) ?? '') && !asSubject(tokens, i)) continue;
    return t;
  }
  return undefined;
}

/**
 * Whether the pronoun at `i` is the question's subject or a possessive ("when did they sign it?",
 * "what are their jobs?"), as an "it" or "they" must be to stand for someone the reader means: not an
 * object ("what did Russia promise them?", "what is done about it?").
 */
export function asSubject(tokens: readonly Token[], i: number): boolean {
  return POSSESSIVES.has(tokens[i]?.word ?? '') || OPENING_AUXILIARY.has(tokens[i - 1]?.word ?? '');
}

/**
 * The groups of the question that name the subject (see `SubjectCredit`); a pronoun standing for it
 * adds a group of the name's stems, as if the question had said the name ("how old is he?" → "how old
 * is Edwards?"). `read`: the pronoun already read as them, when it is none of their own ("they" for
 * each of two people: `other-person.ts`); `lent` when it stands for them among others ("which of them
 * thanked Russia?" after "Khaled Obaidi and Alexander Fomin"): the name then finds the sentences but
 * is no word of the question, so the short answer may be that one of them (as a name lent to a role
 * word: `roles.ts`). The groups are not changed: `groups` is the question's groups with the name's,
 * new objects where they differ, and `named` the positions of those naming the subject.
 */
export function subjectGroups(
  tokens: readonly Token[],
  names: ReadonlySet<string>,
  groups: readonly Group[],
  subject: StorySubject,
  idf: (stem: string) => number,
  known: (stem: string) => boolean,
  read?: { pronoun: Token; lent: boolean },
): { groups: readonly Group[]; named: number[] } {
  const naming = groups.flatMap((g, i) =>
    g.terms.some((t) => t.weight === 1 && subject.nameStems.includes(t.stem)) ? [i] : [],
  );
  if (naming.length > 0) return { groups, named: naming };
  const pronoun = read?.pronoun ?? subjectPronoun(tokens, subject, names);
  const stems = subject.stems.filter(known);
  if (pronoun === undefined || stems.length === 0) return { groups, named: [] };
  const terms: Term[] = stems.map((stem) => newTerm(stem, 1, read?.lent === true ? LENT : undefined));
  // "she", "hers", "herself" and "itself" are no stopwords (the stopword list lacks them): the pronoun
  // is a question word already, which the name joins.
  // It is weighed and written as the name, which is what it stands for: "she" is in many a sentence
  // about someone else, and weighed as "she" the name counted for less than "votes" ("how many votes
  // did she get?" found a rival's total).
  const already = groups.findIndex((g) => g.word === pronoun.word);
  const group = groups[already];
  if (group !== undefined) {
    const added = terms.filter((t) => !group.terms.some((x) => x.stem === t.stem));
    const out = [...groups];
    out[already] = {
      ...group,
      terms: [...group.terms, ...added],
      word: subject.word,
      idf: Math.max(group.idf, ...stems.map(idf)),
    };
    return { groups: out, named: [already] };
  }
  // The group is the name, as if the question had said it: the later stages (the exact form, Fuse.js)
  // look for the name, not for "he" (which Fuse.js would find in "she" and "the").
  const name: Group = { word: subject.word, terms, idf: Math.max(...stems.map(idf)), pronoun: true };
  // A word the story lacks ("old" for "He is 58.") weighs no more than the name, as in `expand`.
  return { groups: capUnknown([...groups, name]), named: [groups.length] };
}

/**
 * The pronouns a person the conversation was last about is asked about by ("what did he say?"): the
 * singular ones. "they" is plural: after "who is fomin?", "when did they sign it?" asks about the
 * parties who signed, not Fomin alone; one person asked about names no group.
 */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set([...PRONOUNS.he, ...PRONOUNS.she]);
/** The same for a name that is only a woman's or only a man's: "she" is not Tomas Reilly. */
const GENDERED_PRONOUNS = {
  female: PRONOUNS.she,
  male: PRONOUNS.he,
} as const satisfies Record<string, ReadonlySet<string>>;

/**
 * The person a conversation's last answer was about ("Fomin", after "who is fomin?"), as a subject a
 * question's pronoun is read as, by the same path as the story's subject (`subjectGroups`): named by
 * the last word of the name, as news names a person again. Undefined for a name with no word to look up.
 */
export function personSubject(name: string, told?: Gender): StorySubject | undefined {
  const words = name.split(/\s+/).filter((w) => hasLetter(w));
  const key = words.at(-1);
  if (key === undefined) return undefined;
  const stems = stemsOf(key);
  if (stems.length === 0) return undefined;
  // "Mayor Helen Brandt" is a woman by her first name, "Mrs Price" by her title ("Mayor" is a man's
  // name in the lists too: a title is no first name).
  // A first name that says nothing ("Priya", in neither list): the story's own "She…" read as her
  // (`told`, from `referents.ts`) says what a reader of it knows.
  const gender = nameGender(name, isRoleNoun) ?? told;
  return {
    kind: 'person',
    name,
    stems,
    nameStems: stemsOf(name),
    word: key.toLowerCase(),
    pronouns: gender === undefined ? PERSON_PRONOUNS : GENDERED_PRONOUNS[gender],
    mentions: 0,
  };
}

/**
 * A person the story calls by their first name alone as well ("Priya said…", "Priya's rating…" of
 * Priya Nandakumar, a child, as news names one), named by it too: a question's "she" read as her finds
 * those sentences, not only the one giving her surname. The first name counts only as `namesPerson`
 * reads it (no common word, title or role; no capitalised word after it).
 */
export function calledByFirstName(subject: StorySubject, sentences: readonly Sentence[]): StorySubject {
  if (subject.kind !== 'person') return subject;
  const words = subject.name.split(/\s+/).filter((w) => hasLetter(w) && addressTitle(w) === undefined);
  const [first] = words;
  const surname = words.at(-1);
  if (words.length < 2 || first === undefined || !onlyAName(first)) return subject;
  // More than once, as the story's way of naming them, not a passing "Tony" in a quotation; and no
  // one else the story names has that first name ("David Davis" beside David Blunkett).
  const alone = sentences.filter((s) => namedIn(s.text, first, true)).length;
  const another = new RegExp(String.raw`(?<![\p{L}\p{N}])${first}\s+(\p{Lu}[\p{L}'’-]*)`, 'gu');
  const others = sentences.some((s) =>
    [...s.text.matchAll(another)].some((m) => (m[1] as string).replace(/['’]s?$/u, '') !== surname),
  );
  if (alone < FIRST_NAME_MENTIONS || others) return subject;
  const stems = [...new Set([...subject.stems, ...stemsOf(first)])];
  return stems.length === subject.stems.length ? subject : { ...subject, stems };
}

/** The sentences that must call a person by first name alone for a question's "she" to read it (`calledByFirstName`). */
const FIRST_NAME_MENTIONS = 2;

/**
 * A person subject whose pronouns the story's usage left open ("he" as often as "she": a rival's "he
 * thanked voters") narrowed to the gender its own pronoun openings give them (`toldGender`).
 */
export function toldAs(subject: StorySubject, told: Gender | undefined): StorySubject {
  if (subject.kind !== 'person' || told === undefined) return subject;
  const pronouns = GENDERED_PRONOUNS[told];
  return [...subject.pronouns].every((p) => pronouns.has(p)) ? subject : { ...subject, pronouns };
}
