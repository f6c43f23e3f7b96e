/**
 * Whether a span the tagger calls a person is one a reader would call a person ("he", "she", "Who is
 * …?"). compromise tags a person's name inside the name of a thing called after them ("the James Webb
 * Space Telescope" → "James Webb Space") and, now and then, a lower-case word ("the first woman" →
 * "first"). Neither is anyone: a name is capitalised, and in running prose a name followed at once by
 * capitalised words ending in a noun for a made thing, an institution, a place or a prize ("… Space
 * Telescope", "… Memorial Hospital", "… Prize") is that thing's name. A headline, written in Title
 * Case, says nothing by its capitals ("Raman Opens New Factory"): there only the lower case counts.
 */
import type { Entity } from './entities.js';
import { isKindOf } from './wordnet.js';
import { startsUpper } from './letters.js';

/** The capitalised words right after a name, up to the first word that is not ("Space Telescope have"). */
const CAPITALISED_RUN = /^(?:\s+\p{Lu}[\p{L}'’-]*)+/u;

/** What a thing named after a person is: WordNet's kinds for "telescope", "university", "airport", "prize". */
const THINGS = ['artifact', 'organization', 'location', 'award', 'document'] as const;

/**
 * Is the person-tagged span `e` of `text` a person's name? `headline`: the sentence is a headline (in
 * Title Case), whose capitals say nothing of what follows a name.
 */
export function isPersonName(text: string, e: Entity, headline = false): boolean {
  if (!startsUpper(text.slice(e.start, e.end).replace(/^[^\p{L}]+/u, ''))) return false;
  if (headline) return true;
  const run = CAPITALISED_RUN.exec(text.slice(e.end))?.[0];
  const head = run
    ?.trim()
    .split(/\s+/)
    .at(-1)
    ?.replace(/['’]s?$/u, '');
  if (head === undefined) return true;
  // "Jones MP" is a person with a title after the name: a kind of person is no thing named after them.
  if (isKindOf(head, 'person')) return true;
  return !THINGS.some((kind) => isKindOf(head, kind));
}
