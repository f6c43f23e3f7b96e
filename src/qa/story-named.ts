/**
 * A question asked of a whole folder, with no story chosen and none talked about, is searched over
 * every story, and its best passage says which story it is about. That choice is made by how well one
 * sentence matches the question's words, mostly its common ones ("cost", "made", "manager"), so a
 * question naming one story ("how much did the aviator cost to make?", "who was the Manics' manager?")
 * could be answered from another that says "cost" and "made" and never writes "Aviator" (session 27,
 * docs/measured.md: 8 of the 14 unanswerable user questions the folder answered and the story alone
 * refused were so answered, and one answerable question).
 *
 * The rarest evidence a question carries of its story is a word only one story of the folder holds at
 * all, which that story writes as a name or in its headline (as a conversation's story is named,
 * `conversation-article.ts`). When the best passage's story lacks such a word (nor any form or synonym
 * of it), the question is about the story that has it: it is searched and judged as that story alone
 * (`Engine.alone`), which answers or says it does not. Not when the question also names the best
 * passage's story by a word the other lacks, or by a word of its headline: both are named, and the
 * folder's ranking keeps its choice; nor when it names two stories so (which one is not for the engine
 * to guess).
 *
 * A word several stories hold ("EU", "TV", "next") names none: a question about one story may use a
 * word another story writes as a name ("what did the EU ambassador say?" of a story of trade talks).
 */
import type { Group } from './expansion.js';
import type { ParsedQuestion } from './question.js';
import type { SearchIndex } from './search-index.js';
import { collectAcronyms } from './acronyms.js';
import { holds, namedIn, namesAgainst, namingWords } from './conversation-article.js';
import { MONTH, WEEKDAY } from './time-point.js';

/** A weekday's or a month's name, whole ("thursday", "aug", not "mayor"). */
function isDayOrMonth(word: string): boolean {
  return [MONTH, WEEKDAY].some((re) => re.exec(word)?.[0].replace(/\.$/u, '') === word);
}

/**
 * The one story (by position) holding any of the stems, or undefined when none or several do: one pass
 * over each stem's postings, stopped at the second story.
 */
function onlyHolder(index: SearchIndex, stems: readonly string[]): number | undefined {
  let only: number | undefined;
  // A second story holding one of them stops the pass: none is the only one.
  const second = (doc: number) => {
    const article = index.articleOf[doc];
    if (article === undefined || article === only) return false;
    if (only !== undefined) return true;
    only = article;
    return false;
  };
  return stems.some((stem) => index.anyDocOf(stem, second)) ? undefined : only;
}

/**
 * Whether the question says a word of the headline of the story at `article` (as written, not a
 * synonym), or the initials of a name in it: "who presented the mace to the Scottish Parliament?" and
 * "what committees do the SP's standing orders set up?" name the story headlined "Scottish Parliament",
 * though another story of the folder says "Scottish" and "parliament" too, or writes "SP" for another name.
 */
function inHeadline(
  index: SearchIndex,
  groups: readonly Group[],
  question: Pick<ParsedQuestion, 'text' | 'names'>,
  article: number,
): boolean {
  const words = namingWords(groups, question);
  const title = index.docs[index.firstDoc[article] ?? -1]?.sentence;
  if (title?.role === 'title') {
    // The headline's names by their initials ("SP" of "Scottish Parliament"): a story that writes
    // the name in full may never write the acronym a reader uses for it.
    const acronyms = new Map<string, Set<string>>();
    collectAcronyms(title.text, acronyms);
    if (words.some(({ naming }) => naming.some((stem) => acronyms.has(stem)))) return true;
  }
  const inTitle = (doc: number) =>
    index.docs[doc]?.article === article && index.docs[doc]?.sentence.role === 'title';
  return words.some(({ naming }) => naming.some((stem) => index.anyDocOf(stem, inTitle)));
}

/**
 * The story (by position) the question names by a word only it holds, when `best` (the story of the
 * folder-wide best passage) lacks that word and the question names `best` by no word the other lacks;
 * undefined otherwise (see above).
 */
export function storyNamedOnly(
  index: SearchIndex,
  groups: readonly Group[],
  question: Pick<ParsedQuestion, 'text' | 'names'>,
  best: number,
): number | undefined {
  const named = new Set<number>();
  // A day or a month is written with a capital in every story, and names none of them: "what did the
  // vet say on Thursday?" is not about the one story that happens to say "Thursday".
  const said = groups.filter((g) => !isDayOrMonth(g.word));
  for (const { stems, naming, asName } of namingWords(said, question)) {
    if (stems.some((s) => holds(index, best, s))) continue;
    const only = onlyHolder(index, stems);
    if (only !== undefined && naming.some((s) => namedIn(index, only, s, asName))) named.add(only);
  }
  if (named.size !== 1) return undefined;
  const [story] = named;
  if (story === undefined || namesAgainst(index, groups, question, best, story)) return undefined;
  return inHeadline(index, groups, question, best) ? undefined : story;
}
