/**
 * Whom a question's pronoun is read as, before anything is searched (stage 2b of `engine.ts`): the
 * conversation's last people or the story's subject, the question's word groups lent their names
 * (`subjectGroups`); and, for the search (stage 3), the story's subject read as its "he". Moved out of
 * the engine (session 32): it reads the engine's index, articles and focus only, through `StoryView`.
 */
import type { Article, Sentence } from '../knowledge/types.js';
import type { Group } from './expansion.js';
import type { Focus, FocusOptions } from './focus.js';
import type { Entity } from './entities.js';
import { heOrShe, readPronoun, sameName, theyAlone } from './other-person.js';
import { asksWhether } from './polarity.js';
import { storyReadings } from './pronoun-chain.js';
import { sexOfPronoun } from './pronoun-sex.js';
import type { ParsedQuestion } from './question.js';
import { toldGender, type ConversationPerson } from './referents.js';
import { chainMeant, meantPerson, unclearWithNoOne } from './salient-person.js';
import type { SearchIndex } from './search-index.js';
import { storySubject } from './story-subject.js';
import {
  calledByFirstName,
  openersOf,
  personSubject,
  subjectGroups,
  toldAs,
  type StorySubject,
  type SubjectCredit,
} from './subject.js';
import { tokenize, type Token } from './text.js';
import type { Answer } from './types.js';
import type { Weights } from './weights.js';

/** What the readings read of the engine (an `Engine` is one). */
export interface StoryView {
  readonly index: SearchIndex;
  readonly articles: readonly Article[];
  readonly weights: Weights;
  /** Which article a request about "this article" means (`Engine.focus`). */
  focus(options: FocusOptions): Focus;
}

/** What `personCredit` reads of the ask's options (`AskOptions`). */
export interface PersonOptions extends FocusOptions {
  lastPeople?: readonly string[];
  conversation?: true;
}

/** Whom the question's pronoun was read as (`personCredit`); undefined when nothing was read. */
export type PersonReading =
  | {
      named?: true;
      tieBreak?: ConversationPerson;
      readAs?: Answer['readAs'];
      unclear?: Answer['unclear'];
      /** A pronoun with no one to point at, in a folder of several stories none of which is talked about. */
      noOne?: true;
      person?: string;
      people?: string[];
      /** The question's groups with the names of the people read (`subjectGroups`). */
      groups?: Group[];
    }
  | undefined;

/**
 * The conversation's last people (`AskOptions.lastPeople`) as the subject its pronoun stands for,
 * when the question is about one story and reads a pronoun as them; the question's groups gain their
 * names (`named`), in place of the story's subject. A sentence opening with "He" is credited with
 * them as `referents.ts` reads it, which the one person read settles where it fits others as well
 * (`tieBreak`); not every "He": that one may be someone else. A "he" or "she" that cannot be the one
 * person (her first name is only a woman's) is the one other person of the story it fits, or no one
 * clearly; after several people named together, "they" is all of them and "he" or "she" the one it
 * fits, or unclear (`other-person.ts`).
 */
