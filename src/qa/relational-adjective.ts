/**
 * "A 17-year-old swimmer … has broken a Scottish record": "Scottish" is written with a capital, so it
 * reads as a name, but it is an adjective that WordNet relates to a noun by a pertainym pointer
 * ("Scottish" → Scotland, "Russian" → Russia, "Royal" → monarch, "National" → nation), and here it
 * modifies the noun after it. Such a word before a noun says what kind of thing that noun is; it names
 * no one, and never answers "who". Standing alone it may ("who besides the British colonized Africa?"
 * → "French" of "the French").
 */

import { verbLemmaOf } from './lemma.js';
import { isStopword } from './text.js';
import { isLemma, isNoun, pertainyms } from './wordnet.js';

/** What opens a verb's object or its number: an article, a possessive, a figure, a name. */
const OBJECT_AFTER = /^\s+(?:the|a|an|his|her|their|its|\d|\p{Lu})/u;

/** "the" right before a word: "the Welsh", "the French", read as a people. */
const THE_BEFORE = /\bthe\s+$/iu;

/** The word right after a span, when only spaces come between: what the span would modify. */
const NEXT_WORD = /^ +([\p{L}][\p{L}'’-]*)/u;

/**
 * Is the span one relational adjective ("Scottish", "Anglo-Welsh": its last part for a hyphened
 * compound WordNet lacks) that modifies the noun or adjective right after it ("a Scottish record",
 * "an Anglo-Welsh touring team", "the Russian side")? Not one that stands for its people ("the
 * French and the British"), nor one a function word or a verb's past form follows ("the British
 * colonized").
 */
export function modifiesNext(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).trim();
  if (!/^\p{L}+(?:-\p{L}+)*$/u.test(word)) return false;
  const last = (word.split('-').pop() ?? word).toLowerCase();
  if (!isLemma('adj', last) || pertainyms(last).length === 0) return false;
  const after = text.slice(end);
  const found = NEXT_WORD.exec(after);
  const next = found?.[1]?.toLowerCase();
  if (next === undefined || isStopword(next)) return false;
  // "The Welsh won", "the Irish held on", "the French lead 10-3": a verb's own inflected form, or a verb
  // with its object or number after it, says the word stands for its people, who did it.
  const verb = verbLemmaOf(next);
  // (A participle in "-ing" is as often an adjective: "an Anglo-Welsh touring team".)
  // A plural noun spelt like a verb's form ("1,100 Roman coins") is that noun when no "the" before the
  // word makes it its people: "the Welsh won" has one, "Roman coins" none.
  const plural =
    /s$/.test(next) && isNoun(next) && !THE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
  if (verb !== undefined && verb !== next && !/ing$/.test(next) && !plural) return false;
  if (verb !== undefined && OBJECT_AFTER.test(after.slice(found?.[0].length ?? 0))) return false;
  // "The British colonized…": a past form that WordNet also lists as an adjective is the verb here.
  return isNoun(next) || (isLemma('adj', next) && !(/ed$/.test(next) && verbLemmaOf(next) !== undefined));
}
