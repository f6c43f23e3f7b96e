/**
 * The list of people's names a chosen name is one item of: "Ela Jones, Cai Roberts and Nia Owen won the
 * top prize" is won by all three, though the tagger types the list unevenly ("Ela Jones, Cai Roberts" as
 * one person, "Nia Owen" as another) and so offers no list of people as a candidate (`joinedPhrases`).
 * Read from the words' shape: items written as names of two to four capitalised words, joined by commas
 * and a closing "and". Pure.
 */
import type { Span, SpanSentence } from './span-input.js';
import { isFirstName } from '../knowledge/names.js';
import { detachedLemma, isRoleNoun } from './wordnet.js';

/**
 * A name written as one: two to four capitalised words ("Nia Owen", "Mary Anne O'Brien"), none of them
 * a possessive: "Heat's Charles Gant and Empire's Angie Errigo" are critics of two magazines, each named
 * by whom they write for, which is no list of names.
 */
const WORD = String.raw`\p{Lu}(?:[\p{Ll}-]+|['’]\p{Lu}[\p{Ll}-]+)`;
const NAME = new RegExp(String.raw`(?<![\p{L}'’])${WORD}(?:\s+${WORD}){1,3}(?![\p{L}'’])`, 'gu');
/**
 * Between two items: a comma, or "and" (after a comma or not); the first item's age may stand between
 * commas before it ("John Smith, 34, and Mary Brown, 29,"), which the answer keeps, as the story does.
 */
const SEP = /^(?:,\s+(?:\d{1,3},\s+)?(?:and\s+)?|\s+and\s+)$/u;

interface Item {
  start: number;
  end: number;
}

/**
 * The whole list of names the span is an item of (or a part of one, or runs over several of), as one span; undefined
 * when it is no item of such a list. Every item must be a person's name: it holds a word the tagger
 * types as a person's, or opens with a known first name; none of its words is a stop word ("On Monday
 * Tom Hill", "The Rev"). Single words are no items: "Derby, Stoke and Hull", "Smith and Jones" may be
 * places or one firm. A list with anything else between its names than an age ("Tom Hill, and his
 * deputy, Ann Cole") is no list here.
 */
export function nameListOf(span: Span, passage: SpanSentence, asked: ReadonlySet<string>): Span | undefined {
  const { text } = passage;
  const items: Item[] = [...text.matchAll(NAME)].map((m) => withoutGroupNoun(m.index, m[0]));
  // The items the span runs over ("Gareth Rees and Lloyd" of "Gareth Rees and Sian Lloyd": two).
  let first = items.findIndex((it) => it.end > span.start);
  let last = items.findLastIndex((it) => it.start < span.end);
  if (first < 0 || last < first) return undefined;
  if (span.start < (items[first] as Item).start || span.end > (items[last] as Item).end) return undefined;
  const joined = (a: Item, b: Item) => SEP.test(text.slice(a.end, b.start));
  while (
    first > 0 &&
    joined(items[first - 1] as Item, items[first] as Item) &&
    isPerson(items[first - 1] as Item, passage)
  )
    first--;
  while (last + 1 < items.length && joined(items[last] as Item, items[last + 1] as Item)) last++;
  if (first === last) return undefined;
  const list = items.slice(first, last + 1);
  // Every item a name, each joined to the next ("Tom Hill and coach Ann Cole" is two phrases).
  if (!list.every((it, i) => isPerson(it, passage) && (i === 0 || joined(list[i - 1] as Item, it))))
    return undefined;
  // "Who did Ann Cole meet?" of "Tom Hill and Ann Cole met the mayor": not the list she is one of.
  if (list.some((it) => tokensIn(it, passage).some((t) => asked.has(t.stem)))) return undefined;
  // Commas between the items and "and" before the last only: "A and B, C" is two things said apart.
  const seps = list.slice(1).map((it, i) => text.slice((list[i] as Item).end, it.start));
  if (!/\band\b/u.test(seps[seps.length - 1] ?? '') || seps.slice(0, -1).some((s) => /\band\b/u.test(s)))
    return undefined;
  const start = (list[0] as Item).start;
  const end = (list[list.length - 1] as Item).end;
  return { text: text.slice(start, end), start, end };
}

/**
 * A capitalised run as an item, without a plural noun for a kind of person opening it: "Councillors
 * Tom Hill, Ann Cole and Ben Ward" names the three as councillors, and "Councillors" is no one's name.
 * A singular title stays, as it is the first person's ("Councillor Tom Hill").
 */
function withoutGroupNoun(start: number, run: string): Item {
  const end = start + run.length;
  const first = /^(\p{L}+)\s+(?=\S+\s+\S)/u.exec(run);
  const word = first?.[1]?.toLowerCase();
  // A plural by WordNet's detachment rules ("Witnesses" → "witness", "Coaches" → "coach"), not by
  // cutting an "s" ("witnesse"), of a noun for a kind of person.
  const single = word === undefined ? undefined : detachedLemma('noun', word);
  if (first === null || single === undefined || single === word || !isRoleNoun(single)) return { start, end };
  return { start: start + first[0].length, end };
}

/** Is the item a person's name: a word the tagger types as a person's, or a known first name first? */
function isPerson(item: Item, passage: SpanSentence): boolean {
  if (tokensIn(item, passage).some((t) => t.stop)) return false;
  const typed = passage.tags.some((t) => t.type === 'person' && t.start < item.end && t.end > item.start);
  return typed || isFirstName(passage.text.slice(item.start, item.end).split(/\s+/u)[0] ?? '');
}

/** The passage's tokens within the item. */
function tokensIn(item: Item, passage: SpanSentence): SpanSentence['tokens'] {
  return passage.tokens.filter((t) => t.start >= item.start && t.end <= item.end);
}
