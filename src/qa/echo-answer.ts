/**
 * A short answer that only names what the question itself asks about: no answer to it.
 *
 * - `echoesQuestion`: "What was the hardest bit of the digging?" of "…said the hardest part had been the
 *   frozen ground": "part" is the question's own "bit" in a more general word; the answer is what "had
 *   been" says of it. Read from WordNet: each word of the span is the asked noun, a synonym of it or a
 *   more general noun it is a kind of (a hypernym within `ECHO_DEPTH` steps of one of its commonest
 *   senses). A more particular noun ("dog" for "what animal…") is what a question asks, and stays.
 * - `qualifiesAsked`: a common noun the passage ties by a preposition to the asked noun ("the previous
 *   record at the tower" for "what was the old record", "a dinner lady at the school" for "what did the
 *   dinner lady write") says where or whose that thing is, not what it is or did; and a compass point
 *   tied to it ("three fields to the east of the village" for "what does the village get") answers only
 *   a question of place or direction.
 *
 * The asked noun is read only from two plain forms (`askedNoun`): "what is/was the (adjectives) N" and
 * "what does/did the (adjectives) N <verb>…". Read of any noun of the question, both readings lost SQuAD
 * answers that are tied to the question's words just as the question says them ("a proud history of
 * theatre", "the sister lineage to all other animals"; docs/measured.md, session 56).
 */
import { tokenize, type Token } from './text.js';
import { commonSenses, detachedLemma, hypernymsOf, isKindOf, readSynsetWords } from './wordnet.js';
import { startsUpper } from './letters.js';

/** Hypernym steps read from the asked noun: "bit" (a fragment) → "fragment" → "part". */
const ECHO_DEPTH = 2;

/** What the question asks about, and how: what it is ("what was the old record") or what it did. */
export interface AskedNoun {
  /** The noun, lower case ("record", "lady"). */
  noun: string;
  /** `identity`: "what is/was the N"; `doer`: "what did the N write". */
  form: 'identity' | 'doer';
}

const DET = String.raw`(?:the|a|an|this|that|his|her|their|its|our|your|my)`;
/** "what was the old record", "whats the hardest bit of the digging": the noun before any preposition. */
const IDENTITY = new RegExp(
  String.raw`^(?:what|which)(?:\s+(?:is|was|are|were)|'s|’s|s)\s+${DET}\s+((?:[a-z-]+\s+){0,3}?)([a-z]+)(?:\s+(?:of|in|at|on|about|for)\s+[^?]*)?\s*\??$`,
  'iu',
);
/** "what did the dinner lady write in her letter", "what does the village get out of it". */
const DOER = new RegExp(
  String.raw`^what\s+(?:does|did|do|will|would|could|can)\s+${DET}\s+([a-z -]+?)\s*\??$`,
  'iu',
);

/**
 * The noun a what-question asks about in one of the two plain forms (see the module comment); undefined
 * for any other question. In the doer form it is the word before the first one WordNet lists as a verb
 * (at most four words in: "the dinner lady write" → "lady").
 */
export function askedNoun(question: string): AskedNoun | undefined {
  const text = question.trim();
  // Written with a capital ("the Beroe"), the word is a name, whose kinds are no echo of it.
  const identity = IDENTITY.exec(text);
  if (identity?.[2] !== undefined)
    return startsUpper(identity[2]) ? undefined : { noun: identity[2].toLowerCase(), form: 'identity' };
  const words = DOER.exec(text)?.[1]?.split(/\s+/u) ?? [];
  for (let i = 1; i < Math.min(words.length, 5); i++)
    if (detachedLemma('verb', (words[i] as string).toLowerCase()) !== undefined)
      return startsUpper(words[i - 1] as string)
        ? undefined
        : { noun: (words[i - 1] as string).toLowerCase(), form: 'doer' };
  return undefined;
}

/** Every word the noun's commonest senses and their hypernyms within `ECHO_DEPTH` name. */
function ownThingWords(word: string): ReadonlySet<string> {
  const found = new Set<string>();
  const lemma = detachedLemma('noun', word);
  if (lemma === undefined) return found;
  let level = commonSenses('noun', lemma);
  for (let depth = 0; depth <= ECHO_DEPTH && level.length > 0; depth++) {
    for (const offset of level) for (const w of readSynsetWords('noun', offset)) found.add(w);
    level = level.flatMap((o) => hypernymsOf(o, false));
  }
  return found;
}

/** A word a reader reads as a name or an amount: written with a capital or a digit. */
function namesOrCounts(text: string, t: Token): boolean {
  return startsUpper(text.slice(t.start, t.end)) || /\d/u.test(t.word);
}

/**
 * Does the span `text` only name the asked noun (see the module comment)? Never for a span with a name
 * or a number in it, nor one with no word of meaning (`saysNothing` reads those).
 */
export function echoesQuestion(asked: AskedNoun, text: string): boolean {
  // Of what the thing did ("what does the beroe eat?"), another of its kind ("other ctenophores") is an
  // answer: only what a thing is is not answered by its own kind.
  if (asked.form !== 'identity') return false;
  const words = tokenize(text).filter((t) => !t.stop);
  if (words.length === 0 || words.some((t) => namesOrCounts(text, t))) return false;
  const own = ownThingWords(asked.noun);
  return words.every((t) => {
    const lemma = detachedLemma('noun', t.word);
    return lemma !== undefined && own.has(lemma);
  });
}

/** A preposition tying a noun to the asked one before it, and the determiner that may open the second. */
const TIE_BEFORE = new RegExp(String.raw`\b(?:at|in|on|from|for|with)\s+(?:${DET}\s+)?$`, 'iu');
/** "(to the) east of the village": a compass point tied to the asked noun after it. */
const TIE_AFTER = new RegExp(String.raw`^\s+of\s+(?:${DET}\s+)?`, 'iu');

/**
 * Is the span a common noun the passage ties by a preposition to the asked noun (see the module
 * comment)? Only for a span of common nouns saying no word of the question: a name may well be what is
 * asked of the thing. The caller
 * asks it only of a question that asks no place, whose answer such a tie may well be ("where was the
 * record set?" of "the record at the tower").
 */
export function qualifiesAsked(
  question: string,
  asked: AskedNoun,
  passage: { text: string; tokens: readonly Token[] },
  span: { start: number; end: number },
): boolean {
  const { text, tokens } = passage;
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  if (inside.length === 0 || inside.some((t) => namesOrCounts(text, t))) return false;
  const stem = tokenize(asked.noun)[0]?.stem;
  if (stem === undefined) return false;
  // A span saying a word of the question ("neighborhood, and the stench" for "…facilities in the
  // neighborhood?") is more than a tie to the asked noun: the other readings judge it.
  const said = new Set(tokenize(question).flatMap((t) => (t.stop ? [] : [t.stem])));
  if (inside.some((t) => t.stem === stem || said.has(t.stem))) return false;
  const before = TIE_BEFORE.exec(text.slice(Math.max(0, span.start - 24), span.start));
  if (before !== null) {
    const tieAt = span.start - before[0].length;
    const prior = tokens.filter((t) => t.end <= tieAt).at(-1);
    if (prior?.stem === stem && /^\s*$/u.test(text.slice(prior.end, tieAt))) return true;
  }
  const after = TIE_AFTER.exec(text.slice(span.end));
  if (after !== null && inside.length === 1 && isKindOf(inside[0]?.word ?? '', 'compass_point')) {
    const next = tokens.find((t) => t.start >= span.end + after[0].length);
    if (next !== undefined && next.start === span.end + after[0].length && next.stem === stem) return true;
  }
  return false;
}
