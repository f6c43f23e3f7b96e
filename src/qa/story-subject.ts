/**
 * The story's main subject, as a question's "he" or "she" reads it: the one `findSubject` singles out by
 * name, or else the person the headline and lead describe by role before the next sentence names them
 * (news's delayed identification, `describedLead`: "Former parish treasurer jailed…" / "A former
 * parish council treasurer who stole… has been jailed…" / "Gareth Pembury, 58, … admitted fraud…").
 * Described in both the headline and the lead, that person is who the story is about as surely as if
 * both named them, so "how old is he?" asks Gareth Pembury's age.
 *
 * Its sex is the one the story's titles give their surname ("Mr Pritchard said…" of Gwyn Pritchard),
 * over the first-name lists' guess: a name the lists hold for either sex ("Gwyn") is read as the lists
 * have it, and a reader's "she" was read as a man the story calls "Mr" and "he" (nc56). A story's
 * "Mr" and "Mrs" for the same surname (a couple) say nothing.
 */
import type { Article, Sentence } from '../knowledge/types.js';
import { addressTitle, type Gender } from '../knowledge/names.js';
import type { Entity } from './entities.js';
import { describedLead } from './referents.js';
import {
  calledByFirstName,
  personSubject,
  subjectOf,
  toldAs,
  usageGender,
  type StorySubject,
} from './subject.js';

// One per parsed article, found on first use, as `subjectOf` keeps its own (named by the first name
// the story calls them by too): the loader hands back the same object for an unchanged file.
const described = new WeakMap<Article, StorySubject | null>();

/**
 * `subjectOf`, or the person the headline and lead describe (`describedLead`), named by the first name
 * the story calls them by too (`calledByFirstName`); undefined for neither.
 */
export function storySubject(
  article: Article,
  entitiesOf: (s: Sentence) => readonly Entity[],
): StorySubject | undefined {
  let found = described.get(article);
  if (found === undefined) {
    const subject = subjectOf(article, entitiesOf) ?? describedSubject(article, entitiesOf);
    found =
      subject === undefined
        ? null
        : calledByFirstName(toldAs(subject, titledSex(subject, article.sentences)), article.sentences);
    described.set(article, found);
  }
  return found ?? undefined;
}

function describedSubject(
  article: Article,
  entitiesOf: (s: Sentence) => readonly Entity[],
): StorySubject | undefined {
  // The headline must describe them too: a lead alone can open on someone the story then leaves.
  for (const [index, description] of describedLead(article, entitiesOf))
    // A first name that says no sex ("Zainab" to the lists) is the one the story's pronouns say.
    if (article.sentences[index]?.role === 'title')
      return personSubject(description.referent.name, usageGender(article.sentences));
  return undefined;
}

/** A word and the space before the next one: a title of address is read from it ("Mr", "Mrs."). */
const WORD = /[\p{L}.]+/gu;

/**
 * The sex the story's titles of address give a person's surname ("Mr Pritchard"), when they give one
 * sex only; undefined for a subject that is no person, or no gendered title before the surname.
 */
export function titledSex(subject: StorySubject, sentences: readonly Sentence[]): Gender | undefined {
  if (subject.kind !== 'person') return undefined;
  const surname = subject.name.split(/\s+/).at(-1);
  if (surname === undefined) return undefined;
  const said = new Set<Gender>();
  for (const sentence of sentences) {
    const words = sentence.text.match(WORD) ?? [];
    words.forEach((word, i) => {
      const title = addressTitle(word);
      if (title !== undefined && title !== 'either' && words[i + 1] === surname) said.add(title);
    });
  }
  const [only] = said;
  return said.size === 1 ? only : undefined;
}
