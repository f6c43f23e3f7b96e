/**
 * Questions that ask what someone or something the question names is, answered by what the passage
 * says of them rather than by a span the model picks: "who is Alexander Fomin?" (the title the passage
 * gives him), "who is Leo Marsh?" of a name the tagger missed, "what is Icstis?" (an apposition), "how
 * old is Priya Nandakumar?" (the age after her name); and the stems a name must be made of to be the
 * one asked about, which the candidates of `answer-span.ts` are read against.
 */
import { agesOfNames, predicateAges } from './predicate-age.js';
import { asksOwnedPerson } from './asked-person.js';
import { definitionAsked, nounsBefore } from './definition-asked.js';
import type { Entity } from './entities.js';
import { agesABeing, type AskedSlot } from './slot.js';
import type { AgedPerson, Span, SpanInput, SpanSentence } from './span-input.js';
import { addressTitle } from '../knowledge/names.js';
import { joinedPhrases, type Candidate } from './span-parts.js';
import { stem, tokenize, type Token } from './text.js';
import { titledPeople, titledPeopleIn } from './titles.js';
import { isRoleNoun } from './wordnet.js';
import { untaggedFullName } from './untagged-name.js';
import { startsUpper } from './letters.js';

/**
 * The stems a name must be made of to be the one asked about: the question's words and the names its
 * pronoun was read as ("Khaled Obaidi and Alexander Fomin" is no answer to "who did they meet?").
 */
export function askedStems(input: SpanInput): ReadonlySet<string> {
  const about = input.about?.stems;
  return about === undefined ? input.matched : new Set([...input.matched, ...about]);
}

/** Is every content word of the entity a word of the question ("Alexander Fomin" in "who is Alexander Fomin?")? */
export function isAsked(e: Entity, passage: SpanSentence, matched: ReadonlySet<string>): boolean {
  const inside = passage.tokens.filter((t) => !t.stop && t.start >= e.start && t.end <= e.end);
  return inside.length > 0 && inside.every((t) => matched.has(t.stem));
}

/**
 * "Who is Alexander Fomin?": the question names a person of the passage and asks who they are. The
 * answer is a description, which no name span gives (another person's name would read as a wrong
 * answer): the title the passage gives that person ("Director of the Russian Federal Service for
 * Military-Technical Cooperation", "a spokesman for Icstis"), else no span and the passage alone
 * answers. Returns the person's name as tagged, when the question asks who someone is.
 */
export function askedPerson(input: SpanInput): Entity | undefined {
  const { parsed, passage } = input;
  if (parsed.type !== 'person') return undefined;
  // "Who is he?" after "who is obaidi?": the one person the pronoun was read as is the one asked about.
  const about =
    input.about?.people === 1 && WHO_IS_PRONOUN.test(input.question) ? input.about.stems : undefined;
  const read = new Map((input.corrections ?? []).map((c) => [c.from.toLowerCase(), stem(c.to)]));
  const asked =
    about !== undefined ? [...about] : parsed.keywords.map((k) => read.get(k.word.toLowerCase()) ?? k.stem);
  if (asked.length === 0) return undefined;
  return passage.tags.find((e) => {
    if (e.type !== 'person') return false;
    const words = new Set(
      passage.tokens.filter((t) => t.start >= e.start && t.end <= e.end).map((t) => t.stem),
    );
    return about !== undefined
      ? [...words].some((w) => about.has(w)) && [...words].every((w) => about.has(w))
      : asked.every((k) => words.has(k));
  });
}

