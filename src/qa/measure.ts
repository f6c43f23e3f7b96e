/**
 * Kinds of measure: what a number with its unit measures, and which kinds a question's measure word
 * asks for. "How high did the water get?" asks a length ("4.7 metres"), and "Karen Mbeki, 54" gives an
 * age: a number of another kind is no answer, however near the question's words it stands. "How much
 * rain fell?" asks an amount of rain, which English gives as a depth ("78mm"), never as a length of time
 * ("in 72 hours"). The kind of a number is read from its unit by WordNet's classes of units (a
 * "linear_unit", a "mass_unit", a "time_unit"…), and from the few signs no class covers: a currency
 * sign, "per cent", "degrees", "-year-old" or an age in apposition after a name.
 *
 * Within a length, a size is not a distance: "how big is the comet?" asks the comet's own dimensions,
 * and "the comet is about 900 million kilometres from the Sun" gives a length of the same unit, but
 * between the comet and something else. English says which by what follows the length: "from", "away",
 * "apart", "off", "beyond", "below", "above", "beneath", "short of" or a compass direction ("20 miles
 * north of…") measure a gap between two things ("30m below the top of the cliff"); "across", "long",
 * "high" or nothing measure the thing itself. A height or depth asked ("how high did the river peak?") is
 * itself such a gap, to a level: "above", "below" and "beneath" give it ("4.8 metres above its normal
 * level"). Pure, apart from WordNet look-ups.
 */
import { namedAges } from './apposition.js';
import { lemmaOf } from './lemma.js';
import { detachedBases } from './morphology.js';
import { numbersIn, SCALE_AFTER } from './numbers.js';
import { isPlural } from './counted-noun.js';
import { isStopword } from './text.js';
import { isAdverb, isKindOf, isLemma } from './wordnet.js';
import { howWord, MEASURE_WORDS, measureWordFor, sameAttribute, withMeasureWord } from './measure-word.js';

/** The kinds of measure a number gives and a question asks. */
export type Measure =
  | 'length'
  | 'area'
  | 'volume'
  | 'weight'
  | 'speed'
  | 'temperature'
  | 'duration'
  | 'money'
  | 'share'
  | 'age'
  /** A number of things that are no unit ("3,000 people", "six men"): `countsAt`. */
  | 'count';

/**
 * WordNet's classes of each measure's units: "metre", "mm", "mile" are linear units, "hour" and "day"
 * units of time, "week" and "night" periods of time, "mph" a rate. Temperature has no class that its
 * units ("degree") reach in their commonest senses: it is read from "degrees" and "°" (`SIGNS`).
 */
const UNIT_CLASSES: readonly (readonly [Measure, readonly string[]])[] = [
  ['length', ['linear_unit']],
  ['area', ['area_unit']],
  ['volume', ['volume_unit']],
  ['weight', ['mass_unit']],
  ['speed', ['rate']],
  ['duration', ['time_unit', 'time_period']],
  ['money', ['monetary_unit']],
];

/** The classes of every unit a number may have (`UNIT_CLASSES`): what a counted noun is not. */
const ANY_UNIT_CLASSES = UNIT_CLASSES.flatMap(([, classes]) => classes);

/** The WordNet classes of the units of the measures (`UNIT_CLASSES`), for a unit word's test. */
export function unitClassesOf(measures: readonly Measure[]): string[] {
  return UNIT_CLASSES.filter(([m]) => measures.includes(m)).flatMap(([, classes]) => classes);
}

/** What a question's measure word asks for, and what answers it only when nothing else does. */
export interface MeasureAsked {
  /** The kinds of measure that answer it ("how high" → a length, or an amount: "inflation rose to 8%"). */
  measures: readonly Measure[];
  /** Kinds that answer it loosely ("how fast did it sell out?" → "in two hours"). */
  loosely?: readonly Measure[];
  /** A dimension in the strict sense, whose units say the measure (`unitClassesOf`): not "how much water". */
  dimension?: true;
  /**
   * Asked of amounts and ranks too, which English writes as a bare number as often as with a unit
   * ("reached number 13 in the chart", "rose to 8"): a bare number fills it fully (`slot.ts`).
   */
  bareFits?: true;
}

const AMOUNTS: readonly Measure[] = ['money', 'share'];
/** The measures of a thing's physical size or state, which a unit gives ("4.7 metres", "30 degrees"). */
export const PHYSICAL: readonly Measure[] = ['length', 'area', 'volume', 'weight', 'speed', 'temperature'];
/**
 * Everything "how much <noun>" may ask of a thing that is not time: any measure but a time or an age,
 * and a count ("how much food was collected?" → "4,000 tins").
 */
const ANY_AMOUNT: readonly Measure[] = [...PHYSICAL, ...AMOUNTS, 'count'];

