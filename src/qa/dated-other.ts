/**
 * "When was the railway founded?" of "An online appeal launched on Tuesday afternoon had raised £6,200":
 * the passage says the asked verb (by WordNet's synonym, "launched") of another thing, the appeal, and
 * never names the railway, so its date is the appeal's (nc56: "Tuesday (20 October 2026)" at 0.90).
 * A when-question asking what was done to a thing ("when was X founded/built/opened?") is answered by a
 * date only where the passage says the verb of that thing: a noun right before the passage's verb that
 * is not the asked thing (nor its synonym, nor a kind of it), in a passage that does not name the
 * thing at all, says whose event it is. A pronoun or an auxiliary before the verb ("It was founded in
 * 1901") names no other thing. Pure, apart from WordNet.
 */
import { isParticiple } from './verb-object.js';
import { stem, tokenize, type Token } from './text.js';
import { nounLemma } from './verb-subject.js';
import { isKindOf, isNoun, synonyms } from './wordnet.js';

/** "When was the railway founded?", "when were the new homes built?": the thing and the participle. */
const WHEN_PASSIVE =
  /^\s*when\s+(?:was|were|is|are|(?:has|have|had)\s+been|will\s+\p{L}+\s+be)\s+((?:[\p{L}'’-]+\s+){1,5}?)(\p{L}+)[\s?.!]*$/iu;

/** The asked thing's head noun and the question's participle, for a when-question of that form. */
export function thingDoneTo(question: string): { thing: string; verb: string } | undefined {
  const m = WHEN_PASSIVE.exec(question);
  const words = m?.[1];
  const verb = m?.[2]?.toLowerCase();
  if (words === undefined || verb === undefined || !isParticiple(verb)) return undefined;
  const head = tokenize(words)
    .filter((t) => !t.stop)
    .at(-1);
  return head === undefined ? undefined : { thing: nounLemma(head.word), verb };
}

/** Does the passage's noun name the asked thing: the same noun, a synonym, a kind of it or what it is a kind of? */
function sameThing(word: string, thing: string): boolean {
  const noun = nounLemma(word);
  return noun === thing || synonyms(thing).includes(noun) || isKindOf(noun, thing) || isKindOf(thing, noun);
}

/**
 * Does the passage date another thing's event (see above)? `matched` holds the stems of the question's
 * terms the passage was found by; the verb's are those of them the passage says as a participle or
 * verb form other than the thing's.
 */
export function datesAnotherThing(
  question: string,
  passage: { text: string; tokens: readonly Token[] },
  matched: ReadonlySet<string>,
): boolean {
  const asked = thingDoneTo(question);
  if (asked === undefined) return false;
  const { tokens, text } = passage;
  if (tokens.some((t) => !t.stop && sameThing(t.word, asked.thing))) return false;
  const thingStem = stem(asked.thing);
  const verbs = tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => !t.stop && t.stem !== thingStem && matched.has(t.stem) && isParticiple(t.word));
  if (verbs.length === 0) return false;
  return verbs.every(({ t, i }) => {
    const before = tokens[i - 1];
    // A noun written right before the verb, with nothing but a space between: "appeal launched".
    return (
      before !== undefined &&
      !before.stop &&
      /^\s+$/u.test(text.slice(before.end, t.start)) &&
      /^\p{Ll}/u.test(text.slice(before.start, before.end)) &&
      isNoun(before.word) &&
      !sameThing(before.word, asked.thing)
    );
  });
}
