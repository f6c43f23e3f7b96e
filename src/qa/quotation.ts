/**
 * Quotations in a story's sentences, read from their marks alone: where one opens, whether a sentence
 * is nothing but quoted words, whether it ends inside one a sentence before it opened. Two readers use
 * them: the search index, which credits a paragraph going on with a quote to the speaker named before
 * it (`continuesQuote`, `search-index.ts`), and the referents, which read whose words a sentence of
 * nothing but quoted words is and keep a quoted "He…" from being the story's (`referents.ts`,
 * `speaker.ts`). Whose words they are (`continuedQuotations`) stays with the referents: it reads the
 * story's people, which are theirs.
 *
 * Two readings of "a quotation left open" live here, and differ on purpose: `leavesQuoteOpen` counts a
 * sentence's marks (an odd number of straight ones, more curly openings than closings), for one sentence
 * and the next paragraph; `insideQuotation` follows the marks in order through a paragraph, a straight
 * one opening or closing by turns and a curly one saying which it does. They agree on text that closes
 * what it opens; each is kept as it was measured (one reading for both would change answers).
 */
import type { Sentence } from '../knowledge/types.js';

/** A quotation in double quotes, as a pattern's source (`speaker.ts` reads '"…," he said.' by it too). */
export const QUOTATION = '["“][^"“”]+["”]';

/** A sentence that opens with a quotation, and what follows it (group 1). */
export const QUOTE_OPENS = new RegExp(String.raw`^\s*${QUOTATION}(.*)$`, 'su');

/** A quotation, closed or running on to the text's end (a quote going on into the next paragraph). */
const QUOTED_PART = /["“][^"“”]*(?:["”]|$)/gu;

/** Whether the text opens with a quotation mark (spaces before it aside). */
export function opensWithQuote(text: string): boolean {
  return /^\s*["“]/u.test(text);
}

/**
 * Whether a sentence is nothing but quoted words: it opens with a quotation mark and has no word outside
 * its quotations ('"He was calm and he did everything right."', or '"A shortage of money has never been
 * a problem for us.' whose quotation goes on into the next paragraph). No one is said to say it: a
 * reader takes it for the words of whoever said the quotation before it.
 */
export function wholeQuotation(text: string): boolean {
  if (opensWithQuote(text)) return !/\p{L}/u.test(text.replace(QUOTED_PART, ''));
  return quotationEnds(text);
}

/**
 * Whether a sentence is the end of a quotation begun in a sentence before: its one quotation mark closes
 * it, after the sentence's last word ("He just fancies a challenge.\"" after '"But he's a very loyal
 * friend to the club.'). Its words are all quoted, the speaker's, as the quotation's first sentence is.
 */
function quotationEnds(text: string): boolean {
  return /^[^"“”]*\p{L}[^"“”]*[.!?…]["”]\s*$/u.test(text);
}

/**
 * Per sentence, whether it begins inside a quotation a sentence before it in its paragraph opened and
 * did not close ('"This guy is an absolute sporting icon. He's been at the top for so long."': the
 * second). A straight quotation mark opens or closes by turns, a curly one says which it does. A
 * paragraph begins outside any: news opens each quoted paragraph with a mark of its own.
 */
export function insideQuotation(sentences: readonly Sentence[]): boolean[] {
  return quotationStates(sentences).map((q) => q.begins);
}

/**
 * Per sentence, the quotation state the marks leave (as `insideQuotation` reads them): whether it
 * begins inside one, whether it ends inside one, and the mark that opened the last one ('"' or '“').
 */
export function quotationStates(
  sentences: readonly Sentence[],
): { begins: boolean; ends: boolean; opener: string }[] {
  let open = false;
  let opener = '"';
  return sentences.map((sentence, i) => {
    if (i === 0 || sentences[i - 1]?.paragraph !== sentence.paragraph) open = false;
    const begins = open;
    for (const [mark] of sentence.text.matchAll(/["“”]/gu)) {
      const opening = mark === '"' ? !open : mark === '“';
      if (opening && !open) opener = mark;
      open = opening;
    }
    return { begins, ends: open, opener };
  });
}

/** How many quotations a sentence opens: its opening marks, or half its straight ones. */
export function quotationsIn(text: string): number {
  const curly = (text.match(/“/gu) ?? []).length;
  return curly > 0 ? curly : Math.ceil((text.match(/"/gu) ?? []).length / 2);
}

/** Does the text end inside a quotation ('… Rob Dwight said: "Phone companies should act sooner.')? */
export function leavesQuoteOpen(text: string): boolean {
  const straight = text.split('"').length - 1;
  const curly = text.split('“').length - text.split('”').length;
  return straight % 2 === 1 || curly > 0;
}

/**
 * Does the sentence go on with the quotation the sentence before it left open? News prints a long quote
 * as several paragraphs, each opening with a quotation mark and only the last one closing it: the
 * speaker named before ('Rob Dwight said: "…') is the speaker of every one of them.
 */
export function continuesQuote(text: string, previous: string | undefined): boolean {
  return previous !== undefined && opensWithQuote(text) && leavesQuoteOpen(previous);
}
