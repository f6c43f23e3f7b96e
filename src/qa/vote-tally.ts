/**
 * A vote's result is its tally: the votes for and the votes against, said beside a form of "vote":
 * "councillors voted six to three to relocate…", "the committee voted 7-2 to fund…", "approved by nine
 * votes to four", "a 5-4 vote". Readers ask for it as the vote's result ("how did the vote go?",
 * "whats the vote result", "what was the vote?"), which no story writes in those words: the verb
 * "voted" also stands in any sentence naming who voted which way ("Ruth Bellamy, who voted against,
 * said…"), which says no result. So a question asking a vote's result is answered by a tally, and the
 * passages giving one come first among the best few. Numbers in words count as digits do ("six to
 * three" is "6-3"). Pure, apart from WordNet's verb forms.
 */
import { verbLemmaOf } from './lemma.js';

/**
 * A count of votes, in digits or in words ("7", "seven", "twenty-one"). "one" only as one side of a
 * tally ("eight to one"), where it cannot be a pronoun.
 */
const COUNT = String.raw`(?:\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|unanimously)`;

/**
 * Two counts joined as a tally: "six to three", "7-2", "9–4", "nine votes to four", "seven in favour
 * to two against".
 */
const TALLY = new RegExp(
  String.raw`\b(${COUNT})(?:\s+votes?|\s+in\s+favou?r)?(?:\s+to\s+|\s+against\s+|\s*[-–]\s*)(${COUNT})(?:\s+against)?\b(?![-–.,]?\d)`,
  'giu',
);

/** A tally found in a text: where it starts and ends, and what it says. */
export interface Tally {
  text: string;
  start: number;
  end: number;
}

/** The word before a span, and up to two after it ("voted [6-3] to", "a [7-2] vote"). */
const WORD_BEFORE = /([\p{L}-]+)\s+(?:by\s+)?$/u;
const WORDS_AFTER = /^(?:\s+[\p{L}-]+){1,2}/u;

/** Is the word a form of "vote", noun or verb ("vote", "votes", "voted", "voting")? */
function isVote(word: string | undefined): boolean {
  const w = word?.toLowerCase();
  return w !== undefined && (w === 'vote' || w === 'votes' || verbLemmaOf(w) === 'vote');
}

/**
 * The tallies of the text: two counts joined by "to" or a dash, with a form of "vote" right before them
 * ("voted six to three", "voted by 7-2") or in them or right after them ("nine votes to four", "a 5-4
 * vote"). Not two counts with no vote beside them ("aged six to nine", "a 3-2 win").
 */
export function talliesIn(text: string): Tally[] {
  const out: Tally[] = [];
  for (const m of text.matchAll(TALLY)) {
    // "unanimously" and "none" stand for a side only after a count ("nine to none").
    if (/^(?:unanimously|none)$/iu.test(m[1] ?? '') || /^unanimously$/iu.test(m[2] ?? '')) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = WORD_BEFORE.exec(text.slice(0, start))?.[1];
    const after = WORDS_AFTER.exec(text.slice(end))?.[0].trim().split(/\s+/) ?? [];
    const inside = /\bvotes?\b/iu.test(m[0]);
    if (inside || isVote(before) || after.slice(0, 1).some(isVote)) out.push({ text: m[0], start, end });
  }
  return out;
}

/** Does the text give a vote's tally? */
export function givesTally(text: string): boolean {
  return talliesIn(text).length > 0;
}

/**
 * A question asking how a vote went: the noun "vote" (or "ballot") with a word asking its outcome
 * ("how did the vote go", "whats the vote result", "result of the vote", "what was the vote", "the vote
 * count"), not "when is the vote" nor "who called the vote".
 */
const VOTE_NOUN = /\b(?:vote|ballot)s?\b/iu;
const OUTCOME_ASKED =
  /\b(?:how\s+did\s+(?:the\s+)?(?:\p{L}+\s+){0,2}(?:vote|ballot)\s+go|results?|outcome|tally|count|split|breakdown)\b|^\s*what\s+(?:was|is|were|s)\s+the\s+(?:final\s+)?(?:vote|ballot)\s*\??\s*$|^\s*what'?s\s+the\s+(?:final\s+)?(?:vote|ballot)\s*\??\s*$/iu;

/** Does the question ask how a vote went (its tally)? */
export function asksVoteResult(question: string): boolean {
  return VOTE_NOUN.test(question) && OUTCOME_ASKED.test(question);
}

/** The words a question asks a vote's outcome by ("result", "outcome", "tally", "go"), as a whole word. */
const OUTCOME_WORD = /^(?:results?|outcomes?|tally|count|split|breakdown|go|goes|went)$/iu;

/**
 * The indices of the question's words that ask a vote's outcome ("result" of "whats the vote result"),
 * for a question asking one (`asksVoteResult`) of a passage that gives a tally: the passage says the
 * result, though not in the question's word.
 */
export function outcomeWordsSaid(question: string, words: readonly string[], passage: string): number[] {
  if (!asksVoteResult(question) || !givesTally(passage)) return [];
  return words.flatMap((w, i) => (OUTCOME_WORD.test(w) ? [i] : []));
}
