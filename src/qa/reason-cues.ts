/**
 * The words that tell a reason, for "why" questions, in one place: the re-ranking boosts a sentence
 * holding any of them, and the short answer takes the clause after those that open one. A few cues
 * ("after", "following", ", saying") are read by the short answer only: in the passage that answers a
 * why-question they give its cause, but most sentences holding them give none.
 */
import { verbLemmaOf } from './lemma.js';
import { usedAsVerb } from './question-verb.js';
import { findIndexLine } from './wordnet.js';
import { TIME_POINT } from './time-point.js';
import { movesBetween } from './cause-sequence.js';

/**
 * "put her long life down to porridge", "puts the rise down to a shortage of officers", "attributed the
 * fall to the weather": the verbs that ascribe a thing to its cause, with the thing (a few words, no
 * clause break) between the verb and the "to" the cause follows; "put" also in the passive ("the rise
 * was put down to …"), where the thing is the subject. A passive "attributed to" is left out: "the
 * quote is attributed to Churchill" names who said it. WordNet's "attribute" and "ascribe"
 * (both "attribute or credit to"); "put … down to" is their idiom, which WordNet does not list.
 */
const ATTRIBUTED = String.raw`(?:put(?:s|ting)?\s+(?:[^\s,;.]+\s+){0,6}?down\s+|(?:attribut|ascrib)(?:e|es|ed|ing)\s+(?:[^\s,;.]+\s+){1,6}?)to`;

/** Cues followed by the reason: "because (of)", "due to", "in order to"…. Global, for `matchAll`, which copies it. */
const REASON_BEFORE_CLAUSE = new RegExp(
  String.raw`\b(?:because(?: of)?|due to|owing to|thanks to|as a result of|in response to|in light of|in order to|so that|so as to|in (?:a bid|an effort|an attempt) to|for fear (?:of|that)|blaming|${ATTRIBUTED})\s+`,
  'giu',
);

/**
 * Cues that give a reason only in the passage that answers a why-question, where the event asked about
 * is the clause before them: news writes a cause as what came first ("suspended sales after a
 * patient's death", "became known as the Invincibles after winning all 30 games", "changed his mind
 * following intervention from allies") or as what the doer said while doing it ("rejected the offer,
 * saying it undervalued the business"). Too common to mark a sentence as giving a reason (the
 * re-ranking's cue): "closed down 19.84% after…" gives none for "why is it closing?".
 */
const CAUSE_BEFORE_CLAUSE = /(?:\b(?<!\bthe )(?:after|following)|,\s*saying)\s+/giu;

/**
 * "after 10 years", "after the war", "after two days", "following midnight": the words after such a
 * cue that say a time, not a cause (`TIME_POINT`, or a unit of time). A unit in an age is none:
 * "after 15-year-old Amy Hart went missing" names who went missing, a cause. Any other hyphened unit
 * stays a time: "after a two-week trial", "after a 10-minute delay" (session 33's review).
 */
const TIME_AFTER = /\b(?:second|minute|hour|day|week|fortnight|month|year|decade)s?\b(?!-old\b)/iu;

/** The first `n` words from `from`. */
function headWords(text: string, from: number, n: number): string {
  return text.slice(from).split(/\s+/u, n).join(' ');
}

/**
 * Does the clause at `from` open with a time: a point in its first two words ("the war", "10 am",
 * "midnight"; not "winning all 30 of their games"), or a unit of time in its first four ("more than 10
 * years", "two days")?
 */
function saysTime(text: string, from: number): boolean {
  // A number is a time as a year or a clock's ("after 2019", "after 9pm"), not as a count or a score
  // ("after 3 people were hurt", "after a 5-0 defeat": review32e); "10 years" is a unit's (TIME_AFTER).
  const head = headWords(text, from, 2)
    .split(' ')
    .filter((w) => !/\d/u.test(w) || CLOCK_OR_YEAR.test(w.replace(/[^\p{L}\d:.]/gu, '').replace(/\.$/u, '')))
    .join(' ');
  return TIME_POINT.test(head) || TIME_AFTER.test(headWords(text, from, 4));
}

/** A year ("2019"), a clock time ("9.30", "21:00") or an hour with its half of the day ("9pm"). */
const CLOCK_OR_YEAR = /^(?:(?:1[89]|20)\d\d|\d{1,2}[:.]\d{2}(?:am|pm)?|\d{1,2}(?:am|pm))$/iu;

/**
 * A "for" before a verb in -ing ("fined £40,000 for dumping rubble", "thanked Russia for supporting
 * Iraq"), which says why the verb before it was done; group 1 is the -ing word, kept only when English
 * uses it mostly as a verb (`usedAsVerb`): not "left for Beijing", "paid for housing", "for something".
 */
