/**
 * Whom a conversation's first "she" or "he" stands for in a story that is not about one person: a
 * company's job cuts ("Software firm Kestrel Systems to cut 1,200 jobs"), a hospital trust's apology.
 * A pronoun only stands for something it agrees with: "she" is never the company, so the story's
 * subject (`subject.ts`), an organisation, says nothing of it; the people it fits do. Among them the
 * listener takes the one the story is about as `findSubject` picks a subject, by the same test
 * (`standsOut`): named in the lead ("Chief executive Margaret Ellison announced the cuts…"; in a story
 * about no one person, the second paragraph when the first names none of them: a lead that
 * describes, then names), and either the headline and the lead agree on them or the story names them
 * in at least `MIN_MENTIONS` sentences, `MARGIN` times as often as anyone else the pronoun fits, and in
 * `DENSITY` of its sentences. A surname counts where it names that person, not inside another name
 * ("Victoria Park" is no Helen Park, `namesPerson`). An anonymous employee's quoted "…," she said
 * names no one, so she is no rival. Two women named about as often ("Councillor Sarah Whitfield",
 * "Councillor Joanne Pryce") leave it unclear, and the reply asks, offering those named most
 * (`mostNamed`), not an MP named once beside a chief executive quoted twice.
 */
import { nameGender, type Gender } from '../knowledge/names.js';
import type { Sentence } from '../knowledge/types.js';
import type { Entity } from './entities.js';
import { storyPeople } from './other-person.js';
import { chainedPerson } from './pronoun-chain.js';
import { sexOfPronoun } from './pronoun-sex.js';
import {
  calledByFirstName,
  DENSITY,
  MARGIN,
  MIN_MENTIONS,
  namesPerson,
  personSubject,
  standsOut,
  storyParts,
  type Salience,
  type StorySubject,
} from './subject.js';
import type { Token } from './text.js';
import type { Answer } from './types.js';
import { isRoleNoun } from './wordnet.js';

/** The story's parts a question's pronoun is read against, as `unclearWithNoOne` takes them. */
export interface PronounStory {
  sentences: readonly Sentence[];
  entitiesOf: (s: Sentence) => readonly Entity[];
  told?: (name: string) => Gender | undefined;
}

/** A person the pronoun fits, with where and how often the story names them. */
interface Named extends Salience {
  name: string;
}

/** The sex a "she" or a "he" says of whom it stands for. */
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['she', 'female'],
  ['he', 'male'],
]);

/**
 * The people of the story `pronoun` fits ("she": every woman, and everyone whose name says neither),
 * most named first; ties keep the story's order. A person is named again by the surname ("Ms Ellison
 * said…"), case-sensitive, as `findSubject` counts a candidate, but not where another name holds it:
 * "Victoria Park" is not Helen Park, nor "Mrs Hill" her son Peter Hill (`namesPerson`). With them, how
 * many sentences the headline and body hold (the `DENSITY` base).
 */
function fittingByMentions(pronoun: string, story: PronounStory): { ranked: Named[]; sentences: number } {
  const { headline, body } = storyParts(story.sentences);
  const told = [...headline, ...body];
  const people = storyPeople(story.sentences, story.entitiesOf, story.told).filter((p) =>
    p.pronouns.has(pronoun),
  );
  const saying = people.map(({ name }) => {
    const gender = story.told?.(name) ?? nameGender(name, isRoleNoun) ?? PRONOUN_GENDER.get(pronoun);
    return { name, said: (s: Sentence) => namesPerson(s.text, name, gender) };
  });
  const opening = openingWithSomeone(body, saying);
  const named = saying.map(({ name, said }) => ({
    name,
    mentions: told.filter(said).length,
    inHeadline: headline.some(said),
    inLead: opening.some(said),
  }));
  return { ranked: named.sort((a, b) => b.mentions - a.mentions), sentences: told.length };
}

/**
 * The lead of a story about no one person (an organisation's, or no one's: "Brightline" need not be
 * tagged as a company), for the people a pronoun fits: its first paragraph, or,
 * when that names none of them, the second, as news names the person it is about with a delay ("The
 * software company Brightline will cut about 900 jobs…" / "Chief executive Priya Natarajan announced
 * the cuts…"). Only the next paragraph: one named later is not whom the story opens with.
 */