/** "Who is he?", "who was she": the question asks what the person its pronoun stands for is. */
const WHO_IS_PRONOUN = /^\s*who(?:['’]s|\s+(?:is|was))\s+(?:he|she)\s*[?.!]*\s*$/iu;

/** The title the passage gives the person named at `name`, as a span; null when it gives none. */
export function titleOf(name: Entity, input: SpanInput): Span | null {
  const { passage } = input;
  const person = titledPeopleIn(input.titled, passage.text, passage.tokens, passage.tags).find(
    (p) => p.name.start === name.start && p.name.end === name.end,
  );
  const first = person?.title[0];
  const last = person?.title.at(-1);
  if (first === undefined || last === undefined) return null;
  return { text: passage.text.slice(first.start, last.end), start: first.start, end: last.end };
}

/**
 * "How old is Priya Nandakumar?" of "Priya Nandakumar, 34, and her brother Tobias Nandakumar, 29, …":
 * the age in apposition after the name that shares most words with the question (or with whom its "she"
 * was read as); null when the question asks no age or no such name is clearly the one asked about.
 */
export function apposedAgeAsked(input: SpanInput, asked: AskedSlot): Span | null {
  if (asked.slot !== 'age') return null;
  const stems = askedStems(input);
  const scored = agesByName(input.passage.text).map((a) => ({
    a,
    shared: tokenize(a.name).filter((t) => !t.stop && stems.has(t.stem)).length,
  }));
  const best = Math.max(0, ...scored.map((s) => s.shared));
  const top = scored.filter((s) => s.shared === best);
  // Names sharing as many of its words (a surname, "Mr Okafor"): the one of the person it means.
  const theirs =
    top.length > 1 && input.aged !== undefined ? top.filter((s) => agedIs(s.a.name, input.aged)) : top;
  const one = theirs.length === 1 ? theirs[0]?.a : undefined;
  // "how old is Thomas Walker's neighbour?" shares his name but asks the neighbour's age.
  if (best > 0 && one !== undefined && !asksOwnedPerson(input.question, isRoleNoun)) {
    // An age written before the name is given as the story writes it ("18-year-old Mirza" → "18-year-old").
    const written = /^-years?-old\b/u.exec(input.passage.text.slice(one.ageEnd))?.[0] ?? '';
    const end = one.ageEnd + written.length;
    return { text: input.passage.text.slice(one.ageStart, end), start: one.ageStart, end };
  }
  // "The 21-year-old, who came through the academy at the age of nine, signed a five-year contract":
  // a sentence that opens on a person by their age (news's way of naming again someone just named)
  // gives that person's age, not the age at which they did something, nor a length of contract.
  // Only for someone's age now, of someone the sentence does not name again ("how old was the victim?"
  // of "The 25-year-old, who punched the victim…" is not the attacker's age), and not the age at which
  // they did something ("how old was he when he first went to sea?", "at what age…").
  const whose = AGE_NOW.exec(input.question)?.[1];
  if (asked.thing === true || whose === undefined || AT_A_TIME.test(whose)) return null;
  const { text } = input.passage;
  // "She is 34 and has worked…": a sentence that opens on a pronoun given an age, and gives no other,
  // gives the age of whom its pronoun stands for, the person the ranking read it as.
  const said = predicateAges(text);
  const [one1] = said;
  if (said.length === 1 && one1 !== undefined && PRONOUN_SUBJECT.test(one1.subject) && scored.length === 0)
    return { text: one1.age, start: one1.ageStart, end: one1.ageEnd };
  const opening = OPENING_AGE.exec(text);
  const age = opening?.[1];
  if (opening === null || age === undefined) return null;
  const start = opening[0].length - age.length;
  const end = start + age.length;
  const later = new Set(tokenize(text.slice(end)).map((t) => t.stem));
  if (tokenize(whose).some((t) => !t.stop && later.has(t.stem))) return null;
  // Standing alone ("The 21-year-old, who…") or before a living being ("The 21-year-old striker"), not
  // a thing ("The 200-year-old bridge").
  if (!/^\s*,/u.test(text.slice(end)) && !agesABeing(text, start, end)) return null;
  return { text: age, start, end };
}

/**
 * The ages a sentence gives names: in apposition ("Chinedu Okafor, 46,"), shared ("Tom and Jean Baxter,
 * both 74"), and, when it gives more than one age, said of a name as a clause's subject ("Sam Reid is 41
 * and his older brother, Tom Reid, is 45"): each age is the name's it is attached to, not the nearest
 * to the question's words. A single age said so is left to the span model, as before.
 */
function agesByName(text: string): { name: string; age: string; ageStart: number; ageEnd: number }[] {
  const all = agesOfNames(text);
  return all.some((a) => a.said) && all.length < 2 ? all.filter((a) => !a.said) : all;
}

/** A pronoun subject ("She is 34"): no name to match the question's by. */
const PRONOUN_SUBJECT = /^(?:he|she|it|they)$/iu;

/**
 * Is the apposed name the asked person's (`AgedPerson`): all its words are of the whole name the
 * ranking read them by ("Chinedu Okafor" of "Mr Okafor", not "Adaeze Okafor"), and the story gives it
 * no other sex than the question's title.
 */
function agedIs(name: string, person: AgedPerson | undefined): boolean {
  if (person === undefined) return false;
  const words = tokenize(name)
    .map((t) => t.word)
    .filter((w) => addressTitle(w) === undefined);
  if (words.length === 0 || !words.every((w) => person.words.has(w))) return false;
  const sex = person.sex === undefined ? undefined : person.sexOf(name);
  return sex === undefined || sex === person.sex;
}

/** "How old is he?", "how old was Tom Reyes": group 1 is whose age. */
const AGE_NOW = /^\s*how\s+old\s+(?:is|was|are|were)\s+(.+?)\s*[?.!]*\s*$/iu;
/** An age at a time or an event: "… when he first went to sea", "… at the time", "… after the crash". */
const AT_A_TIME = /\b(?:when|at|after|before|while|during|by|on|in)\b/iu;

/** A sentence opening on someone by their age: "The 21-year-old, who…", "The 68-year-old mother-of-two". */
const OPENING_AGE = /^["“]?the\s+(\d{1,3}-years?-old)\b/iu;

/**
 * Are the candidate's content words all among `stems` (and it has some)? A title of address names no one
 * ("Mr" of "Mr Pryce"): "what is he doing with his share?", "he" read as Gareth Pryce, was answered
 * "Mr Pryce" (nc53).
 */
export function madeOf(c: Candidate, passage: SpanSentence, stems: ReadonlySet<string>): boolean {
  const inside = passage.tokens.filter(
    (t) => !t.stop && t.start >= c.start && t.end <= c.end && addressTitle(t.word) === undefined,
  );
  return inside.length > 0 && inside.every((t) => stems.has(t.stem));
}

/** "Who is Leo Marsh?", "who's Ngozi Adeyemi": the question asks what a person it names is. */
const WHO_IS = /^\s*who(?:['’]s|\s+(?:is|was))\s+/iu;

/**
 * "Who is Leo Marsh?" of a name the tagger did not read as a person's ("Leo Marsh, 11, …" read as a
 * place, "Headteacher Ngozi Adeyemi" as a phrase): the words after "who is" are, in order, a run of
 * capitalised words of the passage, a name. Like `askedPerson`, the question asks what they are, which
 * no other span of the passage gives ("11", "£1,000" would read as wrong answers). Returns the name's
 * extent as a person, or undefined.
 */
export function namedPerson(input: SpanInput): Entity | undefined {
  const { passage } = input;
  const opening = WHO_IS.exec(input.question);
  if (opening === null || input.parsed.type !== 'person') return undefined;
  // A name is all the question says after "who is": "who is the headteacher?" asks for a name.
  const asked = tokenize(input.question.slice(opening[0].length));
  if (asked.length === 0 || asked.some((t) => t.stop)) return undefined;
  // "Who was NASA's administrator?" asks for a name: a role noun or a possessive is no part of one.
  if (/['’]/u.test(input.question) || asked.some((t) => isRoleNoun(t.word))) return undefined;
  const capital = (t: Token) => startsUpper(passage.text.slice(t.start, t.end));
  for (let i = 0; i + asked.length <= passage.tokens.length; i++) {
    const run = passage.tokens.slice(i, i + asked.length);
    if (run.every((t, j) => capital(t) && t.stem === asked[j]?.stem)) {
      const first = run[0] as Token;
      const last = run.at(-1) as Token;
      return { type: 'person', start: first.start, end: last.end };
    }
  }
  return undefined;
}

/**
 * What the passage says the person at `name` is: the title it gives them ("Headteacher"), read with
 * the name as a person in place of the tagger's reading, else an apposition opening on a determiner
 * (`descriptionOf`); null without either, and the passage alone answers.
 */
export function describedPerson(name: Entity, passage: SpanSentence): Span | null {
  const others = passage.tags.filter((t) => t.end <= name.start || t.start >= name.end);
  const person = titledPeople(passage.text, passage.tokens, [...others, name]).find(
    (p) => p.name.start === name.start,
  );
  const first = person?.title[0];
  const last = person?.title.at(-1);
  if (first !== undefined && last !== undefined)
    return { text: passage.text.slice(first.start, last.end), start: first.start, end: last.end };
  return descriptionOf(name, passage);
}

/** "What is the Islamic State?", "what's Icstis": the question asks what a thing it names is. */
const WHAT_IS = /^\s*what(?:['’]s|\s+(?:is|are|was|were))\s+(?:the\s+)?/iu;

/**
 * The name the passage gives what the question asks about, when the question is "what is X?" and X is
 * that name, word for word ("Islamic State"; not "what is the capital of France?", which asks for a
 * capital, nor "what is in Eldon Square?", which asks what is there). The answer is a description,
 * which no other noun of the passage gives ("affects" of "the affects of Islamic State" would read as a
 * wrong answer).
 */
export function askedName(input: SpanInput): Entity | undefined {
  const { parsed, passage } = input;
  const opening = WHAT_IS.exec(input.question);
  const first = opening === null ? undefined : tokenize(input.question.slice(opening[0].length))[0];
  if (first === undefined || first.stop || parsed.keywords.length === 0) return undefined;
  const asked = new Set(parsed.keywords.map((k) => k.stem));
  return passage.tags.find((e) => {
    if (e.type !== 'place' && e.type !== 'organization' && e.type !== 'person') return false;
    const words = passage.tokens.filter((t) => !t.stop && t.start >= e.start && t.end <= e.end);
    return words.length === asked.size && words.every((t) => asked.has(t.stem));
  });
}

/**
 * After a name: an apposition (", an interim facility for …", ": a genuine love of God") or what it is
 * said to be ("is one tradition within …"), opening on a determiner.
 */
const DESCRIBED = /^\s*(?:\([^)]*\)\s*)?(?:[,:]\s*|\s+(?:is|was|are|were)\s+)(?=(?:an?|the|one)\s)/iu;

/**
 * What the passage says the named thing is, as a span: the longest noun phrase (with its "of"
 * complement) opening right after DESCRIBED, or on the word after its determiner; null without one.
 */
export function descriptionOf(name: Entity, passage: SpanSentence): Span | null {
  const after = DESCRIBED.exec(passage.text.slice(name.end));
  if (after === null) return null;
  const start = name.end + after[0].length;
  const next = passage.tokens.find((t) => t.start > start);
  const opens = (c: { start: number }) => c.start === start || c.start === next?.start;
  const phrases = [
    ...passage.tags.filter((t) => t.type === 'phrase'),
    ...joinedPhrases(passage.text, passage.tags).filter((c) => c.join === 'of'),
  ].filter(opens);
  const longest = phrases.reduce<{ start: number; end: number } | undefined>(
    (best, c) => (best === undefined || c.end > best.end ? c : best),
    undefined,
  );
  if (longest === undefined) return null;
  return { text: passage.text.slice(longest.start, longest.end), start: longest.start, end: longest.end };
}

/**
 * "What is Icstis?", "what does icstis do" (`definitionAsked`, a what-question) of a passage naming it
 * ("according to premium phone line regulator Icstis", "Icstis, the premium line regulator"): what the
 * passage calls it, an apposition after the name (`descriptionOf`) or the common noun before it with
 * its qualifiers (`nounsBefore`), whether or not the tagger reads the name as one ("Icstis" is no entity
 * to it, so the model's span was another noun of the passage, "Phone companies"). Null when the passage
 * names it written as a name and says neither (the passage alone answers); undefined when the question
 * asks no such thing or the passage does not name it.
 */
export function describedThing(input: SpanInput): Span | null | undefined {
  if (!/^\s*what\b/iu.test(input.question)) return undefined;
  const asked = definitionAsked(input.question);
  if (asked === undefined) return undefined;
  const { passage } = input;
  const capital = (t: Token) => startsUpper(passage.text.slice(t.start, t.end));
  let named = false;
  for (let i = 0; i + asked.length <= passage.tokens.length; i++) {
    const run = passage.tokens.slice(i, i + asked.length);
    if (!run.every((t, k) => capital(t) && t.stem === asked[k]?.stem)) continue;
    const name: Entity = {
      type: 'organization',
      start: (run[0] as Token).start,
      end: (run.at(-1) as Token).end,
    };
    const after = descriptionOf(name, passage);
    if (after !== null) return after;
    // A sentence's first word is written with a capital whatever it is ("Fares on the ferry…" of "what
    // is the fare?"): a name only when an apposition follows it.
    if (i === 0) continue;
    const before = nounsBefore(passage.text, passage.tokens, i);
    if (before !== undefined) return { text: passage.text.slice(before.start, before.end), ...before };
    // Written as a name but not described here: a later mention may be ("… the watchdog Fuelwise").
    named = true;
  }
  return named ? null : undefined;
}

/**
 * "what's Martin Quayle's name?", "what is quayle's full name", "whats quayles name", "what is his
 * first name?" (with "his" read as a name), "what's quayle's surname": group 1 is whose name is asked
 * (a possessive typed without its apostrophe too); group 2 or 3, which part of it.
 */
const NAME_OF_PERSON =
  /^\s*what(?:'s|’s|s|\s+is|\s+was)?\s+(.+?)(?:'s|’s|s'|s)\s+(?:(?:full\s+|real\s+)?name|(first|given|christian|last|family)\s+name|(sur|fore|first|last)name)\b/iu;

/** The same asked with a possessive pronoun not yet read as anyone ("what is her surname?"). */
const NAME_OF_PRONOUN =
  /^\s*what(?:'s|’s|s|\s+is|\s+was)?\s+(?:his|her|their)\s+(?:(?:full\s+|real\s+)?name|(?:first|given|christian|last|family)\s+name|(?:sur|fore|first|last)name)\b/iu;

/** Does the question ask the name of whom its "his", "her" or "their" stands for ("whats her name?")? */
export function nameOfPronounAsked(question: string): boolean {
  return NAME_OF_PRONOUN.test(question);
}

/** Which part of a name is asked: all of it, the first name (given name) or the last (surname). */
export type NamePart = 'whole' | 'first' | 'last';

/** The name words English calls each part by ("surname", "family name"; "forename", "given name"). */
const FIRST_NAME_WORDS: ReadonlySet<string> = new Set(['first', 'given', 'christian', 'fore']);

/** A question asking someone's name: the words of whose name it is ("martin", "quayle"), and which part. */
export interface NameAsked {
  owner: readonly Token[];
  part: NamePart;
}

/**
 * Whose name a question asks ("whats his name?" with "his" read as Martin Quayle, `namedForPronoun`:
 * "martin", "quayle"; "what is quayle's full name?": "quayle") and which part of it ("what is his
 * surname?" asks the last), or undefined for any other question.
 */
export function nameOwnerAsked(question: string): NameAsked | undefined {
  const match = NAME_OF_PERSON.exec(question);
  const owner = match?.[1];
  const last = owner === undefined ? undefined : tokenize(owner).at(-1);
  if (owner === undefined || last === undefined || last.stop) return undefined;
  const said = (match?.[2] ?? match?.[3])?.toLowerCase();
  const part: NamePart = said === undefined ? 'whole' : FIRST_NAME_WORDS.has(said) ? 'first' : 'last';
  return { owner: tokenize(owner).filter((t) => !t.stop), part };
}

/**
 * The name in full of the person the owner's words name, as the passage writes it: a person it names
 * in at least two words, all of the owner's among them ("Martin Quayle, 61, …" for "Martin Quayle" or
 * "Quayle"; not "Quayle's solicitor", nor his wife "Ann Quayle" when "Martin Quayle" is asked), or a
 * name the tagger missed, written so (`untaggedFullName`; only for an owner, not for any name at all);
 * undefined when it names no one so.
 */
export function fullNameOf(owner: readonly Token[], passage: SpanSentence): Entity | undefined {
  const tagged = passage.tags.find((e) => {
    if (e.type !== 'person') return false;
    const name = passage.text.slice(e.start, e.end);
    const words = name.split(/\s+/u);
    const stems = new Set(
      passage.tokens.filter((t) => t.start >= e.start && t.end <= e.end).map((t) => t.stem),
    );
    return (
      words.length >= 2 &&
      words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !/['’]s?$/u.test(w)) &&
      owner.every((t) => stems.has(t.stem))
    );
  });
  // A name the tagger knows by no list ("City council member Priya Raman", one phrase to it) is read by
  // its capitals (`untaggedFullName`).
  return tagged ?? untaggedFullName(owner, passage);
}

/** The words of a name question that say which part is asked ("first", "surname", "full"). */
const NAME_PART_WORDS: ReadonlySet<string> = new Set([
  'full',
  'real',
  'first',
  'given',
  'christian',
  'last',
  'family',
  'surname',
  'forename',
  'firstname',
  'lastname',
]);

/**
 * The indices of the groups a passage naming a person in full says, for a question asking a name:
 * the words saying which part ("first", "surname"), which a name written in full gives whatever words
 * the story uses ("Dennis Harlow, 61, …" says his first name and his surname). None for other questions.
 */
export function namePartsSaid(
  question: string,
  groups: readonly { word: string; pronoun?: true }[],
  passage: SpanSentence,
): number[] {
  const owner = nameOwnerAsked(question)?.owner;
  const pronoun = owner === undefined && nameOfPronounAsked(question);
  if (owner === undefined && !pronoun) return [];
  // A "her" read as someone ("whats her surname?" of Priya Raman) names whom by the words it was read
  // as (its groups, `Group.pronoun`), which find her name in full where the tagger knows it by no list
  // (`untaggedFullName`, which needs an owner): without them the calibrator read "surname" as a word the
  // story lacks, though the short answer stage gives her surname.
  const whose = owner ?? tokenize(groups.flatMap((g) => (g.pronoun === true ? [g.word] : [])).join(' '));
  if (fullNameOf([], passage) === undefined && fullNameOf(whose, passage) === undefined) return [];
  return groups.flatMap((g, i) => (NAME_PART_WORDS.has(g.word) ? [i] : []));
}

/**
 * The part of a name in full that is asked ("Martin" of "Martin Quayle" for his first name, "Quayle"
 * for his surname): its first or last word as written, a hyphenated word whole ("Anne-Marie").
 */
export function namePart(text: string, name: Entity, part: NamePart): Entity {
  if (part === 'whole') return name;
  const words = [...text.slice(name.start, name.end).matchAll(/\S+/gu)];
  const word = part === 'first' ? words[0] : words.at(-1);
  if (word === undefined) return name;
  const start = name.start + word.index;
  return { type: 'person', start, end: start + word[0].length };
}

/**
 * For a question asking someone's name (`nameOwnerAsked`), their name in full in the passage
 * (`fullNameOf`), or the part of it asked (`namePart`).
 */
export function personNameAsked(input: SpanInput): Entity | undefined {
  const asked = nameOwnerAsked(input.question);
  const name = asked === undefined ? undefined : fullNameOf(asked.owner, input.passage);
  return asked === undefined || name === undefined
    ? undefined
    : namePart(input.passage.text, name, asked.part);
}
