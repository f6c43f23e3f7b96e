/**
 * What the lead calls a body it names: in apposition after the name ("Vale FM, the town's community
 * radio station, celebrated…") or right before it ("community radio station Vale FM"). A headline
 * often names the story's body by that description alone ("Community radio station marks ten years on
 * air") and leaves the name to the lead: the headline and the lead agree on it (`subject.ts`), as when
 * both name it. The tagger may take the description's first word, capitalised as a headline's, for a
 * name of its own ("Community radio"): that "name" is the description, not another body.
 */
import { nounsBefore } from './definition-asked.js';
import { startsLower } from './letters.js';
import { taggedTerms } from '../nlp/nlp.js';
import { type Token, tokenize } from './text.js';
import { isNoun } from './wordnet.js';

/** After the name: a comma, a determiner, then the description up to the next comma or the end. */
const APPOSED = /^,\s+(?:the|an?)\s+([^,.;:!?"“”()]+?)\s*(?:[,.;:!?]|$)/iu;
/** A description is a noun phrase of a few words, not a clause. */
const MAX_WORDS = 6;

/**
 * The lower-case words the sentence describes `name` by, its head noun last ("town's", "community",
 * "radio", "station"); undefined when it gives none.
 */
export function describedAs(text: string, name: string): string[] | undefined {
  const tokens = tokenize(text);
  const named = tokenize(name);
  const first = nameAt(tokens, named);
  if (first === -1) return undefined;
  const end = tokens[first + named.length - 1]?.end ?? text.length;
  const apposed = APPOSED.exec(text.slice(end))?.[1];
  const words = apposed === undefined ? undefined : nounPhrase(apposed);
  if (words !== undefined && words.length <= MAX_WORDS && words.every(startsLower) && isNoun(headOf(words)))
    return words;
  const before = nounsBefore(text, tokens, first);
  return before === undefined ? undefined : text.slice(before.start, before.end).split(/\s+/u);
}

/** Where the name's words start among the sentence's, as whole words ("Vale FM" is not in "McVale FM"); -1 if nowhere. */
function nameAt(tokens: readonly Token[], name: readonly Token[]): number {
  if (name.length === 0) return -1;
  return tokens.findIndex((_, i) => name.every((n, j) => tokens[i + j]?.word === n.word));
}

/**
 * A relative clause or a prepositional phrase ends the noun phrase its head noun closes: "the body
 * that owns the land" is a body, "the oldest gardening club in the county" a club.
 */
const ENDS_PHRASE = new Set(['that', 'who', 'whom', 'which', 'whose', 'where', 'when']);

/** The description's noun phrase: its words up to a relative word or a preposition the tagger sees. */
function nounPhrase(description: string): string[] {
  const cut = taggedTerms(description).find(
    (t) => t.start > 0 && (ENDS_PHRASE.has(t.text.toLowerCase()) || t.tags.has('Preposition')),
  );
  return description.slice(0, cut?.start).trim().split(/\s+/u);
}

/** The description's head noun, its last word ("station"). */
const headOf = (words: readonly string[]): string => (words.at(-1) ?? '').toLowerCase();

/** Does the headline name the body by its description: its head noun, as a word of its own? */
export function headlineDescribes(headline: string, description: readonly string[]): boolean {
  const head = headOf(description);
  return head !== '' && tokenize(headline).some((t) => t.word === head);
}

/**
 * Is `name`, which the tagger found in the headline, words of the description ("Community radio" of
 * "the town's community radio station")? Then it is the body described, not another.
 */
export function isOfDescription(name: string, description: readonly string[]): boolean {
  const said = new Set(description.map((w) => w.toLowerCase()));
  const words = name.toLowerCase().split(/\s+/u);
  return words.every((w) => said.has(w));
}
