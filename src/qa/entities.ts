/**
 * Named things in a sentence (people, places, organisations, dates, numbers), found by compromise's
 * tagger, which ships its English model inside the package: no download, no network.
 */
import { isFirstName } from '../knowledge/names.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.js';
import { taggedTerms, type TaggedTerm } from '../nlp/nlp.js';
import { isEnglishWord, isPlaceName, isRoleNoun } from './wordnet.js';
import { hasLetterOrNumber } from './letters.js';
import { ORDINAL_WORD } from './numbers.js';
import { onlyAName } from './person-name.js';
import { modifiesNext } from './relational-adjective.js';

/**
 * `phrase` is not a named thing but a noun phrase ("large areas", "the first oil shock"): found in the same
 * tagging pass (the costly part), it is what answers "what"/"which" questions (see answer-span.ts).
 */
export type EntityType = 'person' | 'place' | 'organization' | 'date' | 'number' | 'phrase';

export interface Entity {
  type: EntityType;
  start: number;
  end: number;
}

function typeOf(tags: ReadonlySet<string>): EntityType | undefined {
  if (tags.has('Date') || tags.has('Year') || tags.has('Month') || tags.has('WeekDay')) return 'date';
  // "Minister" and "Director" are tagged Person too, but they are titles, not the person's name.
  if (tags.has('Person') && !tags.has('Actor')) return 'person';
  if (tags.has('Place') || tags.has('Country') || tags.has('City') || tags.has('Region')) return 'place';
  if (tags.has('Organization')) return 'organization';
  if (tags.has('Value') || tags.has('Money') || tags.has('Percent')) return 'number';
  return undefined;
}

function isName(tags: ReadonlySet<string>): boolean {
  return tags.has('FirstName') || tags.has('LastName') || tags.has('Honorific');
}

// Years and decades that the tagger sometimes leaves as plain values ("in the 1970s").
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})s?\b/g;

/**
 * A century ("the 7th Century", "mid-18th century", "the 16th and 17th centuries", "2nd century BCE"):
 * the tagger reads its ordinal as a number and "Century" as a date of its own, so "when was it built?"
 * got "Century" and "how old is it?" nothing. Said early, mid or late, and two joined by "and", "or",
 * "to" or a dash, it is one time. A name that opens on one ("21st Century Fox") is read as one too, as
 * the tagger read its "Century" as a date before: a capitalised word after it cannot tell "Century Fox"
 * from "12th Century Norman church" (tried and dropped, docs/measured.md).
 */
const CENTURY = new RegExp(
  String.raw`\b(?:(?:early|mid|late)[\s-]+)?${ORDINAL_WORD}(?:\s*(?:[-–]|and|or|to)\s*${ORDINAL_WORD})?[\s-]+centur(?:y|ies)(?:\s+(?:BCE?|AD|CE)\b)?`,
  'giu',
);

