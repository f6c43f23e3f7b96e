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
import { isReportingVerb, takesClause } from './reporting-verb.js';

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
 * "He", "she" or "they" as the sentence's subject: opening it, after a conjunction going on from the
 * sentence before ("But she said…") or after a short opening phrase ("On Saturday, they told…"). Group
 * 1 is what comes before the pronoun, group 2 what follows it.
 */
const PRONOUN_SUBJECT = new RegExp(
  String.raw`^((?:${GOES_ON}\s+|${OPENING_PHRASE})?)(?:[Hh]e|[Ss]he|[Tt]hey)\s+(.*)$`,
  'su',
);

/**
 * What follows "he", "she" or "they" as the sentence's subject, or undefined when its subject is none of
 * them. An opening phrase naming someone is no subject's ("When Osei arrived, he said…": he may be Osei):
 * past its first word, only a day's or a month's name may be capitalised.
 */
function afterPronounSubject(text: string): string | undefined {
  const m = PRONOUN_SUBJECT.exec(text);
  if (m === null) return undefined;
  const before = (m[1] as string).match(/[\p{L}'’-]+/gu) ?? [];
  if (before.slice(1).some((w) => startsUpper(w) && !NOT_A_NAME.test(w))) return undefined;
  return m[2];
}

/** How many words may stand between a subject pronoun and its verb of reporting ("He has also said…"). */
const WORDS_BEFORE_VERB = 2;

/**
 * A reporting clause in the middle or at the end of a sentence, outside any quotation and not right after
 * one ("The cause, he said, is not yet known.", "It was the second fire at the site, she added."): group
 * 1 its verb.
 */
const REPORT_AFTER = /(?<!["“”]\s*),\s+(?:he|she|they)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s*(?:[,.;:!?]|$)/u;

/** A verb giving what someone said or thought (`reporting-verb.ts`): "said", "told", "warned", "believes". */
const reports = (word: string) => isReportingVerb(word) || takesClause(word);

/**
 * Whether `text` reports what "he", "she" or "they" said without quoting it, the pronoun the reporting
 * clause's subject ("She added that it was the second fire at the site…", "He told the BBC the cause
 * was not known.", "The cause, they said, is not yet known."): who said it was told before, as for a
 * quotation. The verb is one of reporting (`reporting-verb.ts`), right after the pronoun or past up to
 * two lower-case words ("He has also said…"); or one that takes a that-clause, a report of their mind
 * ("He believes Yahoo failed to see…", "She thought that…"), which is theirs as much.
 */
export function reportsUnnamed(text: string): boolean {
  // After a quotation it is the quotation's speaker ('"…", she said.'), whom `quotesUnnamed` reads.
  const after = REPORT_AFTER.exec(text.replace(/[“"][^”"]*[”"]?/gu, '"'))?.[1];
  if (after !== undefined && reports(after)) return true;
  const rest = afterPronounSubject(text);
  if (rest === undefined) return false;
  const words = /^(?:\p{Ll}+\s+){0,2}\p{Ll}+/u.exec(rest)?.[0].split(/\s+/u) ?? [];
  return words.slice(0, WORDS_BEFORE_VERB + 1).some(reports);
}

/**
 * Whether `text` speaks of someone it does not name: its subject is "he", "she" or "they", whatever its
 * verb ("She also travelled the world…"), or it says "he" or "she" (him, her, his) naming nobody before
 * ("After the vote he urged…"). Who that is, the story said before.
 */
export function speaksOfUnnamed(text: string): boolean {
  return afterPronounSubject(text) !== undefined || unnamedPerson(text);
}

/** Which sentences `saidBy` gives the sentences naming whom they speak of. */
export interface Unnamed {
  /** Also every sentence that speaks of someone it does not name (`speaksOfUnnamed`), not only words said. */
  people: boolean;
}

/**
 * The sentences a sentence leans on for who "he", "she" or "they" is when it gives their words: a
 * quotation said by a pronoun ('"We measured it twice," she said.' after "The project was led by Dr Hana
 * Iqbal.") or a report of what they said ("She added that it was the second fire at the site…"); with
 * `people`, any sentence speaking of someone it does not name. As positions in `texts`, nearest first;
 * none for any other sentence. Whom it speaks of is whom the story named before it: the sentence before,
 * and, while that one cannot be read alone either (it leans on its own sentence before, quotes or
 * reports a pronoun too, or is nothing but quoted words whose speaker comes after them), the one before.
 */
export function saidBy(texts: readonly string[], at: number, unnamed: Unnamed = { people: false }): number[] {
  const text = texts[at] ?? '';
  if (!quotesUnnamed(text) && !reportsUnnamed(text) && !(unnamed.people && speaksOfUnnamed(text))) return [];
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
