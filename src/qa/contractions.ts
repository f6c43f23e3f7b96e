/**
 * English contractions as readers type them and stories print them, one table for every reader of a
 * question's or a passage's words. The tokenizer splits a contraction at its apostrophe ("couldn't" →
 * "couldn", "t"; "they'll" → "they", "ll"): neither part is a word an answer's sentence must hold. Pure.
 */

/**
 * Each negative contraction by the part written before "'t", with the auxiliary it negates: "couldn't"
 * is "could not", and "won't" "will not" (not "won", of winning), "shan't" "shall not", "ain't" "is not".
 */
const NEGATIVES: ReadonlyMap<string, string> = new Map([
  ['isn', 'is'],
  ['wasn', 'was'],
  ['aren', 'are'],
  ['weren', 'were'],
  ['don', 'do'],
  ['doesn', 'does'],
  ['didn', 'did'],
  ['hasn', 'has'],
  ['haven', 'have'],
  ['hadn', 'had'],
  ['couldn', 'could'],
  ['shouldn', 'should'],
  ['wouldn', 'would'],
  ['mustn', 'must'],
  ['needn', 'need'],
  ['mightn', 'might'],
  ['can', 'can'],
  ['won', 'will'],
  ['shan', 'shall'],
  ['ain', 'is'],
  ['oughtn', 'ought'],
  ['daren', 'dare'],
]);

/** The auxiliary a negative contraction's first part negates ("didn" of "didn't" → "did"), if it is one. */
export function negatedAuxiliary(firstPart: string): string | undefined {
  return NEGATIVES.get(firstPart.toLowerCase());
}

/**
 * Is `word` the part of a negative contraction before its "'t", as `after` (the text right after the
 * word) shows: "didn" of "didn't", "won" of "won't", "can" of "can't"?
 */
export function beforeNegativeT(word: string, after: string): boolean {
  return negatedAuxiliary(word) !== undefined && /^['’]t\b/iu.test(after);
}

/** A negative contraction typed without its apostrophe: "wasnt", "didnt", "cant", "wont". */
export function negativeWithoutApostrophe(word: string): boolean {
  return word.endsWith('t') && NEGATIVES.has(word.slice(0, -1));
}

/**
 * The endings of contractions the tokenizer keeps as words of their own ("they'll", "we've", "you're"),
 * with the function word each stands for; the one-letter ones ("'s", "'d", "'m", "'t") it drops.
 */
const ENDINGS: ReadonlyMap<string, string> = new Map([
  ['ll', 'will'],
  ['ve', 'have'],
  ['re', 'are'],
]);

/** The function word a contraction's ending stands for ("ll" of "they'll" → "will"), if it is one. */
export function contractedEnding(ending: string): string | undefined {
  return ENDINGS.get(ending.toLowerCase());
}
