/**
 * Words of a question that ask about a time other than the story's event: "has he ever resigned
 * before?", "will buses run again?", "had she previously been fined?". The story's event is not that
 * time, so a sentence saying it happened this week answers neither "ever … before" (question.ts keeps
 * "ever" in the search) nor "yes" (polarity.ts wants the passage to say another time too).
 */
export const OTHER_TIME: ReadonlySet<string> = new Set(['before', 'again', 'previously']);

/**
 * Words by which a passage says another time than its event ("had reached the final twice before",
 * "was previously fined", "the second strike this year", "had already been warned").
 */
export const ANOTHER_TIME_SAID: ReadonlySet<string> = new Set([
  ...OTHER_TIME,
  'earlier',
  'already',
  'once',
  'twice',
  'second',
]);

/**
 * "Yet" and "already" ask whether something has happened by now, the story's time ("has anyone been
 * arrested yet?"). Searched without them (question.ts): the story says "A man was arrested on Friday";
 * but a passage that dates its event by a year ("found by a metal detectorist in 2011", of a brooch
 * stolen this week) tells of another time, and says nothing of "by now" (polarity.ts).
 */
export const BY_NOW: ReadonlySet<string> = new Set(['yet', 'already']);
