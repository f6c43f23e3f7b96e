/**
 * "what did he say?" right after "who is the mayor?" when the mayor is a woman: the "he" cannot be the
 * person the conversation was about (`last-person.ts`; her first name is only a woman's), so it is
 * someone else in the story. Between people, the listener takes the one person of the story the
 * pronoun fits: the story's main subject when it fits them (`subject.ts`: a story about one man), or
 * else the only person the story names that it fits (one whose first name says the pronoun before names
 * that say nothing); when none or several fit, they ask who is meant
 * rather than answer about anyone. So does the bot: a pronoun that names no one is never "a question
 * with no words to look up", since the reader did say whom, in their way.
 *
 * Only for the singular personal pronouns ("he", "his", "she", "her"…): "they" names no one person
 * (see `personSubject`), and "it" no person at all.
 *
 * After an answer naming several people together ("who signed?" → "Khaled Obaidi and Alexander
 * Fomin"), the listener reads "they" as all of them, and "he" or "she" as the one of them it fits;
 * when it fits more than one, they ask which (`readPronoun`).
 */
import { withoutTitles, type Gender } from '../knowledge/names.js';
import type { Role, Sentence } from '../knowledge/types.js';
import type { Entity } from './entities.js';
import {
  asSubject,
  named,
  personSubject,
  SUBJECT_PRONOUNS,
  subjectPronoun,
  type StorySubject,
} from './subject.js';
import { possessiveHer } from './possessive.js';
import { isThingName, thingNames } from './person-name.js';
import { tokenize, type Token } from './text.js';
import { withTitledNames } from './titles.js';
import type { Answer } from './types.js';
import { isRoleNoun } from './wordnet.js';
import { hasLetter } from './letters.js';

/** Whom a pronoun that is not the conversation's person is read as: someone of the story, or no one clearly. */
export type OtherPerson =
  | { kind: 'person'; name: string }
  /** `fitting`: the people it could be when several fit (the reply names them), none when no one does. */
  | { kind: 'unclear'; fitting: string[] };

/** Words that ask which of a group: "which of them", "who among them". */
const PARTITIVE_ASKING: ReadonlySet<string> = new Set(['which', 'who']);

/**
 * Whether the "they", "them" or "their" at `i` points back at people the reader has in mind: as the
 * question's subject or a possessive ("when did they sign it?", "what are their jobs?": `asSubject`, as
 * for the story's subject), or asking which of them ("which of them thanked Russia?"), or when the
 * question says nothing else (`bare`: "what about them?"). An object is the matter asked about, and
 * more often someone else ("what did Russia promise them?": Iraq).
 */
function theyPointsBack(tokens: readonly Token[], i: number, bare: boolean): boolean {
  const partitive =
    ['of', 'among'].includes(tokens[i - 1]?.word ?? '') && PARTITIVE_ASKING.has(tokens[i - 2]?.word ?? '');
  return bare || partitive || asSubject(tokens, i);
}

/**
 * The question's first pronoun of the given kinds ("he", "her"; "they", "their") that points back
 * (`theyPointsBack`), unless a person or a role the question names before it binds it ("did Walsh say
 * he…", "the mayor … her plan", "did the ministers say they…"): that one is no reference back to the
 * conversation.
 */
function pronounOf(
  tokens: readonly Token[],
  names: ReadonlySet<string>,
  kinds: readonly ('he' | 'she' | 'they')[],
  bare: boolean,
): Token | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const kind = SUBJECT_PRONOUNS.get(t.word);
    if (kind === undefined || kind === 'it' || !kinds.includes(kind)) continue;
    if (kind === 'they' && !theyPointsBack(tokens, i, bare)) continue;
    const before = tokens.slice(0, i);
    return before.some((b) => !b.stop && (names.has(b.word) || isRoleNoun(b.word))) ? undefined : t;
  }
  return undefined;
}

/** A person's words in lower case: "Helen Brandt" → ["helen", "brandt"]. */
export const wordsOf = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => hasLetter(w));

/** Whether one name is the other or ends it ("Brandt", "Helen Brandt"): the same person named again. */
export function sameName(a: string, b: string): boolean {
  const [long, short] = [wordsOf(a), wordsOf(b)].sort((x, y) => y.length - x.length) as [string[], string[]];
  return short.length > 0 && short.every((w, i) => long[long.length - short.length + i] === w);
}

/** Parts of a page whose people are not those the story is about. */
const NOT_THE_STORY: ReadonlySet<Role> = new Set<Role>(['credit', 'comment', 'related', 'tags']);

