/**
 * A sentence that leans on the one before it: shown alone, it points at something the reader was not
 * told. Two shapes, each a rule of English rather than a learned weight:
 *   - its subject or its owner is a pronoun or a pointing word, opening it or right after a short
 *     opening phrase ("They observed the comet…", "This means…", "His mother…", "In 2010, he moved…");
 *   - it speaks of a person as "he" or "she" (him, her, his, hers) and names nobody before the pronoun
 *     ("The city council will hold a special election to fill the seat she is leaving").
 * A quotation's own words are not read: its pronouns are its speaker's. A quotation said by "he",
 * "she" or "they" ('"…," she said.'), a report of what they said ("She added that…"), and any sentence
 * speaking of someone it does not name ("She also travelled…") lean on the sentences back to the one
 * naming them (`saidBy`), in every summary. A sentence opening on a connective ("But", "However") is not
 * counted: the BBC reference summaries take those as often as any other sentence (0.40-0.42 against
 * 0.41), and pronoun-led ones far less often (0.23-0.31).
 */
import { CALENDAR_NAMES } from './calendar.js';
import { isStopword } from './text.js';
import { startsUpper } from './letters.js';
import { beforePronounQuote } from './speaker.js';
import { wholeQuotation } from './quotation.js';
import { GOES_ON } from './referents.js';
import type { Gender } from '../knowledge/names.js';
import { isReportingVerb, takesClause } from './reporting-verb.js';
import { isEnglishWord, isRoleNoun } from './wordnet.js';
import { sexOfPronoun } from './pronoun-sex.js';

/** Words that, as a sentence's subject or owner, stand for or point at something said before it. */
const BACK_POINTING = new Set([
  'he',
  'she',
  'they',
  'it',
  'his',
  'her',
  'their',
  'its',
  'him',
  'them',
  'this',
  'these',
  'those',
  'that',
  'such',
]);

/** A person's pronoun: whom it stands for must be named before it. */
const PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers|himself|herself)\b/iu;

/** Capitalised words that name no one: days, months and "I". */
const NOT_A_NAME = new RegExp(`^(?:${CALENDAR_NAMES}|I)$`, 'u');

/**
 * A short opening phrase before the subject ("In 2010, he moved…", "On Saturday, she said…"): words in
 * lower case, numbers and single capitalised words (a day, a month), then a comma.
 */
const OPENING_PHRASE = String.raw`\p{L}+(?:\s+(?:\p{Ll}[\p{L}'’-]*|\d[\d,.]*|\p{Lu}\p{Ll}+(?=[\s,])))*,\s+`;
const INTRODUCTION = new RegExp(String.raw`^${OPENING_PHRASE}(\p{L}+)`, 'u');