/** `out` with each century of `text` one date, in place of the number and the date it was read as. */
function withCenturies(text: string, out: Entity[]): Entity[] {
  const centuries = [...text.matchAll(CENTURY)].map((m): Entity => ({
    type: 'date',
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (centuries.length === 0) return out;
  const inside = (e: Entity) => centuries.some((c) => e.start < c.end && e.end > c.start);
  return [...out.filter((e) => !inside(e) || (e.type !== 'date' && e.type !== 'number')), ...centuries];
}

/**
 * Small numbers joined by dashes that no date written in figures can be, which the tagger may file as one
 * ("the modern 3-4-1 scrum line-up", answered to "when…?"): three or more of them ("3-4-1", "2-1-1",
 * "4-4-2": a formation), but not a day, a month and a year of two figures ("12-10-04"); or two of which
 * one is 0 or above 31 ("21-0", "42-7": a score). Other pairs are left as the tagger reads them: "14-8" and
 * "9-11" may be a day and a month, "9-5" hours, "2-1" a score.
 */
export function noDateInFigures(span: string): boolean {
  if (!/^\d{1,2}(?:\s*[-–]\s*\d{1,2})+$/u.test(span)) return false;
  const parts = span.split(/\s*[-–]\s*/u);
  const [a = 0, b = 0] = parts.map(Number);
  if (parts.length === 2) return a === 0 || b === 0 || a > 31 || b > 31;
  const dayMonthYear = parts.length === 3 && parts[2]?.length === 2 && a >= 1 && b >= 1 && a <= 31 && b <= 31;
  return !(dayMonthYear && Math.min(a, b) <= 12);
}

/**
 * A figure with thousands commas joined by a hyphen to the word after it ("a 1,100-mile walk", "a
 * 2,500-seat hall"): the tagger tags "1100-mile" a number but leaves this one untagged, so "how far did
 * she walk?" found no span to answer with. Not inside a longer figure or a word.
 */
const GLUED_FIGURE = /(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?=-\p{L})/gu;

/** Entities of `text`, adjacent terms of one type merged into one span ("Khaled Obaidi"). */
export function findEntities(text: string): Entity[] {
  const terms = taggedTerms(text);
  const out: Entity[] = [];
  /** The spans holding a word that is not a title ("Dr", "Prof", "PhD"). */
  const named = new Set<Entity>();
  terms.forEach((term, i) => {
    const type = typeOf(term.tags);
    if (type === undefined) return;
    // A relational adjective before the noun it qualifies ("1,100 Roman coins", `modifiesNext`) is no
    // one, though the tagger files "Roman" among first names: as a person it was the doer of "who found
    // the coins?" and the "he" of a coin-hoard story (nc53).
    // The noun after it in lower case: "Norman Foster", "Royal Victoria" go on a name.
    const after = term.start + term.text.length;
    if (type === 'person' && /^ +\p{Ll}/u.test(text.slice(after)) && modifiesNext(text, term.start, after))
      return;
    // A capitalised word glued before a first name is the end of an organisation's name, a title or a
    // place ("... Cooperation Alexander Fomin", "Port Ellis"), not part of the person's name; unless it
    // is no English word and that "first name" ends the name: then it is the first name the tagger does
    // not know, and the other the surname ("Ewan Lindsay", "Idris Yusuf": "who?" was answered "Lindsay").
    const next = terms[i + 1];
    if (type === 'person' && !isName(term.tags) && next?.tags.has('FirstName') === true) {
      const after = terms[i + 2];
      const nameGoesOn =
        after !== undefined &&
        typeOf(after.tags) === 'person' &&
        /^\s*$/.test(text.slice(next.start + next.text.length, after.start));
      // Nor when it goes on a longer name in a language the dictionary does not know ("Ysgol Glan
      // Morgan", "Stade Jean Bouin": a school, a ground; review30a); a title, a role, a day or a
      // possessive before it is English and leaves it a person's ("Headteacher Ewan Lindsay",
      // "Scotland's Ewan Lindsay", "presented by Torquil Morgan"; review30b).
      const prev = terms[i - 1];
      const inLongerName =
        prev !== undefined &&
        /^\p{Lu}[\p{L}-]*$/u.test(prev.text) &&
        prev.tags.has('ProperNoun') &&
        !prev.tags.has('Honorific') &&
        !isEnglishWord(prev.text) &&
        /^\s*$/.test(text.slice(prev.start + prev.text.length, term.start));
      if (nameGoesOn || inLongerName || isEnglishWord(term.text)) return;
    }
    // Keep the span on the word itself, without the punctuation compromise keeps around it.
    const start = term.start;
    const end = start + term.text.length;
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.type === type && /^[\s,.'’-]*$/.test(text.slice(prev.end, start))) {
      prev.end = end;
    } else {
      out.push({ type, start, end });
    }
    if (!term.tags.has('Honorific')) named.add(out[out.length - 1] as Entity);
  });
  // A title or degree alone names no one: the tagger files "PhD" (like "Prof") among a person's
  // honorifics, so "a PhD student, Anna Kowalski" gave the story a person called "PhD", offered
  // beside her when a "she" was unclear.
  // Nor does a word written all in lower case: a news story writes a name with a capital, and the
  // tagger's first-name list holds common nouns ("blaze", "grace", "grant", "jack"), which it tags a
  // person wherever they stand ("At the height of the blaze…" answered "who was in charge?" with
  // "blaze", nc51). Checked on the whole span, so a lower-case particle inside a name ("Ludwig van
  // Beethoven") stays part of it.
  const found = out.filter(
    (e) =>
      e.type !== 'person' ||
      (named.has(e) && /\p{Lu}/u.test(text.slice(e.start, e.end)) && !namedThing(text, e)),
  );
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    if (!found.some((e) => e.start <= start && e.end > start))
      found.push({ type: 'date', start, end: start + m[0].length });
  }
  for (const m of text.matchAll(GLUED_FIGURE)) {
    const start = m.index;
    if (!found.some((e) => e.start <= start && e.end > start))
      found.push({ type: 'number', start, end: start + m[0].length });
  }
  for (const e of found) if (e.type === 'place' && namesRoleHolder(text, e)) e.type = 'person';
  for (const e of found) if (e.type === 'person' && placeAfterIn(text, e)) e.type = 'place';
  found.push(...apposedUntagged(text, found));
  for (const e of found)
    if (e.type === 'date' && noDateInFigures(text.slice(e.start, e.end))) e.type = 'number';
  const names = withCenturies(text, found).flatMap((e) => wholeHyphenedName(text, e));
  names.push(...nounPhrases(text, terms));
  return names.sort((a, b) => a.start - b.start);
}

/**
 * A "person" written after "the" and taken up by "which" is a thing with a person's name: a ship, a
 * pub, a locomotive ("The Mary Ellen, which carries up to 32 cars"): "the" stands before no one's bare
 * name, and "which" takes up no person. As a person the ferry was the console's first example, "Who is
 * Mary Ellen?" (nc54).
 */
function namedThing(text: string, e: Entity): boolean {
  return (
    /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, e.start - 5), e.start)) &&
    /^,?\s+which\b/iu.test(text.slice(e.end))
  );
}