/**
 * The people a story names, each once, with the pronouns each can be: a name whose first name is only
 * a woman's or only a man's says which. Keyed by the full name, since two people may share a surname
 * ("Helen Brandt", her brother "Peter Brandt"). News names a person again by the surname alone
 * ("Brandt said"): that mention is the one full name it ends, and narrows its pronouns no further;
 * when several full names end with it, it could be either and counts for neither; when none does, it
 * is a person of its own.
 */
export function storyPeople(
  sentences: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
  toldOf?: (name: string) => Gender | undefined,
): { name: string; pronouns: Set<string> }[] {
  // Those the story tells of: not the writer of its byline or the photographer of a credit ("By Hannah
  // Greaves" is no "she" of a football report), nor readers commenting under it.
  const told = sentences.filter((s) => !NOT_THE_STORY.has(s.role));
  // A name the tagger does not know is a person too when a title names it ("Mayor Ngozi Okafor"); its
  // first name is in neither gender list, so it fits "he" and "she" (`personSubject`).
  const withTitled = (s: Sentence): readonly Entity[] => withTitledNames(s.text, entitiesOf(s));
  // "his van, named Lola": Lola is no one, wherever the story says it (`thingNames`).
  const things = thingNames(told.map((s) => s.text));
  const mentions = told.flatMap((sentence) =>
    named(sentence, withTitled).flatMap(({ kind, name }) => {
      if (isThingName(name, things)) return [];
      // A first name that says nothing ("Priya") is told by the story's own "She…" read as her.
      const person = kind === 'person' ? personSubject(name, toldOf?.(name)) : undefined;
      return person === undefined ? [] : [{ name, person }];
    }),
  );
  const people = new Map<string, { name: string; pronouns: Set<string> }>();
  // "Mrs Hale" after "Dorothy Hale" is her surname again, as "Hale" is: a title is no first name.
  const bare = (name: string) => withoutTitles(name, isRoleNoun);
  for (const { name, person } of mentions)
    if (wordsOf(bare(name)).length > 1 && !people.has(bare(name).toLowerCase()))
      people.set(bare(name).toLowerCase(), { name, pronouns: new Set(person.pronouns) });
  for (const { name, person } of mentions) {
    const surname = bare(name);
    if (wordsOf(surname).length > 1) continue;
    const full = [...people.values()].filter(
      (p) => wordsOf(bare(p.name)).length > 1 && sameName(bare(p.name), surname),
    );
    if (full.length > 1) continue;
    const [known] = full;
    if (known === undefined) {
      const alone = people.get(surname.toLowerCase());
      if (alone === undefined)
        people.set(surname.toLowerCase(), { name, pronouns: new Set(person.pronouns) });
      continue;
    }
    // Every mention must allow the pronoun: "Helen Brandt" then "Brandt" is a woman throughout.
    for (const p of known.pronouns) if (!person.pronouns.has(p)) known.pronouns.delete(p);
  }
  return [...people.values()];
}

/**
 * Whom `pronoun` stands for when it cannot be any of `unlike`, the people the conversation was about
 * (see above): the story's subject if the pronoun fits them, else the only other person named it fits.
 */
function otherPerson(
  pronoun: string,
  unlike: readonly string[],
  subject: StorySubject | undefined,
  sentences: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
  toldOf?: (name: string) => Gender | undefined,
): OtherPerson {
  const someoneElse = (name: string) => !unlike.some((u) => sameName(name, u));
  if (subject?.kind === 'person' && someoneElse(subject.name) && subject.pronouns.has(pronoun))
    return { kind: 'person', name: subject.name };
  const fitting = storyPeople(sentences, entitiesOf, toldOf).filter(
    (p) => someoneElse(p.name) && p.pronouns.has(pronoun),
  );
  // A name that says the pronoun ("Tomas", only a man's first name) outweighs names that say nothing
  // (an unknown first name, or "Brenton", a town the tagger took for a person): the listener takes the
  // one person the story's names tell is a man, before asking.
  const told = fitting.filter((p) => !(p.pronouns.has('he') && p.pronouns.has('she')));
  const [only] = told.length === 1 ? told : fitting;
  return only !== undefined && (told.length === 1 || fitting.length === 1)
    ? { kind: 'person', name: only.name }
    : { kind: 'unclear', fitting: fitting.map((p) => p.name) };
}

/** How a question's pronoun is read in a conversation about `people` (see `readPronoun`). */
export type PronounReading =
  /**
   * The people it stands for, with the question's pronoun read as them (one "they" for each of two
   * people); `readAs` when the reply should name them.
   */
  | { kind: 'people'; people: StorySubject[]; pronoun: Token; readAs?: Answer['readAs'] }
  | { kind: 'unclear'; unclear: NonNullable<Answer['unclear']> };

