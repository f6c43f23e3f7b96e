/**
 * A story's sentences as they read shown on their own. News prints a long quotation over several
 * sentences with one opening mark and one closing mark ('Iain MacLeod said: "They did exactly the right
 * thing.' / 'When the cloud came down they dug in.' / 'That message made our job much easier."'), so
 * the first sentence, shown alone, leaves the quotation open and the middle one reads as the story's own
 * words. A summary and "tell me more" show sentences apart from their neighbours: each gets the marks it
 * lacks, in the quotation's own style (curly or straight). The marks are read as `insideQuotation` reads
 * them (`quotation.ts`); a quotation going on into the next paragraph, which news leaves open, is closed
 * too, since the next paragraph is not shown with it.
 */
import type { Sentence } from '../knowledge/types.js';
import { opensWithQuote, quotationStates } from './quotation.js';

const CURLY = { open: '“', close: '”' } as const;
const STRAIGHT = { open: '"', close: '"' } as const;

/** The marks a sentence needs before and after its text to stand alone (empty strings when none). */
export interface QuoteMarks {
  before: string;
  after: string;
}

const NO_MARKS: QuoteMarks = { before: '', after: '' };

function marksOf(sentence: Sentence, state: { begins: boolean; ends: boolean; opener: string }): QuoteMarks {
  const style = state.opener === '“' ? CURLY : STRAIGHT;
  return {
    before: state.begins && !opensWithQuote(sentence.text) ? style.open : '',
    after: state.ends ? style.close : '',
  };
}

/** A height in feet and inches ("5'10\"", "6’2\""): its double mark is the inches, no quotation's. */
const FEET_AND_INCHES = /(\d['’]\s?\d{1,2}(?:\.\d)?)"/gu;

/**
 * The quotation states of the sentences (`quotationStates`), an inch mark aside: read as a quotation
 * mark, "Kieran Doyle, is 5'10\" and said…" would open a quotation, and every sentence of the paragraph
 * after it would be shown with marks the wrong way round.
 */
function statesOf(sentences: readonly Sentence[]) {
  return quotationStates(
    sentences.map((s) => (s.text.includes('"') ? { ...s, text: s.text.replace(FEET_AND_INCHES, '$1 ') } : s)),
  );
}

/** Each sentence's text with the quotation marks it needs to stand alone, by position. */
export function standingAlone(sentences: readonly Sentence[]): string[] {
  const states = statesOf(sentences);
  return sentences.map((sentence, i) => {
    const { before, after } = states[i] === undefined ? NO_MARKS : marksOf(sentence, states[i]);
    return `${before}${sentence.text}${after}`;
  });
}

/**
 * The marks sentence `at` needs to stand alone, undefined when it needs none: every passage shown
 * (the first, "Also relevant") from inside a quotation. A quotation's state starts afresh with each
 * paragraph (`quotationStates`), so only the paragraph up to the sentence is read.
 */
export function quoteMarksAt(sentences: readonly Sentence[], at: number): QuoteMarks | undefined {
  const sentence = sentences[at];
  if (sentence === undefined) return undefined;
  let from = at;
  while (from > 0 && sentences[from - 1]?.paragraph === sentence.paragraph) from--;
  const state = statesOf(sentences.slice(from, at + 1)).at(-1);
  if (state === undefined) return undefined;
  const marks = marksOf(sentence, state);
  return marks.before === '' && marks.after === '' ? undefined : marks;
}
