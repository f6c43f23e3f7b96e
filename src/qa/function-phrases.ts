/**
 * Words of a question that are part of a function-word phrase: a complex preposition ("due to",
 * "owing to", "according to", "compared with", "in order to") or the semi-modal "be able to" (another
 * "can"). Each word is a content word on its own ("the rent is due", "a large order", "an able
 * deputy"), but in the phrase it only links or grades, as "because of" or "can" do: "how much is the
 * bill for the repairs due to the cracks?" is answered by "The repairs will cost £180,000", which need
 * not say "due". WordNet lists none of these phrases (its "due" is the
 * adjective), and the tagger reads "due to" as an adjective and a preposition, so the phrases are
 * English's own closed list, like the stopwords.
 */
import type { Token } from './text.js';
import { isLemma } from './wordnet.js';

interface FunctionPhrase {
  /** The word before it, when the phrase starts earlier ("in" of "in order to"). */
  before?: string;
  /** The function words that may follow it, one of which must ("to" of "due to"). */
  after: readonly string[];
  /**
   * A preposition only before a noun phrase: "due to" + a verb is the adjective "due", "expected"
   * ("when is the pool due to reopen?" asks of a plan, which "since it opened in 1987" does not answer).
   */
  notBeforeVerb?: boolean;
}

/**
 * Not "unable to": its negation is what the passage must say ("could not", "failed to"). Not "used
 * to" either: "what is the scale used to measure…" is the verb "use", not the habit.
 */
const PHRASES: ReadonlyMap<string, FunctionPhrase> = new Map<string, FunctionPhrase>([
  ['due', { after: ['to'], notBeforeVerb: true }],
  ['owing', { after: ['to'] }],
  ['according', { after: ['to'] }],
  ['prior', { after: ['to'] }],
  ['compared', { after: ['to', 'with'] }],
  ['regardless', { after: ['of'] }],
  ['order', { before: 'in', after: ['to', 'that'] }],
  ['able', { after: ['to'] }],
]);

/** Nothing but spaces between two tokens of `text`: "due to", not "due, to". */
function adjacent(text: string, first: Token, second: Token): boolean {
  return /^\s+$/.test(text.slice(first.end, second.start));
}

/** The indices of `tokens` (all of the question's, stopwords too) that are part of a function-word phrase. */
export function functionPhraseWords(question: string, tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((token, i) => {
    const phrase = PHRASES.get(token.word);
    const next = tokens[i + 1];
    if (phrase === undefined || next === undefined || !phrase.after.includes(next.word)) return;
    if (!adjacent(question, token, next)) return;
    if (phrase.before !== undefined) {
      const previous = tokens[i - 1];
      if (previous?.word !== phrase.before || !adjacent(question, previous, token)) return;
    }
    // A verb's dictionary form after "to" makes it the infinitive's "to" ("due to be published",
    // "due to reopen"; a word that is also a noun too, "due to rain": left as written, as a miss is
    // cheaper than reading a plan as a cause).
    const object = tokens[i + 2];
    if (phrase.notBeforeVerb === true && object !== undefined && isLemma('verb', object.word)) return;
    out.add(i);
  });
  return out;
}
