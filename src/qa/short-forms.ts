/**
 * Chat text-speak, read as the words it stands for before anything is searched: the forms people type
 * in a Discord channel ("ppl", "u", "b4", "gonna", "tbh"). They are no typos: no one edit of them is
 * the word meant ("ppl" is three from "people"), so the spelling correction cannot read them, and
 * searched as written they are words no story holds, which weigh against every passage.
 *
 * One lexicon, in classes by what the reading does; each is a short list of widely used English forms
 * (the common abbreviations of chat and text messages), not words fitted to any question set. A form
 * is read only where the reader's story does not write it itself ("Abt" of Lena Abt, a "wat" in
 * Bangkok) and where it is not written as a name (`parseQuestion`, question.ts); the story's own text
 * is never read so. The reply says how each was read, as it does a correction (`shownReading`).
 */
import type { Correction } from './expansion.js';

/** A chat form of the question and the words it was read as ("ppl" → "people"): a correction's shape. */
export type Reading = Correction;

/**
 * Content words shortened as in chat and notes ("ppl", "govt", "tmrw"): words no story writes and
 * WordNet does not list, so neither the search, the spelling correction nor the synonyms reach them.
 * Read as the word they shorten, they are the question's own word and searched. A form WordNet lists
 * is never here ("yr", "hr", "info" are read from it; `test/qa/short-forms.test.ts` checks), nor an
 * ambiguous one ("gov" is also "Governor", "sec" a second).
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
 * Function words and pronoun contractions as typed in chat: respelt ("wat", "ur", "abt", "b4", "cuz"),
 * or a contraction without its apostrophe whose bare letters are no word ("im", "shes", "whats" anywhere
 * in the question; a first "whats" is `fixWhWord`'s too). Read as the function word, they are left out
 * of the search as it is, and the question reads as a sentence for the stages that parse it ("what r
 * they doing" → "what are they doing"). Forms that are also words ("cos", "bout", "ill", "its") are not
 * here: their reading is a guess.
 */