const FOR_GERUND = /\bfor\s+(?=(\p{L}+ing)\b)/giu;

/** Any cue of a reason, also those with the reason before them ("X led to", "caused", "therefore"). */
const REASON_ANYWHERE = new RegExp(
  String.raw`\b(?:because|due to|owing to|as a result|in order to|so that|so as to|aim(?:ed|s)? (?:at|to)|reason|thanks to|in light of|in response to|caused|led to|result(?:ed)? (?:in|from)|therefore|thus|in (?:a bid|an effort|an attempt) to|for fear (?:of|that)|blam(?:e|es|ed|ing)|${ATTRIBUTED})\b`,
  'iu',
);

/** `REASON_ANYWHERE` as a global pattern, for every cue of a sentence (`matchAll` copies it). */
const REASON_EVERYWHERE = new RegExp(REASON_ANYWHERE.source, 'giu');

/**
 * Where each reason the text gives after a cue starts (the clause after "because", "for" + -ing…);
 * `causes`, the starts `causeStarts` finds, when the caller has them already.
 */
export function reasonStarts(text: string, causes: readonly number[] = causeStarts(text)): number[] {
  const starts = [...text.matchAll(REASON_BEFORE_CLAUSE)]
    .filter((m) => !deniedBlame(text, m))
    .map((m) => m.index + m[0].length);
  starts.push(...causes);
  for (const m of text.matchAll(FOR_GERUND))
    if (usedAsVerb((m[1] as string).toLowerCase())) starts.push(m.index + m[0].length);
  return starts.sort((a, b) => a - b);
}

/**
 * "did not blame the club", "nobody was to blame": a blame denied names no cause. Whether the few words
 * before a "blame" cue deny it.
 */
function deniedBlame(text: string, m: RegExpMatchArray): boolean {
  if (!/^blam/iu.test(m[0].trim())) return false;
  const before = text.slice(0, m.index).trim().split(/\s+/u).slice(-3).join(' ');
  return /\b(?:not|no|nobody|never|neither|nor)\b|n['’]t\b/iu.test(before);
}

/** A form of "be" before a verb in -ing: "were following a car" follows it, no cause. */
const BE_BEFORE = /\b(?:am|is|are|was|were|be|been|being)\s+$/iu;

/**
 * Where a cause cue (`CAUSE_BEFORE_CLAUSE`) is no cue: an "After …," or "Following …," opening the
 * sentence sets the time of what follows ("After the hearing, his daughter said…"); "after" closing a
 * phrasal verb WordNet lists ("looked after", "go after", "chase after") or "after all" is no cause;
 * "following" after a form of "be" is the verb ("were following a car").
 */
function notACause(text: string, m: RegExpMatchArray): boolean {
  const at = m.index ?? 0;
  const before = text.slice(0, at);
  if (/^[\s"“‘'(]*$/u.test(before)) return true;
  const cue = m[0].trim().toLowerCase();
  if (cue === 'following') return BE_BEFORE.test(before);
  if (cue !== 'after') return false;
  if (/^\s*all\b/iu.test(text.slice(at + m[0].length))) return true;
  const verb = /([\p{L}]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  const lemma = verb === undefined ? undefined : (verbLemmaOf(verb) ?? verb);
  return lemma !== undefined && findIndexLine('verb', `${lemma}_after`) !== undefined;
}

/**
 * Where each cause the text gives after a cue read only by the short answer starts (`CAUSE_BEFORE_CLAUSE`:
 * "after", "following", ", saying"), leaving out a time and what is no cause (`notACause`).
 */
export function causeStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(CAUSE_BEFORE_CLAUSE)) {
    const start = m.index + m[0].length;
    if (saysTime(text, start) || notACause(text, m)) continue;
    // A step out of a named place or post ("after leaving Barnsley") is a sequence, no cause.
    if (!/saying/iu.test(m[0]) && movesBetween(text.slice(start))) continue;
    starts.push(start);
  }
  return starts;
}

/** Does the sentence give a reason (`REASON_ANYWHERE`, or a "for" + -ing verb)? */
export function givesReason(text: string): boolean {
  // Every cue, not the first only: "did not blame the club, because…" gives a reason after all.
  if ([...text.matchAll(REASON_EVERYWHERE)].some((cue) => !deniedBlame(text, cue))) return true;
  return [...text.matchAll(FOR_GERUND)].some((m) => usedAsVerb((m[1] as string).toLowerCase()));
}
