/** Text normalisation shared by every article format: encodings are settled before this point. */

// Zero-width and bidi control characters carry no meaning for search and break word matching.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/gu;
// Every kind of Unicode space (NBSP, thin space, ideographic space...) becomes a plain space.
const SPACES = /[\p{Zs}\t\v\f]+/gu;

/** Normalise line endings, spaces and invisible characters; keep line structure. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .join('\n');
}

/** A line's words as its spaces split them (punctuation kept): how long a byline or a list item is. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/** Remove inline Markdown so that `**Iraq**` and `[Iraq](https://…)` read as "Iraq". */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
