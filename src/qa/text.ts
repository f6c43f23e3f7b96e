/** Words, stems and stopwords: the one tokenizer that index and questions share. */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { beforeNegativeT } from './contractions.js';
import { hasLower, hasNumber, startsUpper } from './letters.js';

export interface Token {
  /** Lower-cased surface form. */
  word: string;
  /** Porter stem of `word`: what the index matches on. */
  stem: string;
  start: number;
  end: number;
  /**
   * A word that carries no meaning in a question or an index ("the", "did"), except when it is written
   * as an acronym: "US" and "U.S." are the country, "IS" may be a group, "WHO" an organisation.
   */
  stop: boolean;
}

/**
 * Words that open a noun phrase (articles, demonstratives, possessives): "the dr" and "her lady" are
 * nouns, not titles; "is the …" asks what something is.
 */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this that these those his her its their our your my'.split(' '),
);

/**
 * Words that carry no meaning in a question: the `stopword` package's English list, the wh-words (which
 * we turn into an answer type instead) and the filler people put around questions.
 */
const QUESTION_FILLER = [
  'when',
  'why',
  'whose',
  'whom',
  'does',
  'did',
  'do',
  'can',
  'could',
  'would',
  'should',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'article',
  'story',
  'text',
  'mention',
  'mentioned',
  'tell',
  'please',
  'know',
  'according',
  'also',
  'us',
  'me',
  // Indefinite pronouns stand for what is asked ("did they sign anything?" asks what they signed), as
  // a wh-word does; they are not a word the passage must hold.
  'anyone',
  'someone',
  'anybody',
  'somebody',
  'anything',
  'something',
  'anywhere',
  'somewhere',
  'thing',
  'things',
  'get',
  'got',
  'say',
  'said',
  'says',
  'happen',
  'happened',
  'kind',
  'type',
  'name',
  'named',
  'called',
  'there',
  'here',
  'its',
  "it's",
  'much',
  'many',
];
export const STOPWORDS: ReadonlySet<string> = new Set([...eng, ...QUESTION_FILLER]);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(eng);

/**
 * Is the word one of English's function words (the `stopword` package's list: "are", "have", "at"),
 * not one of the question's fillers, which in a passage are nouns ("type", "name", "kind")?
 */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}

/**
 * Words on their own, with their position, so highlights can point back into the original text. Dotted
 * acronyms ("U.S.", "U.K.") are one word, not single letters (which are dropped).
 */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+/gu;
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,5})$/u;

/** Is `raw` written as an acronym: capitals, dotted or not ("US", "U.S.", "NHS")? WordNet's lemmas too (wordnet.ts). */
export function isWrittenAcronym(raw: string): boolean {
  return ACRONYM.test(raw);
}

/**
 * One matched word: lower-cased, dots of an acronym removed, and whether it is a stopword. Acronyms
 * count only in text that is not written all in capitals ("WHO SIGNED?" is shouting, not an acronym).
 */
function readWord(
  raw: string,
  shouting: boolean,
): { word: string; stop: boolean; acronym: boolean } | undefined {
  const acronym = !shouting && isWrittenAcronym(raw);
  const word = (acronym ? raw.replaceAll('.', '') : raw).toLowerCase();
  if (word.length < 2 && !hasNumber(word)) return undefined;
  return { word, stop: !acronym && STOPWORDS.has(word), acronym };
}

/**
 * The index's term for an acronym as written in capitals ("US", "U.S." → "US"), beside its stem, which
 * other words may share ("use" stems to "us", "aid" is the stem of "AIDS"). No word stems to it: stems
 * are lower case. A synonym WordNet writes as an acronym searches this term (expansion.ts).
 */
export function acronymTerm(word: string): string {
  return word.toUpperCase();
}

function isShouting(text: string): boolean {
  return !hasLower(text);
}

// Words repeat endlessly across articles: stemming each distinct word once (and handing back the same
// string object, whose hash V8 then keeps) makes indexing a large folder several times faster.
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 500_000;

/** A word of number characters only; made once, as letters.ts says why. */
const ALL_NUMBERS = /^\p{N}+$/u;

export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // Accents folded (NFD, marks dropped): readers type "cafe" and "naive" for the page's "café" and "naïve".
    const plain = /[\u0080-\uffff]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
    s = ALL_NUMBERS.test(plain) ? plain : stemmer(plain);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/**
 * Call `visit` with each lower-cased word of `text` that `tokenize` would keep, without building token
 * objects: indexing a large folder reads every word of it once.
 */
export function forEachWord(
  text: string,
  visit: (word: string, stop: boolean, acronym: boolean) => void,
): void {
  const re = new RegExp(WORD);
  const shouting = isShouting(text);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const read = readWord(m[0], shouting);
    if (read !== undefined)
      visit(read.word, read.stop || negativePart(read.word, text, re.lastIndex), read.acronym);
  }
}

/** Is the word ending at `end` the part of a negative contraction before its "'t" ("won" of "won't")? */
function negativePart(word: string, text: string, end: number): boolean {
  return beforeNegativeT(word, text.slice(end, end + 3));
}

/** Tokenize any text (article or question) the same way. Single letters other than digits are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const shouting = isShouting(text);
  for (const m of text.matchAll(WORD)) {
    const read = readWord(m[0], shouting);
    if (read === undefined) continue;
    // The end stays on the last letter: "U.S." highlights as "U.S".
    const end = m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0);
    // The part of a negative contraction before its "'t" is an auxiliary, a function word: "won" of
    // "won't" is "will", not winning, and "didn" of "didn't" matches nothing a question asks.
    const stop = read.stop || negativePart(read.word, text, m.index + m[0].length);
    tokens.push({ word: read.word, stem: stem(read.word), start: m.index, end, stop });
  }
  return tokens;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * Does a word after the first have a capital ("Brackley Harriers", not "Council" or "The council")?
 * A sentence's opening word has one whatever it is; a later word only when it is a name's.
 */
export function capitalAfterFirst(phrase: string): boolean {
  return phrase
    .split(/\s+/u)
    .slice(1)
    .some((w) => startsUpper(w) && !STOPWORDS.has(w.toLowerCase()));
}

/** One character of white space, as `\s` reads it. */
const SPACE = /\s/;

/**
 * The text before `end` from the white space before its last `runs` stretches without white space (all
 * of it when it has fewer), for a pattern anchored at the end ("of the ⟨name⟩": `\bof\s+(?:the\s+)?$`).
 * Such a pattern tested on the whole text before a position is tried from every position before it, so
 * one test costs the text's length, and a passage's candidates are tested each: when its match spans at
 * most `runs` stretches and the spaces around them, it matches the tail exactly when it matches the
 * whole (the space kept at the tail's start is what a `\b` or a look-behind there reads), at the tail's
 * cost.
 */
export function tailBefore(text: string, end: number, runs: number): string {
  let i = end;
  for (let run = 0; run < runs; run++) {
    while (i > 0 && SPACE.test(text[i - 1] as string)) i--;
    while (i > 0 && !SPACE.test(text[i - 1] as string)) i--;
  }
  return text.slice(Math.max(0, i - 1), end);
}
