/**
 * A measure asked with an adjective the engine does not list: "how shallow is the pond?" asks a depth as
 * "how deep" does, "how near is the village?" a distance as "how far", "how short was the film?" a length
 * of time as "how long", "how tiny was the bird?" a size as "how big". WordNet names the attribute an
 * adjective is a value of (its `=` pointer: shallow → depth, near → distance, light → weight), and the
 * adjective and its antonym are values of one attribute; a satellite adjective ("tiny", "huge",
 * "lengthy") is read by its head ("small", "large", "long"). The question is read as asking with the
 * listed measure word whose attribute is the adjective's first one, by the answer type (question.ts),
 * the asked slot (slot.ts) and the kind of measure and its units (measure.ts), each against the list it
 * reads (below), and the short answer's kind (answer-kind.ts `readKind`) as the slot does. Two
 * adjectives measure one dimension when their attributes share a sense (`sameAttribute`):
 * "2 miles long" says no width. Pure, apart from WordNet look-ups.
 */
import {
  attributeSenses,
  commonSenses,
  isLemma,
  pointersOf,
  isSenseKindOf,
  readSynsetWords,
  similarAdjectives,
  synsetWords,
  usualSenses,
} from './wordnet.js';

/**
 * The adjectives after "how" that ask a measure, the list the others are made from. An adjective not in
 * a stage's list is read as the listed word whose attribute it measures (`measureWordFor`,
 * `withMeasureWord`: "how thin" as "how thick", "how quick" as "how fast", "how numerous" as "how
 * many"). measure.ts (`ASKED`) reads against this list alone, for the kind of measure and its units.
 * question.ts (the answer's type), slot.ts (the asked slot) and answer-kind.ts (`readKind`, the short
 * answer's kind) read against question.ts's `HOW_WORDS`: these, "much", "often", "frequently" and "many".
 * Then question.ts types any word of `HOW_WORDS` a number, and slot.ts takes "how many" as a count and a
 * word of `HOW_MEASURE` (`HOW_WORDS` but "many") as a quantity. Not the adverb "quickly": "how quickly
 * did they respond?" asks a manner as much as a speed, so its type is no number; only measure.ts's
 * `ASKED` reads it, as a speed.
 */
export const MEASURE_WORDS = [
  ...['hot', 'cold', 'warm', 'cool', 'old', 'young', 'far', 'tall', 'deep', 'wide', 'thick'],
  ...['high', 'heavy', 'fast', 'big', 'large', 'small', 'long'],
] as const;

/**
 * The WordNet classes of the attributes a number with a unit measures: a magnitude (size, depth, width,
 * height, length), a physical property (weight, temperature), a property of time (duration, speed), a
 * spatial relation (distance) and age ("how new is the footbridge?" of "opened in 2019"). Not "degree"
 * ("a position on a scale of intensity or amount or quality"), the first attribute of "high", "low" and of
 * "intense", the head of "severe": an evaluation, which "how severe were the injuries?" asks of words
 * ("serious"), not of a number.
 */
const MEASURED_ATTRIBUTES: readonly string[] = [
  'magnitude',
  'physical_property',
  'temporal_property',
  'spatial_relation',
  'age',
];

/** The word after "how": an adjective or adverb asking a measure, or any other word. */
const HOW_WORD = /\bhow\s+(\p{L}+)/u;

/** The attribute senses an adjective is read by: its own, else its satellite heads' (`similarAdjectives`). */
function attributesRead(adjective: string): number[] {
  const own = attributeSenses(adjective);
  return own.length > 0 ? own : similarAdjectives(adjective).flatMap(attributeSenses);
}

/**
 * The attribute of the adjective's first sense (its head's, for a satellite: `similarAdjectives`): the
 * sense a reader takes "how close…" in (distance), not a later one (closeness of a relationship).
 */
function firstAttribute(adjective: string): number | undefined {
  return (
    attributeSenses(adjective, 1)[0] ?? similarAdjectives(adjective).flatMap((w) => attributeSenses(w, 1))[0]
  );
}

