/**
 * A person's name written with initials: "E Hayot", "J K Rowling", "P. D. James". News gives a writer
 * or an academic so, and the tagger, which knows names by their first name, takes no initial for one
 * ("E Hayot, writing in the culture blogzine Print Culture, said…" is tagged no one). One or two
 * capital letters, each alone (a full stop after it or not), then a capitalised surname that is no
 * common English word, stopword or role: the form says a person as an age in apposition does
 * (`apposition.ts`). "A" and "I" are words, not initials ("A Labour spokesman", "I Robot"); a surname
 * that is a common word ("E Field") is left to the tagger, as a brand may be written so.
 */
import { isStopword } from './text.js';
import { isCommonWord, isRoleNoun } from './wordnet.js';

/**
 * One or two initials (not "A", "I"), each a capital alone, then a capitalised word of three letters or
 * more; not right after a capitalised word, whose name it ends ("George W Hughes": the tagger's).
 */
const INITIALLED =
  /(?<![\p{L}\p{N}.'’-])(?<!\p{Lu}[\p{L}'’-]*\.?\s+)((?:(?![AI][\s.])\p{Lu}\.?\s+){1,2})(\p{Lu}\p{Ll}[\p{L}'’-]+)(?![\p{L}\p{N}'’-])/gu;

export interface InitialledName {
  /** The name as written ("E Hayot"). */
  name: string;
  start: number;
  end: number;
}

/** Every name with initials in `text` (see the module comment). */
export function initialledNames(text: string): InitialledName[] {
  const out: InitialledName[] = [];
  for (const m of text.matchAll(INITIALLED)) {
    const surname = (m[2] ?? '').replace(/['’]s?$/u, '');
    const key = surname.toLowerCase();
    if (isStopword(key) || isRoleNoun(key) || isCommonWord(key)) continue;
    const start = m.index ?? 0;
    const end = start + (m[1] ?? '').length + surname.length;
    out.push({ name: text.slice(start, end), start, end });
  }
  return out;
}
