/**
 * English's prepositions beyond the stopwords' ("in", "on", "at" are among those) that the tagger
 * often reads as an adjective or a verb ("Outside Harwick Library", "near the hall"): a closed class,
 * listed as the stopwords are.
 */
const PREPOSITIONS =
  /^(?:behind|beside|besides|below|beneath|above|across|along|among|amongst|around|near|inside|outside|within|without|toward|towards|throughout|underneath|despite|via|versus|against|upon|onto|into|unto)$/i;

/** Is `word` one of the prepositions the stopwords leave out (see above)? */
export function isListedPreposition(word: string): boolean {
  return PREPOSITIONS.test(word);
}
