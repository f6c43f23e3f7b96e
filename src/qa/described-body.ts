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
import { atSentenceStart } from './longer-names.js';
import { rememberedTerms } from './text-memo.js';
import { taggedTerms } from '../nlp/nlp.js';
import { isListedPreposition } from './prepositions.js';
import type { Entity } from './entities.js';
import { type Token, tokenize } from './text.js';
import { isKindOf, isKindOrSame, isNoun } from './wordnet.js';

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
  const apposed = appositionAt(text, tokens, named, first);
  const words = apposed === undefined ? undefined : nounPhrase(apposed);
  if (words !== undefined && words.length <= MAX_WORDS && words.every(startsLower) && isNoun(headOf(words)))
    return words;
  const before = nounsBefore(text, tokens, first);
  return before === undefined ? undefined : text.slice(before.start, before.end).split(/\s+/u);
}

/** The apposition right after the name's first whole-word mention (`APPOSED`), past its determiner. */
function apposedTo(text: string, tokens: readonly Token[], name: string): string | undefined {
  const named = tokenize(name);
  const first = nameAt(tokens, named);
  return first === -1 ? undefined : appositionAt(text, tokens, named, first);
}

/** The apposition after the name found at token `first` (`APPOSED`): the name's place is looked up once. */
function appositionAt(text: string, tokens: readonly Token[], named: readonly Token[], first: number) {
  const end = tokens[first + named.length - 1]?.end ?? text.length;
  return APPOSED.exec(text.slice(end))?.[1];
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
  return wordsUpTo(description, phraseEnd(description));
}

/** The description's words before `end` (all of them when undefined). */
const wordsUpTo = (description: string, end: number | undefined): string[] =>
  description.slice(0, end).trim().split(/\s+/u);

/** Where the description's noun phrase ends (`nounPhrase`): at its first relative word or preposition. */
function phraseEnd(description: string): number | undefined {
  return rememberedTerms(description).find(
    (t) => t.start > 0 && (ENDS_PHRASE.has(t.text.toLowerCase()) || t.tags.has('Preposition')),
  )?.start;
}

/** "of" and the next word after a noun phrase: the members a group noun names ("of volunteers"). */
const OF_MEMBERS = /^of\s+(\p{L}+)/u;

/**
 * Does the apposition after `name` describe a group whose members are people: "a group of volunteers
 * who…", "a team of volunteers"? "Group" names no social group in WordNet by itself (its sense is the
 * abstract "number of entities considered as a unit"): its "of" phrase says what it gathers, and a group
 * of people is a social group, as a reader takes it. Not "a collection of paintings".
 */
