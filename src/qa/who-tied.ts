/**
 * "Who was elected?" of "Turnout was 41 percent …, election officials said": a who-question asks for a
 * person or a body of people, named ("Priya Raman") or by a common noun for them ("officials",
 * "bishops"). A name answers wherever the passage gives it (the span model weighs it), but a common
 * noun says only what kind of people did something, and which thing they did is their clause's verb:
 * "officials" are the ones who said, not the ones elected. So a common noun that is the subject of a
 * verb the question does not ask about ("officials said") is no answer to "who", nor one that belongs
 * to the person asked about ("the governor's office" for "who is the governor of Kentucky?"). Pure,
 * apart from WordNet's word lists and the lemmatiser.
 */
import { isWrittenAsName } from './answer-kind.js';
import type { ScoredSpan, SpanInput, SpanSentence } from './span-input.js';
import { opensSentence, tokenRange } from './span-parts.js';
import { BE, BE_FORMS, HAVE_FORMS, MODAL_AUXILIARIES } from './auxiliaries.js';
import { tokenize, type Token } from './text.js';
import { isParticiple } from './verb-object.js';
import { isCommonWord } from './wordnet.js';

/** Words between a subject and its verb ("officials have also said", "were later told"). */
const AUXILIARIES: ReadonlySet<string> = new Set([...HAVE_FORMS, ...MODAL_AUXILIARIES, ...BE_FORMS]);
/** Adverbs there: "also", "later", any word in "-ly". */
const ADVERBS = /^(?:also|only|then|later|never|just|already|still|all)$|ly$/;
const between = (word: string) => AUXILIARIES.has(word) || ADVERBS.test(word);
/** The question opens with "who" (not "the Church supports those persons who oppose what?"). */
const WHO = /^\s*(?:who|whom)\b/i;

/**
 * Of a who-question's candidates, those that are not a common noun doing another thing or belonging to
 * the one asked about (see above); every candidate for any other question.
 */
export function tiedToAskedVerb<T extends ScoredSpan>(
  candidates: readonly T[],
  input: SpanInput,
): readonly T[] {
  if (input.parsed.type !== 'person' || !WHO.test(input.question)) return candidates;
  // The question's own words, as its reading keeps them (`ParsedQuestion.keywords`).
  const asked = new Set(input.parsed.keywords.map((k) => k.stem));
  const { passage } = input;
  // "Who is Colin Marsh's aunt?" of "Edna Marsh's nephew, Colin Marsh" asks the possessor itself.
  const byRelation = WHO_IS_RELATION.test(input.question);
  return candidates.filter(
    (c) =>
      (byRelation || !ownsApposedName(c, candidates, passage.text)) &&
      (named(c, passage.text) ||
        (!subjectOfAnother(c, passage, input.matched) && !ownedByAsked(c, passage, asked))),
  );
}

/**
 * From a possessor's end to a name set off after what it owns: the rest of the possessor's name, the
 * possessive mark, up to three words in lower case and a comma ("Walter| Kettlewell's grandson, ").
 */
const OWNS_APPOSED = /^(?:\s+\p{Lu}[\p{L}'’-]*)*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s*,\s*$/u;

/** "Who is Colin Marsh's aunt?", "who was the mayor's deputy?": a who-question naming a possessed relation. */
const WHO_IS_RELATION = /^\s*(?:who\s+(?:is|was|are|were)|who['’]s)\s.*['’]s\s+[\p{L}-]+[\s?.!]*$/iu;

/**
 * "The honour … went to Walter Kettlewell's grandson, Peter Kettlewell": the possessor of a noun set
 * off by a name ("X's grandson, Y") only says whose the named one is; whatever the phrase did, the
 * name in apposition did it. True for a possessor (or the first part of its name) when a person
 * candidate stands there.
 */
function ownsApposedName(c: ScoredSpan, candidates: readonly ScoredSpan[], text: string): boolean {
  if (c.kind !== 'person') return false;
  return candidates.some(
    (d) =>
      d.kind === 'person' &&
      d.span.start > c.span.end &&
      OWNS_APPOSED.test(text.slice(c.span.end, d.span.start)),
  );
}

/**
 * Is the candidate a name: one the tagger types (a person, an organisation, a place), or one written
 * with a capital (`isWrittenAsName`) that is not only the capital opening the sentence ("Turnout was
 * 41 percent": a common English word; "Raman received …", "Woodward also revealed …": only names).
 */
function named(c: ScoredSpan, text: string): boolean {
  if (c.kind === 'person' || c.kind === 'organization' || c.kind === 'place') return true;
  if (!isWrittenAsName(c.span.text)) return false;
  const words = c.span.text.trim().split(/\s+/);
  const opens = opensSentence(text, c.span.start);
  return !(opens && words.length === 1 && isCommonWord(c.span.text));
}

/**
 * Is the candidate the subject of a verb the question does not say ("officials said"): a verb's
 * inflected form after it, past auxiliaries and adverbs, whose stem is none of the question's words
 * (nor their synonyms: "filmmakers were attracted" for "who was drawn…" is matched through them).
 */
function subjectOfAnother(c: ScoredSpan, passage: SpanSentence, matched: ReadonlySet<string>): boolean {
  const [, last] = tokenRange({ ...c.span, kind: c.kind }, passage.tokens);
  if (last === -1) return false;
  let i = last + 1;
  // Nothing but spaces between the candidate and its verb: a comma opens an apposition or a list.
  const next = passage.tokens[i];
  if (next === undefined || !/^\s*$/.test(passage.text.slice(c.span.end, next.start))) return false;
  let copula = false;
  for (; between(passage.tokens[i]?.word ?? ''); i++)
    if (BE.has(passage.tokens[i]?.word ?? '')) copula = true;
  const verb = passage.tokens[i];
  if (verb === undefined || matched.has(verb.stem)) return false;
  // "an all consuming monster pursuing our hero": an "-ing" right after a noun qualifies it.
  if (isParticiple(verb.word)) return copula || !/ing$/.test(verb.word);
  // "Turnout was 41 percent": the subject of "be" with something else said of it, not the question's
  // words ("The individual is the final judge" for "who is the final judge?").
  const said = passage.tokens.slice(i).find((t) => !t.stop);
  return copula && said !== undefined && !matched.has(said.stem);
}

/**
 * "the governor's office" for "who is the governor…": a possessive of a question word before its head
 * (in the candidate or just before it).
 */
function ownedByAsked(c: ScoredSpan, passage: SpanSentence, asked: ReadonlySet<string>): boolean {
  const [, last] = tokenRange({ ...c.span, kind: c.kind }, passage.tokens);
  const head = passage.tokens[last];
  if (head === undefined) return false;
  const before = passage.text.slice(Math.max(0, head.start - 40), head.start);
  const owner = /(\p{L}+)['’]s?\s+$/u.exec(before)?.[1];
  return owner !== undefined && tokenize(owner).some((t: Token) => asked.has(t.stem));
}
