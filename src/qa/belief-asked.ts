/**
 * "How do they think he ended up in Cornwall?", "how does she believe it was stolen?": a how-question
 * put inside a verb of thinking asks what the thinker thinks, and a story answers it where
 * it says so with the same verb and a clause ("The couple think Pickle may have climbed into a delivery
 * van…"), not where it tells the clause's event ("…turning up at a veterinary surgery in Cornwall",
 * which shares more words). A verb of thinking is one WordNet gives a that-clause in a common sense
 * (`takesClause`) that is no verb of saying: whose words are asked is `speaker.ts`'s. Pure, apart from
 * WordNet look-ups.
 */
import { DO_FORMS } from './auxiliaries.js';
import { verbLemmaOf } from './lemma.js';
import { isReportingVerb, takesClause } from './reporting-verb.js';
import { SUBJECT_PRONOUNS } from './subject.js';
import { DETERMINERS, tokenize, type Token } from './text.js';
import { sharedSynonyms } from './wordnet.js';

/**
 * Only "how": in "how do they think he ended up…" the manner is the clause's, as thinking has none, but
 * "why did Blair think he'd lost the public's trust?" asks the cause of the thinking itself, which the
 * sentence saying what he thought does not give (readers-politics-252-4 lost its answer so).
 */
const ASKING = 'how';
/** Words of the thinker at most ("the police", "the couple", "her parents"). */
const THINKER_WORDS = 3;
/** Pronouns that open a clause as its subject ("he ended up", "we think it was"). */
const OPENERS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS.keys(), 'i', 'we', 'you', 'that']);

/**
 * Does the word at `i` open a clause: a subject pronoun, an article or possessive before its subject
 * ("the cat"), or a name ("Pickle")? "Think about it", "believe in", "feel sorry" open none.
 */
function opensClause(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (OPENERS.has(t.word) || DETERMINERS.has(t.word)) return true;
  return /^\p{Lu}/u.test(text.slice(t.start));
}

/**
 * The verb of thinking a how-question is put inside, as its lemma and the verbs sharing a
 * common sense with it ("think", "believe", "suppose", "reckon"… of "how do they think he ended up in
 * cornwall": a story may say "the family believe"), or undefined: "how" + a form of "do" + the thinker (a few words) + the
 * verb + a clause. "How do they think so?" and "how did the vets know who…" have no clause opening
 * with its subject after the verb.
 */
export function beliefAsked(question: string): ReadonlySet<string> | undefined {
  const tokens = tokenize(question);
  if (tokens[0]?.word !== ASKING || !DO_FORMS.includes(tokens[1]?.word ?? '')) return undefined;
  for (let i = 3; i <= 2 + THINKER_WORDS && i < tokens.length; i++) {
    const word = (tokens[i] as Token).word;
    if (!takesClause(word) || isReportingVerb(word)) continue;
    const lemma = opensClause(question, tokens, i + 1) ? verbLemmaOf(word) : undefined;
    return lemma === undefined ? undefined : new Set([lemma, ...sharedSynonyms(lemma)]);
  }
  return undefined;
}

/** Does the passage say what someone thinks with one of the asked verbs `lemmas` and a clause after it? */
export function statesBelief(text: string, tokens: readonly Token[], lemmas: ReadonlySet<string>): boolean {
  return tokens.some(
    (t, i) =>
      lemmas.has(verbLemmaOf(t.word) ?? '') &&
      opensClause(text, tokens, i + 1) &&
      !/^\p{Lu}/u.test(text.slice(t.start)),
  );
}
