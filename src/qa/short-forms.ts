/**
 * Content words as people shorten them in chat and notes ("ppl", "govt", "tmrw"): words no story
 * writes and WordNet does not list, so neither the search, the spelling correction (they are two or
 * more letters from the word: "ppl" is three from "people") nor the synonyms reach them. Read as the
 * word they shorten, they are the question's own word.
 *
 * A small table, not fitted to any question set: the common written abbreviations of everyday words
 * that WordNet lacks (it lists "yr", "hr", "info", "ceo" itself, which are read from it). A form
 * WordNet lists is never here (`test/qa/short-forms.test.ts` checks), nor an ambiguous one ("gov" is
 * also "Governor", "sec" a second). Function words typed so ("wat", "ur", "b4") are `CHAT_FORMS`,
 * which `misspeltStopword` (question.ts) reads as it reads a misspelt function word.
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

/**
 * Function words as people type them in chat, too short for the one-edit rule of `misspeltStopword` (question.ts) to tell from other
 * words ("teh", "wat", "ur"): searched as written they are words no article holds. A story that does
 * hold one (a "wat" in Bangkok) reads it as written, as for any misspelling (`parseQuestion`'s `known`).
 */
const CHAT_FORMS: ReadonlyMap<string, string> = new Map([
  ['teh', 'the'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['whn', 'when'],
  ['wen', 'when'],
  ['whr', 'where'],
  ['hw', 'how'],
  ['ur', 'your'],
  ['abt', 'about'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['b4', 'before'],
  ['thru', 'through'],
  ['pls', 'please'],
  ['plz', 'please'],
]);

/** The function word a chat form stands for ("wat" → "what"), or undefined. */
export function chatFunctionWord(word: string): string | undefined {
  return CHAT_FORMS.get(word);
}

/** The word a chat short form stands for ("ppl" → "people"), lower case; undefined for any other word. */
export function shortFormOf(word: string): string | undefined {
  return SHORT_FORMS.get(word.toLowerCase());
}

/** Every short form and its word, for the tests. */
export function shortForms(): ReadonlyMap<string, string> {
  return SHORT_FORMS;
}
