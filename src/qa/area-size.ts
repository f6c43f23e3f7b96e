/**
 * "How big is the site?": the size of a stretch of land is its area ("the 48-acre solar farm"), not a
 * measure of one dimension of something on it ("The panels will be no more than 2.8 metres high"). A
 * span giving a number with an adjective of one dimension (high, tall, deep, long, wide, thick), in
 * it or right after it, is no answer to how big or large a place is (a noun WordNet files as a kind of
 * location: a site, a field, a park, a farm). Of any other thing ("how big is the bell?") a height may be
 * its size, and stays. Pure, apart from WordNet look-ups.
 */
import { isKindOf } from './wordnet.js';

/** "how big is the site", "how large will the new park be": the noun whose size is asked. */
const SIZE_ASKED =
  /^how\s+(?:big|large)\s+(?:is|was|are|were|will)\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)(?:\s+be)?\s*\??$/iu;

/** A dimension's adjective, which says a measure is of one dimension ("2.8 metres high"). */
const ONE_DIMENSION = /^[^.;]{0,12}?\b(?:high|tall|deep|long|wide|thick|across|in\s+diameter)\b/iu;

/** The place whose size the question asks, or undefined for any other question. */
export function placeSizeAsked(question: string): string | undefined {
  const noun = SIZE_ASKED.exec(question.trim())?.[1]?.toLowerCase();
  return noun !== undefined && isKindOf(noun, 'location') ? noun : undefined;
}

/**
 * Is the span of `text` at [start, end) a measure of one dimension (see the module comment): a number
 * with a dimension's adjective in the span or within a few characters after it?
 */
export function oneDimension(text: string, span: { start: number; end: number }): boolean {
  const said = text.slice(span.start, span.end);
  if (!/\d/u.test(said)) return false;
  return ONE_DIMENSION.test(said.replace(/^[^a-z]*/iu, '')) || ONE_DIMENSION.test(text.slice(span.end));
}
