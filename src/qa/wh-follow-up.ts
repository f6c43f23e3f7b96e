/**
 * A bare wh-word right after a question ("when will he present his conclusions?" → "April", then
 * "where?") asks the same thing again with the new wh-word: "where will he present his conclusions?".
 * Between people a lone "where?" is elliptical: it takes everything but the wh-word from the question
 * just asked (sluicing). Read on its own it names nothing, and the engine would read it as about the
 * story's headline (`Engine.storyTopic`), which answers something the reader did not ask.
 *
 * Pure: the conversation's last question goes in, the question to search comes out. Each front keeps
 * the last question of its conversation (`respond.ts`'s `ConversationState`).
 */
import { pageFieldAsked } from './page.js';
import { hasLetterOrNumber } from './letters.js';

/**
 * Spanish-style opening marks ("¿where?", "¡¿and why?!"): punctuation a reader writing in a Spanish
 * habit puts before a question, no word of it.
 */
const OPENING_MARKS = String.raw`[¿¡\s]*`;
/** Words that may open a follow-up before or after its wh-word without adding anything to it. */
const CONJUNCTION = String.raw`(?:(?:and|so|but|ok(?:ay)?|then)[,\s]+)?`;
/** The wh-phrases a follow-up asks by: "how" with its measure ("how many?") asks by both words. */
const WH = String.raw`(?:who|when|where|why|how(?:\s+(?:many|much|long|old|far|often|come))?)`;

/** "where?", "and when?", "why then?", "how many exactly?", "¿where?": the wh-phrase, and nothing else. */
const BARE = new RegExp(
  String.raw`^${OPENING_MARKS}${CONJUNCTION}(${WH})(?:,?\s+(?:then|exactly|though|again|now))?[\s?!.…]*$`,
  'iu',
);

/**
 * The wh-phrase a question opens with (after a conjunction): what a follow-up replaces. "what" and
 * "which" open questions too ("what did IS proclaim?" → "when?"), though a bare "what?" asks for the
 * answer again, not a new question, and is no follow-up. A contracted verb goes with it ("what's the
 * toll?" → "where the toll?"): the words searched are the same.
 */
const OPENING = new RegExp(
  String.raw`^${OPENING_MARKS}${CONJUNCTION}(?:whom|whose|what|which|${WH})(?:['’](?:s|re|d|ll)\b)?\b\s*`,
  'iu',
);

/** The wh-phrase of a bare follow-up ("where", "how many"), lower-cased; undefined for any other question. */
export function bareWh(question: string): string | undefined {
  return BARE.exec(question.trim())?.[1]?.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * `question` asked as a follow-up of `previous` (see above): the previous question with its opening
 * wh-phrase replaced by this one's. Undefined when `question` is no bare wh-word, or `previous` opens
 * with none (a question by a noun alone, "reopen date?", has no wh-word to replace).
 */
export function askedAgain(question: string, previous: string | undefined): string | undefined {
  const wh = bareWh(question);
  // A question about the page itself ("what is the photo of?") asks for a part of the page, not of an
  // event: "where is the photo of?" would be read as asking where the photo is from, its credit.
  if (wh === undefined || previous === undefined || pageFieldAsked(previous) !== undefined) return undefined;
  const opening = OPENING.exec(previous.trim());
  const rest = opening === null ? '' : previous.trim().slice(opening[0].length);
  // Nothing but the wh-word ("what?", or a "where?" read as about the story): nothing to ask again.
  return hasLetterOrNumber(rest) ? `${wh} ${rest}` : undefined;
}
