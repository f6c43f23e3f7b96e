/**
 * Verbs of reporting: "said", "told", "added", "explained", "confirmed". A sentence "She said the boat
 * had capsized" is about the boat, not about her: its subject is the speaker of the report, and what it
 * reports may be about anyone. WordNet says which verbs report: a sense filed under verb.communication
 * (lexicographer file 32) whose sentence frames include 26, "Somebody ----s that CLAUSE". A verb of
 * perceiving or thinking takes a clause too ("found that", "believed that") but is no report of speech,
 * and a verb of communication without that frame ("she phoned") reports nothing. Only the verb's
 * commonest senses count (`COMMON_SENSES`, WordNet's order by tagged use): "return" may mean "reply"
 * and "call" "declare", but "She returned to Kelby" is a journey. Pure, apart from WordNet look-ups.
 */
import { verbLemmaOf } from './lemma.js';
import { WordCache } from './word-caches.js';
import { VERB_FILE, verbFrames, type VerbSense } from './wordnet.js';

/** WordNet's lexicographer file of verbs of telling, asking, ordering and singing. */
const COMMUNICATION = VERB_FILE.communication;
/** WordNet's generic sentence frame 26: "Somebody ----s that CLAUSE". */
const THAT_CLAUSE = 26;
/** How many of a verb's senses, commonest first, a report may be: "say" and "tell" report in their first. */
const COMMON_SENSES = 2;

const cache = new WordCache<boolean>();

/** Is `word` (as written, lower case: "said", "tells") a verb of reporting in one of its commonest senses? */
export function isReportingVerb(word: string): boolean {
  return cache.get(word, readReporting, false);
}

/** Does `holds` hold of one of the commonest senses of the verb `word` is a form of? */
function inCommonSense(word: string, holds: (sense: VerbSense) => boolean): boolean {
  const lemma = verbLemmaOf(word);
  return lemma !== undefined && verbFrames(lemma).slice(0, COMMON_SENSES).some(holds);
}

/**
 * The first of the `senses` commonest senses of the verb `word` is a form of that takes a that-clause
 * (frame 26), filed under one of `files`: a verb of reporting here, one of knowing or saying for
 * `not-known.ts`.
 */
export function clauseSenseIn(
  word: string,
  files: readonly number[],
  senses = COMMON_SENSES,
): VerbSense | undefined {
  const lemma = verbLemmaOf(word);
  if (lemma === undefined) return undefined;
  return verbFrames(lemma)
    .slice(0, senses)
    .find((s) => files.includes(s.lexFile) && s.frames.includes(THAT_CLAUSE));
}

const readReporting = (word: string): boolean => clauseSenseIn(word, [COMMUNICATION]) !== undefined;

const clauseCache = new WordCache<boolean>();

/**
 * Does `word` take a that-clause in one of its commonest senses, as verbs of saying and of thinking do
 * ("said that", "thinks that", "believes that"): what it asks of a person is the content of a clause
 * (their words or their mind), not a state of them. WordNet's frame 26 in any lexicographer file.
 */
export function takesClause(word: string): boolean {
  return clauseCache.get(word, readClause, false);
}

const readClause = (word: string): boolean => inCommonSense(word, (s) => s.frames.includes(THAT_CLAUSE));
