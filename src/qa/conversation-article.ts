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

/** Whether `article` (an index into the index's articles) holds the stem in any of its sentences. */
function holds(index: SearchIndex, article: number, stem: string): boolean {
  const postings = index.postingsOf(stem);
  for (let i = 0; i < postings.length; i += 2)
    if (index.articleOf[postings[i] as number] === article) return true;
  return false;
}

/**
 * Whether an article other than `current` names the stem: in its headline, or written with a capital
 * inside a sentence (not as its first word), or at all when the question writes it as a name.
 */
function namedElsewhere(index: SearchIndex, current: number, stem: string, asName: boolean): boolean {
  const postings = index.postingsOf(stem);
  for (let i = 0; i < postings.length; i += 2) {
    const doc = postings[i] as number;
    const d = index.docs[doc];
    if (d === undefined || d.article === current) continue;
    if (asName || d.sentence.role === 'title') return true;
    const text = d.sentence.text;
    const tokens = index.tokens(doc);
    if (tokens.some((t, k) => k > 0 && t.stem === stem && /^\p{Lu}/u.test(text.slice(t.start, t.end))))
      return true;
  }
  return false;
}

/**
 * Whether the question names an article other than `current` (see above). A word lent by the story (a
 * role's holder) or read from a pronoun is no word of the question, and the measure of "how old", "how
 * long" says what is asked, not what about.
 */
export function namesAnotherArticle(
  index: SearchIndex,
  groups: readonly Group[],
  question: Pick<ParsedQuestion, 'text' | 'names'>,
  current: number,
): boolean {
  const measure = /\bhow\s+(\p{L}+)/iu.exec(question.text)?.[1]?.toLowerCase();
  const names = question.names;
  return groups.some((g) => {
    if (g.pronoun === true || g.word === measure) return false;
    const stems = g.terms.filter((t) => t.lent !== true).map((t) => t.stem);
    if (stems.length === 0 || stems.some((s) => holds(index, current, s))) return false;
    return stems.some((s) => namedElsewhere(index, current, s, names.has(g.word)));
  });
}

/** Words that point back to something said before: "he", "it", "their". */
const POINTING_BACK = /\b(?:he|she|it|they|him|her|his|hers|its|their|theirs|them)\b/iu;

/**
 * Whether the question points back at the conversation with a pronoun ("how old is he?", "when will
 * it start?"): it is then about the conversation's story even when another story could answer its
 * words. A question that stands on its own ("who is the mayor?") may be answered from another story
 * when the conversation's does not say (the reply names that story).
 */
export function pointsBack(question: string): boolean {
  return POINTING_BACK.test(question);
}
