/** Answers and summaries as plain text, for the CLI and the console chat. */
import { SUMMARY_SENTENCES } from '../qa/summary.js';
import type { ReloadReport } from '../qa/knowledge-base.js';
import type { Answer, Passage, Summary } from '../qa/types.js';
import { comparisonWords, polarityWord, readNote, statusMessage } from './messages.js';
import { articleLink, articleSource, placeInArticle } from './citation.js';
import { furtherPassages } from './further.js';
import { readablePageAnswer } from './published.js';

export interface TextStyle {
  /** Wrap the answer words; ANSI bold on a terminal, nothing when piped. */
  emphasis: (s: string) => string;
}

export const PLAIN: TextStyle = { emphasis: (s) => s };
export const ANSI: TextStyle = { emphasis: (s) => `\u001b[1m${s}\u001b[22m` };

/** What a summary's sentence count must be, in words (CLI and console say it the same way). */
/** "1 sentence", "12 sentences". */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export const SENTENCE_COUNT_RULE = `a whole number from ${SUMMARY_SENTENCES.min} to ${SUMMARY_SENTENCES.max}`;

/**
 * The passage with its answer marked: the typed answer (the people for "who", the date for "when")
 * when there is one, else the question's own words; with the quotation marks it needs on its own.
 * `plain` escapes the text between marks.
 */
export function renderHighlights(
  passage: Passage,
  mark: (s: string) => string,
  plain: (s: string) => string = (s) => s,
): string {
  const hasAnswer = passage.highlights.some((h) => h.kind === 'answer');
  let out = plain(passage.marks?.before ?? '');
  let at = 0;
  for (const h of passage.highlights) {
    if (h.start < at || (hasAnswer && h.kind !== 'answer')) continue;
    out += plain(passage.text.slice(at, h.start)) + mark(plain(passage.text.slice(h.start, h.end)));
    at = h.end;
  }
  return out + plain(passage.text.slice(at)) + plain(passage.marks?.after ?? '');
}

/** The passage as read on its own: its text with the quotation marks it needs (`Passage.marks`). */
export function shownText(passage: Passage): string {
  return `${passage.marks?.before ?? ''}${passage.text}${passage.marks?.after ?? ''}`;
}

export function emphasize(passage: Passage, style: TextStyle): string {
  return renderHighlights(passage, style.emphasis);
}

/**
 * "— Title, date" and the article's link; without a link, the file (the console and CLI run beside the
 * knowledge folder, where the file is how to find the article). "photo caption" when the passage is one.
 */
export function sourceLine(passage: Passage): string {
  const { article } = passage;
  const date = article.date !== undefined ? `, ${article.date}` : '';
  const place = placeInArticle(passage);
  const link = articleLink(article);
  const where = [place, link === undefined ? article.file : undefined].filter((w) => w !== undefined);
  return `— ${article.title}${date}${where.length > 0 ? ` (${where.join(', ')})` : ''}${link !== undefined ? ` ${link}` : ''}`;
}

/**
 * The short answer to show on a line of its own above the passage, or undefined: for a yes/no question
 * the engine found plainly asserted or denied, "Yes" or "No". A page answer's
 * passage is the page's part itself: its short answer (the name of "Photo: Tom Ellery", the date of a
 * dateline, the agency of "MOSCOW (Sputnik) —") is shown unless it is the whole passage (a headline,
 * a byline), which a line of its own would say twice.
 */
export function shownShortAnswer(answer: Answer): string | undefined {
  const short = answer.answer;
  // A yes/no question is answered by the passage; "Yes" or "No" above it only where it plainly says so.
  if (short === null && answer.comparison !== undefined)
    return comparisonWords(answer.polarity, answer.comparison);
  if (short === null) return answer.polarity === undefined ? undefined : polarityWord(answer.polarity);
  if (answer.page === undefined) return short.text;
  const passage = answer.passages[short.passage];
  return passage === undefined || passage.text.trim() === short.text.trim() ? undefined : short.text;
}

export function confidenceWord(score: number): string {
  if (score >= 0.8) return 'high';
  if (score >= 0.6) return 'medium';
  return 'low';
}

export function formatAnswer(asked: Answer, style: TextStyle = PLAIN): string {
  const answer = readablePageAnswer(asked);
  const lines: string[] = [];
  const read = readNote(answer, (s) => s, ['"', '"']);
  if (read !== undefined) lines.push(`(read ${read})`);
  const best = answer.passages[0];
  if (!answer.answered) {
    lines.push(statusMessage(answer));
    if (best !== undefined) lines.push('', `  ${shownText(best)}`, `  ${sourceLine(best)}`);
    return lines.join('\n');
  }
  if (best === undefined) return statusMessage(answer);
  if (answer.alsoIn !== undefined || answer.notIn !== undefined) lines.push(statusMessage(answer));
  // The short answer first, then the passage that proves it (with only that span marked).
  const short = shownShortAnswer(answer);
  if (short !== undefined) lines.push(style.emphasis(short));
  lines.push(emphasize(best, style), sourceLine(best), `confidence: ${confidenceWord(best.score)}`);
  const more = furtherPassages(answer).slice(0, 2);
  if (more.length > 0) {
    lines.push('', 'Also relevant:');
    for (const p of more) lines.push(`  - ${shownText(p)}`);
  }
  return lines.join('\n');
}

/**
 * A summary as text: title, one line per sentence, the file. With no article named in a folder of
 * several, a last line says so and how to pick another (`pickAnother`: the front's own syntax).
 */
export function formatSummary(summary: Summary, pickAnother = '--article ID'): string {
  const date = summary.article.date !== undefined ? ` (${summary.article.date})` : '';
  const others = summary.otherArticles;
  return [
    `${summary.article.title}${date}`,
    '',
    ...summary.sentences.map((s) => `- ${s}`),
    '',
    `— ${articleSource(summary.article)}`,
    ...(others !== undefined
      ? [`This is 1 of ${others + 1} articles; summarise another with ${pickAnother}.`]
      : []),
  ].join('\n');
}

/** What a reload of the knowledge folder changed, for the console. */
export function reloadNotice(r: ReloadReport): string {
  const parts = [
    r.added.length > 0 ? `added ${r.added.join(', ')}` : undefined,
    r.changed.length > 0 ? `changed ${r.changed.join(', ')}` : undefined,
    r.removed.length > 0 ? `removed ${r.removed.join(', ')}` : undefined,
  ].filter((p) => p !== undefined);
  return `(articles reloaded: ${parts.length > 0 ? parts.join('; ') : 'no change'})`;
}

export function reloadFailedNotice(error: unknown): string {
  return `(the articles could not be reloaded; still answering from the previous ones: ${error instanceof Error ? error.message : String(error)})`;
}
