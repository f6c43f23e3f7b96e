/**
 * Content words as people shorten them in chat and notes ("ppl", "govt", "tmrw"): words no story
 * writes and WordNet does not list, so neither the search, the spelling correction (they are two or
 * more letters from the word: "ppl" is three from "people") nor the synonyms reach them. Read as the
 * word they shorten, they are the question's own word.
 *
 * A small table, not fitted to any question set: the common written abbreviations of everyday words
 * that WordNet lacks (it lists "yr", "hr", "info", "ceo" itself, which are read from it). A form
 * WordNet lists is never here (`test/qa/short-forms.test.ts` checks), nor an ambiguous one ("gov" is
 * also "Governor", "sec" a second). Function words typed so ("wat", "ur", "b4") are
 * `question.ts`'s CHAT_FORMS.
 */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['ppl', 'people'],
  ['govt', 'government'],
  ['dept', 'department'],
  ['mgr', 'manager'],
  ['mgmt', 'management'],
  ['intl', 'international'],
  ['uni', 'university'],
  ['stats', 'statistics'],
  ['approx', 'approximately'],
  ['bn', 'billion'],
  ['mln', 'million'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['mth', 'month'],
  ['mths', 'months'],
  ['bday', 'birthday'],
  ['yday', 'yesterday'],
  ['2day', 'today'],
  ['tmrw', 'tomorrow'],
  ['2moro', 'tomorrow'],
  ['tonite', 'tonight'],
  ['nite', 'night'],
]);

/** The word a chat short form stands for ("ppl" → "people"), lower case; undefined for any other word. */
export function shortFormOf(word: string): string | undefined {
  return SHORT_FORMS.get(word.toLowerCase());
}

/** Every short form and its word, for the tests. */
export function shortForms(): ReadonlyMap<string, string> {
  return SHORT_FORMS;
}
