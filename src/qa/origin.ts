/**
 * "Where is Obaidi from?", "what country is Fomin from?": the question asks where a person of the story
 * comes from, not where something happened. A story says it in the title it gives the person, by a
 * place's adjective or the place itself ("Iraqi Defense Minister Khaled Obaidi", "Director of the
 * Russian Federal Service … Alexander Fomin", "Fresno native Audra McDonald"), and the place of an event
 * the same sentence reports ("convened in … St.Petersburg") is no answer to it. The adjective is read as
 * its place through WordNet's pertainym pointers ("Iraqi" → Iraq), as `titles.ts` reads "Russian" for
 * "who represented Russia?". Else where news says someone lives, after their name and age ("Graham
 * Whitlock, 58, of Harrogate, …"). With neither the short answer is chosen as for any where-question.
 */
import { apposedAges } from './apposition.js';
import type { Entity } from './entities.js';
import { OWNER } from './person-name.js';
import { titledPeopleIn, type TitledPeople } from './titles.js';
import { tokenize, type Token } from './text.js';
import { pertainedPlaceName, pertainyms, placeOf } from './wordnet.js';
import { startsUpper } from './letters.js';

/**
 * "where is X from", "where does X come from", "what country is X (originally) from", "which city did X
 * hail from": group 1 is X. Not "where did the money come from" in effect: X must name a person the
 * passage tags (`originIn`).
 */
const ORIGIN =
  /^\s*(?:where|(?:what|which)\s+(?:country|nation|city|town|state|region|part\s+of\s+\p{L}+))\s+(?:is|are|was|were|does|do|did)\s+(.+?)\s+(?:originally\s+)?(?:(?:come|comes|came|hail|hails)\s+)?from\s*[?.!]*\s*$/iu;

/** Does the question ask where someone or something is from ("where was he from?")? */
export function asksOrigin(question: string): boolean {
  return ORIGIN.test(question);
}

/** "where does X live", "where did X live": group 1 is X. */
const LIVES = /^\s*where\s+(?:does|did|do)\s+(.+?)\s+live\s*[?.!]*\s*$/iu;

/**
 * Does the question ask where someone's home is: where they are from ("where is he from?") or where they
 * live ("where does Kettlewell live?")? A place news gives as someone's home ("Peter Kettlewell, 66, from
 * Leeds", `home-place.ts`) answers it.
 */
export function asksHome(question: string): boolean {
  return asksOrigin(question) || LIVES.test(question);
}

/** A person's pronoun as the subject of "where is he from?": it names whom the conversation read it as. */
const PRONOUN = /^(?:he|she)$/i;

/**
 * The words naming the person a question asks the origin of (their content words), or undefined.
 * "Where is he from?" asks it of `readAs`, the person the conversation's "he" or "she" was read as
 * (`AskOptions.lastPeople`); with no one read, of no one.
 */
export function originAsked(question: string, readAs?: string): Token[] | undefined {
  return personAsked(ORIGIN.exec(question), readAs);
}

/**
 * The words naming the person a question asks where they live ("where does he live?"), or undefined:
 * answered only by the residence news writes after a name and age (`residenceIn`), not by the place a
 * title names (a minister's country is not where he lives).
 */
export function livesAsked(question: string, readAs?: string): Token[] | undefined {
  return personAsked(LIVES.exec(question), readAs);
}

/** The content words of the person a question's group 1 names, a pronoun read as `readAs`. */
function personAsked(m: RegExpExecArray | null, readAs?: string): Token[] | undefined {
  const subject = m?.[1]?.trim();
  if (subject === undefined) return undefined;
  const named = PRONOUN.test(subject) ? (readAs ?? '') : subject;
  const words = tokenize(named).filter((t) => !t.stop);
  return words.length > 0 ? words : undefined;
}

/**
 * After a person's name (or their age in apposition): ", of Harrogate" (an age may come between:
 * ", 58, of Harrogate"), up to the next comma; group 1 is the place, its words capitalised.
 */
const RESIDENCE =
  /^,\s+(?:\d{1,3},\s+)?of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?=\s*[,.;]|\s*$)/u;

