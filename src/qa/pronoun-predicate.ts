/**
 * "Who won?" of a story whose later sentence says "She is the first girl to win the title": the short
 * answer taken there ("first girl", "Swansea" of "the first woman from Swansea to win it") lies in what
 * the sentence says its "she" is, and the doer of the asked verb is that "she" (the subject of the
 * copula is the understood subject of "to win"). A reader asking who wants the person, whom the story
 * names elsewhere: the one named person the story's "she" (or "he") stands for throughout
 * (`chainedPerson`), never a guess between two. Pure, apart from WordNet's verb forms.
 */
import type { Sentence } from '../knowledge/types.js';
import type { Entity } from './entities.js';
import { chainedPerson } from './pronoun-chain.js';
import { sexOfPronoun } from './pronoun-sex.js';
import { tokenize } from './text.js';
import { formOf, subjectVerb } from './verb-subject.js';

/** A sentence opening with "she" or "he" and a copula: "She is the…", "He was the…", "She became…". */
const PRONOUN_IS = /^\s*(she|he)\s+(?:is|was|has\s+been|had\s+been|became|becomes)\s+/iu;
/** Between the copula and the answer: the same noun phrase, no clause or apposition ended. */
const SAME_PHRASE = /^[^,;:.!?"“”()—–]*$/u;
/** After the answer, before the asked verb: "to" or "who" opens the clause the verb heads ("to win"). */
const CLAUSE_OF = /\b(?:to|who|that)\s+(?:\p{L}+\s+)?$/u;

/**
 * The person the answer's sentence calls "she" or "he", when the who-question's verb is said in the
 * predicate the answer lies in ("She is the first girl [answer] to win the title"); undefined for any
 * other answer, or when the story's pronoun is not clearly one named person's.
 */
export function pronounSubjectNamed(
  question: string,
  text: string,
  answer: { start: number; end: number },
  sentences: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
): string | undefined {
  const opening = PRONOUN_IS.exec(text);
  const asked = subjectVerb(question);
  if (opening === null || asked === undefined || asked.passive) return undefined;
  if (answer.start < opening[0].length || !SAME_PHRASE.test(text.slice(opening[0].length, answer.start)))
    return undefined;
  // The asked verb after the answer, in a clause of the same noun phrase: "to win", "who won".
  const form = formOf(asked.verb);
  const verb = tokenize(text).find((t) => t.start >= answer.end && form(t));
  if (verb === undefined) return undefined;
  const between = text.slice(answer.end, verb.start);
  if (!SAME_PHRASE.test(between) || !CLAUSE_OF.test(between)) return undefined;
  const sex = sexOfPronoun((opening[1] as string).toLowerCase());
  return sex === undefined ? undefined : chainedPerson(sex, sentences, entitiesOf);
}
