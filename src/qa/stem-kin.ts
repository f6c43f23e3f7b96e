/**
 * Are two words that share a Porter stem the same word? The index matches a question to its passages by
 * stems (`text.ts`), and Porter's suffix rules join words of unrelated meaning: "authorities" and
 * "authors" (author), "university" and "universe", "general" and "generation", "news" and "new". A
 * passage holding only the other word does not say the question's word, but counted as saying it, and
 * an off-topic passage sharing such a stem was answered (a question about authorities, of another
 * story's sentence about authors: SQuAD's off-topic questions, session 44).
 *
 * The lexicon decides, not a list of pairs: the words are one when WordNet lists a lemma of one as a
 * lemma of the other (one is a form of the other: "authorities" / "authority"), as derived from it in
 * any sense ("elect" / "election"), as a pertainym ("national" / "nation"), as a synonym in one of its
 * synsets ("geographic" / "geographical"), or in its definition ("largely": "in large part"). WordNet
 * records no derivation of some words ("appointment" has none), which their definitions make up for
 * ("a person who is appointed to a job or position"). A word WordNet does not know (a name, a
 * misspelling) is left joined, as the stem joins it: nothing shows that it is another word.
 */
import { lemmaOf, verbLemmaOf } from './lemma.js';
import type { Pos } from './morphology.js';
import { stem, type Token } from './text.js';
import { WordCache } from './word-caches.js';
import {
  derivedInAnySense,
  derivedInUsedSenses,
  derivedWords,
  findIndexLine,
  glossedSenses,
  isLemma,
  listedBases,
  pertainyms,
  POS,
  sensesOf,
} from './wordnet.js';

/**
 * Module state, as the WordNet caches are: a word's lemmas and kin are the same for every engine. Each
 * read twice over: first by WordNet's own rules and commonest senses, which join most pairs at little
 * cost; then, for a pair they leave apart, with the lemmatiser and every sense (about 1.5 ms a word).
 */
const quickLemmas = new WordCache<ReadonlySet<string>>();
const fullLemmas = new WordCache<ReadonlySet<string>>();
const quickKin = new WordCache<ReadonlySet<string>>();
const fullKin = new WordCache<ReadonlySet<string>>();
const family = new WordCache<ReadonlySet<string>>();

/** The word's lemmas WordNet lists, as any part of speech: the word itself or its bases. */
function lemmasOf(word: string, full: boolean): ReadonlySet<string> {
  return (full ? fullLemmas : quickLemmas).get(word, (w) => {
    const found = new Set<string>();
    for (const pos of POS) {
      if (isLemma(pos, w)) found.add(w);
      for (const base of listedBases(pos, w)) found.add(base);
    }
    if (findIndexLine('adv', w) !== undefined) {
      found.add(w);
      for (const adjective of adjectivesOfAdverb(w)) found.add(adjective);
    }
    // WordNet's derivations hang on the American spelling ("organizer" → "organize"; "organiser" has
    // none): a British -is- word is read through its -iz- form where WordNet lists that.
    const american = americanSpelling(w);
    if (american !== undefined) for (const lemma of lemmasOf(american, full)) found.add(lemma);
    if (!full) return found;
    // Forms WordNet's detachment rules miss without its exception lists, which are not shipped:
    // "justified" → "justify", "children" → "child".
    for (const lemma of [verbLemmaOf(w), lemmaOf(w)])
      if (lemma !== undefined && POS.some((pos) => isLemma(pos, lemma))) found.add(lemma);
    return found;
  });
}

/**
 * The word's lemmas and the words WordNet links to them: derived, pertained to, synonyms, and the
 * lemmas of the words of their definitions that share the word's stem (`definedBy`).
 */
function kinOf(word: string, full: boolean): ReadonlySet<string> {
  return (full ? fullKin : quickKin).get(word, (w) => {
    const found = new Set<string>();
    const own = stem(w);
    for (const lemma of lemmasOf(w, full)) {
      found.add(lemma);
      for (const d of full ? derivedInAnySense(lemma) : derivedWords(lemma)) found.add(d);
      for (const p of pertainyms(lemma)) found.add(p);
      if (!full) continue;
      for (const sense of sensesOf(lemma)) for (const s of sense.words) found.add(s);
      for (const d of definedBy(lemma, own, [...POS, 'adv'])) found.add(d);
    }
    return found;
  });
}

/** The -iz- spelling of a British -is- word ("organiser", "organised", "organisations"). */
function americanSpelling(word: string): string | undefined {
  const match = /^(.{3,})is(e|es|ed|er|ers|ing|ation|ations|ational)$/.exec(word);
  return match === null ? undefined : `${match[1]}iz${match[2]}`;
}

