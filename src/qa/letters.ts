/**
 * Tests of a string's letters by Unicode category ("Obaidi" starts upper-case, "T-72" holds a number),
 * each one regular expression made once. Written as a literal where it is used, a pattern with a
 * Unicode property escape (`\p{Lu}`) was built again at every call: esbuild, which runs the TypeScript
 * (tsx) and builds dist/ for Node 20, writes such a literal as `new RegExp(…)` in its place. The
 * questions of the seed set built about a hundred a question so, two for each candidate answer.
 */
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const NUMBER_FIRST = /^\p{N}/u;
const LOWER = /\p{Ll}/u;
const NUMBER = /\p{N}/u;
const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Does `text` start with an upper-case letter ("Fomin", "Über")? */
export const startsUpper = (text: string): boolean => UPPER_FIRST.test(text);
/** Does `text` start with a lower-case letter? */
export const startsLower = (text: string): boolean => LOWER_FIRST.test(text);
/** Does `text` start with a number character ("2014", "½")? */
export const startsNumber = (text: string): boolean => NUMBER_FIRST.test(text);
/** Does `text` hold a lower-case letter anywhere ("WHO SIGNED?" holds none)? */
export const hasLower = (text: string): boolean => LOWER.test(text);
/** Does `text` hold a number character anywhere ("T-72")? */
export const hasNumber = (text: string): boolean => NUMBER.test(text);
/** Does `text` hold a letter anywhere? */
export const hasLetter = (text: string): boolean => LETTER.test(text);
/** Does `text` hold a letter or a number character anywhere ("?!" holds neither)? */
export const hasLetterOrNumber = (text: string): boolean => LETTER_OR_NUMBER.test(text);
