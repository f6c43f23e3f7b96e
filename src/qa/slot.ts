/**
 * The asked slot, for the answerability calibrator: what kind of thing a question wants (a person, a
 * date, a count of something, an amount of money, an age, a share…), finer than the question type the
 * ranking uses, and whether a passage holds something that fills it without repeating the question's own
 * words, close to the words it matched. "How much is the loan deal worth?" wants money, and a passage
 * that gives only a date or a count of people does not answer it; "How old was he…" wants an age, and
 * "10 years ago" is none; "What is E Hayot's first name?" wants a name other than "E Hayot".
 */
import { namedAges } from './apposition.js';
import { predicateAges } from './predicate-age.js';
import {
  dimensionAsked,
  measureFit,
  measureNamed,
  measuresOfSpan,
  oneUnitsOf,
  otherMeasureFollows,
  type Dimension,
  type MeasureAsked,
  AGE_ASKED,
} from './measure.js';
import type { Entity, EntityType } from './entities.js';
import {
  dimensionMeasureAsked,
  measuresOfNumber,
  namesMeasured,
  TIME_FROM,
  unaskedGap,
  unaskedRate,
  type DimensionAsked,
} from './dimension-measure.js';
import type { Group } from './expansion.js';
import { HOW_MEASURE, HOW_WORDS, type ParsedQuestion } from './question.js';
import { howWord, withMeasureWord } from './measure-word.js';
import { isStopword, type Token } from './text.js';
import { isKindOf, isKindOrSame, isNoun } from './wordnet.js';
import { dayAlone, saysWhen } from './time-point.js';
import { numbersIn, ORDINAL_WORD } from './numbers.js';
import { untaggedPlaces } from './span-parts.js';
import { unaskedHome, unaskedWords } from './home-place.js';
import { startsUpper } from './letters.js';
import { countedNoun, countsNoneAsked } from './counted-noun.js';
import { verbOfCounted } from './counted-by-verb.js';
import { rememberedOf } from './question-memo.js';
import { rememberedReading } from './text-memo.js';

export type Slot =
  | 'person'
  | 'organization'
  | 'place'
  | 'name'
  | 'date'
  | 'count'
  | 'money'
  | 'age'
  | 'share'
  | 'quantity'
  | 'none';

/** Slots a number fills, which the passage's numbers (read by pattern, not by the tagger) can fill. */
const NUMERIC: ReadonlySet<Slot> = new Set<Slot>(['count', 'money', 'share', 'quantity', 'age']);

export function isNumeric(slot: Slot): boolean {
  return NUMERIC.has(slot);
}

export interface AskedSlot {
  slot: Slot;
  /** For "how many <noun>…": the first content words after "many" ("Oscar nominations", "people died"). */
  counted?: string[];
  /**
   * For "how many people signed…": the verb the counted people do, as its lemma (`verbOfCounted`), read
   * once per question here rather than by each passage's `noCountOfAsked` and the expansion.
   */
  doing?: string;
  /** "How long…", "how often…": a span or a frequency fills it without a number ("since 1951", "biennial"). */
  duration?: true;
  /**
   * "How big…", "how far…": the dimension asked, which a length of time fills only loosely, and a
   * size a distance between the thing and something else ("900 million kilometres from the Sun"):
   * `measure.ts`.
   */
  dimension?: Dimension;
  /**
   * "How long / far / heavy…": the measures whose units answer it, and whether it asks a rate
   * (`dimension-measure.ts`). A number of another measure, or a rate for a total ("nine miles a day"
   * for "how far did she walk?"), fills it only loosely.
   */
  unitMeasure?: DimensionAsked;
  /** With `dimension`: the adjective asking it ("wide" of "how wide…"), whose attribute a number's own adjective must share ("2 miles long" is no width). */
  adjective?: string;
  /**
   * "How heavy…", "how far…", "how hot…", "how old…": the measure the question's measure word names
   * (`measureNamed`). A number of that measure fills the slot ("612kg" for "how heavy"), a bare number
   * loosely, and one of another measure or a count of things ("3,000 people") not at all.
   */
  measure?: MeasureAsked;
  /**
   * For "how old is the factory?": the asked age is a thing's (the noun after "how old is the" names no
   * living thing), which a person's age ("a 43-year-old man", "Leo Marsh, 11,") does not give.
   */
  thing?: true;
  /**
   * For `money`: "how much is a ticket?" asks a price by its wording (`asksPrice`), which some amount
   * must answer (`givesAmount`: money, a share, a measure, "4.9%" for "how much is the rise?"), not the
   * day tickets go on sale.
   */
  price?: true;
  /**
   * For `place`: "where is he from?" or "where does he live?" (`asksHome`), which a name after "in" the
   * tagger missed fills (`untaggedPlaces`), and so does a place that is someone's home (`homePlace`).
   */
  origin?: true;
  /**
   * For `place` asking no home: the question's word stems (`askedWords`). A home place fills the slot
   * only when they name the people it describes ("where did the refugees flee?", `unaskedHome`).
   */
  words?: ReadonlySet<string>;
}

/**
 * Words that make "how much…" a question about money ("how much did it cost", "how much is it worth",
 * "how much did they win": what is won is a prize).
 */
const MONEY_CUE =
  /\b(win|wins|won|winning|winnings|prize|prizes|money|cash|cost|costs|costing|worth|pay|pays|paid|paying|price|prices|priced|spend|spends|spent|earn|earns|earned|charge|charged|charges|fund|funding|funds|budget|salary|salaries|wage|wages|fee|fees|afford|invest|invested|investment|pledge|pledged|donate|donated|loan|loans|owe|owes|owed|raise|raised|sell|sold|buy|bought|fine|fined|compensation|revenue|profit|profits|income)\b/;
