/**
 * "her" is an object ("when did police arrest her?") or a possessive ("whats her name?"), written alike;
 * "his" is always a possessive. What the question asks of the person it stands for depends on which:
 * "whats her name?" asks Amy Tranter's name, "what did they tell her?" what Amy Tranter was told. Pure,
 * apart from the tagger's reading of the word after it.
 */
import { taggedTerms } from '../nlp/nlp.js';
import type { Token } from './text.js';

/** Tags of a word that opens no noun phrase after a possessive ("on", "the", "yesterday", "him"). */
const NO_NOUN_PHRASE = ['Preposition', 'Determiner', 'Pronoun', 'Date', 'Conjunction', 'Adverb'];

/**
 * Is the "her" at `at` of the question's tokens a possessive? A possessive opens a noun phrase, so a
 * noun, an adjective or an ordinal follows it ("her name", "her eldest son", "her first name"); an object
 * may be followed by anything or nothing ("arrest her", "happened to her on Monday"). After a verb that
 * takes objects both readings fit ("did they give her money?"), so only after a function word, a
 * wh-word or nothing is it read as the possessive ("is her", "did her husband", "whats her").
 */
export function possessiveHer(text: string, tokens: readonly Token[], at: number): boolean {
  const her = tokens[at];
  const next = tokens[at + 1];
  if (her?.word !== 'her' || next === undefined) return false;
  const before = tokens[at - 1];
  if (before !== undefined && !before.stop && !/^wh/u.test(before.word)) return false;
  const tags = taggedTerms(text).find((t) => t.start === next.start)?.tags;
  if (tags === undefined || NO_NOUN_PHRASE.some((t) => tags.has(t))) return false;
  return tags.has('Noun') || tags.has('Adjective') || tags.has('Ordinal');
}
