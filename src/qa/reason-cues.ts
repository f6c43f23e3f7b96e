/**
 * The words that tell a reason, for "why" questions, in one place: the re-ranking boosts a sentence
 * holding any of them, and the short answer takes the clause after those that open one.
 */
import { usedAsVerb } from './question-verb.js';

/** Cues followed by the reason: "because (of)", "due to", "in order to"…. Global, for `matchAll`, which copies it. */
const REASON_BEFORE_CLAUSE =
  /\b(?:because(?: of)?|due to|owing to|thanks to|as a result of|in response to|in light of|in order to|so that|so as to)\s+/giu;

/**
 * A "for" before a verb in -ing ("fined £40,000 for dumping rubble", "thanked Russia for supporting
 * Iraq"), which says why the verb before it was done; group 1 is the -ing word, kept only when English
 * uses it mostly as a verb (`usedAsVerb`): not "left for Beijing", "paid for housing", "for something".
 */
const FOR_GERUND = /\bfor\s+(?=(\p{L}+ing)\b)/giu;

/** Any cue of a reason, also those with the reason before them ("X led to", "caused", "therefore"). */
const REASON_ANYWHERE =
  /\b(?:because|due to|owing to|as a result|in order to|so that|so as to|aim(?:ed|s)? (?:at|to)|reason|thanks to|in light of|in response to|caused|led to|result(?:ed)? (?:in|from)|therefore|thus)\b/iu;

/** Where each reason the text gives after a cue starts (the clause after "because", "for" + -ing…). */
export function reasonStarts(text: string): number[] {
  const starts = [...text.matchAll(REASON_BEFORE_CLAUSE)].map((m) => m.index + m[0].length);
  for (const m of text.matchAll(FOR_GERUND))
    if (usedAsVerb((m[1] as string).toLowerCase())) starts.push(m.index + m[0].length);
  return starts.sort((a, b) => a - b);
}

/** Does the sentence give a reason (`REASON_ANYWHERE`, or a "for" + -ing verb)? */
export function givesReason(text: string): boolean {
  if (REASON_ANYWHERE.test(text)) return true;
  return [...text.matchAll(FOR_GERUND)].some((m) => usedAsVerb((m[1] as string).toLowerCase()));
}
