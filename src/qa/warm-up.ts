/**
 * Practice for the tagger before the first question. V8 compiles a function to fast machine code only
 * after it has run many times, and compromise is a large library: in a new process its first hundred
 * sentences cost two to four times what later ones do, and its first conversions of words (verbs to
 * their infinitive, nouns to their singular) about three times. A question on a large folder tags its
 * candidate sentences on first use and converts the words the articles lack, so without practice the
 * first questions after a start paid for the compiling.
 */
import { findEntities } from './entities.js';
import { inflectionsOf, lemmasByCompromise } from './morphology.js';

/** Written for this purpose: the kinds of things news sentences hold (names, places, dates, amounts). */
const SENTENCES = [
  'The Foreign Minister, Anna Petrova, met her French counterpart in Geneva on Monday to discuss the talks.',
  'Shares in Northwind Airlines rose 5% to $12.50 after the company reported profits of £3.2m for 2004.',
  'Police said two men had been arrested in Manchester and would appear before magistrates next week.',
  "It's the third time this year that the club, which won the league in the 1990s, has changed its manager.",
  'Prof John Smith of Oxford University told the BBC that the findings were "deeply worrying" for farmers.',
  'About 1,500 people attended the festival, which was held in a park near the river on 14 July.',
  'The United Nations agency warned that millions of children in East Africa could face hunger.',
  'Because the bank raised interest rates, many homeowners have been struggling to pay their mortgages.',
];

/** Words for the conversions, of each kind the lemmatiser is asked about: irregular, regular, unknown. */
const WORDS = [
  'went',
  'children',
  'signed',
  'counties',
  'better',
  'running',
  'mice',
  'taken',
  'sined',
  'grotly',
];

/** How many times the sentences and words are gone through (about 0.1-0.2 s in all, once a process). */
const PASSES = 3;

/**
 * Module state: compiled code belongs to the process, not to an engine, so the practice runs once
 * however many engines a process builds.
 */
let practised = false;

export function practiseTagger(): void {
  if (practised) return;
  practised = true;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const sentence of SENTENCES) findEntities(sentence);
    for (const word of WORDS) {
      lemmasByCompromise(word);
      inflectionsOf(word, pass % 2 === 0 ? 'verb' : 'noun');
    }
  }
}
