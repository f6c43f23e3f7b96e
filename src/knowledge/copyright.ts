/**
 * A page's copyright notice ("© Pellbury Gazette 2026", "Copyright 2026 Westbury Courier. All rights
 * reserved.", "(c) 2025 The Herald Ltd") and the owner it names: on a news page, the publication. A
 * notice has the legal form the copyright conventions give it: the symbol or the word, and the year or
 * "All rights reserved". A photo's credit has the symbol and a name only ("© John Smith", "© Reuters"),
 * and a map's attribution names no owner a publication could be ("© OpenStreetMap contributors"). Where
 * the notice sits (the page's foot, after the story) is the cleaner's to judge (`clean.ts`).
 */
import { isPublication } from './byline.js';

/** The notice's mark, and the word with it: "©", "(c)", "Copyright", "Copyright ©". */
const MARK = /^(?:copyright\b\s*(?:©|\(c\))?|©|\(c\))\s*/iu;
/** "All rights reserved" after the owner in the notice's sentence, with the stop or dash before it. */
const RESERVED = /[\s.,;:|–—-]*all\s+rights\s+reserved[\s.!]*$/iu;
/** The notice's year, or its years ("2019-2026"), before or after the owner. */
const YEAR = String.raw`(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2}|\d{2}))?`;
const YEAR_FIRST = new RegExp(String.raw`^${YEAR}[\s,.]+`, 'u');
const YEAR_LAST = new RegExp(String.raw`[\s,.]+${YEAR}$`, 'u');
/**
 * Where a sentence of the small print ends and the next begins: a stop, then a capital; not the stop
 * of a short abbreviation inside a name ("St. Albans Review", "No. 1").
 */
const NEXT_SENTENCE = /(?<=(?:\p{L}{3,}|\d)\.)\s+(?=\p{Lu})/u;
/**
 * The company's legal form after its name ("Ltd", "Limited", "plc", "Inc."): a paper is named by its
 * masthead, which prints none ("The Herald", not "The Herald Ltd"); the company is still named.
 */
const LEGAL_FORM = /[\s,]+(?:ltd|limited|plc|llc|llp|inc|incorporated|gmbh|pty)\.?$/iu;

/**
 * The owner a copyright notice names, when the line is one and the owner reads as a publication's name
 * (`isPublication`: no person, no place); undefined otherwise.
 */
export function readCopyrightOwner(line: string): string | undefined {
  const mark = MARK.exec(line);
  if (mark === null) return undefined;
  const rest = line.slice(mark[0].length).trim();
  const reserved = /\ball\s+rights\s+reserved\b/iu.test(rest);
  // The notice is its first sentence: a footer goes on with the publisher's other small print
  // ("… Salon Media Group, Inc. Reproduction of material … is prohibited.").
  const [first = ''] = rest.split(NEXT_SENTENCE);
  const plain = first.replace(RESERVED, '').replace(/[\s.,;]+$/u, '');
  const unyeared = plain.replace(YEAR_FIRST, '').replace(YEAR_LAST, '');
  // The year or "All rights reserved" makes the line a notice; "© Reuters" alone is a photo's credit.
  if (unyeared === plain && !reserved) return undefined;
  const owner = unyeared.replace(/^by\s+/iu, '').replace(LEGAL_FORM, '').trim();
  return owner !== '' && isPublication(owner) ? owner : undefined;
}