/**
 * Is the one-word "person" a place, as "in" before it says and WordNet knows it as one: "The Collection
 * Museum in Lincoln", "the race in Chester". The tagger's name lists hold towns' names, and as a person
 * "Lincoln" was a coin story's "he" and the short answer to "which museum wants the hoard?" (nc53). A
 * surname no place bears stays a person's after "in" ("Rovers have brought in Hughes", "confidence in
 * Hughes": the re-read's probes), as does a name of two words or more ("a role in Ken Loach's film")
 * and one before a possessive ("in Johnson's view").
 */
function placeAfterIn(text: string, e: Entity): boolean {
  return (
    /(?:^|\s)in\s+$/iu.test(text.slice(Math.max(0, e.start - 4), e.start)) &&
    /^\p{Lu}[\p{L}-]*$/u.test(text.slice(e.start, e.end)) &&
    !/^['’]/u.test(text.slice(e.end)) &&
    !CALENDAR.has(text.slice(e.start, e.end)) &&
    isPlaceName(text.slice(e.start, e.end))
  );
}

/** A month's or a day's name after "in" is a time ("joined the school in April"), not a place. */
const CALENDAR: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** The pieces of a word written with hyphens right before a position, and right after one. */
const PIECES_BEFORE = /[\p{L}]+(?:-[\p{L}]+)*-$/u;
const PIECES_AFTER = /^-[\p{L}]+(?:-[\p{L}]+)*/u;
/** Pieces in lower case between capitalised ones: a town's "-on-", "-upon-" ("Stoke-on-Trent"). */
const TOWN_LINK = /\p{Lu}\p{L}*(?:-\p{Ll}+)+-\p{Lu}/u;

/**
 * A name is a whole word: the tagger gives each piece of a word written with hyphens its own tags, and
 * a name it found ended or opened inside one ("Paul Fournier" of "Jean-Paul Fournier", "Newcastle" of
 * "Newcastle-upon-Tyne": the short answer to "where were the talks held?"). Its edges go out to the
 * word's. A person so widened over pieces in lower case between capitalised ones ("Trent" of
 * "Stoke-on-Trent") is no one: a person's name written with hyphens has none there ("Jean-Paul",
 * "al-Assad"), a town's has "on", "upon", "super".
 * Numbers and dates are left as they are ("68" of "68-year-old" is the age).
 */
function wholeHyphenedName(text: string, e: Entity): Entity[] {
  if (e.type !== 'person' && e.type !== 'place' && e.type !== 'organization') return [e];
  const before = /\p{L}$/u.test(text.slice(e.start, e.start + 1))
    ? PIECES_BEFORE.exec(text.slice(0, e.start))
    : null;
  const after = /\p{L}$/u.test(text.slice(e.end - 1, e.end)) ? PIECES_AFTER.exec(text.slice(e.end)) : null;
  if (before === null && after === null) return [e];
  const start = e.start - (before?.[0].length ?? 0);
  const end = e.end + (after?.[0].length ?? 0);
  if (e.type === 'person' && TOWN_LINK.test(text.slice(start, end))) return [];
  return [{ ...e, start, end }];
}

/** A role noun just before a name, with or without a comma: "the returning officer, X", "chairman X". */
const ROLE_BEFORE = /(\p{L}+),?\s+$/u;

/**
 * Right after a name, what only a person has: an age between commas (", 67,"), a role noun in apposition
 * (", a retired GP,": group 1 the words up to the comma or stop), or a verb of speech ("said", ", a
 * retired GP, said").
 */
const AGE_AFTER = /^,\s*\d{1,3}\s*(?:,(?!\d)|\.(?!\d))/u;
/** Right before a name, a preposition: "Residents of Alice Springs said", "in Jordan Hill, 3 miles…" name a place. */
const PLACE_BEFORE = /\b(?:of|in|at|near|from|to|around|outside|across|into|towards?)\s+$/iu;
const ROLE_AFTER = /^,\s*(?:\d{1,3},\s*)?(?:an?|the)\s+([^,.;:()"“”]{1,40}?)\s*[,.;]/u;
const SAID_AFTER = /^(?:\s*,[^,]{1,40},)?\s+(?:said|says|told|tells|added|adds|explained|warned)\b/u;

/**
 * Whether a place the tagger found is a person: two or three capitalised words opening with a first
 * name, right after a noun for a kind of person ("the returning officer, Colin Marsh,", "chairman Peter
 * Hill"), or right before an age, a role in apposition or a verb of speech ("Helen Marsh, a retired GP,
 * said…"). compromise reads a name ending in a landform ("Marsh", "Hill") as a place, first name and
 * all; a role is held by a person, and a place after one ("the mayor of Alice Springs") has a
 * preposition between; a place has no age, no job and says nothing.
 */
function namesRoleHolder(text: string, e: Entity): boolean {
  const words = text.slice(e.start, e.end).split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  if (!isFirstName(words[0] as string)) return false;
  const role = ROLE_BEFORE.exec(text.slice(Math.max(0, e.start - 40), e.start))?.[1];
  if (role !== undefined && isRoleNoun(role)) return true;
  // A first name and a surname only: "Marsh County Council said" (a first name in the lists, then a
  // council) is a body that speaks.
  if (words.length !== 2 || PLACE_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start))) return false;
  const after = text.slice(e.end);
  return AGE_AFTER.test(after) || SAID_AFTER.test(after) || roleApposed(after);
}

/**
 * Does `after`, the text right after a name, appose a role to it (", a retired GP,", ", a Year 9 pupil at
 * Penmore Academy,", ", a teacher based in Leeds,")? The head noun before its first preposition is one.
 */
function roleApposed(after: string): boolean {
  const words = ROLE_AFTER.exec(after)?.[1]?.split(/\s+/) ?? [];
  const of = words.findIndex((w) => APPOSITION_PREPOSITION.has(w));
  // Its head noun, the last word before the preposition but a participle after it ("a teacher based in
  // Leeds"); not an adjective a person noun is spelt like ("a private firm", "a major employer").
  const phrase = (of > 0 ? words.slice(0, of) : words).filter((w) => !/(?:ed|ing)$/u.test(w));
  const head = phrase.at(-1);
  return head !== undefined && isRoleNoun(head);
}

/** A preposition that ends the noun of an apposition ("a pupil at…", "a teacher from…", "a mother of two"). */
const APPOSITION_PREPOSITION: ReadonlySet<string> = new Set(['at', 'of', 'from', 'in', 'with', 'for', 'on']);

/** Two capitalised words of a name, neither in lower case anywhere in them: group 1 the first, 2 the second. */
const TWO_NAME_WORDS = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\s*,)/gu;

