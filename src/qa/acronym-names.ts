/**
 * Which of a story's names its acronyms stand for. A story that writes "EU" and "the European Union"
 * means one body by both; one that writes "GM wheat" and "the Grand Mosque" does not. A name pairs with
 * an acronym the story writes when the story defines the acronym by it ("the European Union (EU)", "the
 * European Union, or EU,"), or, undefined, when it is the story's only name with those initials that is
 * not a person's ("George Martin" is no "GM"). An acronym the story defines by other words ("genetically
 * modified (GM)") pairs with no other name: the writer said what it stands for.
 */
import type { InitialledName } from './acronyms.js';
import { isFirstName } from '../knowledge/names.js';
import { isKindOf } from './wordnet.js';
import { stem } from './text.js';

/** The key of a name in a story: its capitalised words' stems. */
export function nameKey(stems: readonly string[]): string {
  return stems.join(' ');
}

/** What an acronym defined by lower-case words stands for: no name. */
const NO_NAME = '';

/** Small words a defined name may hold without a letter ("Food and Drug Administration (FDA)"). */
const SMALL = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'la', '&']);

/** An acronym in brackets, or after ", or": "(EU)", ", or EU". */
const DEFINED = /(?:\s*\(\s*(\p{Lu}{2,6})\s*\)|,\s+or\s+(?:the\s+)?(\p{Lu}{2,6})(?![\p{L}\p{N}]))/gu;

/**
 * The acronyms `text` defines (lower case) → the key of the name that defines them (`nameKey`), or
 * `NO_NAME` when the words that spell it are not capitalised ("genetically modified (GM)").
 */
export function definedAcronyms(text: string): Map<string, string> {
  const defined = new Map<string, string>();
  for (const m of text.matchAll(DEFINED)) {
    const acronym = (m[1] ?? m[2] ?? '').toLowerCase();
    const words = text.slice(0, m.index).match(/[\p{L}&][\p{L}'’-]*/gu) ?? [];
    // The words right before, back to as many letters as the acronym has (small words give none).
    const spelling: string[] = [];
    let letters = '';
    for (let k = words.length - 1; k >= 0 && letters.length < acronym.length; k--) {
      const w = words[k] as string;
      spelling.unshift(w);
      if (!SMALL.has(w.toLowerCase())) letters = (w[0] ?? '').toLowerCase() + letters;
    }
    if (letters !== acronym) continue;
    const capitals = spelling.filter((w) => !SMALL.has(w.toLowerCase()));
    const named = capitals.every((w) => /^\p{Lu}/u.test(w));
    defined.set(
      acronym,
      named ? nameKey(capitals.map((w) => stem(w.toLowerCase().replace(/['’]s?$/u, '')))) : NO_NAME,
    );
  }
  return defined;
}

/** What a name after a first name makes a thing, not a person: "Victoria Station", "Jack Petchey Foundation". */
const THINGS = ['artifact', 'organization', 'location', 'award', 'document'] as const;

/** A person's name: it opens with a first name and its head is no thing's ("George Martin", not "Victoria Station"). */
function isPersons(name: InitialledName): boolean {
  return isFirstName(name.first) && !THINGS.some((kind) => isKindOf(name.last, kind));
}

/**
 * Acronym (lower case) → the keys of the names it stands for in the story, for each acronym the
 * story `written` as such: the defining name when the story defines it (`definedIn`, over all its
 * sentences), else its one name with those initials that is no person's (none when two are).
 */
export function pairedNames(
  names: readonly InitialledName[],
  written: ReadonlySet<string>,
  definedIn: ReadonlyMap<string, string>,
): Map<string, string> {
  const candidates = new Map<string, Set<string>>();
  for (const n of names) {
    if (!written.has(n.acronym) || n.middle) continue;
    let set = candidates.get(n.acronym);
    if (set === undefined) candidates.set(n.acronym, (set = new Set()));
    set.add(nameKey(n.stems));
  }
  const paired = new Map<string, string>();
  for (const [acronym, keys] of candidates) {
    const defined = definedIn.get(acronym);
    if (defined !== undefined) {
      if (keys.has(defined)) paired.set(acronym, defined);
      continue;
    }
    const things = [...keys].filter((key) => {
      const n = names.find((x) => x.acronym === acronym && nameKey(x.stems) === key);
      return n !== undefined && !isPersons(n);
    });
    if (things.length === 1) paired.set(acronym, things[0] as string);
  }
  return paired;
}