/**
 * The adjectives an adverb ending in -ly is regularly formed from, where WordNet lists them: WordNet
 * links many such adverbs to no adjective ("approximately", "widely", "hugely"). The regular
 * formations: "huge" + "ly", "happy" → "happily", "probable" → "probably", "basic" → "basically".
 */
function adjectivesOfAdverb(adverb: string): string[] {
  if (!adverb.endsWith('ly')) return [];
  const head = adverb.slice(0, -2);
  const forms = [head, `${head}le`];
  if (head.endsWith('i')) forms.push(`${head.slice(0, -1)}y`);
  if (head.endsWith('al')) forms.push(head.slice(0, -2));
  return forms.filter((form) => form.length > 2 && isLemma('adj', form));
}

/**
 * The word's lemmas and the words derived from or pertaining to them in the senses English uses: two
 * words derived from one word ("investigator", "investigation": "investigate") are kin through it.
 * Used senses only, as two steps reach further: "protester" and "protestant" meet at "protest" only
 * through a sense of "protestant" never tagged ("protesting").
 */
function familyOf(word: string): ReadonlySet<string> {
  return family.get(word, (w) => {
    const found = new Set<string>();
    for (const lemma of lemmasOf(w, true)) {
      found.add(lemma);
      for (const d of derivedInUsedSenses(lemma)) found.add(d);
      // WordNet defines many adverbs by the word they are formed on, not a link to it ("originally":
      // "with reference to the origin or beginning").
      for (const d of definedBy(lemma, stem(w), ['adv'])) found.add(d);
    }
    return found;
  });
}

/**
 * The lemmas of the words of the lemma's definitions (as these parts of speech) that share the stem
 * `own`: only those, as the pairs asked about share it and reading every word of every definition would
 * cost a look-up each.
 */
function definedBy(lemma: string, own: string, parts: readonly (Pos | 'adv')[]): string[] {
  const found: string[] = [];
  for (const pos of parts)
    for (const { gloss } of glossedSenses(pos, lemma))
      for (const d of definitionOf(gloss).match(/[a-z]+/g) ?? [])
        if (d !== lemma && stem(d) === own) found.push(...lemmasOf(d, false));
  return found;
}

/** A gloss's definition, without its quoted examples. */
function definitionOf(gloss: string): string {
  const quote = gloss.indexOf('"');
  return quote === -1 ? gloss : gloss.slice(0, quote);
}

/** Does WordNet, read quickly or in full, link a lemma of `a` to `b` or one of `b` to `a`? */
function linked(a: string, b: string, full: boolean): boolean {
  const kinA = kinOf(a, full);
  const kinB = kinOf(b, full);
  for (const l of lemmasOf(b, full)) if (kinA.has(l)) return true;
  for (const l of lemmasOf(a, full)) if (kinB.has(l)) return true;
  return false;
}

/**
 * Does a passage's `other` say the question's `word` (the two sharing a stem)? False only when WordNet
 * knows both, links no lemma of one to the other (`kinOf`) and derives neither pair from one word
 * (`siblings`: "investigators" and "investigation", both from "investigate").
 */
export function sameWordOfStem(word: string, other: string): boolean {
  const a = word.toLowerCase();
  const b = other.toLowerCase();
  if (a === b) return true;
  if (lemmasOf(a, false).size === 0 && lemmasOf(a, true).size === 0) return true;
  if (lemmasOf(b, false).size === 0 && lemmasOf(b, true).size === 0) return true;
  return linked(a, b, false) || linked(a, b, true) || siblings(a, b);
}

/**
 * Are the two words derived from one word (`familyOf`), one step each side? Not one from the other
 * through a third: the last step may reach a sense never used ("protester" → "protest" → "protestant").
 */
function siblings(a: string, b: string): boolean {
  const familyA = familyOf(a);
  const familyB = familyOf(b);
  for (const w of familyA) if (familyB.has(w)) return true;
  return false;
}

/**
 * Does a sentence say the question's `word` where it holds the stem `termStem` of one of the word's
 * terms? A term of another stem (a synonym, a term the index holds the sentence under beyond its words)
 * says it as before; the word's own stem only through a word `sameWordOfStem` joins to it.
 */
export function saysWordOfStem(word: string, termStem: string, tokens: readonly Token[]): boolean {
  if (termStem !== stem(word)) return true;
  const words = tokens.filter((t) => t.stem === termStem);
  return words.length === 0 || words.some((t) => sameWordOfStem(word, t.word));
}
