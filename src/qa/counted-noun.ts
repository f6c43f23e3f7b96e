/**
 * What a how-many question counts, and whether a passage counts it. "How many people have diabetes?"
 * counts people; a passage whose only number is the "2" of "type 2 diabetes" (a label, not a count), or
 * the "12" of "a 12-day tour" (a count of days), says nothing of how many people, and a number the
 * story gives for "Sri Lanka, India, Indonesia and Thailand" together is no count of one of them.
 */
import { isFunctionWord, isStopword, type Token } from './text.js';
import { isListedPreposition } from './prepositions.js';
import { detachedBases } from './morphology.js';
import { irregularPlurals } from '../nlp/nlp.js';
import { ORDINAL_WORD, YEAR_OR_DECADE } from './numbers.js';
import {
  isAdverb,
  isKindOf,
  isKindOrSame,
  isLemma,
  listedBases,
  isNextKindOf,
  NOUN_FILE,
  nounClasses,
  nounsOfVerb,
  synonyms,
} from './wordnet.js';

/**
 * Nouns English counts with no singular of their own ("how many police…", "staff", "cattle"), which
 * compromise's table of irregular plurals (`singularOf`) does not hold.
 */
const PLURAL_ONLY: ReadonlySet<string> = new Set(['police', 'staff', 'cattle']);

/**
 * The singular of a plural that is no "-s" form of it ("men" → "man", "people" → "person"), which
 * WordNet's detachment rules do not give: compromise's irregular plurals (as `irregular.ts` reads them);
 * a plural-only noun is its own. Undefined for any other word.
 */
function singularOf(word: string): string | undefined {
  return PLURAL_ONLY.has(word) ? word : irregularPlurals().byPlural.get(word);
}

/**
 * Does the number, written before the noun, say when the thing is from rather than how many: a decade
 * ("the 1930s pool", "1960s flats"), or a year before a singular ("the 2012 final"; "2000 guests" is a
 * count: English counts a plural)?
 */
export function datesNoun(number: string, noun: string): boolean {
  if (!YEAR_OR_DECADE.test(number)) return false;
  return /\D$/u.test(number) || !isPlural(noun.toLowerCase());
}

/** Is the noun plural ("nominations", "times", "people"), as the noun after "how many" is? */
export function isPlural(word: string): boolean {
  if (singularOf(word) !== undefined) return true;
  // "was", "has", "this" are no plurals of "wa", "ha", "thi".
  if (!/[^su]s$/u.test(word) || isFunctionWord(word)) return false;
  // A base WordNet's rules detach that it lists as a noun: "times" → "time" ("times" is a noun too).
  return [...detachedBases(word, 'noun')].some((base) => base !== word && isLemma('noun', base));
}

/**
 * The noun a "how many" question counts: the plural noun of the words right after "many" (English
 * counts a plural: "how many Oscar nominations does…" → nominations, "how many people play…" →
 * people, not "play"). Undefined when none follows ("how many died?", "how many of the critics…").
 */
export function countedNoun(question: string): string | undefined {
  const q = question.toLowerCase().replace(/[’‘]/g, "'");
  const after = /\bhow many\s+([^?.!,;]*)/u.exec(q)?.[1];
  if (after === undefined) return undefined;
  // Up to three words: a name or a noun may qualify the counted one ("Oscar nominations"). A noun
  // with no plural form ("how many fish were caught") is the first.
  const words: string[] = [];
  const said = after.split(/\s+/u).slice(0, 3);
  for (const [i, word] of said.entries()) {
    // An irregular plural may qualify the counted noun: "how many police officers" counts officers.
    if (singularOf(word) !== undefined) {
      const next = said[i + 1];
      return next !== undefined && !isStopword(next) && isPlural(next) ? next : word;
    }
    if (isPlural(word)) return word;
    if (word === '' || isStopword(word) || !isLemma('noun', word)) break;
    words.push(word);
  }
  return words.length === 1 ? words[0] : undefined;
}

