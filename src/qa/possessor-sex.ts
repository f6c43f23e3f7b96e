/**
 * "Chinedu Okafor, 46, and his wife, Dr Adaeze Okafor, 39, started the clinic": a name joined by "and"
 * (or "with") to a phrase owned by "his" or "her" is whom the possessive stands for, as nothing else
 * stands between them, so the pronoun says the name's sex where neither a title nor a first name the
 * lists know does ("Chinedu"). News introduces a couple or a family so, the one it is about first. Pure.
 */
import type { PronounSex } from './pronoun-sex.js';

/** After the name: its age in apposition maybe, then "and his …", "and her …", "with his …". */
const JOINED_OWNER = /^(?:,\s*\d{1,3})?,?\s+(?:and|with)\s+(his|her)\s+\p{Ll}/u;

/** The sex the possessive after the name's first mention in `text` gives it; undefined when none follows it. */
export function possessorSex(text: string, name: string): PronounSex | undefined {
  if (name === '') return undefined;
  const at = text.indexOf(name);
  if (at === -1) return undefined;
  const owner = JOINED_OWNER.exec(text.slice(at + name.length))?.[1];
  return owner === undefined ? undefined : owner === 'his' ? 'he' : 'she';
}
