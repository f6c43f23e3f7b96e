/**
 * "How many people turned up?" of "About 600 onlookers lined the finish": a story counts people by what
 * they are ("600 onlookers", "more than 600 residents", "300 workers"), a reader by the general word. A
 * count of any kind of person is a count of people (`countsAsked`, which the short answer reads), so the
 * kinds a number of the articles counts say "people" as a synonym would (expansion.ts reads them only
 * where the articles never write the general word). Only kinds in that place: "the organiser" counts no
 * one. Pure, apart from WordNet and a cache per index.
 */
import type { SearchIndex } from './search-index.js';
import { isLabelNumber, isPlural, nounsCounted } from './counted-noun.js';
import { isFirstlyKindOf } from './wordnet.js';
import { numbersIn, YEAR_OR_DECADE } from './numbers.js';
import { stem } from './text.js';
import { MONTH, WEEKDAY } from './time-point.js';

/** The general words a reader counts people by: any kind of person counts them. */
const PEOPLE: ReadonlySet<string> = new Set(['people', 'persons', 'individuals', 'folk', 'folks']);

/** Does a how-many question counting `noun` ask for people, whatever they are? */
export function countsPeople(noun: string): boolean {
  return PEOPLE.has(noun);
}

// Module state: the kinds one index's numbers count, read once per index. Reading them looks up every
// plural word of the articles in WordNet; the articles never change under an index (a reload builds a
// new one), and the WeakMap lets an index's list go with it.
const kindsByIndex = new WeakMap<SearchIndex, readonly string[]>();

/**
 * The plural nouns (lower case) of the articles whose commonest sense is a kind of person ("fans" are
 * first a device) and that a number counts in
 * some sentence ("600 onlookers", "23,000 centenarians", "600 local residents"; not "the 1967 tourists").
 * Not the general words themselves, which the search reads as they are.
 */
export function countedPeople(index: SearchIndex): readonly string[] {
  let kinds = kindsByIndex.get(index);
  if (kinds === undefined) {
    kinds = readCountedPeople(index);
    kindsByIndex.set(index, kinds);
  }
  return kinds;
}

/**
 * Is the number a count of what follows it? Not a year or a season ("the 1967 tourists" are that
 * year's, and the "5" of "the 1924-5 tourists" ends a season; a count of thousands has its comma,
 * "1,967"), not a measure joined to its unit ("the 24-hour volunteers", "over-65 residents"), and not a
 * label after a noun it numbers ("Route 66 riders": `isLabelNumber`).
 */
function isCount(text: string, n: { start: number; end: number; text: string }): boolean {
  if (YEAR_OR_DECADE.test(n.text) || /\d[-–/]$/u.test(text.slice(0, n.start))) return false;
  if (/^[-–]\p{L}/u.test(text.slice(n.end)) || /\p{L}[-–]$/u.test(text.slice(0, n.start))) return false;
  // A capitalised word before it inside the sentence is a name the number is part of ("Route 66");
  // the sentence's own first word is capitalised whatever it is ("About 600 onlookers…").
  // A day or a month is no name ("On Saturday 600 onlookers…", "In March 600 residents…").
  const word = /[^\s]\s+(\p{Lu}\p{L}*) $/u.exec(text.slice(Math.max(0, n.start - 30), n.start))?.[1];
  const named = word !== undefined && !WEEKDAY.test(word) && !MONTH.test(word);
  return !named && !isLabelNumber(text, n.start);
}

function readCountedPeople(index: SearchIndex): string[] {
  const kinds: string[] = [];
  for (const word of index.words.keys()) {
    if (PEOPLE.has(word) || !/^\p{Ll}+$/u.test(word) || !isPlural(word) || !isFirstlyKindOf(word, 'person'))
      continue;
    const counted = index.anyDocOf(stem(word), (id) => {
      const text = index.docs[id]?.sentence.text;
      if (text === undefined) return false;
      const tokens = index.tokens(id);
      return numbersIn(text).some(
        (n) => isCount(text, n) && nounsCounted(text, tokens, n.end).includes(word),
      );
    });
    if (counted) kinds.push(word);
  }
  return kinds;
}