/**
 * The question's measure word and what it asks, first match first. "How high" and "how big" are asked
 * of amounts too ("how high did inflation rise?" → "8%", "how big was the loan?" → "£40m"), and of
 * numbers of things ("how big was the crowd?" → "3,000 people", "how high did the number of cases
 * climb?" → "1,200 cases"). A count is no weight, no temperature and no age: "six men" are not how
 * heavy anything is. A length or a speed takes one loosely, as English counts in units WordNet does not
 * file as units ("24 storeys high", "six stops away", "80 lengths", "38 knots": review35c), and "how
 * long" too ("how long was the queue?" → "200 people"). An age is said as one ("68", "a 13-year-old")
 * or, of a thing, as a length of time ("built 150 years ago"), loosely.
 */
/** "How old", "how young", "what age" (also "at what age"): the question asks an age (slot.ts reads it too). */
export const AGE_ASKED = /\bhow old\b|\bhow young\b|\bwhat age\b/;

const ASKED: readonly (readonly [RegExp, MeasureAsked])[] = [
  [
    /\bhow (?:hot|cold|warm|cool)\b|\bwhat(?:'s| is| was| were)? (?:the )?temperatures?\b/,
    { measures: ['temperature'] },
  ],
  [AGE_ASKED, { measures: ['age'], loosely: ['duration'] }],
  [/\bhow (?:far|tall|deep|wide|thick)\b/, { measures: ['length'], loosely: ['count'], dimension: true }],
  [
    /\bhow high\b/,
    { measures: ['length', 'temperature', ...AMOUNTS, 'count'], dimension: true, bareFits: true },
  ],
  [/\bhow heavy\b/, { measures: ['weight'], dimension: true }],
  [
    /\bhow (?:fast|quick|quickly)\b/,
    { measures: ['speed'], loosely: ['duration', 'count'], dimension: true },
  ],
  [
    /\bhow (?:big|large|small)\b/,
    { measures: ['length', 'area', 'volume', ...AMOUNTS, 'count'], dimension: true, bareFits: true },
  ],
  [/\bhow long\b/, { measures: ['duration'], loosely: ['length', 'count'] }],
];

/** The question, lower case, asking with a measure word `ASKED` reads (`withMeasureWord`). */
function asListed(question: string): string {
  return withMeasureWord(question, MEASURE_WORDS);
}

/**
 * The measure the question's measure word names ("how heavy", "how far", "how hot", "how old": `ASKED`,
 * or an adjective of the same attribute: "how shallow"), not the amount "how much <noun>" asks, which
 * may be of anything.
 */
export function measureNamed(question: string): MeasureAsked | undefined {
  const q = asListed(question);
  return ASKED.find(([asks]) => asks.test(q))?.[1];
}

/** A question ending on a participle ("…delayed?", "…risen?"). */
const PARTICIPLE_LAST = /\p{L}{2,}(?:ed|en)\s*[?.!]*\s*$/u;

/** WordNet's class of rain, snow, hail: an amount of them is given as a depth ("78mm of rain"). */
const PRECIPITATION = 'precipitation';

/** The noun of "how much"; made once, as letters.ts says why. */
const HOW_MUCH_NOUN = /\bhow much (\p{L}+)/u;

/** The measure the question asks for, when its measure word names one (`ASKED`, "how much <noun>"). */
export function measureAsked(question: string): MeasureAsked | undefined {
  const named = measureNamed(question);
  if (named !== undefined) return named;
  const q = question.toLowerCase();
  // "How much rain fell?": a depth, or a volume. "How much water was used?": an amount of it, not a
  // time. "How much time…", "how much longer…" ask a time; "how much did it cost?" money (slot.ts).
  const noun = HOW_MUCH_NOUN.exec(q)?.[1];
  if (noun === undefined || /^(?:time|long|longer|later|earlier|sooner)$/.test(noun)) return undefined;
  // "How much were tickets?", "how much is it?": no noun, and none of time, so an amount too; a length of
  // time ("sold out within four days") answers only "how much time". Not when a participle ends the
  // question: "how much was the opening delayed?" asks by how much, which a length of time answers.
  if (isStopword(noun)) return PARTICIPLE_LAST.test(q) ? undefined : { measures: ANY_AMOUNT };
  const base = lemmaOf(noun) ?? noun;
  if (isKindOf(noun, PRECIPITATION) || isKindOf(base, PRECIPITATION))
    return { measures: ['length', 'volume'], dimension: true };
  return isKindOf(base, 'time_period') || isKindOf(base, 'time_unit') ? undefined : { measures: ANY_AMOUNT };
}

/** Signs of a measure that no unit class covers, read around the number. */
const BEFORE_MONEY = /(?:[£$€¥]|\b(?:us|usd|gbp|eur))\s?$/i;
const AFTER_SHARE = /^\s*(?:%|per ?cent\b|percent\b)/i;
const AFTER_AGE = /^[\s-]*years?[\s-]*old\b/i;
const BEFORE_AGE = /\baged?\s+$/i;
const AFTER_TEMPERATURE = /^\s*(?:°|degrees?\b)/i;
/** Celsius or Fahrenheit glued on in capitals, as news writes a temperature: "16C", "88F". */
const GLUED_TEMPERATURE = /^[CF]\b/u;

/**
 * The nouns a number and letter after them label rather than measure: "flat 24C", "Room 4C", "Unit
 * 3C of the retail park", "Gate 2F" are places, not temperatures (a review's probes, session 50).
 */
const LABELLED_BEFORE =
  /\b(?:flat|unit|room|block|gate|seat|form|platform|apartment|suite|bay|stand|row|level|floor|door|house|number|no\.?|ward|bed|class|year|grade|route|bus|berth|plot|locker|box|court|studio|office|cell|zone|pitch|lane|terminal)\s+$/iu;

/**
 * Is the number at [start, end) a temperature by a glued C or F ("16C", "88F")? Not a label after a
 * noun it numbers (`LABELLED_BEFORE`), nor an address, a number and letter before a capitalised name
 * ("12C Church Street").
 */
function gluedTemperature(text: string, start: number, after: string): boolean {
  if (!GLUED_TEMPERATURE.test(after)) return false;
  if (/^[CF]\s+\p{Lu}/u.test(after)) return false;
  return !LABELLED_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
/** After a number: an optional scale word, then its unit, written apart ("4.7 metres"), joined ("1.2-kilometre") or glued ("78mm"). */
const UNIT_AFTER = new RegExp(String.raw`^${SCALE_AFTER}(?:[\s-]+(?:of\s+)?|(?=\p{L}))(\p{L}+)`, 'iu');

/**
 * The kinds of measure the number at [start, end) of the text gives, by its unit and the signs around
 * it: none when it has no unit ("9,431 votes", "120 trips", "1951"). A unit of two classes gives both
 * ("pound": money or weight).
 */
export function measuresAt(text: string, start: number, end: number): Measure[] {
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end);
  if (BEFORE_MONEY.test(before)) return ['money'];
  if (AFTER_SHARE.test(after)) return ['share'];
  if (AFTER_AGE.test(after) || BEFORE_AGE.test(before)) return ['age'];
  if (AFTER_TEMPERATURE.test(after) || gluedTemperature(text, start, after)) return ['temperature'];
  // "Karen Mbeki, 54, who runs…": an age, though no word says so (apposition.ts).
  if (namedAges(text).some((a) => a.ageStart === start)) return ['age'];
  return unitMeasuresAt(after);
}

/** The kinds of measure the unit opening `after`, the text after a number, gives (`measuresAt`). */
function unitMeasuresAt(after: string): Measure[] {
  const read = UNIT_AFTER.exec(after);
  const unit = read?.[1];
  // "10 times their own weight": a multiple, not a stretch of time (WordNet's plural "times" is one).
  if (read === null || unit === undefined || unit.toLowerCase() === 'times') return [];
  // Glued on ("300g", "30m"): a unit's symbol, not a word; but "40m viewers" counts millions of them, and
  // "40m euros", "40m litres" millions of a unit, which says what they measure.
  const glued = read[0] === unit;
  const counted = glued && unit === 'm' ? countedAfter(after.slice(unit.length)) : undefined;
  if (counted !== undefined) return measuresOfUnit(counted);
  return UNIT_CLASSES.filter(([, classes]) => isUnitOf(unit, classes, glued)).map(([m]) => m);
}

/**
 * Where the number at [start, end) of the text ends with its unit written apart, as `measuresAt` reads
 * it ("2.5 metres", "20 degrees", "3 million tonnes"), and with the adjective of the dimension the unit
 * measures after it, when one follows ("2.5 metres deep", "40 metres long": a word asking a measure
 * after "how", `measureWordFor`). Undefined when no unit of a measure is written apart after it: a
 * number alone ("1930s", "9,431 votes"), a unit glued on it ("24C", "78mm"), a sign before it ("£5").
 * A number without its unit says no measure: "2.5" is not how deep anything is.
 */
export function unitEnd(text: string, start: number, end: number): number | undefined {
  const after = text.slice(end);
  const read = UNIT_AFTER.exec(after);
  const unit = read?.[1];
  if (read === null || unit === undefined || read[0] === unit) return undefined;
  const measures = measuresAt(text, start, end);
  const isUnit = AFTER_TEMPERATURE.test(after) || isUnitOf(unit, ANY_UNIT_CLASSES);
  if (measures.length === 0 || !isUnit) return undefined;
  const at = end + read[0].length;
  const adjective = /^[\s-]+(\p{L}+)/u.exec(text.slice(at));
  const word = adjective?.[1]?.toLowerCase();
  if (adjective === null || word === undefined || measureWordFor(`how ${word}`, MEASURE_WORDS) === undefined)
    return at;
  return at + adjective[0].length;
}

/** The measures a unit gives ("metres", "tonnes", "hours", "24C", "20 degrees"): `measuresGiven`. */
export const UNIT_GIVEN: readonly Measure[] = [...PHYSICAL, 'duration'];

/**
 * The kinds of measure the text's numbers give by their units (`UNIT_GIVEN`: "24C" a temperature,
 * "2.5 metres" a length, "nine hours" a length of time), each once, in the order first given. Not money,
 * a share nor an age, which their signs give ("£5", "40%", "aged 54": `measuresAt`), and none for a
 * number with no unit ("in 1974", "500 swimmers").
 */
/**
 * A temperature in degrees, as a sentence the index files under temperature gives it: "°", degrees of a
 * scale ("20 degrees Celsius", "75 degrees F"), or bare "degrees" where the sentence speaks of heat or
 * cold ("a chilly 9 degrees", "temperatures of 30 degrees"). An angle is in degrees too ("pitched at 45
 * degrees": the re-read's probe, session 50).
 */
function saysTemperature(text: string, after: string): boolean {
  if (!AFTER_TEMPERATURE.test(after)) return false;
  if (/^\s*(?:°|degrees?\s+(?:c|f|celsius|fahrenheit|centigrade)\b)/iu.test(after)) return true;
  return /\b(?:temperatures?|hot|hotter|hottest|heat|heated|heatwave|cold|colder|coldest|cool|cooler|coolest|warm|warmer|warmest|mild|balmy|chilly|icy|freezing|frost|sweltering|scorching|boiling|thermometer)\b/iu.test(
    text,
  );
}

export function measuresGiven(text: string): Measure[] {
  return given(text, true);
}

/**
 * `measuresGiven` without the units WordNet's classes read ("metres", "tonnes"): only the measures a
 * sign says (a temperature; a sum by its currency sign, `MONEY_SIGN`). What the index files every
 * sentence under (`measure-term.ts`), so that building it looks no number's next word up in WordNet.
 */
export function signedMeasuresGiven(text: string): Measure[] {
  return given(text, false);
}

/**
 * A currency's sign or code before a number, as news writes a sum ("£38,500", "$2m", "USD 40"); case
 * kept, unlike `BEFORE_MONEY`: "told us 40 people" gives no sum. "40 pounds" is as often a weight, and
 * reading it would look the next word up in WordNet for every number the index meets.
 */
const MONEY_SIGN = /(?:[£$€¥]|\b(?:USD|GBP|EUR))\s?$/u;

/** Does the text give a sum of money by its sign (`MONEY_SIGN`)? */
export function givesMoney(text: string): boolean {
  return numbersIn(text).some((n) => MONEY_SIGN.test(text.slice(Math.max(0, n.start - 6), n.start)));
}

function given(text: string, units: boolean): Measure[] {
  const found = new Set<Measure>();
  for (const n of numbersIn(text)) {
    const before = text.slice(Math.max(0, n.start - 6), n.start);
    const after = text.slice(n.end);
    // Signed, a sum (`givesMoney`), in the same pass over the numbers; with units, money is not given.
    if (!units && MONEY_SIGN.test(before)) found.add('money');
    if (BEFORE_MONEY.test(before) || AFTER_SHARE.test(after)) continue;
    if (AFTER_AGE.test(after) || BEFORE_AGE.test(before)) continue;
    if (saysTemperature(text, after) || gluedTemperature(text, n.start, after)) found.add('temperature');
    else if (units) for (const m of unitMeasuresAt(after)) if (UNIT_GIVEN.includes(m)) found.add(m);
  }
  return [...found];
}

/**
 * After an "m" glued on a number, which is metres ("30m below the top") or millions ("£5m"): the plural
 * noun the millions count ("40m viewers"), a unit's too ("40m euros", "40m litres": no length in metres is
 * followed by another unit). "30m waves" is read as millions as well, a known limit.
 */
function countedAfter(rest: string): string | undefined {
  const next = /^\s+(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase();
  return next !== undefined && !isStopword(next) && isPlural(next) ? next : undefined;
}

/**
 * Is the word a unit of one of these WordNet classes (`UNIT_CLASSES`), as written or in its dictionary
 * form ("feet" → "foot")? "in" and "c" are units to WordNet (inch, the speed of light) but words or
 * letters in a story; "m" is metres, and a letter `glued` on the number may be a metric unit's symbol
 * (`isMetricSymbol`: "300g").
 */
export function isUnitOf(word: string, classes: readonly string[], glued = false): boolean {
  const w = word.toLowerCase();
  if (isStopword(w) || (w.length === 1 && w !== 'm' && !(glued && isMetricSymbol(word)))) return false;
  const base = lemmaOf(w) ?? w;
  // A plural WordNet lists as a word of its own is read as that word ("minutes" of a meeting), so its
  // singular by WordNet's detachment rules is tried as well: "ten minutes" is a length of time.
  const forms = [w, base, ...detachedBases(w, 'noun')];
  return classes.some((c) => forms.some((f) => isKindOf(f, c)));
}

/**
 * Is the letter, glued on a number, the symbol of a unit of the metric system, in which news writes
 * symbols ("300g", "2l", "5t")? Only in lower case, as the symbols are written: "3G" is no weight. Not
 * "s" nor "c", which WordNet files as no metric unit: "the 1990s" is the plural of a number. A known
 * limit: a lower-case generation of a network, "4g phones", reads as grams; only the capital ("4G") is
 * read as no unit, and no cheap test tells the two apart in lower case.
 */
function isMetricSymbol(letter: string): boolean {
  return /^\p{Ll}$/u.test(letter) && isKindOf(letter, 'metric_unit');
}

/**
 * The kinds of measure a word is a unit of ("days" a duration, "miles" a length, "degrees" a
 * temperature), as `measuresAt` reads the word after a number.
 */
export function measuresOfUnit(word: string): Measure[] {
  if (AFTER_TEMPERATURE.test(` ${word}`)) return ['temperature'];
  return UNIT_CLASSES.filter(([, classes]) => isUnitOf(word, classes)).map(([m]) => m);
}

/**
 * After a number: its scale word and an "of" ("3 million people", "thousands of fans"), then up to three
 * words of its phrase, each after a space or a hyphen ("two half-pipes"): a unit glued on ("612kg") is
 * no word of it, and a mark ends it ("Isla, nine, named…").
 */
const PHRASE_AFTER = new RegExp(String.raw`^${SCALE_AFTER}(?:\s+of)?((?:[\s-]+\p{L}+){1,3})`, 'iu');

/**
 * Does the number at [start, end) of the text count things that are no unit ("3,000 people", "six
 * men", "nine votes", "two earlier pumpkins", "three Labour councillors")? `phraseReading`.
 */
export function countsAt(text: string, start: number, end: number): boolean {
  return start < end && phraseReading(text.slice(end), text.slice(start, end)).includes('count');
}

/**
 * Words after a counted noun that make the count a length: "24 storeys high", "six stops away". Not
 * "across" nor "apart", which say where the things are ("80 million adherents across the world").
 */
const LENGTH_AFTER = /^(?:high|tall|deep|wide|thick|long|away)$/iu;

/** A number of one thing, which a singular noun follows ("one stop", "a mile"). */
const ONE = /^(?:1|one|an?)$/iu;

/**
 * What the phrase after a number makes of it: its first noun, after any adjectives and names qualifying
 * it, counts things when it is no unit of a measure (WordNet's unit classes) nor "times" (a multiple);
 * a unit after an adjective gives its measure ("one-half mile north": a length). English puts a count
 * before the noun it counts; a stopword ("3,000 had attended"), a verb or a mark after the number leaves
 * it bare. Read after `measuresAt`, which says what a unit right after it or a sign makes of it.
 */
function phraseReading(after: string, number: string): Measure[] {
  const phrase = PHRASE_AFTER.exec(after)?.[1] ?? '';
  const words = phrase.match(/\p{L}+/gu) ?? [];
  // The noun agrees with the number: after any number but one, a plural ("140 last week" is no number
  // of weeks, "a 40 zone" no count of zones), unless joined to it by a hyphen ("a 400-tonne span").
  const agrees = (w: string) => ONE.test(number.trim()) || isPlural(w) || phrase.startsWith('-');
  for (const [i, written] of words.entries()) {
    // "three Labour councillors": a name qualifies the noun counted, as an adjective does.
    if (/^\p{Lu}/u.test(written)) continue;
    const w = written.toLowerCase();
    if (isStopword(w) || w === 'times') return [];
    if (isUnitOf(w, ANY_UNIT_CLASSES)) return i === 0 || !agrees(w) ? [] : measuresOfUnit(w);
    if (isPlural(w) || (isLemma('noun', w) && !isLemma('adj', w))) {
      if (!agrees(w)) return [];
      // "24 storeys high", "six stops away": things counted as a length, which the word after says.
      return LENGTH_AFTER.test(words[i + 1] ?? '') ? ['length'] : ['count'];
    }
    // "two earlier pumpkins", "six local men": an adjective between the number and its noun.
    if (!isLemma('adj', w) && !isAdverb(w)) return [];
  }
  return [];
}

/**
 * What the number at [start, end) gives: the measure its unit or sign says (`measuresAt`), else what its
 * phrase says (`phraseReading`: a count when it counts things), else nothing (a bare number: "in 2019",
 * "Isla, nine,").
 */
export function readingsAt(text: string, start: number, end: number): Measure[] {
  const measures = measuresAt(text, start, end);
  if (measures.length > 0 || start >= end) return measures;
  return phraseReading(text.slice(end), text.slice(start, end));
}

/** A fraction written in a word, and the unit it is of after "a": "half a mile", "a quarter of an hour". */
const FRACTION = /^(?:half|quarter|third)$/iu;
const FRACTION_UNIT = /^\s+(?:of\s+)?an?\s+(\p{L}+)/iu;

/** The kinds of measure a span gives: those of its last number (`readingsAt`), none without a number. */
export function measuresOfSpan(text: string, start: number, end: number): Measure[] {
  const last = numbersIn(text.slice(start, end)).at(-1);
  if (last !== undefined) return readingsAt(text, start + last.start, start + last.end);
  // "half a mile northwest of the Yard": a fraction of one unit measures as the unit does.
  if (!FRACTION.test(text.slice(start, end))) return [];
  const unit = FRACTION_UNIT.exec(text.slice(end))?.[1];
  return unit === undefined ? [] : measuresOfUnit(unit);
}

/** Does a number of the given kinds answer the asked measure: yes, loosely, or no (of another kind)? */
export function measureFit(
  asked: MeasureAsked,
  given: readonly Measure[],
): 'fine' | 'loose' | 'none' | undefined {
  if (given.length === 0) return undefined;
  if (given.some((m) => asked.measures.includes(m))) return 'fine';
  return given.some((m) => asked.loosely?.includes(m) === true) ? 'loose' : 'none';
}

/**
 * Does the passage give only measures of other kinds than the question asks: every number of it has a
 * unit or sign or counts things, none of the asked kind ("how high did the water get?" of "…said Karen
 * Mbeki, 54", "how heavy was the onion?" of "3,000 people attended the two-day event")? A number with no
 * unit that counts nothing may be anything, so a passage with one is not judged.
 */
export function onlyOtherMeasures(question: string, passage: string): boolean {
  const asked = measureAsked(question);
  if (asked === undefined) return false;
  const numbers = numbersIn(passage);
  // "How wide is the path?" of "the path is 2 miles long": a length, but of another of its dimensions.
  const dimension = dimensionAsked(question);
  const adjective = howWord(question);
  const other = (end: number) =>
    dimension !== undefined &&
    adjective !== undefined &&
    otherDimensionFollows(passage.slice(end), adjective);
  return (
    numbers.length > 0 &&
    numbers.every((n) => measureFit(asked, readingsAt(passage, n.start, n.end)) === 'none' || other(n.end)) &&
    oneUnitsOf(asked, passage).length === 0
  );
}

/** "a tonne", "an hour", "half a mile": one of a unit, written with the article, no number. */
const ONE_UNIT = /\b(?:an?|half\s+an?)\s+(\p{L}+)/giu;

/** Before such a unit, a rate's first part: "two megabits a second", "five hours a day", "twice a week". */
function rateBefore(text: string, at: number): boolean {
  const words = text
    .slice(Math.max(0, at - 40), at)
    .trim()
    .split(/\s+/u)
    .slice(-2)
    .join(' ');
  return numbersIn(words).length > 0 || /\b(?:once|twice|times|per)$/iu.test(words);
}

/**
 * One of a unit of the asked kind, given by its article ("tips the scales at a little over a tonne and a
 * quarter", "took an hour", "half a mile away"): English writes one unit so, not as "1 tonne", and no
 * number marks it (nc55). Not the second part of a rate ("two megabits a second": a speed, no duration).
 */
export function oneUnitsOf(asked: MeasureAsked, text: string): { start: number; end: number }[] {
  return [...text.matchAll(ONE_UNIT)].flatMap((m) => {
    const unit = m[1] ?? '';
    const fits = measureFit(asked, measuresOfUnit(unit)) === 'fine';
    return fits && !rateBefore(text, m.index) ? [{ start: m.index, end: m.index + m[0].length }] : [];
  });
}

/**
 * Does the passage give a length of time, for a question whose measure word asks one ("how long did his
 * parents wait…" of "…fly to Fuerteventura six weeks after reports…")? A number whose unit is a unit
 * or period of time (`measuresAt`): how English writes how long, as a unit of length writes how far.
 */
export function durationSaid(question: string, passage: string): boolean {
  if (measureAsked(question)?.measures.includes('duration') !== true) return false;
  return numbersIn(passage).some((n) => measuresAt(passage, n.start, n.end).includes('duration'));
}

/**
 * The dimension a "how <adjective>" question asks: a thing's own size ("how big", "how tall", "how
 * deep"…), or another measure ("how far", "how heavy", "how fast").
 */
export type Dimension = 'size' | 'other';

const SIZE_ASKED = /\bhow (?:big|large|small|tall|high|wide|deep|thick)\b/;
const OTHER_ASKED = /\bhow (?:far|heavy|fast)\b/;

/** The dimension the question asks, if it asks one (an adjective of the same attribute too: "how narrow"). */
export function dimensionAsked(question: string): Dimension | undefined {
  const q = asListed(question);
  return SIZE_ASKED.test(q) ? 'size' : OTHER_ASKED.test(q) ? 'other' : undefined;
}

/**
 * After a number: an optional scale word, a unit of length, and a word saying that the length lies
 * between two things ("900 million kilometres from the Sun", "three miles away", "10 km apart", "30m
 * below the top of the cliff").
 */
const GAP_AFTER = new RegExp(
  String.raw`^${SCALE_AFTER}[\s-]*(\p{L}+)\s+(from|away|apart|off|beyond|below|above|beneath|short\s+of|(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?)\b`,
  'iu',
);

/** The words of `GAP_AFTER` that place one thing over or under another. */
const VERTICAL_GAP = /^(?:below|above|beneath)$/i;

/**
 * The measure words asking how high or deep a thing lies: the gap between it and a level ("4.8 metres
 * above its normal level", "200m beneath the surface"), which a length before "above" or "below" gives.
 * Not "tall", a thing's own stature ("the cliff is 130m high", not "30m below the top of the cliff").
 */
const LEVEL_WORDS: readonly string[] = ['high', 'deep'];

/**
 * Does the text right after a number (a unit and what follows it) give a length between two things?
 * Over or under another thing, not for a question asking how high or deep (`LEVEL_WORDS`: "how high did
 * the river peak?"), whose answer that gap is; the question's adjective is read as its measure word
 * (`measureWordFor`: "how shallow" as "how deep").
 */
function gapFollows(after: string, adjective?: string): boolean {
  const read = GAP_AFTER.exec(after);
  const unit = read?.[1]?.toLowerCase();
  if (read === null || unit === undefined) return false;
  const word = adjective === undefined ? undefined : measureWordFor(`how ${adjective}`, MEASURE_WORDS);
  if (VERTICAL_GAP.test(read[2] ?? '') && word !== undefined && LEVEL_WORDS.includes(word)) return false;
  return isKindOf(unit, 'linear_unit') || isKindOf(lemmaOf(unit) ?? unit, 'linear_unit');
}

/**
 * After a number: a unit of time ("six hours", "three-year", "billions of years"): how long. A hand list,
 * not WordNet's classes of a duration's units (`UNIT_CLASSES`): those hold words that after a number are
 * rarely a length of time ("three quarters of…", "the 2024 season", "the 2012 term"), and reading
 * them so here would change which sizes are answered; answer-kind.ts's TIME_UNIT and stranded.ts keep
 * their own lists of the same words for what they read (a date's unit, a stranded length of time).
 */
const TIME_AFTER = new RegExp(
  String.raw`^${SCALE_AFTER}[\s-]+(?:of\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)\b`,
  'iu',
);

/**
 * Does what follows a number make it no measure of the asked dimension: a length of time for any, and a
 * distance between two things for a size ("They observed the comet for six hours", "…kilometres from
 * the Sun")? Read past a conversion in brackets ("8.5 mi (13.7 km) from the North Sea": `unbracketed`).
 */
export function otherMeasureFollows(text: string, dimension: Dimension, adjective?: string): boolean {
  const after = unbracketed(text);
  return (
    TIME_AFTER.test(after) ||
    (dimension === 'size' && gapFollows(after, adjective)) ||
    (adjective !== undefined && otherDimensionFollows(after, adjective))
  );
}

/**
 * The text after a number's unit without the conversion in brackets that restates it, so that what
 * follows the measure is read: "103 miles (166 km) south of…" → "103 miles south of…", and of the
 * conversion itself "166 km) south of…" → "166 km south of…".
 */
function unbracketed(after: string): string {
  return after.replace(/^(\s*[\p{L}.-]+)\s*(?:\([^)]*\)|\))/u, '$1');
}

