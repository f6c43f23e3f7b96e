/**
 * A measure asked with an adjective the engine does not list: "how shallow is the pond?" asks a depth as
 * "how deep" does, "how near is the village?" a distance as "how far", "how short was the film?" a length
 * of time as "how long", "how tiny was the bird?" a size as "how big". WordNet names the attribute an
 * adjective is a value of (its `=` pointer: shallow → depth, near → distance, light → weight), and the
 * adjective and its antonym are values of one attribute; a satellite adjective ("tiny", "huge",
 * "lengthy") is read by its head ("small", "large", "long"). The question is read as asking with the
 * listed measure word whose attribute is the adjective's first one, so that every stage reading a
 * measure word (the answer type, the asked slot, the kind of measure and its units: measure.ts) reads
 * it alike. Two adjectives measure one dimension when their attributes share a sense (`sameAttribute`):
 * "2 miles long" says no width. Pure, apart from WordNet look-ups.
 */
import { attributeSenses, isLemma, readSynsetWords, similarAdjectives, usualSenses } from './wordnet.js';

/** The word after "how": an adjective or adverb asking a measure, or any other word. */
const HOW_WORD = /\bhow\s+(\p{L}+)/u;

/** The attribute senses an adjective is read by: its own, else its satellite heads' (`similarAdjectives`). */
function attributesRead(adjective: string): number[] {
  const own = attributeSenses(adjective);
  return own.length > 0 ? own : similarAdjectives(adjective).flatMap(attributeSenses);
}

/**
 * The listed measure word that the question's "how <adjective>" stands for: the word itself when listed;
 * else the first listed word one of whose attributes is the adjective's first (WordNet `=`); none when
 * no listed word measures that attribute ("how strong", "how important").
 */
export function measureWordFor(question: string, listed: readonly string[]): string | undefined {
  const word = HOW_WORD.exec(question.toLowerCase())?.[1];
  if (word === undefined || listed.includes(word)) return word;
  if (!isLemma('adj', word)) return undefined;
  const first = attributesRead(word)[0];
  return first === undefined ? undefined : listed.find((w) => attributesRead(w).includes(first));
}

/**
 * The question (lower case) with its "how <adjective>" written with the listed measure word it stands
 * for (`measureWordFor`): "how shallow is the pond?" → "how deep is the pond?". As written when it
 * stands for none.
 */
export function withMeasureWord(question: string, listed: readonly string[]): string {
  const q = question.toLowerCase();
  const m = HOW_WORD.exec(q);
  const word = measureWordFor(q, listed);
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