function openingWithSomeone(
  body: readonly Sentence[],
  people: readonly { said: (s: Sentence) => boolean }[],
): Sentence[] {
  const paragraphs = [...new Set(body.map((s) => s.paragraph))].slice(0, 2);
  const of = (paragraph: number | undefined) => body.filter((s) => s.paragraph === paragraph);
  const first = paragraphs.find((p) => of(p).some((s) => people.some(({ said }) => said(s))));
  return of(first ?? paragraphs[0]);
}

/**
 * The one person the story is about among those `pronoun` fits, by `findSubject`'s test (`standsOut`,
 * see the module comment); undefined when no one stands out.
 */
export function salientPerson(pronoun: string, story: PronounStory): string | undefined {
  const { ranked, sentences } = fittingByMentions(pronoun, story);
  return standsOut(ranked, sentences) || onlyOneFits(ranked, sentences) ? ranked[0]?.name : undefined;
}

/**
 * The only person of the story the pronoun fits, whom it keeps naming (`MIN_MENTIONS`, `DENSITY`) though
 * not in its lead: a story that opens on a thing ("A disused phone box … has been turned into a
 * defibrillator station") and then names the woman who led it throughout. No one else is there for the
 * reader's "she" to mean.
 */
function onlyOneFits(ranked: readonly Salience[], sentences: number): boolean {
  const [top] = ranked;
  return (
    ranked.length === 1 &&
    top !== undefined &&
    top.mentions >= MIN_MENTIONS &&
    top.mentions >= DENSITY * sentences
  );
}

/**
 * The people to offer when the bot must ask whom `pronoun` means: those it fits, most named first, but
 * not one the most named outnumbers by `MARGIN` (the clear margin `findSubject` reads as "more about
 * them"). A chief executive quoted twice is whom a reader most likely means, not the MP named once; two
 * councillors named alike are both offered.
 */
export function mostNamed(pronoun: string, story: PronounStory): string[] {
  const fitting = fittingByMentions(pronoun, story).ranked;
  const most = fitting[0]?.mentions ?? 0;
  return fitting.filter((p, i) => i === 0 || most < MARGIN * p.mentions).map((p) => p.name);
}

/**
 * The person a conversation's first "he" or "she" stands for ("what did she say?" with no one talked
 * about yet): the story's subject when it is a person the pronoun fits; in a story about no one person
 * (an organisation's, or no one's), the person it fits that the story is about (`salientPerson`).
 * Undefined when there is no such person: the bot asks (`unclearWithNoOne`).
 */
export function meantPerson(
  pronoun: Token,
  story: PronounStory & { subject: StorySubject | undefined },
): StorySubject | undefined {
  const { subject } = story;
  if (subject?.kind === 'person') return subject.pronouns.has(pronoun.word) ? subject : undefined;
  // "how much did they make?" of a story about an airline: a company or a body is a "they" (and an
  // "it"), as its own sentences call it, never a "he" or "she".
  if (subject !== undefined && subject.pronouns.has(pronoun.word)) return subject;
  const name = salientPerson(pronoun.word, story);
  const person = name === undefined ? undefined : personSubject(name, story.told?.(name));
  return person === undefined ? undefined : calledByFirstName(person, story.sentences);
}

/**
 * The person a question of nothing but "she" or "he" ("what did she say?", "where is he from?") stands
 * for when no one stands out by name (`meantPerson` undefined): the named person the story's own
 * pronoun of that sex all points back to (`chainedPerson`), as a reader of the story takes it.
 * Undefined when that chain is not clearly one person's: the bot asks (`unclearWithNoOne`).
 */
export function chainMeant(pronoun: Token, story: PronounStory): StorySubject | undefined {
  const sex = sexOfPronoun(pronoun.word);
  const name = sex === undefined ? undefined : chainedPerson(sex, story.sentences, story.entitiesOf);
  const person = name === undefined ? undefined : personSubject(name, story.told?.(name));
  return person?.pronouns.has(pronoun.word) === true ? calledByFirstName(person, story.sentences) : undefined;
}

/**
 * "who is he?", "what did he say?" as a conversation's first question when the "he" or "she" stands for
 * no one person (`meantPerson` undefined): a listener asks who is meant, naming the people it may fit
 * (`mostNamed`), since a guess between two men the story names would read as an answer.
 */
export function unclearWithNoOne(pronoun: Token, story: PronounStory): NonNullable<Answer['unclear']> {
  // Every person it may fit, those whose first name says nothing too ("Khaled"): with no one talked
  // about, one man the names tell of is no answer to "who is he?" when another may be one; and one
  // person it fits is offered by name rather than guessed.
  return { pronoun: pronoun.word, unlike: [], fitting: mostNamed(pronoun.word, story) };
}
