/**
 * Number words and digits: a reader types "two" where the story prints "2", or "12" where it says "a
 * dozen". Only the words that name one number each: not "first" or "once", nor "million", which a
 * story writes as "1m", "1.2 million" or "a million" alike, nor "one", which questions use far more
 * often as "a" ("one type of prime", "one of the…") than as the number.
 */

const WORDS: readonly (readonly [string, number])[] = [
  ['zero', 0],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['dozen', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['thousand', 1000],
];

const byWord = new Map<string, string>(WORDS.map(([w, n]) => [w, String(n)]));
const byDigits = new Map<string, string[]>();
for (const [w, n] of WORDS) byDigits.set(String(n), [...(byDigits.get(String(n)) ?? []), w]);

/** The other ways of writing a number: "two" → "2", "12" → "twelve", "dozen"; nothing for other words. */
export function numberForms(word: string): readonly string[] {
  const digits = byWord.get(word);
  if (digits !== undefined) return [digits];
  return byDigits.get(word) ?? [];
}

/**
 * An optional scale word after a number's digits ("4.7 million", "900 million kilometres", "billions of
 * years"), as a pattern's source: read after a number to reach its unit.
 */
export const SCALE_AFTER = String.raw`(?:\s+(?:thousand|million|billion|trillion)s?)?`;

/**
 * An ordinal, a number that says a position, in digits or words ("21st", "third", "fourteenth",
 * "twentieth", "hundredth"), as a pattern's source without bounds: English makes every ordinal past
 * "twelfth" with "-teenth" or "-ieth" (a compound, "twenty-first", ends on one of the first twelve) or
 * from a scale word. Read with the `u` flag.
 */
export const ORDINAL_WORD = String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+ieth|hundredth|thousandth|millionth)`;

/**
 * Words that write a number in a story's text beyond `WORDS`: "one", the scale words and their plurals
 * ("hundreds", "millions"), and the vague counts ("a few", "several", "dozens"). Not for `numberForms`
 * (see the module comment), only for finding where a number stands.
 */
const MORE_WORDS = ['one', 'hundreds', 'thousands', 'millions?', 'billions?', 'dozens', 'a few', 'several'];

/**
 * A fraction written in words after a number, as part of it: "four and a half miles", "two and a
 * quarter hours", "3 and a half years", "one-and-a-half metres". Read as one number, so that the unit
 * after the fraction is the number's unit (the unit after "four" is no unit: "and").
 */
const FRACTION_AFTER = String.raw`(?:[\s-]+and[\s-]+(?:a[\s-]+(?:half|quarter)|three[\s-]+quarters))?`;

/**
 * A half written before the thing it halves: "half a mile", "half an hour", "half a dozen", read as a
 * number ending at the article, so that the unit after it is its unit ("mile", "hour"). Only before "a"
 * or "an": "half the council" and "half of them" say a share, not a measure.
 */
const HALF_BEFORE = String.raw`half[\s-]+an?(?=\s+\p{L})`;

/**
 * A number in a text, in digits ("4.7", "9,431", "78" of "78mm") or in words ("two", "a few",
 * "millions"), with a fraction in words after it (`FRACTION_AFTER`), or a half before "a" or "an"
 * (`HALF_BEFORE`).
 */
const NUMBER_IN_TEXT = new RegExp(
  String.raw`\b${HALF_BEFORE}|(?:\d[\d,.]*|\b(?:${[...WORDS.map(([w]) => w), ...MORE_WORDS].join('|')})\b)${FRACTION_AFTER}`,
  'giu',
);

/**
 * A year or a decade written in figures ("1960s", "2012", "1930's"): before a noun it says when the
 * thing is from ("the 1930s pool", "the 2012 Games"), not how big it is nor how many there are.
 */
export const YEAR_OR_DECADE = /^(?:1[0-9]|20)\d\d(?:s|'s|’s)?$/u;

/** Every number in the text, where it stands (`NUMBER_IN_TEXT`). */
export function numbersIn(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(NUMBER_IN_TEXT)].map((m) => {
    // "4.7." ends a sentence: the number is "4.7".
    const written = m[0].replace(/[,.]+$/, '');
    return { start: m.index, end: m.index + written.length, text: written };
  });
}
