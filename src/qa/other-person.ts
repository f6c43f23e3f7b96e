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
 */
import type { Sentence } from '../knowledge/types.js';
import type { Entity } from './entities.js';
import { named, personSubject, SUBJECT_PRONOUNS, type StorySubject } from './subject.js';
import type { Token } from './text.js';
import { withTitledNames } from './titles.js';
import { isRoleNoun } from './wordnet.js';

/** Whom a pronoun that is not the conversation's person is read as: someone of the story, or no one clearly. */
export type OtherPerson =
  | { kind: 'person'; name: string }
  /** `fitting`: the people it could be when several fit (the reply names them), none when no one does. */
  | { kind: 'unclear'; fitting: string[] };

/**
 * The question's first singular personal pronoun ("he", "her"), unless a person or a role the question
 * names before it binds it ("did Walsh say he…", "the mayor … her plan"): that one is no reference
 * back to the conversation.
 */
export function personalPronoun(tokens: readonly Token[], names: ReadonlySet<string>): Token | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const kind = SUBJECT_PRONOUNS.get(t.word);
    if (kind !== 'he' && kind !== 'she') continue;
    const before = tokens.slice(0, i);
    return before.some((b) => !b.stop && (names.has(b.word) || isRoleNoun(b.word))) ? undefined : t;
  }
  return undefined;
}

/** A person's words in lower case: "Helen Brandt" → ["helen", "brandt"]. */
const wordsOf = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));

/** Whether one name is the other or ends it ("Brandt", "Helen Brandt"): the same person named again. */
function sameName(a: string, b: string): boolean {
  const [long, short] = [wordsOf(a), wordsOf(b)].sort((x, y) => y.length - x.length) as [string[], string[]];
  return short.length > 0 && short.every((w, i) => long[long.length - short.length + i] === w);
}

/**
 * The people a story names, each once, with the pronouns each can be: a name whose first name is only
 * a woman's or only a man's says which. Keyed by the full name, since two people may share a surname
 * ("Helen Brandt", her brother "Peter Brandt"). News names a person again by the surname alone
 * ("Brandt said"): that mention is the one full name it ends, and narrows its pronouns no further;
 * when several full names end with it, it could be either and counts for neither; when none does, it
 * is a person of its own.
 */
function peopleOf(
  sentences: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
): { name: string; pronouns: Set<string> }[] {
  // A name the tagger does not know is a person too when a title names it ("Mayor Ngozi Okafor"); its
  // first name is in neither gender list, so it fits "he" and "she" (`personSubject`).
  const withTitled = (s: Sentence): readonly Entity[] => withTitledNames(s.text, entitiesOf(s));
  const mentions = sentences.flatMap((sentence) =>
    named(sentence, withTitled).flatMap(({ kind, name }) => {
      const person = kind === 'person' ? personSubject(name) : undefined;
      return person === undefined ? [] : [{ name, person }];
    }),
  );
  const people = new Map<string, { name: string; pronouns: Set<string> }>();
  for (const { name, person } of mentions)
    if (wordsOf(name).length > 1 && !people.has(name.toLowerCase()))
      people.set(name.toLowerCase(), { name, pronouns: new Set(person.pronouns) });
  for (const { name, person } of mentions) {
    if (wordsOf(name).length > 1) continue;
    const full = [...people.values()].filter((p) => wordsOf(p.name).length > 1 && sameName(p.name, name));
    if (full.length > 1) continue;
    const [known] = full;
    if (known === undefined) {
      const alone = people.get(name.toLowerCase());
      if (alone === undefined) people.set(name.toLowerCase(), { name, pronouns: new Set(person.pronouns) });
      continue;
    }
    // Every mention must allow the pronoun: "Helen Brandt" then "Brandt" is a woman throughout.
    for (const p of known.pronouns) if (!person.pronouns.has(p)) known.pronouns.delete(p);
  }
  return [...people.values()];
}

/**
 * Whom `pronoun` stands for when it cannot be `last`, the person the conversation was about (see
 * above): the story's subject if the pronoun fits them, else the only other person named it fits.
 */
export function otherPerson(
  pronoun: string,
  last: StorySubject,
  subject: StorySubject | undefined,
  sentences: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
): OtherPerson {
  if (subject?.kind === 'person' && !sameName(subject.name, last.name) && subject.pronouns.has(pronoun))
    return { kind: 'person', name: subject.name };
  const fitting = peopleOf(sentences, entitiesOf).filter(
    (p) => !sameName(p.name, last.name) && p.pronouns.has(pronoun),
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
