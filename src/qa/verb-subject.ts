/**
 * "Who won the cup final?", "who noticed the double payments?": a who-question whose wh-word is the
 * subject of its verb asks for whoever does it, and the passage says who in the name before the same
 * verb ("Wakefield Trinity won the Challenge Cup … as Jamie Dixon's try …": Wakefield Trinity, not the
 * other name of the sentence; "a new auditor, Sunita Patel, 41, noticed that payments … in Bradford …":
 * Sunita Patel, past her apposition). Pure, apart from WordNet's verb list and the lemmatiser.
 */
import { lemmaOf } from './lemma.js';
import { tokenize, type Token } from './text.js';
import { isParticiple } from './verb-object.js';
import { isLemma } from './wordnet.js';

/** Auxiliaries before a question's verb: "who has won", "who will lead", "who was elected". */
const AUXILIARY = /^(?:has|have|had|will|would|could|can|should|may|might|must|shall)$/;
/** The forms of "be": before a participle in the question a passive or progressive ("who was elected"). */
const BE = /^(?:is|are|was|were|be|been|being)$/;
/** "Who did they beat?": "do" makes the wh-word the verb's object, which `verb-object.ts` reads. */
const DO = /^(?:do|does|did)$/;
/** Adverbs and the like between a subject and its verb ("also won", "had only recently noticed"). */
const ADVERB =
  /^(?:also|only|then|later|finally|never|just|already|eventually|first|now|still|both|all|themselves|himself|herself|itself)$|ly$/;
/** Words between a subject and its verb in the passage ("have also won"): auxiliaries and adverbs. */
const between = (word: string) => AUXILIARY.test(word) || ADVERB.test(word);

/**
 * The verb a who-question asks the subject of ("won" of "who won the cup final?", "elected" of "who was
 * elected?"): the word after "who" and any auxiliaries, when WordNet lists it as a verb (in a form of
 * its own or by its dictionary form); undefined for "who is the minister?", "who did they beat?" or a
 * question that does not open with "who".
 */
export function subjectVerb(question: string): AskedVerb | undefined {
  const tokens = tokenize(question);
  if (tokens[0]?.word !== 'who') return undefined;
  let i = 1;
  while (AUXILIARY.test(tokens[i]?.word ?? '')) i++;
  // "Who was elected?", "who's tipped…", "who has been appointed?", "who is helping?": a participle
  // after "be" ("'s" is no token of its own).
  const be = BE.test(tokens[i]?.word ?? '') || /^\s*who['’]s\s/iu.test(question);
  while (BE.test(tokens[i]?.word ?? '')) i++;
  const verb = tokens[i];
  if (verb === undefined || DO.test(verb.word)) return undefined;
  if (be && !/(?:ed|en|ing)$/.test(verb.word)) return undefined;
  // "Who else…", "who first…": not a verb.
  if (!isVerb(verb.word)) return undefined;
  return { verb, passive: be && !/ing$/.test(verb.word) };
}

/** The verb a who-question asks the subject of, and whether the question puts it in the passive. */
export interface AskedVerb {
  verb: Token;
  /** "Who was elected?": the passage's "X was elected" says who, not "voters elected X". */
  passive: boolean;
}

function isVerb(word: string): boolean {
  return isLemma('verb', word) || isParticiple(word);
}

/** The test for a form of the question's verb ("won" of "win", "noticed" of "notice"). */
function formOf(verb: Token): (t: Token) => boolean {
  const lemma = (w: string) => lemmaOf(w) ?? w;
  const base = lemma(verb.word);
  return (t) => t.stem === verb.stem || lemma(t.word) === base;
}

/**
 * An apposition or a relative clause between a subject and its verb, each set off by commas or
 * brackets (", 41,", ", who only made his debut in March,", " (PGB)"): what a subject may be followed
 * by before its verb.
 */
const APPOSITIONS = /^(?:(?:\s*,[^,.;:!?"“”()]{1,80})+\s*,|\s*\([^()]{1,60}\))?\s*$/u;

/**
 * A word before a name that makes it an object, not a subject: a preposition or a verb's participle
 * ("of Harrogate, North Yorkshire,", "after beating Wigan,").
 */
const GOVERNED =
  /\b(?:of|in|at|from|to|by|with|for|on|against|over|into|near|than|\p{L}+ing|\p{L}+ed)\s+(?:the\s+)?$/iu;

/**
 * Of the candidates, those that are the subject of the question's verb in the passage: ending right
 * before a form of that verb, or before appositions set off by commas that end there, with only
 * auxiliaries and adverbs between ("have also won"); the longest reach first (the name before the
 * appositions, "Graham Whitlock, 58, of Harrogate, …, admitted"), then the longest (a pair joined by
 * "and"). Not a name after a preposition or a participle, which is an object ("of Harrogate"), nor a
 * passive's subject in the passage ("the cup was won by…": what was won). Empty when none is.
 */
export function subjectsOfVerb<T extends { span: { start: number; end: number } }>(
  candidates: readonly T[],
  asked: AskedVerb,
  passage: { text: string; tokens: readonly Token[] },
): T[] {
  const { tokens, text } = passage;
  const found: { c: T; reach: number }[] = [];
  const sameVerb = formOf(asked.verb);
  // A name after a preposition or a participle is an object wherever the verb is.
  const free = candidates.filter((c) => !GOVERNED.test(text.slice(0, c.span.start)));
  tokens.forEach((t, v) => {
    if (!sameVerb(t)) return;
    let i = v - 1;
    while (i >= 0 && between((tokens[i] as Token).word)) i--;
    // "The cup was won by Wakefield": the passive's subject is not who did it, nor "the critics tipped X"
    // who was tipped; the voice of the passage's verb is the question's.
    const passive = i >= 0 && BE.test((tokens[i] as Token).word);
    if (passive !== asked.passive) return;
    while (i >= 0 && (BE.test((tokens[i] as Token).word) || between((tokens[i] as Token).word))) i--;
    const verbAt = (tokens[i + 1] as Token).start;
    for (const c of free) {
      if (c.span.end > verbAt) continue;
      if (APPOSITIONS.test(text.slice(c.span.end, verbAt))) found.push({ c, reach: verbAt - c.span.end });
    }
  });
  found.sort((a, b) => b.reach - a.reach || a.c.span.start - b.c.span.start);
  return found.map((f) => f.c);
}