/**
 * A person's name the tagger knows by no list ("Priya Nandakumar, a Year 9 pupil at Penmore Academy,
 * finished…"): two capitalised words, neither a common English word, a role or a title, that no other
 * name holds and no preposition comes before (a place: "in Upper Tolland, 3 miles…"), right before an
 * age between commas or a role in apposition, which only a person has. Not before "said": a body the
 * dictionary does not know speaks too ("Gazprom Neft said").
 */
function apposedUntagged(text: string, found: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(TWO_NAME_WORDS)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((e) => e.type !== 'phrase' && e.start < end && e.end > start)) continue;
    const words = [m[1], m[2]] as string[];
    // "And Edu", "But Bellamy": a sentence's opening word is no part of a name.
    if (!words.every(onlyAName)) continue;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const after = text.slice(end);
    if (AGE_AFTER.test(after) || roleApposed(after)) out.push({ type: 'person', start, end });
  }
  return out;
}

/** A word that can be part of a noun phrase: nouns, adjectives, numbers, but not pronouns or gerunds. */
function isNominal(tags: ReadonlySet<string>): boolean {
  if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Preposition')) return false;
  if (tags.has('Verb') && !tags.has('Noun')) return false;
  return tags.has('Noun') || tags.has('Adjective') || tags.has('Value') || tags.has('Acronym');
}