/** After a number: its unit, then the word after it ("2 miles long", "130m high", "2ft wide"). */
const WORD_AFTER_UNIT = new RegExp(String.raw`^${SCALE_AFTER}[\s-]*(\p{L}+)[\s-]+(\p{L}+)`, 'iu');

/**
 * The dimension adjective right after a number's unit ("long" of "2 miles long", "high" of "130m high"),
 * when the question's adjective asks one dimension: undefined for a size asked ("how big"), which any of
 * a thing's dimensions gives, and for a word after the unit that is no measure word ("north" of "20 miles
 * north"). Read by both tests below.
 */
function dimensionAfterUnit(after: string, adjective: string): string | undefined {
  const read = WORD_AFTER_UNIT.exec(after);
  const unit = read?.[1];
  const said = read?.[2]?.toLowerCase();
  if (read === null || unit === undefined || said === undefined) return undefined;
  if (!isUnitOf(unit, ANY_UNIT_CLASSES, read[0].startsWith(unit))) return undefined;
  if (measureNamed(`how ${adjective}`)?.measures.includes('area') === true) return undefined;
  return measureNamed(`how ${said}`) !== undefined ? said : undefined;
}

/**
 * Does the number's unit stand before an adjective naming another of a thing's dimensions than the
 * question's adjective asks ("how wide is the path?" of "the path is 2 miles long": WordNet's attribute
 * of "long" is length, of "wide" width: `sameAttribute`)?
 */
