/**
 * "How old is she?" of "In the final round she faced 48-year-old accountant Martin Feltham": the
 * sentence's only age is Feltham's, and "she" is not Feltham. An age answers a question about a person
 * only when it is that person's: the story ties each age it gives a name to that name (`agesOfNames`: in
 * apposition, "Mrs Greaves, 64,"; said of a subject, "Reid is 45"; before the name, "48-year-old
 * Martin Feltham"), so an age tied to someone who cannot be the one asked is no answer, however near it
 * stands to the question's words (nc39). Who cannot be the one asked: for a name asked ("how old is
 * Priya?"), a name sharing none of its words; for "he" or "she", a name not among those the pronoun
 * was read as, or, read as no one, a name of the other sex by its title or first name. A role asked
 * ("how old is the winner?") may be any named person, and keeps every age. Pure, apart from WordNet's
 * word lists.
 */
import { nameGender } from '../knowledge/names.js';
import { agesOfNames } from './predicate-age.js';
import { asksOwnedPerson } from './asked-person.js';
import { sexOfGender, sexOfPronoun } from './pronoun-sex.js';
import type { AskedSlot } from './slot.js';
import type { ScoredSpan, SpanInput } from './span-input.js';
import { tokenize } from './text.js';
import { isCommonWord, isRoleNoun } from './wordnet.js';

/** "How old is she", "what age was Tom Reyes when…": group 1 is whose age, up to a time said after it. */
const WHOSE =
  /^\s*(?:how\s+old|what\s+age)\s+(?:is|was|are|were)\s+(.+?)(?:\s+(?:when|at|after|before|while|during|by|on|in|now|today)\b.*)?\s*[?.!]*\s*$/iu;

/**
 * Of an age question's candidates, those whose age is not tied to someone other than the person asked
 * (see the module comment); every candidate for any other question.
 */
export function ofAgeOwner<T extends ScoredSpan>(
  candidates: readonly T[],
  input: SpanInput,
  slot: AskedSlot,
): readonly T[] {
  if (slot.slot !== 'age' || slot.thing === true || candidates.length === 0) return candidates;
  const whose = WHOSE.exec(input.question)?.[1];
  // "how old is his neighbour?" asks a role's age, which may be any named person's.
  if (whose === undefined || asksOwnedPerson(input.question, isRoleNoun)) return candidates;
  const other = notAsked(whose, input.about?.stems);
  if (other === undefined) return candidates;
  const tied = agesOfNames(input.passage.text).filter((a) => other(a.name));
  if (tied.length === 0) return candidates;
  return candidates.filter((c) => !tied.some((a) => a.ageStart < c.span.end && a.ageEnd > c.span.start));
}

/**
 * Who cannot be the person `whose` says (module comment), as a test of a name; undefined when anyone
 * may be (a role, or a pronoun read as no one whose sex is unsaid).
 */
function notAsked(
  whose: string,
  about: ReadonlySet<string> | undefined,
): ((name: string) => boolean) | undefined {
  const words = tokenize(whose);
  const [only] = words;
  const stemsOf = (name: string) => tokenize(name).map((t) => t.stem);
  if (words.length === 1 && only !== undefined && sexOfPronoun(only.word) !== undefined) {
    if (about !== undefined && about.size > 0) return (name) => !stemsOf(name).some((s) => about.has(s));
    const sex = sexOfPronoun(only.word);
    return (name) => {
      const theirs = sexOfGender(nameGender(name, isRoleNoun));
      return theirs !== undefined && theirs !== sex;
    };
  }
  // The words of a name: no function word, role ("winner") or common English word ("girl").
  const named = new Set(
    words.filter((t) => !t.stop && !isRoleNoun(t.word) && !isCommonWord(t.word)).map((t) => t.stem),
  );
  if (named.size === 0) return undefined;
  return (name) => !stemsOf(name).some((s) => named.has(s));
}