/**
 * Whom the question's pronoun stands for in a conversation about `people` (one at least: the person
 * its last answer was about, or those it named together), as a listener takes it; undefined when it
 * has no pronoun pointing back. One person: their own pronoun is them; another "he" or "she" is
 * someone else (`otherPerson`). Several: "they" is all of them; "he" or "she" the one of them it
 * fits (by first name: `personSubject`), someone else when it fits none, and unclear when it fits
 * more than one ("he" after "Khaled Obaidi and Alexander Fomin": "Khaled" says neither).
 */
export function readPronoun(
  question: { tokens: readonly Token[]; names: ReadonlySet<string>; bare: boolean },
  people: readonly StorySubject[],
  story: {
    subject: StorySubject | undefined;
    sentences: readonly Sentence[];
    entitiesOf: (s: Sentence) => readonly Entity[];
    told?: (name: string) => Gender | undefined;
  },
): PronounReading | undefined {
  const { tokens, names, bare } = question;
  const [last] = people;
  if (last === undefined) return undefined;
  const own = people.length === 1 ? subjectPronoun(tokens, last, names) : undefined;
  if (own !== undefined) return { kind: 'people', people: [last], pronoun: own };
  const pronoun = pronounOf(tokens, names, people.length > 1 ? ['he', 'she', 'they'] : ['he', 'she'], bare);
  if (pronoun === undefined) return undefined;
  const all = people.map((p) => p.name);
  if (SUBJECT_PRONOUNS.get(pronoun.word) === 'they')
    return {
      kind: 'people',
      people: [...people],
      pronoun,
      readAs: { pronoun: pronoun.word, people: all },
    };
  const fitting = people.length > 1 ? people.filter((p) => p.pronouns.has(pronoun.word)) : [];
  const [one] = fitting;
  if (one !== undefined && fitting.length === 1)
    return { kind: 'people', people: [one], pronoun, readAs: { pronoun: pronoun.word, people: [one.name] } };
  if (fitting.length > 1)
    return {
      kind: 'unclear',
      unclear: { pronoun: pronoun.word, unlike: [], fitting: fitting.map((p) => p.name) },
    };
  const other = otherPerson(pronoun.word, all, story.subject, story.sentences, story.entitiesOf, story.told);
  const person = other.kind === 'person' ? personSubject(other.name) : undefined;
  if (other.kind === 'unclear' || person === undefined)
    return {
      kind: 'unclear',
      unclear: { pronoun: pronoun.word, unlike: all, fitting: other.kind === 'unclear' ? other.fitting : [] },
    };
  return {
    kind: 'people',
    people: [person],
    pronoun,
    readAs: { pronoun: pronoun.word, people: [other.name] },
  };
}

/** The question's "he" or "she" (or "his", "her"…) pointing back, unless a name before it binds it. */
export function heOrShe(question: {
  tokens: readonly Token[];
  names: ReadonlySet<string>;
}): Token | undefined {
  return pronounOf(question.tokens, question.names, ['he', 'she'], true);
}

/**
 * The "they" (or "them", "their") of a question that asks nothing else ("what did they say?"): with no
 * one talked about it points at people the reader has in mind and did not name, as "he" does.
 */
export function theyAlone(question: {
  tokens: readonly Token[];
  names: ReadonlySet<string>;
}): Token | undefined {
  return pronounOf(question.tokens, question.names, ['they'], true);
}

/** Pronouns a name can stand in for as it is: the subject's and the object's ("who is she?", "what did they tell him?"). */
const AS_NAME: ReadonlySet<string> = new Set(['he', 'she', 'him']);

/**
 * The question with its "he", "she" or "him" pointing back (`heOrShe`) written as `name` ("who is she?"
 * → "who is Priya Raman?"), or "his" or a possessive "her" as the name's possessive ("whats her name?"
 * → "whats Amy Tranter's name?", `possessiveHer`): what the reader asks of the person it was read as.
 * Undefined when it has none, or only a "her" that may be an object ("what did they tell her?").
 */
export function namedForPronoun(text: string, names: ReadonlySet<string>, name: string): string | undefined {
  const tokens = tokenize(text);
  const pronoun = heOrShe({ tokens, names });
  if (pronoun === undefined) return undefined;
  const possessive =
    pronoun.word === 'his' ||
    (pronoun.word === 'her' && possessiveHer(text, tokens, tokens.indexOf(pronoun)));
  const written = AS_NAME.has(pronoun.word) ? name : possessive ? `${name}'s` : undefined;
  return written === undefined ? undefined : text.slice(0, pronoun.start) + written + text.slice(pronoun.end);
}
