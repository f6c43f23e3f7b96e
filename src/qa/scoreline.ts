/**
 * A score is written as two numbers joined by a dash: "secured a 3-2 victory", "beat Wigan 13-12",
 * "a 2–1 win", "made it 2-2". Readers ask for it by the noun ("what was the final score?", "score?"),
 * which a match report rarely writes beside it: the story says the score by the two numbers, and says
 * "score" as a verb of its goals ("to score the penalty"). So the index marks every sentence that gives
 * a scoreline with one term of its own (`SCORELINE_TERM`), which a question asking for a score searches
 * as it searches its noun, and the sentences that give one come first among the best few: first those
 * that give the game's result ("a 2-1 win", "won 3-1"), then those that give a score on the way ("levelled
 * it at 1-1"). Pure, apart from WordNet look-ups.
 */
import { lemmaOf, verbLemmaOf } from './lemma.js';
import { measuresAt } from './measure.js';
import { isKindOrSame } from './wordnet.js';

/** A result of a game: two numbers joined by a dash ("3-1", "52–3"), not part of a longer chain ("4-3-3"). */
export const SCORELINE = /(?<![\d.,/:–-])\b\d{1,3}\s*[-–]\s*\d{1,3}\b(?![.,/:–-]?\d)(?!\s*[-–]\s*\d)/;

/** A scoreline found in a text: where it starts and ends, and what it says. */
export interface Scoreline {
  text: string;
  index: number;
  end: number;
}

/**
 * The scorelines of the text: two numbers joined by a dash that give no measure. "Aged 18-24", "18-24
 * year-olds", "a 1.5-2 metre rise" are a range of ages or lengths (`measuresAt`: a unit after the
 * numbers, or "aged" before them), not the score of a game. A match played in sets is one result
 * written as its sets' scores one after another, a tie-break's in brackets: "beat Vogt 4-6 7-6 (7-4)
 * 6-3", "won 6-4, 6-3" give one scoreline each, not three and two (a reader asking the score wants the
 * match's, not its tie-break's). Scores joined by a word ("52-3 and 54-9") stay apart.
 */
export function scorelinesIn(text: string): Scoreline[] {
  const found: Scoreline[] = [];
  for (const m of text.matchAll(new RegExp(SCORELINE, 'g'))) {
    const end = m.index + m[0].length;
    if (measuresAt(text, m.index, end).length > 0) continue;
    if (countsVotes(text, m.index, end)) continue;
    // A tie-break's score is written in brackets right after its set's: taken with the brackets.
    const bracketed = text[m.index - 1] === '(' && text[end] === ')';
    const one = bracketed ? { index: m.index - 1, end: end + 1 } : { index: m.index, end };
    const last = found.at(-1);
    if (last !== undefined && NEXT_SET.test(text.slice(last.end, one.index))) {
      last.end = one.end;
      last.text = text.slice(last.index, last.end);
    } else {
      found.push({ ...one, text: text.slice(one.index, one.end) });
    }
  }
  return found;
}

/**
 * "The committee voted 7-2 to fund…", "a 7-2 vote": the votes for and against, said beside a form of
 * "vote" (the noun, or the verb in any form), are a count of votes, no game's score ("what was her score?" was answered with a
 * council's vote from another story of the folder, nc51).
 */
function countsVotes(text: string, start: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(0, start))?.[1];
  const after = /^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1];
  return [before, after].some((w) => {
    const word = w?.toLowerCase();
    return word !== undefined && (word === 'vote' || verbLemmaOf(word) === 'vote');
  });
}

/** What stands between one set's score and the next's: a space, or a comma and a space. */
const NEXT_SET = /^,?[ \t]+$/;

/** Does the text give a scoreline? */
export function givesScoreline(text: string): boolean {
  return SCORELINE.test(text) && scorelinesIn(text).length > 0;
}

/** Does the text's span [start, end) hold a scoreline (one the whole text reads as no measure)? */
export function holdsScoreline(text: string, start: number, end: number): boolean {
  return scorelinesIn(text).some((m) => m.index >= start && m.end <= end);
}

/**
 * The index's term for "this sentence gives a scoreline". No word stems to it: a word is letters or
 * digits, never "#".
 */
export const SCORELINE_TERM = '#scoreline';

/** The nouns a question asks a score by ("score", "scoreline", "final score?"). */
export const SCORE_NOUN = /^(?:score|scoreline)s?$/;

/**
 * The scoreline a span of the text holds, when it holds exactly one ("3-2" of "3-2 victory over holders
 * Castlebridge Athletic in front"): the score asked for, without the words that run on from it. A span
 * holding several ("52-3 and 54-9") or none stays as it is.
 */
export function scorelineOf(
  text: string,
  span: { text: string; start: number; end: number },
): { text: string; start: number; end: number } {
  const found = scorelinesIn(text).filter((m) => m.index >= span.start && m.end <= span.end);
  const [one] = found;
  if (one === undefined || found.length > 1) return span;
  return { text: one.text, start: one.index, end: one.end };
}

/**
 * WordNet's class of the words that end a contest one way or the other: "victory", "win", "defeat",
 * "thrashing", "rout". A scoreline said of one is the game's result.
 */
const RESULT = 'ending';

/** The words next to a scoreline ("2-1 win over", "won 3-1"): up to two after it, one before. */
const WORDS_AFTER = /^(?:\s+[\p{L}-]+){1,2}/u;
const WORD_BEFORE = /([\p{L}-]+)\s+$/u;

/**
 * Does the text give a game's result as a scoreline: one said of a win or a defeat ("sealed a 2-1 win",
 * "a 3-2 victory over", "won 3-1"), not a score on the way ("levelled it at 1-1", "made it 2-2")?
 */
export function givesResult(text: string): boolean {
  for (const m of scorelinesIn(text)) {
    const after = WORDS_AFTER.exec(text.slice(m.end))?.[0].trim().split(/\s+/) ?? [];
    const before = WORD_BEFORE.exec(text.slice(0, m.index))?.[1];
    if ([...after, before].some((w) => w !== undefined && isResult(w.toLowerCase()))) return true;
  }
  return false;
}

function isResult(word: string): boolean {
  return isKindOrSame(word, RESULT) || isKindOrSame(lemmaOf(word) ?? word, RESULT);
}
