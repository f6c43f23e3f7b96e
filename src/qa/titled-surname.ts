/**
 * "How old is Mr Petch?" of a story that names him in full once ("Gordon Petch, 68, from Much
 * Wenlock…") and then by title and surname ("Mr Petch said…"): the reader names the person as the
 * story does after its first mention, and the sentence that says most about them is the one naming
 * them in full, which holds the surname only once among many longer sentences that say "Mr Petch".
 * A surname the question writes after a title of address ("Mr", "Mrs", "Dr") or a role ("Councillor")
 * stands for the one person the folder names in full with that surname (`fullerName`: only one such
 * name, and its first name not of the other sex than the title says): the group of the surname is
 * lent the rest of that name ("gordon"), as a role word is lent a titled person's name (`roles.ts`),
 * so the sentence naming them in full is found as if the question had written the whole name. The
 * lent stems are marked as lent: they are not the question's words.
 */
import { addressTitle, nameGender } from '../knowledge/names.js';
import type { Group } from './expansion.js';
import { fullerName, type WrittenName } from './full-name.js';
import type { ParsedQuestion } from './question.js';
import { MAX_ROLE_SENTENCES } from './roles.js';
import type { SearchIndex } from './search-index.js';
import { named } from './subject.js';
import { LENT, newTerm } from './term.js';
import { tokenize } from './text.js';
import type { Weights } from './weights.js';
import { isRoleNoun } from './wordnet.js';

/** The word right before `at` in `text`, with only spaces (and a title's full stop) between. */
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;

/**
 * The title of address or role the question writes right before its keyword at `start`, lower case
 * ("mr" of "how old is Mr Petch", "councillor" of "what did councillor wilde say"); undefined for none.
 */
export function titleBefore(question: string, start: number): string | undefined {
  const word = WORD_BEFORE.exec(question.slice(0, start))?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  return addressTitle(word) !== undefined || isRoleNoun(word) ? word : undefined;
}

/**
 * The surname groups of the question (see the module comment) lent the other words of the one full
 * name the folder gives that surname; groups are changed in place. Not for a surname in more sentences
 * than `MAX_ROLE_SENTENCES` (each is tagged, and so common a name says no one), nor one the question
 * writes with the person's first name already.
 */
export function lendFullNames(
  index: SearchIndex,
  groups: Group[],
  question: ParsedQuestion,
  weights: Weights,
): void {
  if (weights.TITLE_WEIGHT <= 0) return;
  const keywords = new Set(question.keywords.map((k) => k.stem));
  for (const k of question.keywords) {
    const title = titleBefore(question.text, k.start);
    if (title === undefined) continue;
    const group = groups.find((g) => g.terms.some((t) => t.stem === k.stem && t.weight === 1));
    if (group === undefined) continue;
    const list = index.postingsOf(k.stem);
    if (list.length === 0 || list.length / 2 > MAX_ROLE_SENTENCES) continue;
    const written: WrittenName[] = [];
    for (let i = 0; i < list.length; i += 2) {
      const doc = index.docs[list[i] as number];
      if (doc === undefined) continue;
      for (const { kind, name } of named(doc.sentence, (s) => index.entitiesOf(s))) {
        const words = tokenize(name);
        if (kind !== 'person' || words.length < 2 || words.at(-1)?.stem !== k.stem) continue;
        written.push({ name: name.toLowerCase(), gender: nameGender(name, isRoleNoun) });
      }
    }
    // The title's sex is checked against the full name's; a role says none ("Councillor Wilde").
    const asked = addressTitle(title) === undefined ? k.word : `${title} ${k.word}`;
    const full = fullerName(asked, written, undefined, isRoleNoun);
    if (full === undefined) continue;
    const rest = tokenize(full.name).filter((t) => !t.stop && t.stem !== k.stem);
    // "Mr Gordon Petch" asks by the full name already.
    if (rest.some((t) => keywords.has(t.stem))) continue;
    for (const t of rest)
      if (index.has(t.stem) && !group.terms.some((x) => x.stem === t.stem))
        group.terms.push(newTerm(t.stem, weights.TITLE_WEIGHT, LENT));
  }
}
