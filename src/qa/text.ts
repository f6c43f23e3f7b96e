/** Words, stems and stopwords: the one tokenizer that index and questions share. */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

export interface Token {
  /** Lower-cased surface form. */
  word: string;
  /** Porter stem of `word`: what the index matches on. */
  stem: string;
  start: number;
  end: number;
}

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
  'anyone',
  'someone',
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

/** Words on their own, with their position, so highlights can point back into the original text. */
const WORD = /[\p{L}\p{N}]+/gu;

// Words repeat endlessly across articles: stemming each distinct word once (and handing back the same
// string object, whose hash V8 then keeps) makes indexing a large folder several times faster.
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 500_000;

export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^\p{N}+$/u.test(word) ? word : stemmer(word);
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** Tokenize any text (article or question) the same way. Single letters other than digits are dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (word.length < 2 && !/\p{N}/u.test(word)) continue;
    tokens.push({ word, stem: stem(word), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