function otherDimensionFollows(after: string, adjective: string): boolean {
  const said = dimensionAfterUnit(after, adjective);
  return said !== undefined && !sameAttribute(adjective, said);
}

/**
 * Does the number's unit stand before an adjective of the very dimension the question's adjective asks
 * ("1.4 metres high" for "how high…", "2ft wide" for "how wide…")? English names which of a thing's
 * dimensions a measure is by the adjective after it; a measure with none ("the 1.2km wall") says it no
 * more than its unit does.
 */
function ownDimensionFollows(after: string, adjective: string): boolean {
  const said = dimensionAfterUnit(after, adjective);
  return said !== undefined && sameAttribute(adjective, said);
}

/**
 * Does the span's last number, with its unit, stand before an adjective of the dimension the question's
 * adjective asks (`ownDimensionFollows`: "1.4 metres high" for "how high is the wall?")?
 */
export function namesOwnDimension(text: string, start: number, end: number, adjective: string): boolean {
  const last = numbersIn(text.slice(start, end)).at(-1);
  return last !== undefined && ownDimensionFollows(text.slice(start + last.end), adjective);
}

/**
 * Does the passage name the asked dimension of the thing the measure span qualifies, by a relative
 * clause on that thing whose number stands before its unit and an adjective of that dimension
 * (`ownDimensionFollows`)? "The 1.2km wall, which will stand up to 1.4 metres high" names the wall's
 * height by "high": "1.2km" is another of its measures. Not a measure of another thing: in "The 90m
 * tower will stand beside the old town wall, which is 6 metres high", the 6 metres are the wall's.
 */
