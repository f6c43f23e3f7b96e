/**
 * Time reference, for the answerability calibrator: a question about what will happen ("When will the
 * commission publish its next report?") is not answered by a passage that only tells what happened ("…
 * since the minimum wage was introduced in 1999"). A story that expects, plans or schedules it says so
 * with a word of the future ("is expected to peak in 2007", "will cover 22 miles", "the next match is
 * on Saturday").
 */

/**
 * The question asks about the future: "will" as its auxiliary, or what is upcoming, next or expected
 * ("why won't they pay" asks about a refusal, not the future).
 */
const FUTURE_ASKED = /\b(?:will|shall)\b|\w'll\b|\b(?:upcoming|next)\b|\b(?:supposed|expected)\s+to\b/i;

/** Words with which a story speaks of what is to come (or may come): modals, plans, schedules. */
const FUTURE_SAID =
  /\b(?:will|won't|shall|would|could|may|might|going\s+to|next|upcoming|expected|expects?|due|plans?|planned|planning|scheduled|set\s+to|forecasts?|predicts?|predicted|likely|aims?|hopes?|intends?|intended|proposed|proposals?|future|soon|later|until)\b|\w'll\b/i;

const straight = (text: string) => text.replace(/[’‘]/g, "'");

export function asksFuture(question: string): boolean {
  return FUTURE_ASKED.test(straight(question));
}

export function speaksOfFuture(text: string): boolean {
  return FUTURE_SAID.test(straight(text));
}
