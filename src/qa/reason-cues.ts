/**
 * The words that tell a reason, for "why" questions, in one place: the re-ranking boosts a sentence
 * holding any of them, and the short answer takes the clause after those that open one.
 */

/**
 * Cues followed by the reason: "because (of)", "due to", "in order to"…, and a "for" before a verb in
 * -ing ("fined £40,000 for dumping rubble", "thanked Russia for supporting Iraq"), which says why the
 * verb before it was done. Global, for `matchAll`, which copies it (no state kept between calls).
 */
export const REASON_BEFORE_CLAUSE =
  /\b(?:because(?: of)?|due to|owing to|thanks to|as a result of|in response to|in light of|in order to|so that|so as to|for(?=\s+\p{L}+ing\b))\s+/giu;

/** Any cue of a reason, also those with the reason before them ("X led to", "caused", "therefore"). */
const REASON_ANYWHERE =
  /\b(?:because|due to|owing to|as a result|in order to|so that|so as to|aim(?:ed|s)? (?:at|to)|reason|thanks to|in light of|in response to|caused|led to|result(?:ed)? (?:in|from)|therefore|thus)\b|\bfor(?=\s+\p{L}+ing\b)/iu;

/** Does the sentence give a reason (`REASON_ANYWHERE`)? */
export function givesReason(text: string): boolean {
  return REASON_ANYWHERE.test(text);
}
