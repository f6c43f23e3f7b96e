/**
 * Which article "this" means in a request about one article as a whole: a question about the page
 * ("who wrote this?"), "what is this about?", a summary. The one named (the `article` option), else the
 * one the conversation was last about (`context`: the article of its last answer, which each front
 * remembers for its conversation), else the only one loaded. With several articles and neither, there
 * is no guess: the front asks which one.
 */

export interface FocusOptions {
  /** The article named for this request (its id). */
  article?: string;
  /** The article the conversation was last about (its id); ignored when it is no longer loaded. */
  context?: string;
}

export type Focus =
  /** `how`: named for this request, taken from the conversation, or the only article there is. */
  | { kind: 'article'; index: number; how: 'named' | 'conversation' | 'only' }
  /** Several articles, none named and none in the conversation. */
  | { kind: 'choose' }
  /** The named article is not loaded, or nothing is. */
  | { kind: 'unknown' };

export function focusOf(ids: readonly string[], options: FocusOptions): Focus {
  if (options.article !== undefined) {
    const index = ids.indexOf(options.article);
    return index === -1 ? { kind: 'unknown' } : { kind: 'article', index, how: 'named' };
  }
  const context = options.context === undefined ? -1 : ids.indexOf(options.context);
  if (context !== -1) return { kind: 'article', index: context, how: 'conversation' };
  if (ids.length === 1) return { kind: 'article', index: 0, how: 'only' };
  return ids.length === 0 ? { kind: 'unknown' } : { kind: 'choose' };
}

/** Shortest text matched inside an id or title: "a" would match nearly every article. */
const MIN_PARTIAL = 3;

/**
 * The articles a person means by what they typed for an article (the console's `/article tram`): its
 * id exactly, else its file name without the folder or extension ("tram.html", "tram"), else every
 * article whose id or title holds the text (case aside). One match is the article; several are for the
 * person to choose from. Plain text comparison: nothing typed is read as a pattern.
 */
export function articlesMeant<T extends { id: string; title: string }>(
  refs: readonly T[],
  typed: string,
): T[] {
  const exact = refs.find((r) => r.id === typed);
  if (exact !== undefined) return [exact];
  const want = typed.trim().toLowerCase();
  const base = (id: string) => id.split('/').pop()?.toLowerCase() ?? '';
  const byFile = refs.filter((r) => base(r.id) === want || base(r.id).replace(/\.[^.]+$/, '') === want);
  if (byFile.length > 0 || want.length < MIN_PARTIAL) return byFile;
  return refs.filter((r) => r.id.toLowerCase().includes(want) || r.title.toLowerCase().includes(want));
}