function groupOfPeople(text: string, name: string): boolean {
  const description = apposedTo(text, tokenize(text), name);
  if (description === undefined) return false;
  const cut = phraseEnd(description);
  const words = wordsUpTo(description, cut);
  const members = cut === undefined ? undefined : OF_MEMBERS.exec(description.slice(cut))?.[1];
  return (
    members !== undefined &&
    words.length <= MAX_WORDS &&
    isKindOrSame(headOf(words), 'group', 1) &&
    isKindOf(members, 'person')
  );
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
 * "the town's community radio station"), or a common noun phrase with the description's head noun
 * ("Village choir" of "a community choir from the village of Ashgill": a lower-case last word is no
 * name's)? Then it is the body described, not another.
 */
export function isOfDescription(name: string, description: readonly string[]): boolean {
  const said = new Set(description.map((w) => w.toLowerCase()));
  const words = name.toLowerCase().split(/\s+/u);
  const last = name.split(/\s+/u).at(-1) ?? '';
  return words.every((w) => said.has(w)) || (startsLower(last) && last === headOf(description));
}

/**
 * A run of capitalised words (an acronym's too: "Vale FM") right before an apposition (", the …"),
 * not inside a longer word.
 */
const NAME_BEFORE_APPOSITION =
  /(?<![\p{L}\p{N}'’])((?:\p{Lu}[\p{L}\p{N}'’&-]*\s+)*\p{Lu}[\p{L}\p{N}'’&-]*)(?=,\s+(?:the|an?)\s)/gu;
/** WordNet's kinds of what a body is: "club", "charity", "band" are organizations, "station", "museum" facilities. */
const BODIES = ['organization', 'facility'] as const;

/**
 * Does the description's head noun name a body: one of `BODIES`, or a social group in WordNet, people
 * sharing a social relation ("circle" of knitters, "crew") that a story's "they" stands for as it does
 * for a company, but not one that is a place too ("town", "village": its people, and first the place).
 */
const namesBody = (head: string): boolean =>
  BODIES.some((kind) => isKindOf(head, kind)) ||
  (isKindOf(head, 'social_group') && !isKindOf(head, 'location'));

/**
 * Is `e` a place the tagger found inside a longer name from `start` to `end`, the body's place
 * ("Dorrington" of "Dorrington Riverwatch", as "Leeds" of "Leeds United"), not the whole name?
 */
const placeOf = (e: Entity, start: number, end: number): boolean =>
  e.type === 'place' && e.start >= start && e.end <= end && e.end - e.start < end - start;

/** The tagger's kinds of name that are someone or somewhere already: no body it missed. */
const TAGGED: ReadonlySet<Entity['type']> = new Set(['person', 'place', 'organization']);

/**
 * A body the lead names and describes by apposition ("Vale FM, the volunteer-run radio station that…")
 * whose name the tagger did not take for any name ("Vale FM" is two words it knows, a valley and
 * radio): the description says what it is, as a reader takes it. Only an organization, a facility or
 * a group of people by the description's head (`namesBody`, `groupOfPeople`), not a person ("Desmond
 * Achebe, the station's founder") or a place ("Thornbury, the market town"; a place the tagger found
 * inside a longer name is the body's own, `placeOf`), nor one capitalised word opening the sentence,
 * which is capitalised anyway ("Yesterday, the council…"), nor the object of a preposition: an opening
 * prepositional phrase names a place or a time, not the sentence's subject ("In Kettleby, the museum
 * that…", "Outside Harwick Library, the food bank…"), unless its object is a date the tagger found and
 * the name follows it ("On Friday Otter Quay FM, the harbour radio station, …").
 * Whether it is the story's subject is `subject.ts`'s to say, on the headline and the story's mentions.
 */
export function untaggedBody(text: string, entities: readonly Entity[]): string | undefined {
  // The sentence tagged once, and only if a run gets as far as asking for a preposition.
  let terms: ReturnType<typeof taggedTerms> | undefined;
  const termsOf = () => (terms ??= taggedTerms(text));
  for (const m of text.matchAll(NAME_BEFORE_APPOSITION)) {
    const run = m[1] as string;
    const first = nameStart(text, m.index, run, entities, termsOf);
    if (first === undefined) continue;
    const name = run.slice(first.start);
    const start = m.index + first.start;
    const end = m.index + run.length;
    if (entities.some((e) => TAGGED.has(e.type) && e.start < end && e.end > start && !placeOf(e, start, end)))
      continue;
    if (!/\s/u.test(name) && atSentenceStart(text, start)) continue;
    const words = describedAs(text, name);
    const head = words === undefined ? '' : headOf(words);
    if (head === '' || isKindOf(head, 'person')) continue;
    if (namesBody(head) || groupOfPeople(text, name)) return name;
  }
  return undefined;
}

/**
 * The name's first word in the run, past function words and dates, which open a sentence capitalised
 * as a name's words are ("On Friday Otter Quay FM"); undefined when there is none, or when the name
 * would be a preposition's object ("In Kettleby", "Outside Harwick Library", "a grant to Vale FM"): a
 * preposition (the tagger's, or one it takes for an adjective: `isListedPreposition`) awaits its
 * object until a date is it.
 */
function nameStart(
  text: string,
  at: number,
  run: string,
  entities: readonly Entity[],
  termsOf: () => ReturnType<typeof taggedTerms>,
): Token | undefined {
  // "to" before a name is the preposition, not the infinitive's marker the tagger reads it as.
  const preposition = (word: string, start: number) =>
    word === 'to' ||
    isListedPreposition(word) ||
    termsOf().some((t) => t.start === start && t.tags.has('Preposition'));
  const dated = (t: Token) =>
    entities.some((e) => e.type === 'date' && e.start < at + t.end && e.end > at + t.start);
  const before = tokenize(text.slice(0, at)).at(-1);
  let object =
    before !== undefined &&
    /^\s*$/u.test(text.slice(before.end, at)) &&
    preposition(before.word, before.start);
  for (const t of tokenize(run)) {
    if (dated(t)) object = false;
    else if (preposition(t.word, at + t.start)) object = true;
    else if (!t.stop) return object ? undefined : t;
  }
  return undefined;
}
