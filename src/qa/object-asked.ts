/**
 * "Who did Richey replace?", "what patent does Amazon hold?": after "do", "did", "will"… the question
 * names its verb's subject itself ("Richey", "Amazon"), and the wh-word stands for something else (an
 * object, the object of a preposition). So the name the passage gives as the subject of the same verb
 * ("Edwards replaced Flicker", "Amazon.com holds a patent…") is the one asked about, never the answer,
 * however the question spells it. Pure, apart from WordNet's sense-tagged counts (`usedAsVerb`) and verb
 * list.
 */
import type { ParsedQuestion } from './question.js';
import { usedAsVerb } from './question-verb.js';
import { tokenize } from './text.js';
import { passiveAsked } from './verb-object.js';
import { subjectsOfVerb, type AskedVerb } from './verb-subject.js';
import { isLemma } from './wordnet.js';

/** An auxiliary after the wh-word (and a "which" noun): a subject and the verb follow. */
const AUXILIARY_AFTER_WH =
  /^\s*(?:who|whom|(?:what|which)(?:\s+\p{L}+)?)\s+(?:did|does|do|will|would|can|could|should|might|must)\b/iu;

/** Personal pronouns: a subject the conversation reads, not a name of the passage. */
const PRONOUN = /^(?:he|she|they|it|we|you|i|him|her|them)$/;
/** A question ending on "with" ("…sign with?"). */
const WITH_AT_END = /\bwith\s*[?.!]*\s*$/i;

/**
 * The question's verb when a subject of its own stands between the auxiliary and the verb ("did
 * richey replace", "does amazon hold"); undefined for "who will win?" (the wh-word is the subject) or a
 * question with no auxiliary after its wh-word.
 */
export function subjectNamedVerb(question: string, parsed: ParsedQuestion): AskedVerb | undefined {
  const opening = AUXILIARY_AFTER_WH.exec(question);
  if (opening === null) return undefined;
  // The first verb after the subject: "what do member states agree takes precedence…?" asks the
  // subject of "takes" (what they agree on), whose own subject the question does not name.
  const end = opening.index + opening[0].length;
  const verbs = parsed.keywords.filter((k) => k.start >= end && usedAsVerb(k.word.toLowerCase()));
  // After "do" or a modal English puts a verb's base form ("did the newly signed striker thank"): an
  // inflected word before it ("signed", "striking", "the new signing") is of the subject, not its verb.
  // (A question with no base form, "who did they hired?", keeps the verb it has.)
  const verb = verbs.find((k) => isLemma('verb', k.word.toLowerCase())) ?? verbs[0];
  if (verb === undefined) return undefined;
  // Words between the auxiliary and the verb: the subject, which must be there. A pronoun's person is
  // read before (`SpanInput.about`: "who did he sign with?" of "Walsh and Okafor signed" is Okafor).
  const subject = tokenize(question.slice(opening[0].length, verb.start));
  if (subject.length === 0 || subject.every((t) => PRONOUN.test(t.word))) return undefined;
  // "Who did Walsh sign with?": whoever did it with the subject is a subject of the passage's verb too.
  if (WITH_AT_END.test(question)) return undefined;
  // "Did" or a modal: the question's verb may be said in any tense or mood, and "had planned to" too.
  return { verb, passive: false, modal: true };
}

/**
 * "What was found under the floor?" of "Builders found the original anvil…": the wh-word is what was
 * done to, so whoever the passage says did it, the subject of the same verb in the active, is not the
 * answer. The question's verb as an active one of any tense; undefined for a question of another form.
 */
function doneToVerb(question: string, parsed: ParsedQuestion): AskedVerb | undefined {
  const verb = passiveAsked(question, parsed);
  return verb === null || verb === undefined ? undefined : { verb, passive: false, modal: true };
}

/**
 * The candidates without those the passage gives as the subject of the question's verb, when the
 * question names that subject itself (`subjectNamedVerb`) or asks what was done to (`doneToVerb`);
 * unchanged for any other question.
 */
export function withoutAskedSubject<T extends { span: { start: number; end: number } }>(
  candidates: readonly T[],
  question: string,
  parsed: ParsedQuestion,
  passage: Parameters<typeof subjectsOfVerb>[2],
): T[] {
  const asked = subjectNamedVerb(question, parsed) ?? doneToVerb(question, parsed);
  if (asked === undefined || candidates.length === 0) return [...candidates];
  const subjects = new Set(subjectsOfVerb(candidates, asked, passage));
  return candidates.filter((c) => !subjects.has(c));
}
