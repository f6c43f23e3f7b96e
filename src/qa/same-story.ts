/**
 * The same story saved twice in one folder (a .txt and its saved web page, a file copied): its title may
 * differ ("… on Mill Street | Westbury Courier", other capitals), its text does not. A copy tells the
 * reader nothing about which story they meant, so it never doubts its twin's answer (`story-doubt.ts`).
 * Two stories are copies when at least half of the shorter one's sentences are, after case and spacing,
 * sentences of the other too (a page's menu or a byline's line does not undo that).
 */
import type { SearchIndex } from './search-index.js';

/** A sentence's text as compared: lower case, spacing collapsed. */
const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The normalised body sentences of the story at position `article` of the index: not its headline, which
 * two stories may share ("Council meeting") and a saved page rewrites.
 */
function sentencesOf(index: Pick<SearchIndex, 'docs' | 'firstDoc'>, article: number): string[] {
  const start = index.firstDoc[article] ?? 0;
  const end = index.firstDoc[article + 1] ?? start;
  return index.docs
    .slice(start, end)
    .filter((d) => d.sentence.role === 'body')
    .map((d) => normal(d.sentence.text));
}

/**
 * Which stories of the index are copies of the story at position `a` (see above): its sentences read
 * once, however many stories it is compared with.
 */
export function copiesOf(index: Pick<SearchIndex, 'docs' | 'firstDoc'>, a: number): (b: number) => boolean {
  const own = sentencesOf(index, a);
  const ownSet = new Set(own);
  return (b) => {
    if (a === b) return true;
    const other = sentencesOf(index, b);
    const [shorter, longer] = own.length <= other.length ? [own, new Set(other)] : [other, ownSet];
    if (shorter.length === 0) return false;
    return shorter.filter((s) => longer.has(s)).length * 2 >= shorter.length;
  };
}

/** Whether the stories at positions `a` and `b` of the index are one story saved twice (see above). */
export function sameStory(index: Pick<SearchIndex, 'docs' | 'firstDoc'>, a: number, b: number): boolean {
  return copiesOf(index, a)(b);
}
