/**
 * Multi-word expressions of a question that WordNet lists as one lemma ("pass away", "top out", "set
 * up", "prime minister"): readers ask with phrasal verbs where a story uses one verb ("died",
 * "peaked"), and the words of the phrase on their own mean something else ("pass", "top").
 */
import { verbBases } from '../nlp/nlp.js';
import { isStopword, stem, tokenize, type Token } from './text.js';
import { WordCache } from './word-caches.js';
import type { Pos } from './morphology.js';
import { detachedLemma, lemmasStartingWith } from './wordnet.js';

/** A phrase of the question WordNet lists as one lemma. */
export interface Collocation {
  /** WordNet's lemma ("pass_away"). */
  lemma: string;
  /** The question's tokens it spans, in order ("passed", "away"). */
  tokens: Token[];
}

const NOUN_ADJ: readonly Pos[] = ['noun', 'adj'];
/** WordNet's longest phrasal verbs and compounds that readers type run to four words ("come up with", "put up with"). */
const MAX_WORDS = 4;

/**
 * The multi-word lemmas a question word may start. As a verb it may be inflected ("passed away",
 * "came up with"): its base forms are tried too. A noun or adjective compound starts with its first word
 * as written ("birth rate", "prime ministers"), never with a stopword: a stopword starts only phrasal
 * verbs ("come up", "take off"), and looking up nouns for "the" or "what" would only cost time.
 */
function startingLemmas(token: Token): readonly StartingLemma[] {
  const read = token.stop
    ? stopCache.get(token.word, readStopLemmas)
    : wordCache.get(token.word, readWordLemmas);
  return read === '' ? NONE : read.split(' ').map((lemma) => ({ lemma, parts: lemma.split('_') }));
}

/**
 * `startingLemmas` of one of the folder's words, read as `tokenize` reads it (a stopword or not), looked
 * up ahead (`settle.ts`) and kept whatever is typed after: each cost its verb bases (four of compromise's
 * conversions) and three to five prefix look-ups, which were most of what a first question on a large
 * folder still looked up once the other caches were settled (348 of the verb bases in the BBC folder's
 * 100 questions of `bench:scale`).
 */
export function settleStartingLemmas(word: string): void {
  if (isStopword(word)) stopCache.get(word, readStopLemmas, true);
  else wordCache.get(word, readWordLemmas, true);
}

/**
 * `startingLemmas` of each word asked before, apart for a word read as a stopword (which decides the
 * parts of speech looked in; "us" is a stopword, "US" is not). Module state, as WordNet's and
 * compromise's tables it reads are: the same word starts the same lemmas for every engine. Nearly every
 * question asks "what", "did", "the" and the story's names again (`word-caches.ts` bounds them). Each
 * is kept as one string, the lemmas separated by spaces ('' for none), and split when a question asks
 * the word: the BBC folder's words start 35,765 different lemmas, which kept as objects took 11 MB.
 */
const wordCache = new WordCache<string>();
const stopCache = new WordCache<string>();
const NONE: readonly StartingLemma[] = [];

/** A multi-word lemma and its words ("pass_away": "pass", "away"). */
interface StartingLemma {
  lemma: string;
  parts: readonly string[];
}

const readWordLemmas = (word: string) => readStartingLemmas(word, false);
const readStopLemmas = (word: string) => readStartingLemmas(word, true);

function readStartingLemmas(word: string, stop: boolean): string {
  const lemmas = new Set<string>();
  for (const form of [word, ...verbBases(word)])
    for (const l of lemmasStartingWith('verb', `${form}_`)) lemmas.add(l);
  if (!stop) for (const pos of NOUN_ADJ) for (const l of lemmasStartingWith(pos, `${word}_`)) lemmas.add(l);
  // Lemmas longer than readers type, or with an empty word, are never a question's phrase.
  return [...lemmas]
    .filter((lemma) => {
      const parts = lemma.split('_');
      return parts.length <= MAX_WORDS && !parts.some((p) => p === '');
    })
    .join(' ');
}

/** Does the lemma's rest ("away", "up_with") match the question's tokens after its first word? */
function matchesRest(
  parts: readonly string[],
  tokens: readonly Token[],
  from: number,
  question: string,
): boolean {
  for (let k = 1; k < parts.length; k++) {
    const token = tokens[from + k];
    const previous = tokens[from + k - 1];
    if (token === undefined || previous === undefined) return false;
    // The words must be next to each other: "pass, away" or "top (out)" are not the phrase.
    if (!/^\s+$/.test(question.slice(previous.end, token.start))) return false;
    // Later words may be inflected ("prime ministers"), which the stem absorbs.
    const part = parts[k] as string;
    if (token.word !== part && token.stem !== stem(part)) return false;
  }
  return true;
}

/**
 * The question's collocations, longest first at each word and not overlapping: "when did he pass away"
 * → pass_away; "who came up with the idea" → come_up_with when WordNet has it, else come_up.
 */
export function collocations(question: string): Collocation[] {
  const tokens = tokenize(question);
  const found: Collocation[] = [];
  for (let i = 0; i < tokens.length - 1;) {
    const first = tokens[i] as Token;
    const hyphened = hyphenedLemma(question, first, tokens[i + 1] as Token);
    if (hyphened !== undefined) {
      found.push({ lemma: hyphened, tokens: tokens.slice(i, i + 2) });
      i += 2;
      continue;
    }
    let best: string | undefined;
    let bestParts = 0;
    for (const { lemma, parts } of startingLemmas(first)) {
      if (parts.length <= bestParts) continue;
      // A phrase of stopwords only ("does it", "came up") says nothing the question's other words do not.
      const spanned = tokens.slice(i, i + parts.length);
      if (spanned.every((t) => t.stop)) continue;
      if (matchesRest(parts, tokens, i, question)) {
        best = lemma;
        bestParts = parts.length;
      }
    }
    if (best === undefined) {
      i++;
      continue;
    }
    found.push({ lemma: best, tokens: tokens.slice(i, i + bestParts) });
    i += bestParts;
  }
  return found;
}

/**
 * Two words joined by a hyphen that WordNet lists as one noun or adjective ("front-runners" →
 * "front-runner", "grown-ups" → "grown-up"): one word, which the tokenizer cut in two, and whose
 * synonyms ("favourite") its halves ("front", "runners") do not have. Its lemma as WordNet writes it,
 * or undefined.
 */
function hyphenedLemma(question: string, first: Token, second: Token): string | undefined {
  if (question.slice(first.end, second.start) !== '-') return undefined;
  const written = `${first.word}-${second.word}`;
  for (const pos of NOUN_ADJ) {
    const lemma = detachedLemma(pos, written);
    if (lemma !== undefined) return lemma;
  }
  return undefined;
}
