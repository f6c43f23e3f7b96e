/**
 * Does a passage say a time at all, for a question asking "when"? A when-question is answered by a
 * date ("in October", "last week": the slot's fillers, `slot.ts`) or, where the story has none, by a
 * time said against another event: a temporal adjunct ("after the US blocked its application", "during
 * the Roman Empire", "as soon as they enter into force", "once the work is complete"). A passage with
 * neither ("Ireland's Brian O'Driscoll will lead the team in the IRB Rugby Aid match at Twickenham" for
 * "When is the match?") says what happened, never when, whatever words it shares with the question.
 * Pure.
 */
import { anyOf, OPENING_AUXILIARIES } from './auxiliaries.js';
import { FIXED_UNIT, MONTH, WEEKDAY, YEAR } from './time-point.js';
import type { Token } from './text.js';

/**
 * "When" as the question's own word, not a clause of time in a question asking something else: it
 * opens the question and an auxiliary follows it, as English inverts a question ("when did…", "when
 * is…", "when's…"); "When violence is used, what is it called?" asks what, "When large groups boycott
 * a system it can be considered?" a name.
 */
const WHEN_ASKED = new RegExp(
  String.raw`^\W*(?:(?:so|and|but)\s+)?when(?:'?s\b|\s+${anyOf(OPENING_AUXILIARIES)}\b)`,
  'i',
);

export function asksWhen(question: string): boolean {
  const q = question.replace(/[’‘]/g, "'");
  return WHEN_ASKED.test(q);
}

/**
 * The subordinators and prepositions of time (closed-class words: a grammar's list, not the stories'):
 * each opens an adjunct that says when, by the event or time after it.
 */
const TIME_LINK =
  /\b(?:after|afterwards|before|during|until|till|since|when|whenever|while|once|following|throughout|as soon as|by the time|at the (?:time|beginning|start|end|outset|height)|in the (?:middle|course|wake|run-up))\b/gi;

/**
 * Adverbs of time and words that are a time by themselves ("ago", "yesterday", "later", "a year" of
 * "a year later" is read with "later"): they say when without an event after them.
 */
const TIME_WORD = new RegExp(
  [
    /\b(?:ago|earlier|later|then|soon|recently|previously|eventually|immediately|already|yesterday|today|tomorrow|tonight|now|currently|annually|nowadays|meanwhile)\b/
      .source,
    /\b(?:morning|afternoon|evening|night|noon|midnight|dawn|spring|summer|autumn|winter|christmas|easter|weekend|century|centuries|decade|era)\b/
      .source,
    FIXED_UNIT.source,
    MONTH.source,
    WEEKDAY.source,
    YEAR.source,
  ].join('|'),
  'gi',
);

/** How many words after a link of time its adjunct is read over, at most: "after the end of the war". */
const ADJUNCT_WORDS = 4;

/**
 * Does the passage say a time that is not the question's own words? A link of time counts when its
 * adjunct holds a content word the question lacks ("Before the match" says nothing of when the match
 * was: it is the thing asked); a word of time when the question lacks it.
 */
export function saysTime(
  passage: { text: string; tokens: readonly Token[] },
  asked: ReadonlySet<string>,
): boolean {
  const { text, tokens } = passage;
  const tokenAt = (at: number) => tokens.findIndex((t) => t.start >= at);
  for (const m of text.matchAll(TIME_WORD)) {
    const at = tokenAt(m.index);
    const token = tokens[at];
    if (token === undefined || !asked.has(token.stem)) return true;
  }
  for (const m of text.matchAll(TIME_LINK)) {
    const start = m.index + m[0].length;
    // The adjunct ends with its clause: "Before the match, McClaren had said…" is before the match.
    const end = start + (/[,;:.!?"“”()]/.exec(text.slice(start))?.index ?? text.length);
    const from = tokenAt(start);
    if (from === -1) continue;
    const adjunct = tokens.slice(from, from + ADJUNCT_WORDS).filter((t) => !t.stop && t.end <= end);
    if (adjunct.some((t) => !asked.has(t.stem))) return true;
  }
  return false;
}