/** The sentence without its quotations (a quote's pronouns are its speaker's). */
function unquoted(text: string): string {
  return text.replace(/[“"][^”"]*[”"]?/gu, ' ');
}

/**
 * Whether a capitalised word before `end` may name someone: not a day or a month, and the sentence's
 * first word only when it is no common word ("Corbett said he…", not "The singer said he…").
 */
function namesBefore(text: string, end: number): boolean {
  const words = text.slice(0, end).match(/[\p{L}'’-]+/gu) ?? [];
  return words.some(
    (w, i) => startsUpper(w) && !NOT_A_NAME.test(w) && (i > 0 || !isStopword(w.toLowerCase())),
  );
}

/** Whether `text`, as a story's sentence, leans on the sentence before it (see above). */
export function leansOnPrevious(text: string): boolean {
  // A sentence opening on a quotation has no first word of its own ("“It is…,” she said."), but may
  // still lean on the sentence before for its speaker: the pronoun test below reads it.
  const first = /^\p{L}+/u.exec(text)?.[0].toLowerCase();
  if (first !== undefined && BACK_POINTING.has(first)) return true;
  const introduced = INTRODUCTION.exec(text)?.[1]?.toLowerCase();
  if (introduced !== undefined && BACK_POINTING.has(introduced)) return true;
  return unnamedPerson(text);
}

/**
 * Whether `text` speaks of a person as "he" or "she" (him, her, his, hers) naming nobody before the
 * pronoun, outside its quotations ("…the seat she is leaving", "After the vote he urged…").
 */
function unnamedPerson(text: string): boolean {
  const plain = unquoted(text);
  const pronoun = PERSON_PRONOUN.exec(plain);
  return pronoun !== null && !namesBefore(plain, pronoun.index);
}

/**
 * Whether `text` quotes someone as "he", "she" or "they" without naming them before the quotation
 * ('"We measured it twice," she said.', not 'Mr Johnson told Today: "…," he said.').
 */
function quotesUnnamed(text: string): boolean {
  const before = beforePronounQuote(text);
  if (before === undefined) return false;
  const plain = unquoted(before);
  return !namesBefore(plain, plain.length);
}

/**
 * A conjunction opening a clause before the main one ("Because they had no sandbags, …", "When she
 * arrived, …"): the pronoun right after it is that clause's subject, and still unnamed.
 */
const SUBORDINATE = '(?:Because|When|After|Before|Although|Though|If|While|Until|Once|As)';

/**
 * A time phrase written without its comma ("On Friday they announced…", "Last week she said…", "In
 * 2020 he moved…"): up to two words ending on a day's or a month's name, a year or a word of time.
 */
const WHEN_WITHOUT_COMMA = String.raw`(?:\p{Lu}\p{Ll}*)(?:\s+\p{Ll}+)?\s+(?:${CALENDAR_NAMES}|\d{4}|week|month|year|night|morning|afternoon|evening|weekend)`;

/**
 * "He", "she" or "they" as the sentence's subject: opening it, after a conjunction going on from the
 * sentence before ("But she said…") or after a short opening phrase ("On Saturday, they told…"). Group
 * 1 is what comes before the pronoun, group 2 the pronoun, group 3 what follows it.
 */
const PRONOUN_SUBJECT = new RegExp(
  String.raw`^((?:${GOES_ON}\s+|${OPENING_PHRASE}|${SUBORDINATE}\s+|${WHEN_WITHOUT_COMMA}\s+)?)([Hh]e|[Ss]he|[Tt]hey)\s+(.*)$`,
  'su',
);

/** Whether a text up to `end` names someone ("Corbett said he…"): by capitals, or the people read. */
type Naming = (plain: string, end: number) => boolean;

/**
 * The pronoun that is the sentence's subject and what follows it, or undefined when its subject is none
 * of them. An opening phrase naming someone is no subject's ("When Osei arrived, he said…": he may be
 * Osei).
 */
function pronounSubject(text: string, naming: Naming): { pronoun: string; rest: string } | undefined {
  const m = PRONOUN_SUBJECT.exec(text);
  if (m === null) return undefined;
  const before = m[1] as string;
  // By capitals, the phrase's first word is no name ("Later, he…"); read by people, any word may be.
  const words = before.match(/[\p{L}'’-]+/gu) ?? [];
  const named =
    naming === namesBefore
      ? words.slice(1).some((w) => startsUpper(w) && !NOT_A_NAME.test(w))
      : naming(before, before.length);
  return named ? undefined : { pronoun: (m[2] as string).toLowerCase(), rest: m[3] as string };
}

/** How many words may stand between a subject pronoun and its verb of reporting ("He has also said…"). */
const WORDS_BEFORE_VERB = 2;

/**
 * A reporting clause in the middle or at the end of a sentence, outside any quotation and not right after
 * one ("The cause, he said, is not yet known.", "It was the second fire at the site, she added."): group
 * 1 its pronoun, group 2 its verb.
 */
const REPORT_AFTER = /(?<!["“”]\s*),\s+(he|she|they)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s*(?:[,.;:!?]|$)/u;

/** A verb giving what someone said or thought (`reporting-verb.ts`): "said", "told", "warned", "believes". */
const reports = (word: string) => isReportingVerb(word) || takesClause(word);

/** The pronoun of a report by "he", "she" or "they" in `text` (see `reportsUnnamed`), or undefined. */
function reportingPronoun(text: string, naming: Naming): string | undefined {
  // After a quotation it is the quotation's speaker ('"…", she said.'), whom `quotesUnnamed` reads.
  const plain = text.replace(/[“"][^”"]*[”"]?/gu, '"');
  const after = REPORT_AFTER.exec(plain);
  // "Sarah Jones was woken by the alarm…, she said.": the sentence names her before its pronoun.
  if (after !== null && reports(after[2] as string) && !naming(plain, after.index)) return after[1];
  const subject = pronounSubject(text, naming);
  if (subject === undefined) return undefined;
  const words = /^(?:\p{Ll}+\s+){0,2}\p{Ll}+/u.exec(subject.rest)?.[0].split(/\s+/u) ?? [];
  return words.slice(0, WORDS_BEFORE_VERB + 1).some(reports) ? subject.pronoun : undefined;
}

/**
 * Whether `text` reports what "he", "she" or "they" said without quoting it, the pronoun the reporting
 * clause's subject ("She added that it was the second fire at the site…", "He told the BBC the cause
 * was not known.", "The cause, they said, is not yet known."): who said it was told before, as for a
 * quotation. The verb is one of reporting (`reporting-verb.ts`), right after the pronoun or past up to
 * two lower-case words ("He has also said…"); or one that takes a that-clause, a report of their mind
 * ("He believes Yahoo failed to see…", "She thought that…"), which is theirs as much.
 */
export function reportsUnnamed(text: string): boolean {
  return reportingPronoun(text, namesBefore) !== undefined;
}

/** The pronoun of someone `text` speaks of without naming them (see `speaksOfUnnamed`), or undefined. */
function unnamedPronoun(text: string, naming: Naming): string | undefined {
  const subject = pronounSubject(text, naming);
  if (subject !== undefined) return subject.pronoun;
  const plain = unquoted(text);
  const pronoun = PERSON_PRONOUN.exec(plain);
  return pronoun !== null && !naming(plain, pronoun.index) ? pronoun[0].toLowerCase() : undefined;
}

/**
 * Whether `text` speaks of someone it does not name: its subject is "he", "she" or "they", whatever its
 * verb ("She also travelled the world…"), or it says "he" or "she" (him, her, his) naming nobody before
 * ("After the vote he urged…"). Who that is, the story said before.
 */
export function speaksOfUnnamed(text: string): boolean {
  return unnamedPronoun(text, namesBefore) !== undefined;
}

/** A person a sentence names, with the gender their title or first name says (`referents.ts` `peopleIn`). */
export interface NamedPerson {
  name: string;
  gender: Gender | undefined;
}

/** The people a story names, as the tagger and `referents.ts` read them. */
export interface StoryPeople {
  /** The people the sentence at position `i` of the summary's texts names. */
  in(i: number): readonly NamedPerson[];
  /** The places and organisations the sentence at position `i` names, as written ("Carrow Town Hall"). */
  things(i: number): readonly string[];
  /** The people its headline names: the summary reply shows the headline as its title. */
  headline: readonly NamedPerson[];
}

/** Which sentences `saidBy` gives the sentences naming whom they speak of. */
export interface Unnamed {
  /** Also every sentence that speaks of someone it does not name (`speaksOfUnnamed`), not only words said. */
  people: boolean;
  /**
   * The people the story names: with them, only a person named before a pronoun names whom it stands
   * for ("Police said he…", "Speaking at Carrow Town Hall, she…" name no one), and a "he" or "she" leans
   * on the nearest sentence naming someone it can stand for, or on nothing when the headline names them.
   */
  named?: StoryPeople;
}

/** Text ending on a preposition of place: a one-word name after it is a place's ("In Carrow", "at Ely"). */
const AT_PLACE = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside|[Ii]nside|[Aa]cross)\s+$/u;

/**
 * A role as a subject, after "the" or an owner, maybe past one word ("The minister said she…", "the
 * council's leader"), groups 1 and 2 the words that may be the role: not a role said of the pronoun's
 * bearer ("As Leader, she…").
 */
const ROLE_SUBJECT = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+([\p{L}'’-]+)(?:\s+(\p{L}+))?/u;

/**
 * Whether `text` (a sentence up to its pronoun) names someone the pronoun may stand for: a person the
 * tagger reads (`people`), a role ("The minister said she…", `isRoleNoun`), or a capitalised word that
 * may be a name the tagger missed (`capitalNames`). Not any capitalised word: "Police said he…",
 * "Speaking at Carrow Town Hall, she…" and "As Leader, she…" name no one.
 */
function namesSomeone(text: string, people: readonly NamedPerson[], things: readonly string[]): boolean {
  // A one-word "person" right after a preposition of place is the place ("In Carrow, she…").
  if (people.some((p) => text.includes(p.name) && !AT_PLACE.test(text.slice(0, text.indexOf(p.name)))))
    return true;
  const role = ROLE_SUBJECT.exec(text);
  if (role !== null && [role[1], role[2]].some((w) => w !== undefined && isRoleNoun(w.toLowerCase())))
    return true;
  return capitalNames(text, things);
}

/**
 * Whether a capitalised word of `text` may be a name the tagger missed ("Corbett said he…"): no day,
 * month or "I", no common English noun ("Police", "Leader", "Pupils"), and outside the places and
 * organisations the tagger read (`things`: "Carrow Town Hall", "The Farm Wildlife Trust").
 */
function capitalNames(text: string, things: readonly string[]): boolean {
  const outside = things.reduce((t, thing) => t.split(thing).join(' '), text);
  for (const m of outside.matchAll(/[\p{L}'’-]+/gu)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (!startsUpper(w) || NOT_A_NAME.test(w) || isStopword(lower) || PREPOSITIONS.has(lower)) continue;
    if (isEnglishWord(lower) || AT_PLACE.test(outside.slice(0, m.index))) continue;
    return true;
  }
  return false;
}

/** Prepositions neither a stopword nor in WordNet: "During the floods of 2020, she…" names no one. */
const PREPOSITIONS = new Set([
  'during',
  'throughout',
  'without',
  'within',
  'among',
  'amongst',
  'amid',
  'towards',
  'toward',
  'until',
  'upon',
  'via',
]);

/** The gender "he" or "she" (him, his, her…) says; undefined for "they". */
function genderOf(pronoun: string): Gender | undefined {
  const sex = sexOfPronoun(pronoun);
  return sex === 'he' ? 'male' : sex === 'she' ? 'female' : undefined;
}

/** Whether a person may be whom a pronoun of `gender` stands for: their name says nothing else. */
const fits = (person: NamedPerson, gender: Gender) => person.gender === undefined || person.gender === gender;

/** The pronoun a quotation said by a pronoun gives ('"…," she said.'), or undefined. */
function quotingPronoun(text: string, naming: Naming): string | undefined {
  const before = beforePronounQuote(text);
  if (before === undefined) return undefined;
  const plain = unquoted(before);
  if (naming(plain, plain.length)) return undefined;
  return /[”"]\s*,?\s*(he|she|they)\b/iu.exec(text)?.[1]?.toLowerCase() ?? 'they';
}

/**
 * The sentences a sentence leans on for who "he", "she" or "they" is when it gives their words: a
 * quotation said by a pronoun ('"We measured it twice," she said.' after "The project was led by Dr Hana
 * Iqbal.") or a report of what they said ("She added that it was the second fire at the site…"); with
 * `people`, any sentence speaking of someone it does not name. As positions in `texts`, nearest first;
 * none for any other sentence. With the story's people read (`named`), a "he" or "she" leans on the
 * nearest sentence before naming someone it can stand for (no one named since it can stand for), or on
 * none when the headline names such a person and the story does not before it. Otherwise (a "they", or
 * no one named it fits), whom it speaks of is whom the story told of before it: the sentence before,
 * and, while that one cannot be read alone either (it leans on its own sentence before, quotes or
 * reports a pronoun too, or is nothing but quoted words whose speaker comes after them), the one before.
 */
export function saidBy(texts: readonly string[], at: number, unnamed: Unnamed = { people: false }): number[] {
  const text = texts[at] ?? '';
  const named = unnamed.named;
  const naming: Naming =
    named === undefined
      ? namesBefore
      : (plain, end) => namesSomeone(plain.slice(0, end), named.in(at), named.things(at));
  const pronoun =
    quotingPronoun(text, naming) ??
    reportingPronoun(text, naming) ??
    (unnamed.people ? unnamedPronoun(text, naming) : undefined);
  if (pronoun === undefined) return [];
  const gender = genderOf(pronoun);
  if (named !== undefined && gender !== undefined) {
    // The nearest sentence naming someone the pronoun may stand for, as a reader takes it: a title or
    // first name of its gender, or a full name that says none ("Prof Kofi Osei"), in the story then in
    // its headline; only then a one-word name that says none, which the tagger may have made of a place
    // ("In Carrow, she…").
    const full = (p: NamedPerson) => p.gender === gender || (fits(p, gender) && /\s/u.test(p.name));
    for (const fit of [full, (p: NamedPerson) => fits(p, gender)]) {
      for (let i = at - 1; i >= 0; i--) if (named.in(i).some(fit)) return [i];
      if (named.headline.some(fit)) return [];
    }
  }
  const needs: number[] = [];
  for (let i = at - 1; i >= 0; i--) {
    needs.push(i);
    const before = texts[i] as string;
    if (
      !leansOnPrevious(before) &&
      !quotesUnnamed(before) &&
      !reportsUnnamed(before) &&
      !wholeQuotation(before)
    )
      break;
  }
  return needs;
}
