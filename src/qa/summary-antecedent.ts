/**
 * A sentence that leans on the one before it: shown alone, it points at something the reader was not
 * told. Two shapes, each a rule of English rather than a learned weight:
 *   - its subject or its owner is a pronoun or a pointing word, opening it or right after a short
 *     opening phrase ("They observed the comet…", "This means…", "His mother…", "In 2010, he moved…");
 *   - it speaks of a person as "he" or "she" (him, her, his, hers) and names nobody before the pronoun
 *     ("The city council will hold a special election to fill the seat she is leaving").
 * A quotation's own words are not read: its pronouns are its speaker's. A quotation said by "he",
 * "she" or "they" ('"…," she said.') leans on the sentences back to the one naming its speaker
 * (`quotedBy`). A sentence opening on a
 * connective ("But", "However") is not counted: the BBC reference summaries take those as often as any
 * other sentence (0.40-0.42 against 0.41), and pronoun-led ones far less often (0.23-0.31).
 */
import { CALENDAR_NAMES } from './calendar.js';
import { isStopword } from './text.js';
import { startsUpper } from './letters.js';
import { beforePronounQuote } from './speaker.js';
import { wholeQuotation } from './quotation.js';

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
const INTRODUCTION = /^\p{L}+(?:\s+(?:\p{Ll}[\p{L}'’-]*|\d[\d,.]*|\p{Lu}\p{Ll}+(?=[\s,])))*,\s+(\p{L}+)/u;

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
 * The sentences a quotation said by a pronoun leans on ('"We measured it twice," she said.' after "The
 * project was led by Dr Hana Iqbal."), as positions in `texts`, nearest first; none for any other
 * sentence. Its speaker is whom the story named before it: the sentence before, and, while that one
 * cannot be read alone either (it leans on its own sentence before, is quoted by a pronoun too, or is
 * nothing but quoted words whose speaker comes after them), the one before that.
 */
export function quotedBy(texts: readonly string[], at: number): number[] {
  if (!quotesUnnamed(texts[at] ?? '')) return [];
  const needs: number[] = [];
  for (let i = at - 1; i >= 0; i--) {
    needs.push(i);
    const text = texts[i] as string;
    if (!leansOnPrevious(text) && !quotesUnnamed(text) && !wholeQuotation(text)) break;
  }
  return needs;
}
