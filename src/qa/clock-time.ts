/**
 * A question asking a time of day ("what time does it open?", "what are the opening hours?", "at what
 * time was the fire reported?") is answered by a clock time ("8am to 4pm", "0130 GMT", "noon"), not by
 * the day the best passage names: "The cafe will open on Saturday 14 March" answers "when will it
 * open?", "It will be open from 8am to 4pm" answers "what are the opening times?". Among the passages
 * shown, the first saying a clock time goes first and its clock time is the short answer; with none,
 * the reply is left as it was (a day or a time said in words may still be what the story gives).
 *
 * Read from the text by pattern, not from the tagger: it tags "8am" a date, "7.30pm" a number and
 * "noon" nothing. Pure.
 */
import type { Passage, ShortAnswer } from './types.js';

/**
 * The question asks a time of day: "what time", "at what time" (not "what time of year", "what time
 * period"), "what hours", or the hours or times of an opening, a visit, a service ("opening times",
 * "visiting hours", "kick-off time").
 */
const CLOCK_ASKED =
  /\b(?:what|which)\s+(?:times?\b(?!\s+(?:of\s+(?:the\s+)?(?:year|month|week|life|century)|periods?|frames?|spans?|scales?|zones?|limits?|lines?))|hours\b)|\b(?:opening|closing|visiting|office|business|trading|service|serving|kick-?off|start(?:ing)?|finish(?:ing)?|departure|arrival)\s+(?:times?|hours)\b/iu;

export function clockAsked(question: string): boolean {
  return CLOCK_ASKED.test(question.replace(/[’‘]/g, "'"));
}

/**
 * One clock time: an hour with its half of the day ("8am", "7.30 pm", "10 a.m."), a 24-hour time with a
 * colon ("16:00") or with its zone or "hrs" ("0130 GMT", "17.00 hrs"), "noon", "midday", "midnight", or
 * "nine o'clock".
 */
const ONE = String.raw`(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:[ap]\.m\.|[ap]m\b)|(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s?(?:GMT|BST|UTC|CET|hrs|hours)\b)?|(?:[01]\d|2[0-3])\.?[0-5]\d\s?(?:GMT|BST|UTC|CET|hrs|hours)\b|noon\b|midday\b|midnight\b|(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock\b)`;

/** Days a time holds on, after it: "on Monday", ", Tuesday to Sunday", "every day", "on weekdays". */
const DAYS = String.raw`(?:,?\s+(?:(?:on\s+|every\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays|weekends|week\s?days)(?:\s+(?:to|and|-|–)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?)?|every\s+day|daily|each\s+day|seven\s+days\s+a\s+week)\b)`;

/**
 * A clock time or a range of two ("8am to 4pm", "10:00 until 16:00", "between 9am and 5pm",
 * "9am-5pm"), with the days it holds on when they follow it.
 */
const CLOCK = new RegExp(
  String.raw`(?<![\p{L}\d])(?:between\s+${ONE}\s+and\s+${ONE}|${ONE}(?:\s*(?:-|–|—|to|until|till)\s*${ONE})?)${DAYS}?`,
  'giu',
);

/** Where each clock time of the text is (a range is one), in order. */
export function clockSpans(text: string): { start: number; end: number }[] {
  return [...text.replace(/[’‘]/g, "'").matchAll(CLOCK)].map((m) => {
    // "between 9am and 5pm" is answered "9am and 5pm": the preposition is the passage's, not the time's.
    const lead = /^between\s+/i.exec(m[0])?.[0].length ?? 0;
    return { start: m.index + lead, end: m.index + m[0].length };
  });
}

/** Where one clause of a sentence ends and the next begins: a comma, a semicolon, "and", "but". */
const CLAUSE_BREAK = /[,;:]|\s(?:and|but|while|whereas)\s/giu;

/**
 * Of a passage's clock times, the one whose clause holds most of the question's words ("Doors open at
 * 6.30pm, and the band starts playing at 8pm" for "what time does the band start": 8pm), the nearer to
 * them of two such; the first when the passage marks none of its words.
 */
function nearestAsked(passage: Passage, spans: readonly { start: number; end: number }[]) {
  const matches = passage.highlights.filter((h) => h.kind === 'match');
  if (matches.length === 0) return spans[0];
  const breaks = [...passage.text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const held = (s: { start: number; end: number }) => {
    const from = Math.max(-1, ...breaks.filter((b) => b < s.start));
    const to = Math.min(passage.text.length, ...breaks.filter((b) => b >= s.end));
    return matches.filter((m) => m.start > from && m.end <= to).length;
  };
  const distance = (s: { start: number; end: number }) =>
    Math.min(
      ...matches.map((m) => (m.end <= s.start ? s.start - m.end : m.start >= s.end ? m.start - s.end : 0)),
    );
  return [...spans].sort((a, b) => held(b) - held(a) || distance(a) - distance(b))[0];
}

/**
 * For a question asking a time of day: the first passage shown that says a clock time goes first (in
 * the best one's place and with its score, as the answer stage moves its answering passage), its clock
 * time (the one nearest the question's words) the short answer, marked. Unchanged when the question
 * asks no time of day or no passage shown says one.
 */
export function clockAnswer(
  question: string,
  found: { answer: ShortAnswer | null; passages: Passage[] },
): { answer: ShortAnswer | null; passages: Passage[] } {
  if (!clockAsked(question)) return found;
  const spans = found.passages.map((p) => clockSpans(p.text));
  const at = spans.findIndex((s) => s.length > 0);
  const passage = found.passages[at];
  const span = passage === undefined ? undefined : nearestAsked(passage, spans[at] ?? []);
  if (passage === undefined || span === undefined) return found;
  const given = found.answer;
  if (at === 0 && given !== null && given.start === span.start && given.end === span.end) return found;
  const mark = { start: span.start, end: span.end, kind: 'answer' as const };
  const highlights = [...passage.highlights.filter((h) => h.kind !== 'answer'), mark].sort(
    (a, b) => a.start - b.start,
  );
  const others = found.passages
    .filter((_, i) => i !== at)
    .map((p) => ({ ...p, highlights: p.highlights.filter((h) => h.kind !== 'answer') }));
  const passages = [{ ...passage, highlights }, ...others].map((p, i) => ({
    ...p,
    score: (found.passages[i] as Passage).score,
  }));
  return {
    answer: { text: passage.text.slice(span.start, span.end), passage: 0, start: span.start, end: span.end },
    passages,
  };
}
