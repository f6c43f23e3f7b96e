/**
 * A follow-up question in a conversation stays with the article the conversation is on ("how old is
 * he?" after `/article cafe` is about the cafe story, not whichever story has an age), unless the
 * question names another article. Searching every article for a question with nothing of another story
 * in it answered from whichever story happened to use its words ("old", "said"), which a reader of
 * the conversation's story cannot follow.
 *
 * A question names another article when one of its words is nowhere in the conversation's article
 * and is, in another article, a word of its headline or a name (written with a capital inside a
 * sentence there, or in the question): "what did the council approve?" after the volcano story names
 * the bridge story's headline word, "where is Nortind?" the volcano story's island. A common word the
 * conversation's story lacks ("old", "mainland") is no name of another story: the question is then
 * answered, or not, from the conversation's story, as it would be with that story alone.
 *
 * Which article a question stays with, not what it asks: a bare "where?" taking the words of the
 * question before it is `wh-follow-up.ts`.
 */
import type { Group } from './expansion.js';
import type { ParsedQuestion } from './question.js';
import type { SearchIndex } from './search-index.js';
import { startsUpper } from './letters.js';
import { attributeNouns } from './wordnet.js';

/** Whether `article` (an index into the index's articles) holds the stem in any of its sentences. */
export function holds(index: SearchIndex, article: number, stem: string): boolean {
  return index.anyDocOf(stem, (doc) => index.articleOf[doc] === article);
}

/**
 * Whether the word at `start` is written with a capital where no sentence or label starts: "Photo" in a
 * caption's "…in Rotterdam. Photo: Reuters" starts one, and names nothing.
 */