export function personCredit(
  view: StoryView,
  parsed: ParsedQuestion,
  groups: Group[],
  options: PersonOptions,
): PersonReading {
  let people = (options.lastPeople ?? []).flatMap((name) => personSubject(name) ?? []);
  const bare = groups.length === 0;
  // With no one talked about, only a question of nothing but the pronoun may need asking back, or, in
  // a conversation, be read as the story's subject.
  if (people.length === 0 && !bare && options.conversation !== true) return undefined;
  const focus = view.focus(options);
  const article = focus.kind === 'article' ? view.articles[focus.index] : undefined;
  const tokens = tokenize(parsed.text);
  // "what did they say?" with no one talked about points at people as a "he" does.
  const alone =
    people.length === 0
      ? (heOrShe({ tokens, names: parsed.names }) ??
        (bare ? theyAlone({ tokens, names: parsed.names }) : undefined))
      : undefined;
  if (people.length === 0 && alone === undefined) return undefined;
  // Several stories and none talked about: a "he" alone points at no one we can name.
  if (focus.kind !== 'article' || article === undefined)
    return alone === undefined || !bare ? undefined : { noOne: true };
  const entitiesOf = (s: Sentence) => view.index.entitiesOf(s);
  // A first name that says nothing of "he" or "she" ("Priya") is told by the story's own pronouns.
  const told = (name: string) => toldGender(article, entitiesOf, name);
  const found = storySubject(article, entitiesOf);
  const subject = found === undefined ? undefined : toldAs(found, told(found.name));
  const story = { subject, sentences: article.sentences, entitiesOf, told };
  // Named by the first name the story calls them by too ("Anjali said"), as the story's subject is.
  people = people.map((p) => calledByFirstName(personSubject(p.name, told(p.name)) ?? p, article.sentences));
  // In a conversation with no one talked about yet, a "he" or "she" that fits the story's subject (a
  // person) is them, as a listener takes it, and the reply says so: "how old is she?" first thing
  // about a story of Priya Raman's election asks her age. In a story about a company, "she" is never
  // the company: it is the woman the story is about, its chief executive (`personMeant`).
  let guessed: Answer['readAs'] | undefined;
  if (alone !== undefined) {
    // Else the person the story's own "she" all points back to (`chainMeant`): "how old is he?" of a
    // story about a building whose every "he" is its scheme's director asks the director's age, as a
    // reader of it takes the question (nc53: refused, "old" finding the caption's "old depot"). Not a
    // yes/no question's, which asks whether the story's event happened: read as a name, its "he" must be
    // named by the passage that says so, and "did he resign?" lost its "Yes" from a lead that calls him
    // "the chair" (the re-read's full run).
    const meant =
      meantPerson(alone, story) ?? (bare || !asksWhether(parsed.text) ? chainMeant(alone, story) : undefined);
    if (meant === undefined) return bare ? { unclear: unclearWithNoOne(alone, story) } : undefined;
    if (options.conversation !== true) return undefined;
    people = [meant];
    guessed = { pronoun: alone.word, people: [meant.name] };
  }
  // A question of nothing but the pronoun ("what about them?") can mean no one else.
  const read = readPronoun({ tokens, names: parsed.names, bare }, people, story);
  const reading = read?.kind === 'people' && guessed !== undefined ? { ...read, readAs: guessed } : read;
  if (reading === undefined) {
    // "what did they say?" after one person: they are not that one, and there is nothing else to look up.
    const they = bare ? theyAlone({ tokens, names: parsed.names }) : undefined;
    return they === undefined ? undefined : { unclear: { pronoun: they.word, unlike: [], fitting: [] } };
  }
  if (reading.kind === 'unclear') return { unclear: reading.unclear };
  if (storyMeansAnother(reading, people, story))
    return { unclear: { pronoun: reading.pronoun.word, unlike: people.map((p) => p.name), fitting: [] } };
  // Each person's name joins the groups (`subjectGroups`), the next person's read against them.
  let withNames: readonly Group[] = groups;
  const naming = new Set<number>();
  for (const person of reading.people) {
    const lent = reading.people.length > 1;
    const read = groupsNaming(view.index, parsed, withNames, person, { pronoun: reading.pronoun, lent });
    withNames = read.groups;
    for (const i of read.named) naming.add(i);
  }
  const named = [...naming];
  if (named.length === 0) return undefined;
  // The reader said this name one question before, or read it in the answer just given: their "he"
  // is that word (`Group.named`). So is the one other person it fits: the conversation and the
  // pronoun's gender left no one else (and the reply says whom it was read as), unlike the story's
  // subject, which the engine guesses alone.
  const credited = withNames.map((g, i) =>
    naming.has(i) && g.pronoun === true ? { ...g, named: true as const } : g,
  );
  // The one person "he" or "she" was read as, by name: whom "where is he from?" asks about.
  const [one, ...more] = reading.people;
  const person =
    one !== undefined && more.length === 0
      ? { person: one.name, tieBreak: { article: focus.index, stems: one.stems } }
      : {};
  const names = reading.people.map((p) => p.name);
  return reading.readAs === undefined
    ? { named: true, people: names, groups: credited, ...person }
    : { named: true, readAs: reading.readAs, people: names, groups: credited, ...person };
}

/** `subjectGroups` over this index. */
function groupsNaming(
  index: SearchIndex,
  parsed: ParsedQuestion,
  groups: readonly Group[],
  subject: StorySubject,
  read?: { pronoun: Token; lent: boolean },
): { groups: readonly Group[]; named: number[] } {
  return subjectGroups(
    tokenize(parsed.text),
    parsed.names,
    groups,
    subject,
    (s) => index.idf(s),
    (s) => index.has(s),
    read,
  );
}

/**
 * The subject of the story the question is about (the one named, the conversation's or the only one:
 * across several stories a "he" could be anyone), and the question's groups that name it; a pronoun
 * standing for it adds one (`groups`: the question's with it). Undefined when there is no such story
 * or it has no one subject.
 */
export function subjectCredit(
  view: StoryView,
  parsed: ParsedQuestion,
  groups: readonly Group[],
  options: FocusOptions,
): { subject: SubjectCredit; groups: Group[] } | undefined {
  if (view.weights.SUBJECT <= 0) return undefined;
  const focus = view.focus(options);
  const article = focus.kind === 'article' ? view.articles[focus.index] : undefined;
  if (focus.kind !== 'article' || article === undefined) return undefined;
  const subject = storySubject(article, (s) => view.index.entitiesOf(s));
  if (subject === undefined) return undefined;
  const named = groupsNaming(view.index, parsed, groups, subject);
  return {
    subject: { article: focus.index, openers: openersOf(subject), groups: named.named },
    groups: [...named.groups],
  };
}

/**
 * Whether the one other person a "he" or "she" was read as (`readPronoun`: not the person talked about)
 * is someone the story's own "he" or "she" never stands for, while it does stand for someone: after "what
 * did she say?" read as the chief executive, "what did he say?" is not the one other man the story
 * names, a board member who says nothing, when the story's "he" is its unnamed spokesman
 * (`storyReadings`). A listener would ask who is meant. A story with no such pronoun leaves the reading.
 */
function storyMeansAnother(
  reading: { people: readonly StorySubject[]; pronoun: Token },
  people: readonly StorySubject[],
  story: { sentences: readonly Sentence[]; entitiesOf: (s: Sentence) => readonly Entity[] },
): boolean {
  const [person] = reading.people;
  const sex = sexOfPronoun(reading.pronoun.word);
  if (reading.people.length !== 1 || person === undefined || sex === undefined) return false;
  if (people.some((p) => sameName(p.name, person.name))) return false;
  const reads = storyReadings(sex, story.sentences, story.entitiesOf);
  return (
    reads.length > 0 &&
    !reads.some(
      ({ reading: r }) => typeof r !== 'string' && r.kind === 'person' && sameName(r.name, person.name),
    )
  );
}