const MONEY_NOUN = /\bwhat(?:'s| is| was| were| are)? (?:the )?(?:cost|price|value|fee|salary|budget|fine)\b/;
const WHO_IS_NAMED =
  /^\s*who(?:'s|s| is| was| are| were)\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its)\b)[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,2}\s*\??\s*$/u;
const HOW_MEASURE_ASKED = new RegExp(`\\bhow (?:${HOW_MEASURE.join('|')})\\b`);
const NAME_ASKED = /\b(?:first|last|full|real|sur|nick)\s?name\b|\bname of\b|'s name\b|\bnamed what\b/;

/**
 * "What is the company's revenue?", "what was the annual profit in 2019?": the noun asked for after "what
 * is" (a determiner or a possessor, and one word before it, allowed), when nothing but a preposition or
 * the question's end follows it.
 */
const WHAT_IS_NOUN =
  /^\s*what(?:'s|s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+(?:(?:the|its|their|his|her|this|that)\s+)?(?:[\p{L}-]+'s?\s+)?(?:[\p{L}-]+\s+)?([\p{L}-]+)\s*(?:[?.!]*\s*$|\b(?:of|in|for|from|at|on|per|last|this|next|now|so)\b)/u;

function nounAfterWhatIs(q: string): string | undefined {
  return WHAT_IS_NOUN.exec(q)?.[1];
}

/**
 * Does the noun, in its commonest sense, name a kind of amount of money (below WordNet's "sum" or
 * "monetary value": revenue, income, profit, earnings, sales), or money itself or a kind of it (fund,
 * budget; "what is the prize money?": WordNet files money under a medium of exchange, not an amount, yet asked after "what is" it
 * asks how much)? Then a number with no currency is no answer to it. Not the classes' own words:
 * "amount" and "sum" are said of time or water too ("the minimum amount of time"). Not WordNet's
 * "cost" class: its "toll" is first a road fee, where "the death toll" counts.
 */
export function namesMoney(noun: string | undefined): boolean {
  if (noun === undefined || isStopword(noun)) return false;
  if (isKindOrSame(noun, 'money', 1)) return true;
  return MONEY_CLASSES.some((c) => isKindOrSame(noun, c, 1) && !isKindOrSame(c, noun, 1));
}

/** WordNet's classes of an amount of money. */
const MONEY_CLASSES = ['sum', 'monetary_value'] as const;

/**
 * "How much is a ticket?", "how much are the tickets?", "how much are tickets?": "how much" with "be" and
 * a noun phrase and nothing after it (no verb of its own: "how much is the EU giving" asks what is
 * given) asks the thing's price. A bare noun only in the plural: "how much is left", "how much is
 * there", "how much is enough" ask an amount of something else. Group 2 is the phrase.
 */
const HOW_MUCH_IS =
  /\bhow much (?:is|are|was|were|will be|would be)\s+(?:(the|a|an|this|that|these|those|its|their|his|her|my|your|our|one)\s+)?((?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+)\s*[?.!]*\s*$/u;

/** Does the question ask the price of a thing (`HOW_MUCH_IS`), not an amount of time ("the delay")? */
function asksPrice(q: string): boolean {
  const m = HOW_MUCH_IS.exec(q);
  const phrase = m?.[2];
  if (m === null || phrase === undefined) return false;
  const words = phrase.split(/\s+/u);
  const head = words.at(-1) as string;
  if (words.some((w) => isStopword(w) || /(?:ing|ed)$/u.test(w)) || !isNoun(head)) return false;
  if (m[1] === undefined && !/[^s]s$/u.test(head)) return false;
  return !isKindOf(head, 'time_period') && !isKindOf(head, 'time_unit');
}

/** The noun of "how much"; made once, as letters.ts says why. */
const HOW_MUCH_NOUN = /\bhow much (\p{L}+)/u;

/**
 * What the question wants, from its wording and the type the ranking gave it: read once per parsed
 * question and wording (`question-memo.ts`), as several stages ask it.
 */
export function askedSlot(question: string, parsed: ParsedQuestion): AskedSlot {
  return rememberedOf(parsed, question, () => readSlot(question, parsed));
}

function readSlot(question: string, parsed: ParsedQuestion): AskedSlot {
  // "How short was the film?" asks as "how long…?" does, "how numerous were they?" as "how many…?"
  // (`withMeasureWord`), by the list the answer type reads (question.ts `HOW_WORDS`).
  const q = withMeasureWord(question.replace(/[’‘]/g, "'"), HOW_WORDS);
  if (AGE_ASKED.test(q))
    return { slot: 'age', ...measureOf(q), ...(agedThing(q) ? { thing: true as const } : {}) };
  // "How much time…", "how much power…" ask for an amount of something else.
  const much = HOW_MUCH_NOUN.exec(q)?.[1];
  const measured = much !== undefined && !isStopword(much) && !MONEY_CUE.test(much);
  if (/\bhow much\b/.test(q) && MONEY_CUE.test(q) && !measured) return { slot: 'money' };
  if (asksPrice(q)) return { slot: 'money', price: true };
  if (MONEY_NOUN.test(q) || namesMoney(nounAfterWhatIs(q))) return { slot: 'money' };
  if (/\bwhat (?:percentage|percent|proportion|share|fraction)\b|\bhow much of\b/.test(q))
    return { slot: 'share' };
  const many = /\bhow many\b/.exec(q);
  if (many !== null) {
    // Up to two content words right after "many": the counted thing, or the noun and its verb.
    const counted: string[] = [];
    let at = many.index + many[0].length;
    for (const k of parsed.keywords.filter((w) => w.start >= at).slice(0, 2)) {
      if (!/^\s*$/.test(q.slice(at, k.start))) break;
      counted.push(k.word);
      at = k.end;
    }
    const noun = countedNoun(question);
    const doing = noun === undefined ? undefined : verbOfCounted(question, noun);
    return {
      slot: 'count',
      ...(counted.length === 0 ? {} : { counted }),
      ...(doing === undefined ? {} : { doing }),
    };
  }
  const unitMeasure = unitMeasureOf(q);
  if (/\bhow (?:long|often|frequently)\b/.test(q))
    return { slot: 'quantity', duration: true, ...unitMeasure };
  if (HOW_MEASURE_ASKED.test(q) || /\bwhat (?:number|amount|size|population)\b/.test(q)) {
    const dimension = dimensionAsked(q);
    const adjective = howWord(q);
    return {
      slot: 'quantity',
      ...measureOf(q),
      ...unitMeasure,
      ...(dimension === undefined || adjective === undefined ? {} : { dimension, adjective }),
    };
  }
  switch (parsed.type) {
    case 'date':
      return { slot: 'date' };
    case 'person':
      // "Who is Gavin Patterson?" asks what the named person is, not for a name.
      return { slot: WHO_IS_NAMED.test(q) ? 'none' : 'person' };
    case 'organization':
      return { slot: 'organization' };
    case 'place':
    case 'location': {
      const words = unaskedWords(question);
      return words === undefined ? { slot: 'place', origin: true } : { slot: 'place', words };
    }
    default:
      return { slot: NAME_ASKED.test(q) ? 'name' : 'none' };
  }
}

/** The measure the question's measure word names (`measureNamed`), as `AskedSlot`'s field. */
function measureOf(q: string): { measure?: MeasureAsked } {
  const measure = measureNamed(q);
  return measure === undefined ? {} : { measure };
}

/**
 * The words of a "how long" or "how often" slot that fill it without a number: a length of time ("since
 * 1951", "for years"), not for "how long is the bridge?", which asks no time; a frequency ("monthly")
 * only for "how often", as it says how often, not how long (`unitMeasure`: "how long" asks in units).
 */
function timeWords(asked: AskedSlot, text: string): readonly Filler[] {
  const { unitMeasure } = asked;
  if (unitMeasure === undefined) return [...matches(LENGTH_OF_TIME, text), ...matches(FREQUENCY, text)];
  if (!unitMeasure.measures.includes('duration')) return [];
  // The unit of a number ("eight weeks") is read with its number, which may be of another span
  // (`unaskedGap`: "eight weeks after he stepped down"): only a unit standing alone fills it ("for years").
  const ends = numbersIn(text).map((n) => n.end);
  return matches(LENGTH_OF_TIME, text).filter(
    (f) => !ends.some((end) => end <= f.start && /^[\s-]*$/u.test(text.slice(end, f.start))),
  );
}

/** The dimension a measure word asks in units (`dimensionMeasureAsked`), as `AskedSlot`'s field. */
function unitMeasureOf(q: string): { unitMeasure?: DimensionAsked } {
  const unitMeasure = dimensionMeasureAsked(q);
  return unitMeasure === undefined ? {} : { unitMeasure };
}

/** "how old is the factory", "what age is that bridge": group 1 is what follows the determiner. */
const AGE_OF =
  /\b(?:how old|what age) (?:is|was|are|were) (?:the|this|that|these|those|its|their|his|her|our|your) ([^?.!]+)/u;

/** "how old is it", "what age was it": the age of what "it" stands for. */
const AGE_OF_IT = /\b(?:how old|what age) (?:is|was) it\b/u;

/**
 * Does the question ask the age of a thing (a common noun WordNet knows, none of whose commonest senses
 * is a living thing: "factory", "bridge"), not of a person or an animal ("the man", "the victim", "the
 * horse")? The noun is the head of the phrase after the determiner, the last of its run of nouns ("the
 * company's founder", "the shop owner": a founder, an owner; "the man taken to hospital": a man). A name
 * or a personal pronoun ("how old is he?", "how old is Marsh?") says nothing and is not one; "it" is a
 * thing's.
 */
function agedThing(q: string): boolean {
  // "how old is it?": "it" stands for a thing (the brooch the story is about), never a person.
  if (AGE_OF_IT.test(q)) return true;
  const words = (AGE_OF.exec(q)?.[1] ?? '').split(/\s+/u).filter((w) => w !== '');
  let noun: string | undefined;
  for (const word of words) {
    const w = word.replace(/['’]s?$/u, '');
    if (!isNoun(w) || isStopword(w)) break;
    noun = w;
  }
  return noun !== undefined && !isKindOrSame(noun, 'organism');
}

/** Verbs saying that a thing came to be, as lemma and participle ("made" → make): one list for both readings below. */
const ORIGIN_VERB_FORMS: readonly (readonly [string, string])[] = [
  ['build', 'built'],
  ['found', 'founded'],
  ['establish', 'established'],
  ['make', 'made'],
  ['construct', 'constructed'],
  ['erect', 'erected'],
  ['create', 'created'],
  ['form', 'formed'],
  ['write', 'written'],
  ['paint', 'painted'],
  ['compose', 'composed'],
  ['carve', 'carved'],
  ['forge', 'forged'],
  ['cast', 'cast'],
];

/**
 * Before `start` of `text`, a verb saying when a thing came to be: "dates from (the)", "dating back
 * to", "built in", "founded in 1850", "made around": the time after it is the thing's age, for "how old
 * is the bridge?". Not "found in 2011" or "stolen in 2011", which date what happened to it since.
 */
const ORIGIN_BEFORE = new RegExp(
  String.raw`\b(?:dat(?:e|es|ed|ing)\s+(?:from|back\s+to)|(?:${ORIGIN_VERB_FORMS.map(([, p]) => p).join('|')})(?:\s+(?:in|around|about|during|circa|from))?)\s+(?:the\s+)?$`,
  'iu',
);

/** Does a verb saying when a thing came to be come right before `start` of `text` (`ORIGIN_BEFORE`)? */
export function datesOrigin(text: string, start: number): boolean {
  return ORIGIN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** The verbs of `ORIGIN_BEFORE` that say a thing came to be, as lemmas ("made" → make). */
const ORIGIN_VERBS: ReadonlySet<string> = new Set(ORIGIN_VERB_FORMS.map(([lemma]) => lemma));

/** Is the verb (its lemma) one saying that a thing came to be ("when was the sword made?")? */
export function namesOrigin(lemma: string): boolean {
  return ORIGIN_VERBS.has(lemma);
}

/**
 * Is the age at `start`-`end` of `text` a living being's? "a 43-year-old man" (the noun the age
 * describes is one: a person or an animal, by WordNet), "a man aged 43", or an age in apposition after a
 * name ("Leo Marsh, 11,"). An age with nothing said of whose it is ("it is 200 years old") is not.
 */
export function agesABeing(text: string, start: number, end: number): boolean {
  if (namedAges(text).some((a) => a.ageStart < end && a.ageEnd > start)) return true;
  // The noun after "…-year-old", from the age's number or its whole phrase ("43", "43-year-old man").
  // Up to three words on: "a 43-year-old local man", "a 43-year-old British man" (a capitalised word is
  // a name or a nationality, no noun of its own here).
  const described = /^\S*?[\s-]*years?[\s-]+old((?:\s+\p{L}+){1,3})/u.exec(text.slice(start))?.[1];
  if (described !== undefined)
    return described
      .trim()
      .split(/\s+/u)
      .some((w) => !startsUpper(w) && isKindOrSame(w, 'organism'));
  const before = /(\p{L}+),?\s+$/u.exec(text.slice(0, start))?.[1];
  return (
    /^aged?\b/iu.test(text.slice(start, end)) && before !== undefined && isKindOrSame(before, 'organism')
  );
}

/**
 * "How old is the factory?" of "A 43-year-old man was taken to hospital": the passage gives ages, and
 * every one of them is a living being's, not the thing's asked about. False for any other question.
 */
export function onlyBeingsAged(asked: AskedSlot, text: string): boolean {
  if (asked.slot !== 'age' || asked.thing !== true) return false;
  const ages = agesIn(text);
  return ages.length > 0 && ages.every((f) => agesABeing(text, f.start, f.end));
}

const NUMBER_WORDS =
  'twice|thrice|none|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|third|thirds|quarter|quarters';
// Not the digits of a name or a code ("K3" of "C/2024 K3", "A380", "MH17"): a letter right before them;
// nor the pronoun "one" ("comets like this one", "the one that…", "no one").
const NUMBER = new RegExp(
  `(?<!\\p{L})\\d+(?:[.,]\\d+)*(?:bn|m|k)?\\b|(?<!\\b(?:this|that|the|each|every|any|which|no)\\s+(?=one\\b))\\b(?:${NUMBER_WORDS})\\b`,
  'giu',
);
const CURRENCY_WORDS =
  'pounds?|dollars?|euros?|yen|yuan|rupees?|pence|cents?|francs?|roubles?|rubles?|dinars?';
const MONEY = new RegExp(
  `[£$€¥]\\s?\\d|\\b(?:us|usd|gbp|eur)\\s?\\d|\\d[\\d,.]*\\s*(?:bn|m|k|million|billion|trillion)?\\s*(?:${CURRENCY_WORDS})\\b`,
  'gi',
);
// An age after "aged" or "the age of" may be written in words ("at the age of eight", "aged eighty-five").
const AGE_WORDS = `(?:${NUMBER_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const AGE = new RegExp(
  String.raw`\b[\d.,]+(?:\s+(?:thousand|million|billion))?[\s-]+years?[\s-]+old\b|\byears? of age\b|\baged?\s+(?:of\s+)?(?:\d{1,3}|${AGE_WORDS})\b|\b\d{1,3}\s+years?\s+old\b|\bage of (?:\d{1,3}|${AGE_WORDS})\b|\b(?:is|was|turned|turns)\s+\d{1,3}\b(?!\s*(?:%|per|years?\b|months?\b|\p{L}))`,
  'giu',
);
const SHARE =
  /\d\s?%|\b(?:per ?cent|percent)\b|\b(?:half|third|thirds|quarter|quarters|fifth|fifths)\b|\bone in \w+/gi;
/**
 * How long or how often, without a number of its own: "since 1951", "since the 1960s", "from 1961 (to
 * 1972)", "since the Treaty of Rome 1957" (`TIME_FROM`), "in seconds", "for years" (how long has…);
 * "biennial", "daily" (how often). ("Twice" is a number word.)
 */
const LENGTH_OF_TIME = new RegExp(
  String.raw`${TIME_FROM}(?:1[5-9]|20)\d\d(?:s|'s)?\b|\b(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b`,
  'giu',
);
const FREQUENCY =
  /\b(?:annual(?:ly)?|biennial(?:ly)?|daily|weekly|monthly|yearly|hourly|nightly|fortnightly)\b/gi;
/** A year written in figures, which the tagger may miss as a date. */
const YEAR_FIGURES = /\b(?:1[5-9]|20)\d\d\b/g;
/** A bare year is a date, not a count or an amount. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

interface Filler {
  start: number;
  end: number;
}

/** Entity types that fill each named slot, best first (the rest of the list fills it loosely). */
const ENTITY_FILLERS: Partial<Record<Slot, { fine: EntityType[]; loose: EntityType[] }>> = {
  // The tagger often tells organisations and places apart wrongly ("Soviet Union", "Parliament").
  person: { fine: ['person', 'organization'], loose: [] },
  organization: { fine: ['organization', 'place', 'person'], loose: [] },
  place: { fine: ['place', 'organization'], loose: [] },
  name: { fine: ['person', 'organization'], loose: ['place'] },
  date: { fine: ['date'], loose: [] },
};

export interface SlotEvidence {
  /** The passage holds a filler of the asked slot that is not the question's own words. */
  found: boolean;
  /** It holds none, but something of the slot's broader kind (a number for money, a count not of the thing asked). */
  loose: boolean;
  /** The share of the passage's matched question words (by rarity) within a few words of its best filler. */
  near: number;
}

export interface PassageView {
  text: string;
  tokens: readonly Token[];
  /** Its entities, asked for only for a slot that entities fill (tagging a sentence is costly). */
  entities: () => readonly Entity[];
}

/** Is the passage's slot filled, loosely filled, or empty? `undefined` when the question asks for no slot. */
export function slotEvidence(
  asked: AskedSlot,
  passage: PassageView,
  groups: readonly Group[],
  aliases: ReadonlyMap<string, string> = NO_ALIASES,
): SlotEvidence | undefined {
  if (asked.slot === 'none') return undefined;
  const groupOf = groupIndex(groups, NO_ALIASES);
  // A filler made only of the question's own words ("E Hayot" for "What is E Hayot's first name?",
  // "1973" for "when did the 1973 crisis begin") is no answer.
  const own = (f: Filler) => {
    const inside = passage.tokens.filter((t) => t.start >= f.start && t.end <= f.end && !t.stop);
    return inside.length > 0 && inside.every((t) => groupOf.has(t.stem));
  };
  const { fine, loose } = fillers(asked, passage, groups, groupOf);
  const nearOf = aliases.size > 0 ? groupIndex(groups, aliases) : groupOf;
  const fineKept = fine.filter((f) => !own(f));
  const looseKept = loose.filter((f) => !own(f));
  return {
    found: fineKept.length > 0,
    loose: fineKept.length === 0 && looseKept.length > 0,
    // Near the filler, a name written in full stands where its acronym would; as a filler it is
    // still no question word (`own`): a tagger's organization around it may be all the passage has.
    near: Math.max(0, ...fineKept.map((f) => nearShare(f, passage, groups, nearOf))),
  };
}

/** "aged between 11 and 18", "aged 11 to 18": a range of ages, no count. */
const AGE_RANGE = /\baged?\s+(?:between\s+)?\d{1,3}\s*(?:and|to|-|–)\s*\d{1,3}\b/giu;

/**
 * "How many people have diabetes?" of a passage whose only number is the label of "type 2 diabetes",
 * or one of days, a date, an amount, an age: the passage gives no count of the noun the question
 * counts (`countsNoneAsked`), and no number of it answers. False for any question but a how-many one with a counted noun.
 */
export function noCountOfAsked(asked: AskedSlot, question: string, passage: PassageView): boolean {
  if (asked.slot !== 'count') return false;
  const noun = countedNoun(question);
  if (noun === undefined) return false;
  const { text } = passage;
  const dates = passage.entities().filter((e) => e.type === 'date');
  const measures = [
    ...matches(MONEY, text),
    ...matches(SHARE, text),
    ...agesIn(text),
    ...matches(AGE_RANGE, text),
    ...dates,
  ];
  const numbers = matches(NUMBER, text);
  const counted = { text, tokens: passage.tokens, numbers, measures };
  return countsNoneAsked(noun, counted, question, asked.doing);
}

/** A number with its unit written on, which `NUMBER` does not read: "120mm", "3km", "5kg". */
const UNIT_JOINED = /(?<!\p{L})\d+(?:[.,]\d+)*\p{L}+/gu;

/**
 * Does the passage give an amount of any kind: a number or a share that is no date and no person's age?
 * "How much is the council tax rise?" asks a price by its wording, but "will go up by 4.9%" answers it,
 * as "2.5 kilometres long" answers "how much is the flood wall?" loosely; "Tickets go on sale on
 * Monday" gives none.
 */
export function givesAmount(passage: PassageView): boolean {
  const { text } = passage;
  const numbers = [...matches(NUMBER, text), ...matches(SHARE, text), ...matches(UNIT_JOINED, text)];
  if (numbers.length === 0) return false;
  const other = [...passage.entities().filter((e) => e.type === 'date'), ...agesIn(text)];
  return numbers.some((n) => !other.some((m) => m.start <= n.start && m.end >= n.end));
}

/** Does `text` say that the number at [start, end) is an age ("aged 43", "at the age of eight", "is 114")? */
export function saidAsAge(text: string, start: number, end: number): boolean {
  return agesIn(text).some((a) => a.start <= start && a.end >= end);
}

/**
 * Does `text` give the number at [start, end) as someone's age, as no count can be read: written as an
 * age ("aged 43", "by the age of five", "a 43-year-old"), apposed to a name ("Leo Marsh, 11,") or said
 * of a person ("She is 34 and…")? Not a bare "was 29" after a noun ("Turnout was 29", "…is 40, and
 * Wales has 12": review32c), which `saidAsAge` reads as an age when an age is asked.
 */
export function givenAsAge(text: string, start: number, end: number): boolean {
  return agesGiven(text).some((a) => a.start <= start && a.end >= end);
}

/** AGE's bare "is/was N", which may count something ("Turnout was 29", "was 12 points"). */
const BARE_AGE = /^(?:is|was|turned|turns)\s/iu;

/**
 * The ages `text` gives: written as ages ("43-year-old", "aged 43"), in apposition after a name ("Leo
 * Marsh, 11, organised…"), or said of a person as a clause's subject ("She is 34 and has…", "…, Tom
 * Reid, is 45"); with `bare`, AGE's "is/was N" after any subject too (`agesIn`), else not (`agesGiven`).
 */
function agesOf(text: string, bare: boolean): Filler[] {
  const written = matches(AGE, text).filter((f) => bare || !BARE_AGE.test(text.slice(f.start, f.end)));
  const apposed = namedAges(text).map((a) => ({ start: a.ageStart, end: a.ageEnd }));
  const said = predicateAges(text).map((p) => ({ start: p.ageStart, end: p.ageEnd }));
  return [...written, ...apposed, ...said];
}

/**
 * Read once per passage text while it is among the last read (`text-memo.ts`): a passage comes back
 * question after question, and one question reads its ages for its evidence, its count and its answer.
 */
const agesGiven: (text: string) => readonly Filler[] = rememberedReading((text) => agesOf(text, false));
const agesIn: (text: string) => readonly Filler[] = rememberedReading((text) => agesOf(text, true));

const NO_ALIASES: ReadonlyMap<string, string> = new Map();

/**
 * Each matched stem → the index of the question word (group) it counts as; a word of a name the
 * passage writes in full counts as the acronym it is `aliases` of ("union" of "The European Union…"
 * as "EU": `SearchIndex.acronymsInFull`).
 */
function groupIndex(groups: readonly Group[], aliases: ReadonlyMap<string, string>): Map<string, number> {
  const map = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const t of g.terms) if (!map.has(t.stem)) map.set(t.stem, i);
  });
  for (const [word, acronym] of aliases) {
    const g = map.get(acronym);
    if (g !== undefined && !map.has(word)) map.set(word, g);
  }
  return map;
}

/**
 * Where `re` (global) matches `text`, read once per pattern and passage text while the text is among
 * the last read (`text-memo.ts`): a passage comes back question after question, and a question's
 * evidence, count and answer each read its numbers. Keyed by the pattern object (module constants
 * here), weakly: a pattern no longer used takes its readings with it.
 */
function matches(re: RegExp, text: string): readonly Filler[] {
  let read = readings.get(re);
  if (read === undefined) {
    read = rememberedReading((t) => readMatches(re, t));
    readings.set(re, read);
  }
  return read(text);
}

const readings = new WeakMap<RegExp, (text: string) => readonly Filler[]>();

function readMatches(re: RegExp, text: string): Filler[] {
  // A copy: its own lastIndex, from the start, whatever another reading left in `re`.
  return [...text.matchAll(new RegExp(re))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The text's numbers (`NUMBER`), with those whose unit is glued on ("612kg", "120mm", "4ft": a unit
 * of a measure by WordNet, as `measuresOfSpan` reads it), and without years unless asked for.
 */
function numbers(text: string, years = false): readonly Filler[] {
  return years ? numbersWithYears(text) : numbersWithoutYears(text);
}

/** `numbers` of a passage text, read once while it is among the last read (as `agesIn`). */
const numbersWithYears = rememberedReading((text) => readNumbers(text, true));
const numbersWithoutYears = rememberedReading((text) => readNumbers(text, false));

function readNumbers(text: string, years: boolean): Filler[] {
  const read = matches(NUMBER, text);
  const glued = matches(UNIT_JOINED, text).filter(
    (f) =>
      !read.some((n) => n.start < f.end && n.end > f.start) &&
      measuresOfSpan(text, f.start, f.end).some((m) => m !== 'count'),
  );
  return [...read, ...glued]
    .sort((a, b) => a.start - b.start)
    .filter((f) => years || !YEAR.test(text.slice(f.start, f.end)));
}

/**
 * A number, a unit of time, then a word that makes the length the time between two events: "112 days
 * later", "three weeks earlier", "20 years ago", "a month afterwards".
 */
const TIME_BETWEEN =
  /^[\p{L}\p{N}.,]+[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|fortnights?|nights?)[\s,]+(?:later|earlier|ago|afterwards|on)\b/iu;
/**
 * Is the span a time between two events (`TIME_BETWEEN`, read from the span's start, which holds no
 * more than it)? "arrived back yesterday, 112 days later": a time gone by, no one's age, however
 * near it stands to their name.
 */
export function timeBetween(c: { start: number; end: number }, text: string): boolean {
  const m = TIME_BETWEEN.exec(text.slice(c.start));
  return m !== null && c.end <= c.start + m[0].length;
}

/**
 * How a number fits the measure the question's measure word names (`measureFit`). A bare number, which
 * may be anything, fits loosely a measure of a thing ("how heavy", "how far"), and fully one asked of
 * amounts and ranks too ("how high", "how big"), which English writes bare as often ("reached number 13
 * in the chart", "rose to 8").
 */
function fitOf(measure: MeasureAsked, text: string, f: Filler): 'fine' | 'loose' | 'none' {
  const fit = measureFit(measure, measuresOfSpan(text, f.start, f.end));
  if (fit !== undefined) return fit;
  return measure.bareFits === true ? 'fine' : 'loose';
}

function fillers(
  asked: AskedSlot,
  passage: PassageView,
  groups: readonly Group[],
  groupOf: ReadonlyMap<string, number>,
): { fine: readonly Filler[]; loose: readonly Filler[] } {
  const { text } = passage;
  const entity = ENTITY_FILLERS[asked.slot];
  if (entity !== undefined) {
    const entities = passage.entities();
    // A bare unit of time ("days", "year") is no date that says when (`saysWhen`).
    const of = (types: EntityType[]) =>
      entities.filter((e) => types.includes(e.type) && (e.type !== 'date' || saysWhen(text, e.start, e.end)));
    // A year the tagger missed is still a date, and a name after "in" or "at" a place ("born in Tralee").
    const years = asked.slot === 'date' ? matches(YEAR_FIGURES, text) : [];
    const places = asked.origin === true ? untaggedPlaces(text, entities) : [];
    // "Where was the auction?" is not answered by "the buyer, a family from Winchester": where someone
    // comes from fills only "where is she from?" or a question about them (`unaskedHome`).
    const words = asked.slot === 'place' ? asked.words : undefined;
    const fine =
      words === undefined
        ? of(entity.fine)
        : of(entity.fine).filter((e) => !unaskedHome(text, e.start, words));
    return { fine: [...fine, ...years, ...places], loose: of(entity.loose) };
  }
  const all = numbers(text);
  switch (asked.slot) {
    case 'money':
      return { fine: matches(MONEY, text), loose: all };
    case 'age': {
      const ages = agesIn(text);
      // "£95", "27 miles", "3,000 people" are no one's age, not even loosely; "150 years" may be a thing's.
      // Nor, of a person, a time between two events ("He made his senior debut five years ago" for "how
      // old was he when he made his debut?"), as the short answer stage reads it (`answer-kind.ts`): a
      // time gone by says when, and the rule for a person's age with no filler then refuses.
      const { measure } = asked;
      const fits = measure === undefined ? all : all.filter((f) => fitOf(measure, text, f) !== 'none');
      const loose = asked.thing === true ? fits : fits.filter((f) => !timeBetween(f, text));
      // A thing's age is not a person's: "a 43-year-old man" fills "how old is the factory?" loosely.
      if (asked.thing !== true) return { fine: ages, loose };
      const being = (f: Filler) => agesABeing(text, f.start, f.end);
      // "It is thought to date from the 7th Century": when a thing came to be says its age.
      const dated = passage.entities().filter((e) => e.type === 'date' && datesOrigin(text, e.start));
      return { fine: [...ages.filter((f) => !being(f)), ...dated], loose };
    }
    case 'share':
      return { fine: matches(SHARE, text), loose: all };
    case 'count': {
      // "…by the age of five", "Leo Marsh, 11,": someone's age counts no one. (A noun the question
      // counts, "how many years…", still finds its own numbers below, from all of them.)
      const ages = agesGiven(text);
      const counts = all.filter((f) => !ages.some((a) => a.start <= f.start && a.end >= f.end));
      if (asked.counted === undefined) return { fine: counts, loose: [] };
      const words = asked.counted;
      const counted = new Set(groups.flatMap((g, i) => (words.includes(g.word) ? [i] : [])));
      if (counted.size === 0) return { fine: [], loose: all };
      // "How many people…" is answered by "three astronauts": a kind of the counted thing counts too.
      const kinds = words.map((w) => (w === 'people' ? 'person' : w));
      // A number that looks like a year but counts the thing is a count ("2000 guests").
      const fine = numbers(text, true).filter((f) => countsThe(f, passage, groupOf, counted, kinds));
      // "his ninth Budget", "for the 21st time": the ordinal of the counted noun is how many so far.
      const nth = matches(ORDINAL, text).filter((f) => ordinalOf(f, passage, groupOf, counted));
      return { fine: [...fine, ...nth], loose: counts };
    }
    default: {
      const { dimension, measure, adjective, unitMeasure } = asked;
      // "How long is the bridge?" of "the £7.8 million bridge", "how far did she walk?" of "nine miles a
      // day": a number of another measure than the units asked, or a rate for a total, fills it loosely.
      // Whether the passage names the measured thing is the passage's, read once; each number once.
      const named = unitMeasure === undefined || namesMeasured(unitMeasure, passage.tokens);
      const isUnasked = (f: Filler) =>
        unitMeasure !== undefined &&
        (!named ||
          unaskedRate(unitMeasure, text, f.start, f.end) ||
          unaskedGap(unitMeasure, text, f.start, f.end) ||
          measureFit({ measures: unitMeasure.measures }, measuresOfNumber(text, f.start, f.end)) === 'none');
      const unaskedOnes = new Set(all.filter(isUnasked));
      const unasked = (f: Filler) => unaskedOnes.has(f);
      if (asked.duration === true) {
        // "How long has the shop been going?" of "…the market, which opens on 14 November": the day of a
        // date is a point in time, no length of it, not even loosely ("since 1962" is one, as `timeWords`
        // reads it).
        const day = (f: Filler) => dayAlone(text, f.start, f.end);
        return {
          fine: [...all.filter((f) => !unasked(f) && !day(f)), ...timeWords(asked, text)],
          loose: all.filter((f) => unasked(f) && !day(f)),
        };
      }
      // "How heavy was the pumpkin?" is answered by "612kg", loosely by a bare number, and not by "3,000
      // people" nor "400 litres": a count of things or another measure is none of it.
      // Each number's fit read once: the fine ones, and the loose ones (a bare number) after.
      const fits = all.map((f) => ({ f, fit: measure === undefined ? 'fine' : fitOf(measure, text, f) }));
      const numbered = fits.filter((x) => x.fit === 'fine' && !unasked(x.f)).map((x) => x.f);
      // "a tonne", "an hour": one unit of the kind asked, by its article (`oneUnitsOf`).
      const ones = measure === undefined ? [] : oneUnitsOf(measure, text).filter((f) => !isUnasked(f));
      const fine = [...numbered, ...ones];
      const bare = fits
        .filter((x) => x.fit === 'loose' || (x.fit === 'fine' && unasked(x.f)))
        .map((x) => x.f);
      if (dimension === undefined) return { fine, loose: bare };
      // "How big is the comet?" is not answered by how far it is from the Sun, nor by how long it was watched.
      const other = (f: Filler) => otherMeasureFollows(text.slice(f.end), dimension, adjective);
      return { fine: fine.filter((f) => !other(f)), loose: [...bare, ...fine.filter(other)] };
    }
  }
}

/**
 * An ordinal number, in digits or words ("21st", "ninth": numbers.ts's `ORDINAL_WORD`); not "first" or
 * "second" ("1st", "2nd"), which say first in time or a unit of time as often.
 */
const ORDINAL = new RegExp(String.raw`\b(?!(?:first|second|1st|2nd)\b)${ORDINAL_WORD}\b`, 'giu');

/**
 * What makes an ordinal a count so far: an owner ("her ninth budget", "Brown's ninth", "a record 12th
 * title", "a record-breaking ninth Budget") or "the … time" ("for the 21st time"). "The fifth floor"
 * is a position, not how many floors.
 */
const OWNED_BEFORE = /(?:\b(?:his|her|its|their|our|my|your|record(?:[\s-]+breaking)?)|['’]s)\s+$/iu;
const THE_BEFORE = /\bthe\s+$/iu;

/** An ordinal right before the counted noun, so owned ("her ninth budget" for "how many budgets…"). */
function ordinalOf(
  f: Filler,
  passage: PassageView,
  groupOf: ReadonlyMap<string, number>,
  counted: ReadonlySet<number>,
): boolean {
  const next = passage.tokens.find((t) => t.start >= f.end);
  if (next === undefined || !/^\s+$/u.test(passage.text.slice(f.end, next.start))) return false;
  const before = passage.text.slice(0, f.start);
  if (!OWNED_BEFORE.test(before) && !(THE_BEFORE.test(before) && next.word === 'time')) return false;
  const g = groupOf.get(next.stem);
  return g !== undefined && counted.has(g);
}

/** A number counts the asked noun when the noun follows it within a few words of the same clause ("23,000 people", "five of the eight critics"). */
function countsThe(
  f: Filler,
  passage: PassageView,
  groupOf: ReadonlyMap<string, number>,
  counted: ReadonlySet<number>,
  kinds: readonly string[],
): boolean {
  const after = passage.tokens.filter((t) => t.start >= f.end).slice(0, 5);
  for (const t of after) {
    if (/[,;:()—–]/.test(passage.text.slice(f.end, t.start))) return false;
    const g = groupOf.get(t.stem);
    if (g !== undefined && counted.has(g)) return true;
    // A word of a name ("one blog EverQuest Daily Grind") is no common noun: WordNet's "grind" is a person.
    const named = startsUpper(passage.text.slice(t.start, t.end));
    if (!named && kinds.some((k) => isKindOf(t.word, k))) return true;
  }
  return false;
}

/**
 * Words either side of a filler that count as close to it. The definition of a feature the learned
 * calibrator weighs (`slotNear`), not a tuning: changing it means training again.
 */
const NEAR = 6;

/**
 * Negated telling: the story says that the thing is not said ("the council has not said when", "neither
 * club disclosed its terms", "declined to comment"). Only verbs of telling or deciding after an auxiliary
 * or "neither" (an "unknown process" or "[not in citation given]" says nothing of the kind).
 */
const UNSAID =
  /\b(?:(?:has|have|had|did|does|do|would|will|could|is|are|was|were)\s*(?:not|n't)|neither\s+\p{L}+|nobody|no one)\s+(?:yet\s+|been\s+)?(?:say|said|disclose|disclosed|reveal|revealed|announce|announced|confirm|confirmed|specify|specified|decide|decided|set)\b|\b(?:declined|refused|would not|wouldn't)\s+to\s+(?:say|comment|disclose|reveal|confirm)\b|\bundisclosed\b|\byet to be (?:decided|set|announced|confirmed|disclosed)\b/iu;

/** Does the passage say that something is not said or not known? */
export function unsaid(text: string): boolean {
  return UNSAID.test(text.replace(/[’]/g, "'"));
}

/**
 * The rarity-weighted share of the question words the passage matched that sit within `NEAR` words of
 * the filler (the filler's own words aside). A window rather than the clause: appositions ("their
 * captain, David …,") split a clause from the words it belongs to.
 */
function nearShare(
  f: Filler,
  passage: PassageView,
  groups: readonly Group[],
  groupOf: ReadonlyMap<string, number>,
): number {
  const idx = passage.tokens.flatMap((t, i) => (t.start >= f.start && t.end <= f.end ? [i] : []));
  const first = idx[0] ?? passage.tokens.findIndex((t) => t.start >= f.start);
  const lo = first - NEAR;
  const hi = (idx[idx.length - 1] ?? first) + NEAR;
  const inPassage = new Set<number>();
  const near = new Set<number>();
  passage.tokens.forEach((t, i) => {
    const g = groupOf.get(t.stem);
    if (g === undefined || t.stop) return;
    inPassage.add(g);
    if (i >= lo && i <= hi && !idx.includes(i)) near.add(g);
  });
  const weight = (set: Set<number>) => [...set].reduce((sum, g) => sum + (groups[g]?.idf ?? 0), 0);
  const total = weight(inPassage);
  return total > 0 ? weight(near) / total : 0;
}
