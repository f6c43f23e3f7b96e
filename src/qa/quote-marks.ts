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

/** Each sentence's text with the quotation marks it needs to stand alone, by position. */
export function standingAlone(sentences: readonly Sentence[]): string[] {
  const states = quotationStates(sentences);
  return sentences.map((sentence, i) => {
    const { begins, ends, opener } = states[i] ?? { begins: false, ends: false, opener: '"' };
    const style = opener === '“' ? CURLY : STRAIGHT;
    const before = begins && !opensWithQuote(sentence.text) ? style.open : '';
    return `${before}${sentence.text}${ends ? style.close : ''}`;
  });
}
