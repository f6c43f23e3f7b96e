/**
 * A who-question answered with no name: the answer stage found no span for it, and the passage shown
 * first names no one but whom the question names itself — no person, organisation or place the tagger
 * finds there, and no other word written as a name, beyond the question's own words ("She added that
 * it was the second fire at the site…" for "who came second?", nc51; "The grave, found in October
 * during routine digging…" for "who dug it up?"). Such a passage may still be about what was asked,
 * which the calibrator reads by its words, but it does not say who: it is shown as the closest the
 * story comes, not as an answer marked high (the engine holds its confidence at the answering
 * threshold, as it does for a question two stories answer: `story-doubt.ts`). A place counts as a name:
 * the tagger reads a country or a side ("the US blocked its application") as one as often as a person;
 * so does a capitalised word it tags as nothing ("NewcastleGateshead also holds…", "Thoreau's
 * philosophy"), but not the sentence's first word nor a date's ("in October"). Pure.
 */
import type { Entity } from './entities.js';
import { startsUpper } from './letters.js';
import type { AskedSlot } from './slot.js';
import type { Token } from './text.js';

/** What is read of the passage shown first. */
export interface NamedPassage {
  text: string;
  tokens: readonly Token[];
  entities: readonly Entity[];
  /**
   * A lead describing someone whom the next sentence names ("A 13-year-old from Penmore has become…":
   * `describedLead`): it says who, by that name, as the answer stage reads it.
   */
  described: boolean;
}

/** The types a person asked may be tagged as. */
const NAMING: ReadonlySet<Entity['type']> = new Set(['person', 'organization', 'place']);

/** Tags whose capitals say no name: a date's month or weekday, a number's. */
const UNNAMING: ReadonlySet<Entity['type']> = new Set(['date', 'number']);

/**
 * "Who" as the word that asks: opening the question ("who came second?", "whos going to wind it",
 * typed without its apostrophe) or ending it ("…were no match for who?"). A question asking for a
 * person by another word ("what author…", "what are members who…") names the kind of person it wants,
 * which a passage may say without a name.
 */
const WHO_ASKS = /^\W*(?:(?:so|and|but)\s+)?(?:who|whom|whose|whos|who['’]s)\b|\bwho\W*$/iu;

/**
 * Does the passage name no one the question asks for (see the module comment)? `question`: as asked;
 * `asked`: its slot (`askedSlot`); `matched`: the stems of its words, as searched. False for any
 * question that does not ask "who" (`WHO_ASKS`) for a person.
 */
export function namesNoOneAsked(
  question: string,
  asked: AskedSlot,
  passage: NamedPassage,
  matched: ReadonlySet<string>,
): boolean {
  if (asked.slot !== 'person' || !WHO_ASKS.test(question) || passage.described) return false;
  const { text, tokens, entities } = passage;
  const unasked = (t: Token) => !t.stop && !matched.has(t.stem);
  const tagged = entities.some(
    (e) => NAMING.has(e.type) && tokens.some((t) => t.start >= e.start && t.end <= e.end && unasked(t)),
  );
  if (tagged) return false;
  const first = tokens.find((t) => /\p{L}/u.test(t.word));
  return !tokens.some(
    (t) =>
      t !== first &&
      unasked(t) &&
      startsUpper(text.slice(t.start, t.end)) &&
      !entities.some((e) => UNNAMING.has(e.type) && t.start >= e.start && t.end <= e.end),
  );
}
