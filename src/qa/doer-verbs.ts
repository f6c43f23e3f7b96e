/**
 * "Who won?" of a match report that says "Harlow Town beat Ashby United 3-2": a report rarely writes the
 * reader's verb, but one that is a way of doing it, and whoever does that does the asked verb too. WordNet
 * says so three ways, each keeping the doer: a verb that entails it ("beat" entails "win", its `*`
 * pointer), a troponym of it ("triumph" is a way of winning, `~`), and a verb whose definition opens with
 * it in a sense of the same kind ("defeat": "win a victory over"). Not the verbs that cause it ("kill"
 * causes "die": the killer is not who died).
 *
 * Only for the senses of contests (WordNet's verb.competition: win, lose, beat, qualify…), where each
 * way of winning names the winner as its subject. A verb as general as "make" ("cause to be") has
 * hundreds of troponyms ("exaggerate", "combine", "worsen"), and a reader's "who made the game?" means
 * none of them: read through them, it put "The game's developers have combined…" first (readers' set).
 * Pure, apart from WordNet look-ups.
 */
import { verbsWithGenus } from './glosses.js';
import { WordCache } from './word-caches.js';
import {
  commonSenses,
  entailersOf,
  isCommonSense,
  isKindOrSame,
  lexFileOf,
  pointersOf,
  readSynsetWords,
  sharedSenseWords,
  taggedUses,
  VERB_FILE,
} from './wordnet.js';

// Module state: each verb's doer verbs, read from WordNet once (a `WordCache`, bounded as wordnet.ts's are).
const cache = new WordCache<readonly string[]>();

/**
 * The verbs (dictionary forms, single words) whose doer also does `lemma` in one of its commonest
 * senses that is a contest's ("win" → "beat", "vanquish", "defeat", "overcome", "triumph"), each only
 * where that is one of its own commonest senses ("take" is a way of winning only in a rare sense of
 * "take"), and only when WordNet's tagged corpus uses it as a verb. Without `lemma`; empty for a word
 * that is no verb of a contest.
 */
export function doerVerbs(lemma: string): readonly string[] {
  return cache.get(lemma.toLowerCase(), readDoers);
}

/**
 * Does the noun name a contest ("match", "game", "final", "race", "tournament"; by WordNet, a kind of
 * contest): the event a contest's verb is done in, which a report names in its headline and not again.
 */
export function namesContest(noun: string): boolean {
  return isKindOrSame(noun, 'contest');
}

/**
 * Module state, as `cache`: whether each verb is a contest's, read from WordNet once. A who-question's
 * verb is asked this for each passage the short answer and the ordering read (`eventObjectsFor`), and
 * reading a sense's file from WordNet's data was 5% of a seed question asked with the code compiled.
 */
const contests = new WordCache<boolean>();

/** Is one of the verb's commonest senses a contest's ("win", "beat", "equalise"; not "make", "lead")? */
export function isContestVerb(lemma: string): boolean {
  return contests.get(lemma, readContest);
}

/** Is whether `lemma` is a contest's verb held, read from WordNet already (for tests and diagnosis)? */
export function remembersContest(lemma: string): boolean {
  return contests.has(lemma);
}

function readContest(lemma: string): boolean {
  return commonSenses('verb', lemma).some((s) => lexFileOf('verb', s) === VERB_FILE.competition);
}

function readDoers(lemma: string): readonly string[] {
  const senses = commonSenses('verb', lemma).filter((s) => lexFileOf('verb', s) === VERB_FILE.competition);
  if (senses.length === 0) return [];
  const found = new Set<string>();
  const keep = (offset: number, words: readonly string[]) => {
    for (const w of words)
      if (w !== lemma && !w.includes('_') && isCommonSense('verb', w, offset) && taggedUses(w, '2') > 0)
        found.add(w);
  };
  for (const sense of senses) {
    for (const offset of entailersOf(sense)) keep(offset, readSynsetWords('verb', offset));
    for (const p of pointersOf('verb', sense))
      if (p.symbol === '~' && p.pos === 'v') keep(p.offset, readSynsetWords('verb', p.offset));
  }
  // Defined by the verb in a contest's sense ("win a victory over"; not "win approval or support for",
  // persuading).
  for (const d of verbsWithGenus(lemma))
    if (lexFileOf('verb', d.offset) === VERB_FILE.competition) keep(d.offset, [d.verb]);
  return [...found];
}

// Module state: each verb's synonyms in its commonest senses, read from WordNet once.
const synonymCache = new WordCache<readonly string[]>();

/**
 * "Who found the parrot?" of "She was discovered by caretaker Alan Birch": the verbs (single words)
 * sharing one of the commonest senses of `lemma` as a verb, each only where that sense is one of its
 * own commonest too ("discover" of "find": both "detect, observe"). Whoever discovered it found it.
 * Without `lemma`.
 */
export function sameSenseVerbs(lemma: string): readonly string[] {
  return synonymCache.get(lemma.toLowerCase(), readSameSense);
}

function readSameSense(lemma: string): readonly string[] {
  return sharedSenseWords('verb', lemma);
}
