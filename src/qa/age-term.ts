/**
 * A sentence that gives a person's age as news writes it, with no word of age: "Kwame Osei, 34, opened
 * the café", "Tom and Jean Baxter, both 74,", "She is 34." (`apposition.ts`, `predicate-age.ts`). "How
 * old is he?" asks for exactly that, yet such a sentence holds neither "old" nor "age", so a sentence
 * that writes "old" of something else ("the old mill") outranked it, and the age was not among the
 * passages read at all (a newcomer's console session, session 42). The index files such a sentence
 * under one term of its own (`AGE_TERM`), as it files a scoreline (`scoreline.ts`), and a question that
 * asks a being's age searches it as its measure word (`expansion.ts`).
 */
import { namedAges } from './apposition.js';
import { predicateAges } from './predicate-age.js';

/** The index's term for "this sentence gives someone an age". No word stems to it: a word never holds "#". */
export const AGE_TERM = '#age';

/**
 * What every form `givesAge` reads has, read first because it is cheap: a comma then a number of at
 * most three digits (maybe after "both", "each", "all" or "aged"), or "is"/"was"/"turned" then one. A
 * large folder has tens of thousands of sentences and a few hundred pass (the BBC corpus's 40,598
 * sentences split at stops: 381, measured with a throwaway script in session 42).
 */
const MAY_GIVE_AGE =
  /,\s+(?:(?:both|each|all)\s+)?(?:aged\s+)?\d{1,3}(?!\d)|\b(?:is|was|turned|turns)\s+(?:now\s+)?\d{1,3}(?!\d)/u;

/**
 * Does the sentence give a name an age (`namedAges`), or a subject that may be someone, "He" or "She"
 * too ("She is 34.", `predicateAges`, which `person-first.ts` reads as whom the story means by it; not
 * "It is 40.")?
 */
export function givesAge(text: string): boolean {
  return MAY_GIVE_AGE.test(text) && (namedAges(text).length > 0 || predicateAges(text).length > 0);
}
