/**
 * A sentence that gives a person's age as news writes it, with no word of age: "Kwame Osei, 34, opened
 * the café", "Tom and Jean Baxter, both 74,", "Sam Reid is 41" (`apposition.ts`, `predicate-age.ts`). "How
 * old is he?" asks for exactly that, yet such a sentence holds neither "old" nor "age", so a sentence
 * that writes "old" of something else ("the old mill") outranked it, and the age was not among the
 * passages read at all (a newcomer's console session, session 42). The index files such a sentence
 * under one term of its own (`AGE_TERM`), as it files a scoreline (`scoreline.ts`), and a question that
 * asks a person's age searches it as its measure word (`withAgeTerm`).
 */
import { namedAges } from './apposition.js';
import { measureGroup } from './conversation-article.js';
import type { Group } from './expansion.js';
import { LATER_AGE, predicateAges, PRONOUN_SUBJECT } from './predicate-age.js';
import type { ParsedQuestion } from './question.js';
import type { SearchIndex } from './search-index.js';
import { askedSlot } from './slot.js';
import { SUBJECT_PRONOUNS } from './subject.js';
import { tokenize } from './text.js';
import { newTerm, OTHER } from './term.js';
import { isCommonWord } from './wordnet.js';
import { addressTitle } from '../knowledge/names.js';

/** The index's term for "this sentence gives someone an age". No word stems to it: a word never holds "#". */
export const AGE_TERM = '#age';

/**
 * What every form `givesAge` reads has, read first because it is cheap: a comma then a number of at
 * most three digits (maybe after "both", "each", "all" or "aged"), or "is"/"was"/"turned" then one
 * (`LATER_AGE`). A large folder has tens of thousands of sentences and a few hundred pass (the BBC
 * corpus's 40,598 sentences split at stops: 381, measured with a throwaway script in session 42).
 */
const APPOSED_NUMBER = /,\s+(?:(?:both|each|all)\s+)?(?:aged\s+)?\d{1,3}(?!\d)/u;

/**
 * Does the sentence give a name an age (`namedAges`), or a subject written as a person's name ("Sam
 * Reid is 41", `predicateAges`, whose `personLike` rules out "It is 40."), but not a pronoun ("She is
 * 34.", `PRONOUN_SUBJECT`: "He is 31." gives an age to whoever "he" is, which may be either of two men
 * named before, and "how old is novak?" would find it first; `referents.ts` credits such a sentence
 * with the name it surely stands for)?
 */
export function givesAge(text: string): boolean {
  if (!APPOSED_NUMBER.test(text) && !LATER_AGE.test(text)) return false;
  return namedAges(text).length > 0 || predicateAges(text).some((p) => !PRONOUN_SUBJECT.test(p.subject));
}

/**
 * "How old is he?" asked of a person the question names or its pronoun was read as: the measure ("old")
 * is said by a sentence that gives someone an age without a word of age, as it would be by the word
 * itself. The groups as searched (stage 3 of `engine.ts`, after the pronoun's reading), with the measure's
 * group gaining `AGE_TERM`; the same groups when the question asks no being's age or names no one:
 *  - Only the measure of a "how" question, which says what is asked, not what about (`measureGroup`):
 *    "what age is she?" makes "age" a word of its topic, and every sentence aging anyone would say it
 *    (review42l: "She is 34." lost to "Tom and Jean Baxter, both 74").
 *  - Only beside a group naming whose age by a name (or the name a pronoun was read as): a "he" read
 *    as no one, or a common noun, would take any age the story gives ("a 38-year-old" walker's; a
 *    woman's in a folder).
 *  - Not of a thing's age ("how old is the bridge?"), which no apposition gives.
 * A measure the articles lack takes the ages' rarity.
 */
export function withAgeTerm(
  index: SearchIndex,
  parsed: ParsedQuestion,
  groups: readonly Group[],
): readonly Group[] {
  if (!index.has(AGE_TERM)) return groups;
  const asked = askedSlot(parsed.text, parsed);
  if (asked.slot !== 'age' || asked.thing === true) return groups;
  // "How old is Mrs Hollowell?": a title and surname are read as the full name the story gives
  // (`titled-surname.ts`), whose sentence its words find; the term would let a namesake's age ("Dennis
  // Hollowell, 71,") say her "old" too, which the title's sex rules out.
  if (tokenize(parsed.text).some((t) => addressTitle(t.word) !== undefined)) return groups;
  const at = measureGroup(groups, parsed.text);
  const group = at === undefined ? undefined : groups[at];
  if (group === undefined || group.terms.some((t) => t.stem === AGE_TERM)) return groups;
  // Whose age, by a name (or the name a pronoun was read as), not a common noun: "how old is the chef?"
  // would take any age the story gives ("Regular customer Alan Pike, 81,"; review42l), the chef's or not.
  // A pronoun read as no one keeps its own word ("she" is no stopword); read as someone, their name's.
  // A surname may be a common word too ("gaskin", a horse's leg): one written as a name, or lent for a
  // pronoun read as them (`Group.pronoun`), is theirs.
  const named = (g: Group) =>
    g.pronoun === true ||
    (!SUBJECT_PRONOUNS.has(g.word) && (parsed.names.has(g.word) || !isCommonWord(g.word)));
  if (!groups.some((g, i) => i !== at && g.terms.length > 0 && named(g))) return groups;
  const out = [...groups];
  out[at as number] = {
    ...group,
    terms: [...group.terms, newTerm(AGE_TERM, 1, OTHER)],
    ...(group.terms.length === 0 ? { idf: index.idf(AGE_TERM) } : {}),
  };
  return out;
}
