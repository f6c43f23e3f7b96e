/**
 * "What was in the old time capsule?": a story names the container in one sentence ("…a time capsule
 * buried by pupils for the school's centenary in 1976 was dug up…") and lists what it held in the next,
 * which does not name it again ("Inside were a Wombles lunchbox, a copy of the Western Morning News
 * …"). A question asking what was in a thing (`contentsAsked`) whose best passage names the thing is
 * answered by the next sentence of its story when that one opens by saying what was inside
 * (`contentsOf`: "Inside were …", "In it was …", "It contained …"), its list the short answer. Pure.
 */

/** "what was in the old time capsule", "whats inside the box": the thing's last word (its noun). */
const CONTENTS_ASKED =
  /^what(?:'s|’s|s|\s+(?:is|was|are|were))\s+(?:in|inside)\s+(?:the|a|an|this|that|his|her|their|its)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\s*\??$/iu;

/** The noun of the thing whose contents are asked, lower case, or undefined for any other question. */
export function contentsAsked(question: string): string | undefined {
  return CONTENTS_ASKED.exec(question.trim())?.[1]?.toLowerCase();
}

/** A sentence opening by saying what was inside what the one before named, the list after the verb. */
const CONTENTS =
  /^\W*(?:inside\s+(?:it|them)?\s*(?:were|was|are|is|lay|sat)|in\s+it\s+(?:were|was|are|is)|it\s+(?:contained|contains|held|holds)|they\s+(?:contained|held))\s+/iu;

/**
 * The list a sentence gives of what was inside (after "Inside were"), without the full stop, as
 * offsets in `text`; undefined when it opens otherwise.
 */
export function contentsOf(text: string): { start: number; end: number; text: string } | undefined {
  const opens = CONTENTS.exec(text);
  if (opens === null) return undefined;
  const start = opens[0].length;
  // Without the full stop, not a closing quotation mark the list opened ('"the children of the future".').
  const end = text.replace(/[\s.!]+$/u, '').length;
  return end - start < 3 ? undefined : { start, end, text: text.slice(start, end) };
}
