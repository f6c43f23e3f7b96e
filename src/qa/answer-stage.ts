/**
 * The answer-extraction stage of the engine: gathers what `extractSpan` needs for the best passage (its
 * tokens, cached tags, the question's matched words, the dateline) and marks only that span as the
 * answer in the passage's highlights.
 */
import { extractSpan, type SpanInput, type SpanWeights } from './answer-span.js';
import type { ParsedQuestion } from './question.js';
import type { SearchIndex } from './search-index.js';
import { tokenize } from './text.js';
import type { Passage, ShortAnswer } from './types.js';

/** What the extractor needs to know about the best passage; undefined when there is none. */
export function spanInputOf(
  index: SearchIndex,
  question: string,
  parsed: ParsedQuestion,
  passages: readonly Passage[],
  matched: ReadonlySet<string>,
): SpanInput | undefined {
  const best = passages[0];
  const article = index.articles.find((a) => a.id === best?.article.id);
  const sentence = article?.sentences[best?.sentence ?? -1];
  if (best === undefined || sentence === undefined) return undefined;
  return {
    question,
    parsed,
    passage: { text: best.text, tokens: tokenize(best.text), tags: index.entitiesOf(sentence) },
    matched,
    ...(best.article.date !== undefined ? { dateline: best.article.date } : {}),
  };
}

export function shortAnswer(
  index: SearchIndex,
  question: string,
  parsed: ParsedQuestion,
  passages: Passage[],
  matched: ReadonlySet<string>,
  weights: SpanWeights,
): { answer: ShortAnswer | null; passages: Passage[] } {
  const best = passages[0];
  const input = spanInputOf(index, question, parsed, passages, matched);
  if (best === undefined || input === undefined) return { answer: null, passages };
  const span = extractSpan(input, weights);
  // Only the answer is marked as one: the other entities of its type are not answers.
  const marks = best.highlights.filter(
    (h) => h.kind === 'match' && (span === null || h.end <= span.start || h.start >= span.end),
  );
  if (span !== null) marks.push({ start: span.start, end: span.end, kind: 'answer' });
  marks.sort((a, b) => a.start - b.start);
  return {
    answer: span === null ? null : { text: span.text, passage: 0, start: span.start, end: span.end },
    passages: [{ ...best, highlights: marks }, ...passages.slice(1)],
  };
}
