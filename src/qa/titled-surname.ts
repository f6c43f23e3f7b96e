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
 *
 * The other way round, a reader who met "Desmond Achebe" once and then "Mr Achebe" asks by the first
 * name ("what show does desmond do?"), as people speak of someone they have just read about: a first
 * name the question writes alone, one of the first-name lists' and no common word ("mark", "will"),
 * is lent the surname of the one full name the folder opens with it, so the sentences naming the
 * person by title and surname ("Mr Achebe, … presenting the Sunday morning soul show") are found too.
 */
import { addressTitle, isFirstName, nameGender } from '../knowledge/names.js';
import type { Group } from './expansion.js';
import { fullerName, type WrittenName } from './full-name.js';
import type { ParsedQuestion } from './question.js';
import { MAX_ROLE_SENTENCES } from './roles.js';
import type { SearchIndex } from './search-index.js';
import { named } from './subject.js';
import { LENT, newTerm } from './term.js';
import { tokenize } from './text.js';
import { withTitledNames } from './titles.js';
import type { Weights } from './weights.js';
import { isCommonWord, isRoleNoun } from './wordnet.js';

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
 * The surname (or first-name) groups of the question (see the module comment) lent the other words of
 * the one full name the folder gives that surname (or opens with that first name); groups are changed
 * in place. Not for a name in more sentences than `MAX_ROLE_SENTENCES` (each is tagged, and so common a
 * name says no one), nor one the question writes with the person's other name already.
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
    // A surname after a title, or a first name alone: which word of the full name the keyword is.
    const at = title !== undefined ? -1 : asFirstName(k.word) ? 0 : undefined;
    if (at === undefined) continue;
    const group = groups.find((g) => g.terms.some((t) => t.stem === k.stem && t.weight === 1));
    const written = group === undefined ? undefined : writtenNames(index, k.stem, at);
    if (group === undefined || written === undefined) continue;
    // The title's sex is checked against the full name's; a role says none ("Councillor Wilde").
    const asked = title === undefined || addressTitle(title) === undefined ? k.word : `${title} ${k.word}`;
    const full = fullerName(asked, written, undefined, isRoleNoun);
    if (full === undefined || (at === 0 && !namedBySurname(index, k.stem, full))) continue;
    const rest = tokenize(full.name).filter((t) => !t.stop && t.stem !== k.stem);
    // "Mr Gordon Petch" asks by the full name already.
    if (rest.some((t) => keywords.has(t.stem))) continue;
    for (const t of rest)
      if (index.has(t.stem) && !group.terms.some((x) => x.stem === t.stem))
        group.terms.push(newTerm(t.stem, weights.TITLE_WEIGHT, LENT));
  }
}

/**
 * The people's full names of the folder's sentences holding `stem` whose word at `at` (0 the first
 * name, -1 the surname) it is; undefined when so many sentences hold it (`MAX_ROLE_SENTENCES`: each
 * is tagged) that it says no one.
 */
function writtenNames(index: SearchIndex, stem: string, at: number): WrittenName[] | undefined {
  const list = index.postingsOf(stem);
  if (list.length === 0 || list.length / 2 > MAX_ROLE_SENTENCES) return undefined;
  const written: WrittenName[] = [];
  for (let i = 0; i < list.length; i += 2) {
    const doc = index.docs[list[i] as number];
    if (doc === undefined) continue;
    // "retired nurse Imogen Castellan": a name the tagger does not know is a person a role names.
    for (const { kind, name } of named(doc.sentence, (s) => withTitledNames(s.text, index.entitiesOf(s)))) {
      const words = tokenize(name);
      if (kind !== 'person' || words.length < 2 || words.at(at)?.stem !== stem) continue;
      written.push({ name: name.toLowerCase(), gender: nameGender(name, isRoleNoun) });
    }
  }
  return written;
}

/**
 * Does the story name the person of `full`, asked by the first name `first`, again by the surname
 * alone, as news does: the surname is the one full name's the folder gives it (not Doris's and Tobias
 * Vane's), and the body never writes the first name without it ("Tobias said he had to…": that
 * sentence is found by the first name already, and a surname lent would rank the sentence naming him
 * in full above it). A headline may say the first name alone ("Serena ends Mirza's dream").
 */
function namedBySurname(index: SearchIndex, first: string, full: WrittenName): boolean {
  const surname = tokenize(full.name).at(-1);
  if (surname === undefined) return false;
  const bySurname = writtenNames(index, surname.stem, -1);
  if (bySurname === undefined) return false;
  if (fullerName(surname.word, bySurname, undefined, isRoleNoun)?.name !== full.name) return false;
  // No body sentence writes the first name without the surname (the index's own tokens of it).
  return !index.anyDocOf(first, (id) => {
    const sentence = index.docs[id]?.sentence;
    if (sentence === undefined || sentence.role === 'title') return false;
    return !index.tokens(id).some((t) => t.stem === surname.stem);
  });
}

/** A word the question may name a person by alone: a first name of the lists that is no common word. */
const asFirstName = (word: string): boolean => isFirstName(word) && !isCommonWord(word);