/**
 * Is the number at `start` of `text` a label, not a count: written in digits right after a singular
 * common noun it names one of ("type 2 diabetes", "route 66", "room 101", "page 5")? English puts a
 * count before its noun; a number after a noun numbers it. The word before must be a noun as written
 * and nothing else WordNet lists that may stand before a count: no function word ("are 352": WordNet's
 * "are" is a unit of area), no adjective ("top 10", "last 5"), no
 * adverb ("over 500", "about 20"), no verb's "-ed" or "-ing" form ("killed 10,000", "killing 3"), no
 * plural ("cases 5"), and no noun of time, after which a count of something else begins ("last year
 * 400 people", "this season 20 goals"). Nor a noun whose commonest sense is a body of people ("the
 * village, population 5,000"): the number after it is their count. A number before a plural noun is a
 * count whatever comes before it (`countsNoneAsked` reads that first): "saw 4,000 fans", "hit 12 goals".
 */
export function isLabelNumber(text: string, start: number): boolean {
  if (!/^\d/u.test(text.slice(start))) return false;
  const before = /(?:^|[^\p{L}'-])(\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (before === undefined || isFunctionWord(before) || /(?:ed|ing)$/u.test(before) || isPlural(before))
    return false;
  if (!isLemma('noun', before) || isLemma('adj', before) || isAdverb(before)) return false;
  if (isKindOrSame(before, 'people', 1)) return false;
  return !isKindOf(before, 'time_period') && !isKindOf(before, 'time_unit');
}

/** Does the passage's `word` name the asked `noun` itself: the same word or one of its synonyms? */
export function namesSame(word: string, noun: string): boolean {
  if (sameNoun(word, noun)) return true;
  // "How many km…" of "3 kilometres": one of its synonyms (WordNet's synset of the asked noun).
  const forms = nounForms(word);
  return synonyms(noun).some((s) => forms.includes(s));
}

/** Does the passage's `word` count the asked `noun`: the same word, a kind of it, or the next thing up? */
export function countsAsked(word: string, noun: string): boolean {
  if (namesSame(word, noun)) return true;
  // "How many people…" of "four workers": any kind of person counts people.
  const asked = noun === 'people' ? 'person' : noun;
  if (isKindOf(word, asked)) return true;
  // "How many types…" of "two main classes": a count of categories by any of their names (WordNet's
  // "category" in the word's commonest sense: type, class, kind, sort, category).
  if (isKindOrSame(word, 'category', 1) && isKindOrSame(noun, 'category', 1)) return true;
  // "How many nominations…" of "11 nods"? No: but "how many tourists…" of "travellers" is one step up.
  return isNextKindOf(noun, word);
}

/**
 * The units of time from the shortest, each a whole number of the one before it (nearly: a month is no
 * whole number of weeks, but a reader counts "three months" as "weeks" no more than as "days").
 */
const TIME_UNITS: readonly string[] = [
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
  'century',
];

/** The place of a noun ("decades", "year") among `TIME_UNITS`, by its singular; -1 for any other noun. */
function timeUnitRank(word: string): number {
  const forms = [word, ...detachedBases(word, 'noun')];
  return TIME_UNITS.findIndex((u) => forms.includes(u) || (u === 'century' && word === 'centuries'));
}

/**
 * Does the passage's `word` count the asked `noun` as a longer unit of time counts a shorter one: "how
 * many years…" of "nearly four decades", "how many days…" of "two weeks"? The reader asked a length of
 * time in the unit they think in; the story's count in a longer unit is that length. Not a shorter
 * unit: "18 months" says no whole number of years.
 */
export function longerTimeUnit(word: string, noun: string): boolean {
  const asked = timeUnitRank(noun.toLowerCase());
  return asked !== -1 && timeUnitRank(word.toLowerCase()) > asked;
}

/**
 * Does the passage's `word` name what the asked `noun` is a kind of, a count of which counts it: "how
 * many planes…" of "It has 46 aircraft" (a plane is a kind of aircraft, two steps up in WordNet)? Not a
 * word WordNet files among its top nouns ("things", "events", "objects"), which count anything.
 */
export function countsWider(word: string, noun: string): boolean {
  const classes = nounClasses(word, 1);
  return classes.size > 0 && !classes.has(NOUN_FILE.tops) && isKindOf(noun, word);
}

/**
 * Does the passage's `word` name, in any number, what doing the verb leaves or who does it
 * (`nounsOfVerb`): "signatures" for "signed", "listeners" for "listen"? The verb is the one the
 * question's counted people do (`verbOfCounted`, counted-by-verb.ts).
 */
export function namesDoing(word: string, verb: string): boolean {
  const nouns = nounsOfVerb(verb);
  return nounForms(word.toLowerCase()).some((f) => nouns.includes(f));
}

/** The noun and the bases WordNet's rules detach from it that it lists as nouns ("years" → "year"). */
function nounForms(word: string): string[] {
  const singular = singularOf(word);
  return [word, ...(singular === undefined ? [] : [singular]), ...listedBases('noun', word)];
}

/** Is the word a noun as written or a plural of one ("advanced" is not, though "advance" is a noun)? */
function isNounForm(word: string): boolean {
  return isLemma('noun', word) || singularOf(word) !== undefined || isPlural(word);
}

/** One noun, whatever its number: "screen" of "a 12-screen multiplex" and "screens", "year" and "years". */
function sameNoun(a: string, b: string): boolean {
  const forms = nounForms(b);
  return nounForms(a).some((f) => forms.includes(f));
}

/**
 * The words after offset `end` of the text that a number or a determiner there may count, up to a
 * stopword, a mark or `max` words ("30 art museums", "240 volunteers aged…", "no serious injuries,"):
 * a phrase English writes before its noun. A word joined by a hyphen to the one before is part of one
 * compound modifier ("Nine park-and-ride buses", "Eleven pay-and-display machines", "a
 * 19-year-old man"): its small words ("and") do not end the phrase and are left out, and the compound
 * is one word of the `max`.
 */
export function phraseAfter(text: string, tokens: readonly Token[], end: number, max: number): Token[] {
  const out: Token[] = [];
  let at = end;
  let words = 0;
  for (const t of tokens) {
    if (t.start < end) continue;
    const joined = out.length > 0 && text.slice(at, t.start) === '-';
    if (joined && t.stop) {
      at = t.end;
      continue;
    }
    if (!joined && (words === max || /[^\s-]/u.test(text.slice(at, t.start)) || t.stop)) break;
    out.push(t);
    at = t.end;
    if (!joined) words++;
  }
  return out;
}

/**
 * The nouns a number counts: the nouns opening the phrase after it (`phraseAfter`, three words: "30
 * art museums", "240 volunteers aged…", "12 children from…"); empty when none follows ("a cast of
 * 24,"). A capitalised word is a name, which a number counts only loosely ("three Oscars"): none.
 */
export function nounsCounted(text: string, tokens: readonly Token[], end: number): string[] {
  const titled = isTitleCase(text);
  const out: string[] = [];
  let last: Token | undefined;
  for (const t of phraseAfter(text, tokens, end, 3)) {
    if ((!titled && /^\p{Lu}/u.test(text.slice(t.start, t.end))) || !isNounForm(t.word)) break;
    out.push(t.word);
    last = t;
  }
  // "three pairs of boots", "two crates of apples": a number of sets or of containers counts them and,
  // by them, the things after "of" (`COUNTED_BY_SETS`), which a reader asks by ("how many boots…").
  const of = last === undefined ? null : /^\s+of\s+/u.exec(text.slice(last.end));
  if (last !== undefined && of !== null && COUNTED_BY_SETS.some((c) => isKindOrSame(last.word, c)))
    out.push(...nounsCounted(text, tokens, last.end + of[0].length));
  return out;
}

/**
 * WordNet's classes of the nouns that count other things by sets or by what holds them: a collection
 * ("pair", "set", "dozen") and a containerful ("crate", "bucket"). Not a social group: "three teams of
 * volunteers" says how many teams, not how many volunteers.
 */
const COUNTED_BY_SETS: readonly string[] = ['collection', 'containerful'];

/** A span of the passage (a number, a date, an amount) by its offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Words that say how many without a number of their own ("once", "a couple of", "a handful",
 * "both"): a passage holding one may answer a count without a number the rule below can read.
 * ("Twice" is a number word, read with the passage's numbers.)
 */
const COUNT_WORD = /\b(?:once|couple|handful|both|single|pair|nobody|no one|a few|many|several)\b/iu;

/**
 * A list of three or more names, "Sri Lanka, India, Indonesia and Thailand": capitalised words (with
 * "the" before one allowed) joined by commas and a last "and" or "or".
 */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
const NAME_LIST = new RegExp(`${NAME}(?:,\\s+${NAME}){1,}(?:,)?\\s+(?:and|or)\\s+${NAME}`, 'gu');

/**
 * Does the question ask its count "in" or "at" a place that the passage names only as a whole item of a
 * list of names ("How many people died in Sri Lanka?" of "…Sri Lanka, India, Indonesia and Thailand,
 * with at least 23,000 people killed")? The count the passage gives is then the list's, not the one
 * asked of. An item that only begins with the name ("Newcastle Airport") is another place.
 */
export function askedOfListItem(question: string, text: string): boolean {
  const q = ` ${question.toLowerCase().replace(/[?.!,;:]/gu, ' ')} `;
  for (const list of text.match(NAME_LIST) ?? []) {
    const items = list.split(/,\s+|\s+(?:and|or)\s+/u).map((i) => i.replace(/^the\s+/iu, '').toLowerCase());
    if (items.some((i) => q.includes(` in ${i} `) || q.includes(` at ${i} `))) {
      // Every mention of the place must be inside a list: a sentence that names it alone may count it.
      return items.every((i) => i !== '') && saidOnlyInLists(items, q, text);
    }
  }
  return false;
}

/** Is each of the list's `items` that the question asks "in" said nowhere in `text` outside a list? */
function saidOnlyInLists(items: readonly string[], q: string, text: string): boolean {
  const lists = [...text.matchAll(NAME_LIST)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const lower = text.toLowerCase();
  return items
    .filter((i) => q.includes(` in ${i} `) || q.includes(` at ${i} `))
    .every((i) => {
      for (let at = lower.indexOf(i); at !== -1; at = lower.indexOf(i, at + 1))
        if (!lists.some((l) => l.start <= at && l.end >= at + i.length)) return false;
      return true;
    });
}

/**
 * A number word written with a capital inside a sentence is a word of a name ("Million Dollar Baby",
 * "Ocean's Eleven"), not a count.
 */
function inName(text: string, n: Span): boolean {
  return (
    !isTitleCase(text) &&
    n.start > 0 &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(n.start, n.end)) &&
    !/[.!?"“]\s*$/u.test(text.slice(0, n.start))
  );
}

/**
 * A headline written in title case ("Storm Freya Floods Four Coastal Towns"): every word of four letters
 * or more capitalised, so a capital says nothing of a name.
 */
function isTitleCase(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** An ordinal, in digits or words: "21st", "third", "fourteenth" (`numbers.ts`). */
const ORDINAL_IN_TEXT = new RegExp(String.raw`\b${ORDINAL_WORD}\b`, 'giu');

/**
 * "How many seats…" of "the amphitheatre seats up to 2,500 people": the asked noun said as the verb of
 * the count, among the three words before the number in its clause ("seats", "employs", "houses").
 */
function saidAsVerb(noun: string, text: string, tokens: readonly Token[], start: number): boolean {
  const before = tokens.filter((t) => t.end <= start).slice(-3);
  return before.some(
    (t) =>
      t.word === noun &&
      !/[^\s\p{L}\p{N}-]/u.test(text.slice(t.end, start)) &&
      (!nounByWordBefore(text, t.start) || ofTheCount(text.slice(t.end, start))),
  );
}

/**
 * The asked noun is the count's own by "of", one to each: "how many names are on it?" of "The names of
 * 142 men … are carved" (nc57; "the graves of 40 soldiers"). A noun, but the count counts it too.
 */
const ofTheCount = (between: string): boolean => /^\s+of\s+$/u.test(between);

/** Words after which a word is a noun, never a verb: a preposition or a determiner ("over", "the", "its"). */
const NOUN_BEFORE =
  /(?:^|[^\p{L}'’-])(?:the|a|an|of|over|on|in|at|by|with|for|from|to|into|onto|about|under|between|among|through|his|her|their|its|our|my|your|some|any|more|no|these|those|all)\s+$/iu;

/**
 * Is the word at `start` a noun by the word before it: "tripped over scooters three times" (nc56's "how
 * many scooters are there?" was answered "three times", the scooters read as the verb of the count)?
 */
function nounByWordBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  return NOUN_BEFORE.test(before) || isListedPreposition(/(\p{L}+)\s+$/u.exec(before)?.[1] ?? '');
}

export interface CountedPassage {
  text: string;
  tokens: readonly Token[];
  /** The passage's numbers, read by pattern (digits and number words). */
  numbers: readonly Span[];
  /** Spans that give something other than a count: dates, amounts of money, shares, ages. */
  measures: readonly Span[];
}

/**
 * "How many people have diabetes?" of "…a warning sign of type 2 diabetes": does the passage give no
 * count of the asked noun, every number it holds being a label, a date or another measure, or a count
 * of another noun ("a 12-day tour" for "how many countries"), or holding no number at all? A count
 * given for a list of places, one of which the question asks of, is not the one asked
 * (`askedOfListItem`). False when some number counts nothing the passage says (a number before
 * a mark or a function word, "the toll rose to 23,000."): that may be the count, and the calibrator
 * weighs it.
 */
export function countsNoneAsked(
  noun: string,
  passage: CountedPassage,
  question: string,
  doing?: string,
): boolean {
  const { text, tokens } = passage;
  // "How many people signed…" of "…2,300 signatures": a count of what the people's verb leaves or of
  // its doers counts them (`namesDoing`); `doing` is that verb.
  const countsNoun = (w: string) =>
    countsAsked(w, noun) || longerTimeUnit(w, noun) || (doing !== undefined && namesDoing(w, doing));
  if (COUNT_WORD.test(text)) return false;
  const inList = askedOfListItem(question, text);
  const inside = (n: Span) => passage.measures.some((m) => m.start <= n.start && m.end >= n.end);
  // "How many times…" of "for the 21st time": the nth time is n times.
  for (const o of text.matchAll(ORDINAL_IN_TEXT)) {
    const nouns = nounsCounted(text, tokens, o.index + o[0].length);
    if (nouns.some((w) => countsAsked(w, noun))) return false;
  }
  if (countedByDeterminer(noun, text, tokens)) return false;
  for (const n of passage.numbers) {
    const nouns = nounsCounted(text, tokens, n.end);
    // A number before a plural noun counts it, whatever word stands before the number ("saw 4,000
    // fans", "hit 12 goals": verbs WordNet lists as nouns too): a label numbers one thing.
    const counts = nouns.some((w) => isPlural(w));
    if ((!counts && isLabelNumber(text, n.start)) || inName(text, n)) continue;
    // Before the measures: "for 20 years" is a date's words to the tagger, and counts "how many years".
    if (nouns.some(countsNoun) || saidAsVerb(noun, text, tokens, n.start)) {
      if (inList) continue;
      return false;
    }
    if (inside(n)) continue;
    if (nouns.length === 0) return false;
  }
  return true;
}

/**
 * A count said by a determiner, not a number: "there were no casualties" gives none, "a 19-year-old man
 * was arrested" one man and one arrest. The head noun of the phrase after "no", "a", "an" or "one"
 * (`phraseAfter`, four words): after "no", a plural that counts the asked noun as a number's would;
 * after "a", the asked noun itself (not any kind of it: "a spokesman said" counts no injured people), or
 * the asked noun said as the verb right after the phrase ("a man was arrested": an arrest).
 */
function countedByDeterminer(noun: string, text: string, tokens: readonly Token[]): boolean {
  // The tokenizer keeps no "a" or "no": the determiners are read from the text.
  for (const m of text.matchAll(/\b(no|an?|one)\s+/giu)) {
    const det = (m[1] as string).toLowerCase();
    const phrase = phraseAfter(text, tokens, m.index + m[0].length, 4);
    // The head: the last of the phrase's first run of nouns ("a beef cattle ranch" is a ranch).
    const run = phrase.findIndex((t) => isNounForm(t.word));
    if (run === -1) continue;
    let end = run;
    while (end + 1 < phrase.length && isNounForm((phrase[end + 1] as Token).word)) end++;
    const head = phrase[end] as Token;
    if (det === 'no') {
      if (isPlural(head.word) && countsAsked(head.word, noun)) return true;
      continue;
    }
    const next = tokens.indexOf(head) + 1;
    const rest = tokens.slice(next, next + 3);
    if (sameNoun(head.word, noun) || saidAsVerbAfter(noun, text, rest, head.end)) return true;
  }
  return false;
}

/** Is the asked noun ("arrests") said as a verb ("was arrested") in the words right after `from`, in its clause? */
function saidAsVerbAfter(noun: string, text: string, after: readonly Token[], from: number): boolean {
  const bases = nounForms(noun);
  return after.some(
    (t) =>
      !/[^\s\p{L}'-]/u.test(text.slice(from, t.start)) &&
      [...detachedBases(t.word, 'verb')].some((b) => b !== t.word && bases.includes(b)),
  );
}