/** Where a person comes from, as the passage's title for them says it: the place and the word that says it. */
export interface Origin {
  /** The place's name: the word as written for a place, the place WordNet's adjective pertains to ("Iraq"). */
  text: string;
  start: number;
  end: number;
}

/** Does a run of words (a name, a title) hold every word of `asked` ("obaidi" of "Khaled Obaidi")? */
function sayingAll(asked: readonly Token[]): (words: readonly Token[]) => boolean {
  const wanted = new Set(asked.map((t) => t.stem));
  return (words) => {
    const own = new Set(words.map((t) => t.stem));
    return [...wanted].every((s) => own.has(s));
  };
}

/**
 * The origin the passage's title gives the person `asked` names (every word of `asked` is a word of a
 * tagged person's name, "obaidi" of "Khaled Obaidi", else of their title, "the minister"); undefined
 * when the passage names no such person, or their title names no place. The first place of the title
 * answers.
 */
export function originIn(
  asked: readonly Token[],
  text: string,
  tags: readonly Entity[],
  titled?: TitledPeople,
): Origin | undefined {
  const tokens = tokenize(text);
  const people = titledPeopleIn(titled, text, tokens, tags);
  const says = sayingAll(asked);
  // By name, else by a role of their title ("where is the minister from?").
  const person = people.find((p) => says(p.nameTokens)) ?? people.find((p) => says(p.title));
  for (const t of person?.title ?? []) {
    const written = text.slice(t.start, t.end);
    // A place is a name: "native" or "state" in lower case names none.
    if (t.stop || !startsUpper(written)) continue;
    if (placeOf(written) === undefined) continue;
    const name = pertainyms(written).length > 0 ? pertainedPlaceName(written) : written;
    if (name !== undefined) return { text: name, start: t.start, end: t.end };
  }
  return (
    (person === undefined ? undefined : ownerPlace(text, person.name)) ?? residenceAfter(says, text, people)
  );
}

/** A name's owner's possessive right before the tagger's span (in it: `OWNER`, person-name.ts). */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.-]*)['’]s\s+$/u;

/**
 * The place whose possessive stands before a person's name, as sports news says where someone is from
 * ("Kenya's Ruth Kiptoo won…", "beating Britain's Callum Reid"); undefined when the owner is no place
 * ("Labour's Ann Hale").
 */
function ownerPlace(text: string, name: { start: number; end: number }): Origin | undefined {
  const inside = OWNER.exec(text.slice(name.start, name.end));
  const before = inside === null ? OWNER_BEFORE.exec(text.slice(0, name.start)) : null;
  const place = inside?.[1] ?? before?.[1];
  if (place === undefined || placeOf(place) === undefined) return undefined;
  const start = inside !== null ? name.start : name.start - (before?.[0].length ?? 0);
  return { text: place, start, end: start + place.length };
}

/**
 * Where the passage says the person `asked` names lives, as news writes it after their name and age:
 * "Graham Whitlock, 58, of Harrogate, …" → Harrogate; undefined when it does not.
 */
export function residenceIn(
  asked: readonly Token[],
  text: string,
  tags: readonly Entity[],
  titled?: TitledPeople,
): Origin | undefined {
  return residenceAfter(sayingAll(asked), text, titledPeopleIn(titled, text, tokenize(text), tags));
}

/** `residenceIn` with the passage's people read once, by `originIn` too. */
function residenceAfter(
  says: (words: readonly Token[]) => boolean,
  text: string,
  people: ReturnType<typeof titledPeopleIn>,
): Origin | undefined {
  const person = people.find((p) => says(p.nameTokens));
  const ends = [
    ...apposedAges(text).flatMap((a) => (says(tokenize(a.name)) ? [a.ageEnd] : [])),
    ...(person === undefined ? [] : [person.nameTokens.at(-1)?.end ?? -1]),
  ];
  for (const end of ends) {
    const of = end < 0 ? null : RESIDENCE.exec(text.slice(end));
    if (of?.[1] !== undefined) {
      const start = end + of[0].length - of[1].length;
      return { text: of[1], start, end: start + of[1].length };
    }
  }
  return undefined;
}
