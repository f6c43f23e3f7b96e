/**
 * The verb a question asks about ("signed" of "where did they sign the agreement", "hurt" of "how many
 * people were hurt"), read by how English uses each of its words, and whether a clause of a passage
 * says it.
 */
import { verbBases, verbForms } from '../nlp/nlp.js';
import { lemmaOf } from './lemma.js';
import { detachedBases } from './morphology.js';
import type { ParsedQuestion } from './question.js';
import { clauseIds } from './span-parts.js';
import { stem, type Token } from './text.js';
import { firstListed, synonyms, taggedUses } from './wordnet.js';

/** WordNet's synset types (its data files' `ss_type`): nouns, verbs, adjectives (and satellites). */
const NOUN = '1';
const VERB = '2';
const ADJECTIVE = '35';

/**
 * The question's last keyword that English uses more as a verb than as anything else, by WordNet's
 * sense-tagged corpus ("signed", "held", "sign" of "where did they sign the agreement"; not "fair" or
 * "arts", which WordNet also lists as verbs); undefined when it has none.
 */
export function questionVerb(parsed: Pick<ParsedQuestion, 'keywords'>): Token | undefined {
  return parsed.keywords.findLast((k) => usedAsVerb(k.word.toLowerCase()));
}

/**
 * Does English use `word` more as a verb than as a noun or an adjective, by WordNet's sense-tagged
 * corpus ("signed", "supporting"; not "fair", "arts", "housing" or "something")?
 */
export function usedAsVerb(word: string): boolean {
  const uses = (bases: Iterable<string>, types: string) =>
    Math.max(0, ...[...bases].map((b) => taggedUses(b, types)));
  const asVerb = uses([word, lemmaOf(word) ?? word, ...detachedBases(word, 'verb')], VERB);
  const asOther = Math.max(uses([word, ...detachedBases(word, 'noun')], NOUN), uses([word], ADJECTIVE));
  return asVerb > asOther;
}

/**
 * Does the clause of `tokens` holding the token at `at` say `verb`, in its own form or its dictionary
 * form or any other ("lost" of "lose"), or one of its WordNet synonyms ("injured" of "how many were hurt")?
 */
export function clauseSays(text: string, tokens: readonly Token[], at: number, verb: Token): boolean {
  const said = verbStems(verb);
  const clauses = clauseIds(text, tokens);
  const index = tokens.findIndex((t) => t.start >= at);
  if (index === -1) return false;
  return tokens.some((t, i) => clauses[i] === clauses[index] && said.has(t.stem));
}

/**
 * The stems a passage may say `verb` by: the verb in every form ("lost" of "lose", which no stemmer
 * brings back) and its WordNet synonyms ("injured" of "hurt").
 */
export function verbStems(verb: Token): Set<string> {
  // A verb asked in its dictionary form ("did they win") is its own base: compromise's bases of a word
  // read as each tense are guesses ("win" read as a past tense gives "wy", "sell" gives "sall"), and the
  // forms of a wrong base miss the story's "won" and "sold". A base WordNet lists as a verb is taken.
  const base = lemmaOf(verb.word) ?? firstListed('verb', [verb.word, ...verbBases(verb.word)]) ?? verb.word;
  const words = [verb.word, base, ...verbForms(base), ...synonyms(base)];
  return new Set(words.map(stem));
}