/**
 * The listed measure word that the question's "how <adjective>" stands for: the word itself when listed;
 * else the first listed word one of whose attributes is the attribute of the adjective's first sense
 * (WordNet `=`), when that attribute is measured with a unit (`MEASURED_ATTRIBUTES`); none when no
 * listed word measures it ("how strong", "how important") or it is a degree ("how severe", "how low").
 */
export function measureWordFor(question: string, listed: readonly string[]): string | undefined {
  return listedFor(HOW_WORD.exec(question.toLowerCase())?.[1], listed);
}

/** The listed measure word the word after "how" (lower case) stands for (`measureWordFor`). */
function listedFor(word: string | undefined, listed: readonly string[]): string | undefined {
  if (word === undefined || listed.includes(word)) return word;
  if (!isLemma('adj', word)) return undefined;
  const first = firstAttribute(word);
  if (first === undefined || !MEASURED_ATTRIBUTES.some((c) => isSenseKindOf(first, c))) return undefined;
  return listed.find((w) => attributesRead(w).includes(first));
}

/**
 * The question (lower case) with its "how <adjective>" written with the listed measure word it stands
 * for (`measureWordFor`): "how shallow is the pond?" → "how deep is the pond?". As written when it
 * stands for none.
 */
export function withMeasureWord(question: string, listed: readonly string[]): string {
  const q = question.toLowerCase();
  // The word after "how" read once, for the measure word and where it stands.
  const m = HOW_WORD.exec(q);
  const word = listedFor(m?.[1], listed);
  if (m === null || word === undefined || m[1] === word) return q;
  const at = m.index + m[0].length - (m[1]?.length ?? 0);
  return q.slice(0, at) + word + q.slice(m.index + m[0].length);
}

/** The word after "how" (lower case): the measure word of "how far…", "how narrow…". */
export function howWord(question: string): string | undefined {
  return HOW_WORD.exec(question.toLowerCase())?.[1];
}

/** The noun senses of the words of an adjective's attributes (`attributesRead`), each in its usual senses (`usualSenses`): "long" → those of "duration" and "length". */
function attributeWordSenses(adjective: string): Set<number> {
  const words = attributesRead(adjective).flatMap((offset) => readSynsetWords('noun', offset));
  return new Set(words.flatMap((w) => usualSenses('noun', w)));
}

/**
 * Do two adjectives measure one attribute: does a word of the one's attributes share a sense with a word
 * of the other's? "tall" (stature, height) and "high" (height) do; "far" (distance) and "long" (length)
 * do, as "distance" and "length" name one sense, the size of the gap between two places; "wide" (width)
 * and "long" do not. False when either is no adjective of an attribute.
 */
export function sameAttribute(a: string, b: string): boolean {
  const of = attributeWordSenses(a);
  return [...attributeWordSenses(b)].some((sense) => of.has(sense));
}

/**
 * The listed measure word (`MEASURE_WORDS`) asking what a noun names, when WordNet names the noun as the
 * attribute that adjective is a value of (its `=` pointers from the noun's commonest senses, in order):
 * "temperature" → "hot", "weight" → "heavy", "depth" → "deep", "distance" → "far", in a sense that is an
 * attribute measured with a unit (`MEASURED_ATTRIBUTES`). "What's the temperature?" asks what "how hot
 * is it?" asks. Undefined for a noun that is no such attribute ("water", "level" as a degree).
 */
export function attributeMeasureWord(noun: string): string | undefined {
  for (const offset of commonSenses('noun', noun.toLowerCase())) {
    // A sense that is a measured attribute (`MEASURED_ATTRIBUTES`): not "level" as a degree ("what is
    // the highest level of the church?"), whose values "high" and "low" are no measure there.
    if (!MEASURED_ATTRIBUTES.some((c) => isSenseKindOf(offset, c))) continue;
    for (const p of pointersOf('noun', offset))
      if (p.symbol === '=')
        for (const adjective of synsetWords(p.pos, p.offset)) {
          const listed = listedFor(adjective, MEASURE_WORDS);
          if (listed !== undefined) return listed;
        }
  }
  return undefined;
}
