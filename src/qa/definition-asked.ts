/**
 * "What is Icstis?", "what does icstis do", "who is clive smith": a question that names a thing or a
 * person and asks nothing else asks what it is, and a sentence that says so — an apposition or a
 * predicate after the name ("Nexus, a … network", "X is a …"), or a common noun right before it
 * ("premium phone line regulator Icstis") — answers it better than one that only names it ("…, Icstis
 * said"). Pure: the engine puts such sentences first among its best few.
 */
import { tokenize, type Token } from './text.js';
import { isLemma, isNoun } from './wordnet.js';
import { startsLower } from './letters.js';

const WHAT_IS = /^\s*(what|who)(?:['’]s|s|\s+(?:is|are|was|were))\s+(?:(the|a|an)\s+)?(.+?)\s*\??\s*$/iu;
const WHAT_DOES_DO = /^\s*what\s+(?:does|do|did)\s+(?:(?:the|a|an)\s+)?(.+?)\s+do\s*\??\s*$/iu;

/**
 * The words of the thing a question asks to be described, or undefined. Only one to three words, none a
 * function word, no possessive ("NASA's administrator" asks for a person), and for "who" no determiner
 * ("who is the golfer?" asks which person, not what one is).
 */
export function definitionAsked(question: string): Token[] | undefined {
  const is = WHAT_IS.exec(question);
  const does = is === null ? WHAT_DOES_DO.exec(question) : null;
  const tail = is?.[3] ?? does?.[1];
  if (tail === undefined || /['’]/u.test(tail)) return undefined;
  if (is !== null && is[1]?.toLowerCase() === 'who' && is[2] !== undefined) return undefined;
  const words = tokenize(tail);
  if (words.length === 0 || words.length > 3 || words.some((w) => w.stop)) return undefined;
  return words;
}

/** After the name: an apposition or what it is said to be, opening on a determiner (as answer-span.ts reads it). */
const DESCRIBED = /^\s*(?:\([^)]*\)\s*)?(?:[,:]\s*|\s+(?:is|was|are|were)\s+)(?=(?:an?|the|one)\s)/iu;

/** Does the sentence say what the asked thing is (see the module comment)? `tokens`: its own, when at hand. */
export function describes(
  text: string,
  asked: readonly Token[],
  tokens: readonly Token[] = tokenize(text),
): boolean {
  for (let i = 0; i + asked.length <= tokens.length; i++) {
    if (!asked.every((a, k) => tokens[i + k]?.stem === a.stem)) continue;
    const last = tokens[i + asked.length - 1] as Token;
    if (DESCRIBED.test(text.slice(last.end))) return true;
    if (nounsBefore(text, tokens, i) !== undefined) return true;
  }
  return false;
}

/**
 * The common noun right before the name at token `at`, with the lower-case words that qualify it
 * ("premium phone line regulator" of "according to premium phone line regulator Icstis"): what the
 * sentence calls the thing. Undefined when the word before is no such noun (a function word, a name, a
 * verb: "warned Icstis").
 */
export function nounsBefore(
  text: string,
  tokens: readonly Token[],
  at: number,
): { start: number; end: number } | undefined {
  // A lower-case content word, nothing but spaces between it and the next word.
  const plain = (i: number): boolean => {
    const t = tokens[i];
    const next = tokens[i + 1];
    return (
      t !== undefined &&
      next !== undefined &&
      !t.stop &&
      /^\s+$/u.test(text.slice(t.end, next.start)) &&
      startsLower(text.slice(t.start, t.end))
    );
  };
  const head = tokens[at - 1];
  if (head === undefined || !plain(at - 1) || !isNoun(head.word) || isLemma('verb', head.word))
    return undefined;
  let first = at - 1;
  while (first > 0 && plain(first - 1)) first--;
  return { start: (tokens[first] as Token).start, end: head.end };
}