export function ownDimensionNamed(text: string, adjective: string, end: number): boolean {
  return numbersIn(text).some(
    (n) =>
      n.start >= end &&
      ON_THE_SAME_THING.test(text.slice(end, n.start)) &&
      ownDimensionFollows(text.slice(n.end), adjective),
  );
}

/**
 * Is the measure span another of the thing's measures than the one asked, as the passage names the asked
 * dimension elsewhere by its adjective ("1.2km" of "The 1.2km wall, which will stand up to 1.4 metres
 * high" for "how high…")? The one test the short answer's fit (answer-kind.ts) and the noun-tied measure
 * (noun-tied.ts) both read.
 */
export function besideOwnDimension(text: string, start: number, end: number, adjective: string): boolean {
  return !namesOwnDimension(text, start, end, adjective) && ownDimensionNamed(text, adjective, end);
}

/**
 * Between a measure before a noun (or the noun too) and a number of a relative clause on that noun: the
 * noun (at most three words), a comma, "which" or "that", and no other clause's end ("1.2km| wall, which will stand up
 * to |1.4").
 */
const ON_THE_SAME_THING = /^(?:\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)?\s*,\s*(?:which|that)\b[^,.;:!?]*$/u;

/**
 * Does the span's last number, with its unit, stand before an adjective of another dimension than the
 * question's adjective asks (`otherDimensionFollows`: "2.5 metres deep" for "how long is the pool?")?
 */
export function namesOtherDimension(text: string, start: number, end: number, adjective: string): boolean {
  const last = numbersIn(text.slice(start, end)).at(-1);
  return last !== undefined && otherDimensionFollows(text.slice(start + last.end), adjective);
}

/**
 * Is the candidate span no measure of the asked dimension (`otherMeasureFollows`), as its last number's
 * unit, in the span or right after it, says ("900 million kilometres" of "…kilometres from the Sun")?
 */
export function namesOtherMeasure(
  text: string,
  start: number,
  end: number,
  dimension: Dimension,
  adjective?: string,
): boolean {
  const last = numbersIn(text.slice(start, end)).at(-1);
  return last !== undefined && otherMeasureFollows(text.slice(start + last.end), dimension, adjective);
}
