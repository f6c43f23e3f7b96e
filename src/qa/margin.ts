/**
 * A margin is the number after "by" in a win or a lead: "Priya Raman wins Harford mayoral race by 812
 * votes", "Wakefield beat Wigan by a single point", "Labour leads by 6 points". Readers ask for it by
 * the noun ("whats the margin", "margin?"), which a story rarely writes: it says the margin by that
 * "by". So a question asking for a margin is answered by such a number, and only by one: a passage that
 * says who won but not by how much does not answer it. Pure, apart from the irregular forms' tables.
 */
import { irregularKin } from './irregular.js';
import { numbersIn } from './numbers.js';
import { isStopword, stem } from './text.js';

/**
 * "Whats the margin", "what was the winning margin?", "margin?": the noun. Not "by how much did Biogen
 * fall?", which asks a difference of any kind ("fell $28.63 to $38.65"), as the other measures do.
 */
const MARGIN_ASKED = /\bmargins?\b/i;

/** Does the question ask for a margin? */
export function asksMargin(question: string): boolean {
  return MARGIN_ASKED.test(question);
}

/** The verbs a margin is said of: winning, leading, beating, and their losing sides. */
const WINNING = ['win', 'lead', 'beat', 'defeat', 'lose', 'trail', 'edge'];

/** The verbs and their forms, as words to search for ("wins", "won", "led"). */
export const MARGIN_VERBS: readonly string[] = WINNING.flatMap((v) => [v, `${v}s`, ...irregularKin(v)]);

/** The verbs' forms: regular ones by the stemmer ("wins", "defeated" → "defeat"), irregular by their kin ("won", "led"). */
const WINNING_STEMS: ReadonlySet<string> = new Set(
  WINNING.flatMap((v) => [v, ...irregularKin(v)]).map((w) => stem(w)),
);

/** "by", an optional word of degree, then the number ("by 812 votes", "by just two points", "by a point"). */
const BY_NUMBER =
  /\bby\s+(?:(?:just|only|about|around|nearly|almost|some|more than|less than|fewer than)\s+)?$/i;
/** The unit of a margin after its number: one word ("votes", "points", "seats"), or none. */
const UNIT_AFTER = /^(?:\s+(?:percentage\s+)?(\p{L}+))?/u;
/** How many words before "by" the verb may stand ("wins Harford mayoral race by", "beat Wigan 13-12 by"). */
const REACH = 6;

/** The margins the text gives: the number after "by", with its unit, in a clause whose verb wins or leads. */
export function marginsIn(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const n of numbersIn(text)) {
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    if (!BY_NUMBER.test(before)) continue;
    const by = before.search(/\bby\s+\S*\s*$/i);
    const clause =
      text
        .slice(0, n.start - before.length + by)
        .split(/[.;:!?"“”]/)
        .at(-1) ?? '';
    const words = clause.match(/\p{L}+/gu) ?? [];
    if (!words.slice(-REACH).some((w) => WINNING_STEMS.has(stem(w.toLowerCase())))) continue;
    const after = UNIT_AFTER.exec(text.slice(n.end));
    // "by 2 to 1": a function word is no unit.
    const unit = after?.[1] !== undefined && !isStopword(after[1].toLowerCase()) ? after[0] : '';
    const end = n.end + unit.length;
    out.push({ start: n.start, end, text: text.slice(n.start, end) });
  }
  return out;
}
