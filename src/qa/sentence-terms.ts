/**
 * The terms a sentence is indexed under beyond its words' stems: the capitals of each acronym it writes
 * ("US": `acronymTerm`), the joined spelling of each hyphenated pair ("grown-ups" → "-grownup":
 * `hyphened.ts`), a scoreline's mark ("a 3-2 victory": `scoreline.ts`), an age's ("Kwame Osei, 34,":
 * `age-term.ts`) and a measure's, by the units of its numbers ("heated to 24C": `measure-term.ts`). None of them is a stem any word has, so only a question's synonym, joined word, score
 * noun, asked age or asked measure searches them. The index derives them once per sentence (`termsOf`) and keeps them
 * (`SearchIndex.termsBeyondWords`), and the answerability check reads a passage's from there: a passage
 * says a question's word exactly when the index found it by that word, and the two can never drift
 * apart.
 */
import { AGE_TERM, givesAge } from './age-term.js';
import { joinedTerms } from './hyphened.js';
import { measureTerms } from './measure-term.js';
import { givesScoreline, SCORELINE_TERM } from './scoreline.js';
import { acronymTerm } from './text.js';

/**
 * The terms beyond its words of a sentence `text` whose word pass met the acronyms `acronyms` (lower
 * case, one per time written: the index counts each), in that order: acronyms, joined pairs, scoreline,
 * age, measures.
 */
export function termsBeyondWords(text: string, acronyms: readonly string[]): string[] {
  const terms = acronyms.map(acronymTerm);
  for (const joined of joinedTerms(text)) terms.push(joined);
  if (givesScoreline(text)) terms.push(SCORELINE_TERM);
  if (givesAge(text)) terms.push(AGE_TERM);
  for (const measure of measureTerms(text)) terms.push(measure);
  return terms;
}
