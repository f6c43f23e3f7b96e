/**
 * "How many bees were there?" of "a swarm of about 20,000 honeybees": a story may name the reader's
 * thing by a closed compound that it heads and that is a kind of it. Session 37 read such a compound
 * wherever WordNet filed it under any sense of its head, and a review found "skateboard" read as a
 * board of directors, "wildfire" as a fire, "football" as a ball (the compound's second sense). Here
 * the compound's commonest sense must be a kind, one step down, of its head's commonest sense:
 * "honeybee" of "bee" and "thunderstorm" of "storm" are, "skateboard" of "board" (a committee),
 * "football" (a game) and "wildfire" (a conflagration, two steps) are not.
 */
import type { Group } from './expansion.js';
import { newTerm, OTHER } from './term.js';
import type { SearchIndex } from './search-index.js';
import { stem } from './text.js';
import type { Weights } from './weights.js';
import { commonSenses, detachedLemma, hypernymsOf, isEnglishWord } from './wordnet.js';

/** The shortest part before the head: "up", "in" are no word of a compound. */
const MIN_PART = 3;

/** Is the noun `compound`, in its commonest sense, a direct kind of `head` in its commonest sense? */
export function isDirectKind(compound: string, head: string): boolean {
  const [below] = commonSenses('noun', compound);
  const [above] = commonSenses('noun', head);
  return below !== undefined && above !== undefined && hypernymsOf(below, false).includes(above);
}

/**
 * The endings a noun's plural adds ("honeybees", "sandboxes"): a compound's word holds its head at its
 * end or before one of them. An irregular plural ("policemen") holds no "man" to look for.
 */
const PLURAL_ENDINGS = ['', 's', 'es'];

/** The articles' words whose noun lemma is a closed compound of an English word and `head`, a direct kind of it. */
export function kindCompounds(index: SearchIndex, head: string): string[] {
  const found: string[] = [];
  const words = new Set(PLURAL_ENDINGS.flatMap((end) => index.wordsEndingIn(head + end)));
  for (const word of words) {
    if (word.length < head.length + MIN_PART) continue;
    const lemma = detachedLemma('noun', word);
    if (lemma === undefined || !lemma.endsWith(head) || lemma.length < head.length + MIN_PART) continue;
    // The kind test first: it fails for most words, after one noun look-up; the word test looks a
    // part of the word up as every part of speech and each inflection (about a third of a first ask's
    // expansion on the BBC folder when it came first).
    if (isDirectKind(lemma, head) && isEnglishWord(lemma.slice(0, -head.length))) found.push(word);
  }
  return found;
}

/**
 * Each lower-case noun of the question lends its group the articles' closed compounds that are a direct
 * kind of it, as words said otherwise at RELATED_WEIGHT. Groups are changed in place.
 */
export function lendKindCompounds(index: SearchIndex, groups: Group[], weights: Weights): void {
  if (weights.RELATED_WEIGHT <= 0) return;
  for (const g of groups) {
    if (!/^\p{Ll}+$/u.test(g.word)) continue;
    const head = detachedLemma('noun', g.word);
    if (head === undefined || head.length < MIN_PART) continue;
    const stems = kindCompounds(index, head)
      .map(stem)
      .filter((s) => !g.terms.some((t) => t.stem === s));
    if (stems.length === 0) continue;
    const terms = g.defined === true ? [] : g.terms;
    if (terms.length === 0) g.idf = Math.max(...stems.map((s) => index.idf(s)));
    terms.push(...stems.map((s) => newTerm(s, weights.RELATED_WEIGHT, OTHER)));
    g.terms = terms;
    delete g.defined;
  }
}
