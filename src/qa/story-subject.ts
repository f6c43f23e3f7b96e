/**
 * The story's main subject, as a question's "he" or "she" reads it: the one `findSubject` singles out by
 * name, or else the person the headline and lead describe by role before the next sentence names them
 * (news's delayed identification, `describedLead`: "Former parish treasurer jailed…" / "A former
 * parish council treasurer who stole… has been jailed…" / "Gareth Pembury, 58, … admitted fraud…").
 * Described in both the headline and the lead, that person is who the story is about as surely as if
 * both named them, so "how old is he?" asks Gareth Pembury's age.
 */
import type { Article, Sentence } from '../knowledge/types.js';
import type { Entity } from './entities.js';
import { describedLead } from './referents.js';
import { calledByFirstName, personSubject, subjectOf, usageGender, type StorySubject } from './subject.js';

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
    found = subject === undefined ? null : calledByFirstName(subject, article.sentences);
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