const FUNCTION_FORMS: ReadonlyMap<string, string> = new Map([
  ['teh', 'the'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['whn', 'when'],
  ['wen', 'when'],
  ['whr', 'where'],
  ['hw', 'how'],
  ['ur', 'your'],
  ['ya', 'you'],
  ['abt', 'about'],
  ['bc', 'because'],
  ['bcoz', 'because'],
  ['bcuz', 'because'],
  ['becuz', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['b4', 'before'],
  ['thru', 'through'],
  ['shud', 'should'],
  ['wud', 'would'],
  ['sum1', 'someone'],
  ['some1', 'someone'],
  ['any1', 'anyone'],
  ['im', "I'm"],
  ['ive', "I've"],
  ['youre', "you're"],
  ['theyre', "they're"],
  ['hes', "he's"],
  ['shes', "she's"],
  ['thats', "that's"],
  ['theres', "there's"],
  ['whats', "what's"],
  ['wheres', "where's"],
  ['hows', "how's"],
  ['whens', "when's"],
]);

/**
 * Two words run together as they are said ("gonna", "wanna", "kinda"): read as the two, they are
 * parsed as the reader meant them: "going to" + a verb says the future (`futureGoing`), "kind of" asks
 * a kind, and "want" is the question's verb.
 */
const FUSED_FORMS: ReadonlyMap<string, string> = new Map([
  ['gonna', 'going to'],
  ['wanna', 'want to'],
  ['gotta', 'got to'],
  ['hafta', 'have to'],
  ['oughta', 'ought to'],
  ['tryna', 'trying to'],
  ['kinda', 'kind of'],
  ['sorta', 'sort of'],
  ['outta', 'out of'],
  ['lotta', 'lot of'],
  ['dunno', "don't know"],
  ['lemme', 'let me'],
  ['gimme', 'give me'],
]);

/**
 * Asides: a remark on the question or to the reader ("tbh", "lol", "thx", "btw"), not part of what it
 * asks. Spelt out ("to be honest") they would still be searched words no story needs to hold, so they
 * are taken out of the question as read, the way a reader skips them; the reply still says what they
 * were read as. "tho" is here for the same reason: "how old is it tho" asks how old it is.
 */
const ASIDES: ReadonlyMap<string, string> = new Map([
  ['lol', 'laughing out loud'],
  ['lmao', 'laughing'],
  ['rofl', 'laughing'],
  ['omg', 'oh my god'],
  ['tbh', 'to be honest'],
  ['ngl', 'not going to lie'],
  ['imo', 'in my opinion'],
  ['imho', 'in my humble opinion'],
  ['idk', "I don't know"],
  ['iirc', 'if I remember correctly'],
  ['afaik', 'as far as I know'],
  ['btw', 'by the way'],
  ['fyi', 'for your information'],
  ['smh', 'shaking my head'],
  ['rn', 'right now'],
  ['tho', 'though'],
  ['thx', 'thanks'],
  ['thnx', 'thanks'],
  ['ty', 'thank you'],
  ['pls', 'please'],
  ['plz', 'please'],
]);

/**
 * Forms with a letter and a slash, or a lone letter for a whole word ("w/", "w/o", "b/c", "u", "r"),
 * which the tokenizer drops (single letters, no slash): read from the text, only in lower case and
 * only standing alone, so the "U" of "U-boat", "r&b" and an initial ("R Kelly") stay as written.
 */
const LETTER_FORMS: ReadonlyMap<string, string> = new Map([
  ['w/o', 'without'],
  ['w/', 'with'],
  ['b/c', 'because'],
  ['u', 'you'],
  ['r', 'are'],
]);
const LETTER_FORM =
  /(?<![\p{L}\p{N}'’./&-])(?:w\/o(?![\p{L}\p{N}])|b\/c(?![\p{L}\p{N}])|w\/(?!\p{L}(?![\p{L}\p{N}]))|[ur](?![\p{L}\p{N}'’./&-]))/gu;

/**
 * The reading of `typed` as `meant` the reply should say, if any: a contraction typed without its
 * apostrophe ("whats", "im") is the same word, said without a note, as a word's case is.
 */
export function shownReading(typed: string, meant: string): Reading | undefined {
  return meant.replace(/['’]/gu, '').toLowerCase() === typed.toLowerCase()
    ? undefined
    : { from: typed, to: meant };
}

/** How a chat form is read: rewritten as its words, or taken out as an aside. */
export interface ChatReading {
  meant: string;
  aside: boolean;
}

/** The reading of a word typed as in chat ("ppl", "gonna", "tbh"), lower case; undefined for any other word. */
export function chatReading(word: string): ChatReading | undefined {
  const lower = word.toLowerCase();
  const meant = SHORT_FORMS.get(lower) ?? FUNCTION_FORMS.get(lower) ?? FUSED_FORMS.get(lower);
  if (meant !== undefined) return { meant, aside: false };
  const aside = ASIDES.get(lower);
  return aside === undefined ? undefined : { meant: aside, aside: true };
}

/** The chat forms of lone letters and slashes in `text` ("u", "w/"), with where each is written. */
export function letterForms(text: string): { word: string; meant: string; start: number; end: number }[] {
  return [...text.matchAll(LETTER_FORM)].map((m) => ({
    word: m[0],
    meant: LETTER_FORMS.get(m[0]) ?? m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * `text` without the aside written at `start`–`end`, and the separator that set it off: the comma
 * after "tbh, how old…", the space before "…the bridge tho?". Only text at the aside changes, so a
 * position counted from the end of the text stays right for every word after it.
 */
export function withoutAside(text: string, start: number, end: number): string {
  const after = /^[\s,;:]*/u.exec(text.slice(end))?.[0].length ?? 0;
  // Last in its sentence: the space or comma before it goes, the question mark after it stays.
  if (/^[\s?!.]*$/u.test(text.slice(end))) {
    const before = /[\s,;:]*$/u.exec(text.slice(0, start))?.[0].length ?? 0;
    return text.slice(0, start - before) + text.slice(end);
  }
  return text.slice(0, start) + text.slice(end + after);
}

/** The function word a chat form stands for ("wat" → "what"), or undefined. */
export function chatFunctionWord(word: string): string | undefined {
  return FUNCTION_FORMS.get(word);
}

/** The word a chat short form stands for ("ppl" → "people"), lower case; undefined for any other word. */
export function shortFormOf(word: string): string | undefined {
  return SHORT_FORMS.get(word.toLowerCase());
}

/** Every short form and its word, for the tests. */
export function shortForms(): ReadonlyMap<string, string> {
  return SHORT_FORMS;
}
