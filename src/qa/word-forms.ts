/**
 * compromise's conversions of a one-word document (`verbs().toInfinitive()`, `nouns().toSingular()`,
 * `nouns().toPlural()`, `verbs().conjugate()`, `adjectives().conjugate()`), read from the word's tags
 * with the same tables the conversions end in. A conversion finds its phrase with a dozen match
 * patterns, splits it, parses it and, for the infinitive, tags the rewritten sentence again: about a
 * millisecond a word, most of what a question with words the articles lack cost. For one plain word
 * each step comes down to a test of its tags, written here after compromise's own (its `find.js`,
 * `parse.js`, `isPlural.js`, `hasPlural.js`, `toInfinitive.js`, `toPlural.js`, `toSingular.js` and the
 * adjectives plugin, version 14.17). Anything else (several terms, a contraction, a capital, a pronoun,
 * a negative) answers `null`: the caller then converts the document as before. Tests check each
 * shortcut against the conversion on every word of a long list.
 */
import { transforms } from '../nlp/nlp.js';

/** What a tagged term carries (compromise's term objects). */
export interface Term {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
  chunk?: string;
  implicit?: string;
  machine?: string;
  alias?: string[];
}

/** Words compromise's noun and verb parsers treat by name (pronouns, articles), left to the conversions. */
const BY_NAME = new Set([
  'he',
  'him',
  'she',
  'it',
  'we',
  'you',
  'they',
  'i',
  'a',
  'an',
  'the',
  'here',
  'there',
]);

/**
 * The document's one term, when it is a plain lower-case word that the tagger kept whole (no
 * contraction, no punctuation, no alias): the only case the shortcuts know.
 */
export function soleWord(doc: unknown): Term | undefined {
  const docs = (doc as { docs: Term[][] }).docs;
  const term = docs.length === 1 && docs[0]?.length === 1 ? docs[0][0] : undefined;
  if (term === undefined || !/^[a-z]+$/.test(term.text) || term.normal !== term.text) return undefined;
  if (term.pre !== '' || term.post !== '' || term.implicit !== undefined || term.machine !== undefined)
    return undefined;
  if (term.alias !== undefined || BY_NAME.has(term.normal)) return undefined;
  return term;
}

const has = (term: Term, ...tags: string[]) => tags.some((t) => term.tags.has(t));

/** `verbs()` finds the word: a Verb chunk and tag, not a conjunction, preposition, reflexive or adjective. */
function verbFound(term: Term): boolean {
  return (
    term.chunk === 'Verb' &&
    term.tags.has('Verb') &&
    !has(term, 'Conjunction', 'Preposition', 'Reflexive', 'Adjective')
  );
}

/** The tense compromise's `getTense` reads from the tags, in its order. */
function tenseOf(term: Term): string | undefined {
  return ['Infinitive', 'Participle', 'PastTense', 'Gerund', 'PresentTense'].find((t) => term.tags.has(t));
}

/** `verbs().toInfinitive().text()`. */
export function infinitiveText(term: Term): string | null {
  if (!verbFound(term)) return '';
  // A negative word gets "not" or "does" put before it.
  if (term.tags.has('Negative')) return null;
  const { transform, model } = transforms();
  const base = transform.verb.toInfinitive(term.normal, model, tenseOf(term));
  return base === '' ? term.text : /^[a-z]+$/.test(base) ? base : null;
}

/** Did `verbs().toInfinitive()` rewrite and tag the document again (so that a later conversion reads a changed one)? */
export function infinitiveRewrites(term: Term): boolean {
  return verbFound(term);
}

/** `nouns()` finds the word: a Noun chunk and tag. */
function nounFound(term: Term): boolean {
  return term.chunk === 'Noun' && term.tags.has('Noun');
}

/** compromise's `isPlural` for a noun of one word. */
function isPlural(term: Term): boolean {
  if (term.tags.has('Plural')) return true;
  if (
    has(
      term,
      'Pronoun',
      'Place',
      'Value',
      'Person',
      'Uncountable',
      'Month',
      'WeekDay',
      'Holiday',
      'Possessive',
    )
  )
    return false;
  if (term.tags.has('Singular')) return false;
  const word = term.normal;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss');
}

/** `nouns().toSingular().text()`. */
export function singularText(term: Term): string | null {
  if (!nounFound(term)) return '';
  if (!isPlural(term)) return term.text;
  const { transform, model } = transforms();
  const single = transform.noun.toSingular(term.normal, model);
  return /^[a-z]+$/.test(single) ? single : null;
}

/** `nouns().toPlural().text()`. */
export function pluralText(term: Term): string | null {
  if (!nounFound(term)) return '';
  if (isPlural(term)) return term.text;
  if (term.tags.has('Possessive')) return null;
  if (has(term, 'Uncountable', 'ProperNoun', 'Place', 'Pronoun', 'Acronym')) return term.text;
  const { transform, model } = transforms();
  const plural = transform.noun.toPlural(term.text, model);
  return /^[a-z]+$/.test(plural) ? plural : null;
}

/** `verbs().conjugate()[0]`: undefined when `verbs()` does not find the word. */
export function verbConjugation(term: Term): Record<string, string> | undefined {
  if (!verbFound(term)) return undefined;
  const { transform, model } = transforms();
  const infinitive = term.tags.has('Infinitive')
    ? term.normal
    : transform.verb.toInfinitive(term.normal, model, tenseOf(term)) || term.normal;
  return transform.verb.conjugate(infinitive, model);
}

/** `adjectives().conjugate()[0]`: undefined when the word is not tagged an adjective. */
export function adjectiveConjugation(term: Term): Record<string, string> | undefined {
  if (!term.tags.has('Adjective')) return undefined;
  const { transform, model } = transforms();
  const a = transform.adjective;
  const root = term.tags.has('Comparative')
    ? a.fromComparative(term.normal, model)
    : term.tags.has('Superlative')
      ? a.fromSuperlative(term.normal, model)
      : term.normal;
  return {
    Adjective: root,
    Comparative: a.toComparative(root, model),
    Superlative: a.toSuperlative(root, model),
    Noun: a.toNoun(root, model),
    Adverb: a.toAdverb(root, model),
  };
}