/**
 * Maximal runs of nominal words not broken by punctuation (a hyphen or apostrophe joins): the noun
 * phrases without their determiner ("IS militants", "large areas", "occupied territories"). A word
 * written with hyphens is one word, whatever its pieces are ("park-and-ride", "state-of-the-art",
 * "up-to-date"): the tagger gives each piece its own tags, and a conjunction or a preposition among
 * them broke the run inside the word ("Nine park-and" was the answer to "how many buses?"). A phrase
 * neither ends nor opens inside one.
 */
function nounPhrases(text: string, terms: readonly TaggedTerm[]): Entity[] {
  const out: Entity[] = [];
  let open: Entity | undefined;
  // Where the word written with hyphens that the term is a piece of opens, and where the last piece ended.
  let wordStart = 0;
  let lastEnd = -1;
  for (const term of terms) {
    if (term.text === '') continue;
    const start = term.start;
    const end = start + term.text.length;
    const piece = lastEnd >= 0 && HYPHEN_JOIN.test(text.slice(lastEnd, start));
    if (!piece) wordStart = start;
    lastEnd = end;
    // The open phrase ends on the piece before: the word goes on, and so does the phrase.
    if (piece && open !== undefined && HYPHEN_JOIN.test(text.slice(open.end, start))) {
      open.end = end;
      continue;
    }
    const joined = open !== undefined && /^[\s'’-]*$/.test(text.slice(open.end, start));
    if (!isNominal(term.tags) || !hasLetterOrNumber(term.text)) {
      open = undefined;
      continue;
    }
    if (open !== undefined && joined) open.end = end;
    else {
      open = { type: 'phrase', start: wordStart, end };
      out.push(open);
    }
  }
  return out;
}

/** Between two pieces of one word: a hyphen and nothing else ("park-and-ride", not "Leeds - Hull"). */
const HYPHEN_JOIN = /^-$/;