function capitalisedInside(text: string, start: number, end: number): boolean {
  return startsUpper(text.slice(start, end)) && !/[.!?:;"“‘(]\s*$/u.test(text.slice(0, start));
}

/**
 * Whether `article` names the stem: in its headline, or written with a capital inside a sentence (not
 * as its first word), or at all when the question writes it as a name.
 */
export function namedIn(index: SearchIndex, article: number, stem: string, asName: boolean): boolean {
  return index.anyDocOf(
    stem,
    (doc) => index.docs[doc]?.article === article && namedAt(index, doc, stem, asName),
  );
}

/** Whether the sentence `doc` names the stem, as `namedIn` reads an article's sentences. */
function namedAt(index: SearchIndex, doc: number, stem: string, asName: boolean): boolean {
  const d = index.docs[doc];
  if (d === undefined) return false;
  if (asName || d.sentence.role === 'title') return true;
  const text = d.sentence.text;
  return index
    .tokens(doc)
    .some((t, k) => k > 0 && t.stem === stem && capitalisedInside(text, t.start, t.end));
}

/**
 * The articles other than `current` that name the stem (`namedIn`), by position: one pass over the
 * stem's postings (a common word has thousands in a large folder).
 */
function articlesNaming(index: SearchIndex, current: number, stem: string, asName: boolean): Set<number> {
  const out = new Set<number>();
  const postings = index.postingsOf(stem);
  for (let i = 0; i < postings.length; i += 2) {
    const doc = postings[i] as number;
    const article = index.docs[doc]?.article;
    if (article === undefined || article === current || out.has(article)) continue;
    if (namedAt(index, doc, stem, asName)) out.add(article);
  }
  return out;
}

/** The word after "how"; made once, as letters.ts says why. */
const HOW_WORD = /\bhow\s+(\p{L}+)/iu;

/**
 * The question's group of the measure a "how" question asks ("old" in "how old is nordvik?", "long"
 * in "how long did he get?"), by position: what is asked, not what about, so it names no story, here
 * and in retrieval (`retrieve`'s `measure`). Undefined when the question asks none or it is no group.
 */
export function measureGroup(groups: readonly Group[], question: string): number | undefined {
  const measure = HOW_WORD.exec(question)?.[1]?.toLowerCase();
  const at = measure === undefined ? -1 : groups.findIndex((g) => g.word === measure);
  return at === -1 ? amountAdjective(groups, question) : at;
}

/** "How much" asking what a predicate adjective measures of the subject ("how much are they worth?"). */
const HOW_MUCH_IS = /\bhow\s+much\s+(?:is|are|was|were|r|will)\b/iu;

/**
 * The measure "how much" asks when no "how <adjective>" names it: the adjective after its subject, the
 * question's last word, whose value WordNet names ("worth": "having a specified value", `attributeNouns`).
 */
function amountAdjective(groups: readonly Group[], question: string): number | undefined {
  const last = groups.length - 1;
  const g = groups[last];
  return g !== undefined && HOW_MUCH_IS.test(question) && attributeNouns(g.word).length > 0
    ? last
    : undefined;
}

/**
 * The question's words that could name an article: a word lent by the story (a role's holder) or read
 * from a pronoun is no word of the question, and the measure of "how old", "how long" says what is
 * asked, not what about. Each with the stems that count as it (`stems`: a story holding any of them can
 * answer it), the stems it is written as (`naming`: its forms and misspellings, not its synonyms, as
 * "cost" does not name a story for its "Owen Price"), and whether the question writes it as a name.
 * `person`: with the name a pronoun was read as (the conversation's person: `Group.named`), which names
 * their story as their name would.
 */
export function namingWords(
  groups: readonly Group[],
  question: Pick<ParsedQuestion, 'text' | 'names'>,
  person = false,
): { stems: string[]; naming: string[]; asName: boolean }[] {
  const measure = measureGroup(groups, question.text);
  return groups.flatMap((g, i) => {
    const read = person && g.pronoun === true && g.named === true;
    if ((g.pronoun === true && !read) || i === measure) return [];
    const terms = g.terms.filter((t) => read || t.lent !== true);
    const naming = terms.filter((t) => t.other !== true).map((t) => t.stem);
    if (naming.length === 0) return [];
    return [{ stems: terms.map((t) => t.stem), naming, asName: read || question.names.has(g.word) }];
  });
}

/**
 * The articles other than `current` that the question names by a word `current` lacks (see above):
 * "how long has nordvik been around?" asked in a conversation about the rugby final names the
 * shipping story; a reader who asks it has moved there.
 */
export function namedArticles(
  index: SearchIndex,
  groups: readonly Group[],
  question: Pick<ParsedQuestion, 'text' | 'names'>,
  current: number,
): Set<number> {
  const words = namingWords(groups, question);
  const held = words.filter(({ stems }) => stems.some((s) => holds(index, current, s)));
  const named = new Set<number>();
  for (const { stems, naming, asName } of words) {
    if (held.some((w) => w.stems === stems)) continue;
    for (const s of naming) for (const a of articlesNaming(index, current, s, asName)) named.add(a);
  }
  // The other story must hold every word the current one does: "who won the vote?" about a council's
  // vote does not name the football story for its "win", which has no vote, as the council story has
  // no win. Each story then answers half the question, and the one talked about keeps it.
  for (const a of named)
    if (!held.every(({ stems }) => stems.some((s) => holds(index, a, s)))) named.delete(a);
  return named;
}

/**
 * Whether the question names `article` by a word that `other` does not hold at all (nor any form of
 * it): "how long has nordvik been around?" names the shipping story, and the rugby story, which never
 * writes "Nordvik", cannot answer it, whatever else it shares with the question ("a long time"). So
 * does "how old is he?" with "he" read as a person of `article` (`person`): another story is not about
 * him.
 */
export function namesAgainst(
  index: SearchIndex,
  groups: readonly Group[],
  question: Pick<ParsedQuestion, 'text' | 'names'>,
  article: number,
  other: number,
): boolean {
  return namingWords(groups, question, true).some(
    ({ stems, naming, asName }) =>
      !stems.some((s) => holds(index, other, s)) && naming.some((s) => namedIn(index, article, s, asName)),
  );
}

/** The pronouns that point back to something said before, by what they can stand for. */
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its']);
export const PEOPLE_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their', 'theirs']);
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);

/** Words that point back to something said before: "he", "it", "their". */
const POINTING_BACK = new RegExp(
  String.raw`\b(?:${[...PERSON_PRONOUNS, ...THING_PRONOUNS, ...PEOPLE_PRONOUNS].join('|')})\b`,
  'iu',
);

/**
 * Whether the question points back at the conversation with a pronoun ("how old is he?", "when will
 * it start?"): it is then about the conversation's story even when another story could answer its
 * words. A question that stands on its own ("who is the mayor?") may be answered from another story
 * when the conversation's does not say (the reply names that story).
 */
export function pointsBack(question: string): boolean {
  return POINTING_BACK.test(question);
}
