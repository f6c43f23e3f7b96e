/**
 * A size is not a distance, and neither is a length of time. "How big is the comet?" asks for the
 * comet's own dimensions; "the comet is about 900 million kilometres from the Sun" gives a length of the
 * same unit, but between the comet and something else: how far, not how big. English says which by what
 * follows the length: "from", "away", "apart", "off", "beyond", "short of" or a compass direction ("20
 * miles north of…") measure a gap between two things; "across", "long", "high" or nothing measure the
 * thing itself. Any "how far / tall / heavy…" question asks a measure that a number of hours or years
 * ("they tracked it for nine nights") does not give. Pure, apart from WordNet look-ups.
 */
import { lemmaOf } from './lemma.js';
import { isKindOf } from './wordnet.js';

/**
 * The dimension a "how <adjective>" question asks: a thing's own size ("how big", "how tall", "how
 * deep"…), or another measure ("how far", "how heavy", "how fast").
 */
export type Dimension = 'size' | 'other';

const SIZE_ASKED = /\bhow (?:big|large|small|tall|high|wide|deep|thick)\b/;
const OTHER_ASKED = /\bhow (?:far|heavy|fast)\b/;

/** The dimension the question asks, if it asks one. */
export function dimensionAsked(question: string): Dimension | undefined {
  const q = question.toLowerCase();
  return SIZE_ASKED.test(q) ? 'size' : OTHER_ASKED.test(q) ? 'other' : undefined;
}

/**
 * After a number: an optional scale word, a unit of length, and a word saying that the length lies
 * between two things ("900 million kilometres from the Sun", "three miles away", "10 km apart").
 */
const GAP_AFTER =
  /^(?:\s+(?:thousand|million|billion|trillion)s?)?[\s-]+(\p{L}+)\s+(?:from|away|apart|off|beyond|short\s+of|(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?)\b/iu;

/** Does the text right after a number (a unit and what follows it) give a length between two things? */
function gapFollows(after: string): boolean {
  const unit = GAP_AFTER.exec(after)?.[1]?.toLowerCase();
  if (unit === undefined) return false;
  return isKindOf(unit, 'linear_unit') || isKindOf(lemmaOf(unit) ?? unit, 'linear_unit');
}

/** After a number: a unit of time ("six hours", "three-year", "billions of years"): how long. */
const TIME_AFTER =
  /^(?:\s+(?:thousand|million|billion)s?)?[\s-]+(?:of\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)\b/iu;

/**
 * Does what follows a number make it no measure of the asked dimension: a length of time for any, and a
 * distance between two things for a size ("They observed the comet for six hours", "…kilometres from
 * the Sun")?
 */
export function otherMeasureFollows(after: string, dimension: Dimension): boolean {
  return TIME_AFTER.test(after) || (dimension === 'size' && gapFollows(after));
}

/** A number in a candidate span, in digits or in words. */
const NUMBER_IN_SPAN =
  /\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|a few|several|dozens?)\b/giu;

/**
 * Is the candidate span no measure of the asked dimension (`otherMeasureFollows`), as its last number's
 * unit, in the span or right after it, says ("900 million kilometres" of "…kilometres from the Sun")?
 */
export function namesOtherMeasure(text: string, start: number, end: number, dimension: Dimension): boolean {
  const numbers = [...text.slice(start, end).matchAll(NUMBER_IN_SPAN)];
  const last = numbers.at(-1);
  return (
    last !== undefined && otherMeasureFollows(text.slice(start + last.index + last[0].length), dimension)
  );
}
