/**
 * Readers' comments printed under a story ("Have your say": "I got a part time job at 16…", "My
 * telephone supplier did not inform me…"). A scraped page keeps them as more paragraphs of the body,
 * with nothing to mark where the report ends. They are the readers' words, not the article's: a
 * reader's "the last rise cost my company £5000" must not answer "how much will the rise cost
 * employers?" as if the story said it.
 *
 * What tells them apart is the voice. A news report speaks in the third person, and "I", "we" and
 * "you" appear in it only inside quotation marks; a comment speaks for its writer. The comments are
 * the tail of the body from the first run of paragraphs in the writer's own voice, one of them with
 * "I", after a report that was not (a column is in its writer's voice from the start and keeps its body).
 */
import type { Block } from './types.js';

/** The first person singular: one writer speaking for themselves, as a reader's comment does. */
const SINGULAR = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself']);

/**
 * "We" and "you": a comment's too, and a column's or a guide's ("our economy", "you can specify exactly
 * what you want"), which speak for everyone or to the reader.
 */
const PLURAL_OR_SECOND = new Set([
  'we',
  "we're",
  "we've",
  "we'd",
  "we'll",
  'our',
  'ours',
  'ourselves',
  'us',
  'you',
  "you're",
  "you've",
  "you'd",
  "you'll",
  'your',
  'yours',
  'yourself',
]);

/** Words with their apostrophes ("I'm", "don't"); curly apostrophes are read as straight ones below. */
const WORD = /\p{L}+(?:'\p{L}+)*/gu;
const QUOTE_MARKS = new Set(['"', '“', '”']);
/**
 * Single marks (British style: ‘I am leaving,’ he said). The closing one is also the apostrophe
 * ("don’t", "the players’ union"), so it never opens a quote and closes only one a ‘ opened.
 */
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
/** A quotation mark opens a quote after a space or a bracket or dash, or at the start. */
const OPENS_AFTER = /[\s([—–-]/u;
/** …and closes one when a space, punctuation or the end follows it. */
const CLOSES_BEFORE = /[\s.,;:!?)\]—–-]/u;

/**
 * The paragraph's words outside quotation marks. Scraped text loses closing marks ("…of inflation.
 * "What employers…"), so a mark is read by where it stands rather than paired by count: after a space
 * it opens, before a space or punctuation it closes, and a quote left open runs to the end.
 */
export function unquoted(text: string): string {
  let out = '';
  // The mark that opened the quote being read, or undefined outside quotes.
  let opener: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const double = QUOTE_MARKS.has(c);
    const single = c === SINGLE_OPEN || c === SINGLE_CLOSE;
    if (!double && !single) {
      if (opener === undefined) out += c;
      continue;
    }
    const before = i === 0 ? ' ' : text.charAt(i - 1);
    const after = i + 1 < text.length ? text.charAt(i + 1) : ' ';
    const closes = !/\s/u.test(before) && CLOSES_BEFORE.test(after);
    if (opener === undefined) {
      if (c === SINGLE_CLOSE) out += c;
      else {
        if (c === SINGLE_OPEN || OPENS_AFTER.test(before) || c !== '”') opener = c;
        out += ' ';
      }
    } else if (closes && (opener === SINGLE_OPEN ? c === SINGLE_CLOSE : double)) {
      opener = undefined;
    }
  }
  return out;
}

/**
 * Whose voice the paragraph speaks in outside quotation marks: `own` with "I", `shared` with only "we"
 * or "you", undefined when it reports.
 */
export function voiceOf(text: string): 'own' | 'shared' | undefined {
  let voice: 'shared' | undefined;
  for (const m of unquoted(text).replace(/[‘’]/g, "'").matchAll(WORD)) {
    const word = m[0];
    // "US" is the country; "I" as a numeral follows a name ("World War I", "Henry I").
    if (word === 'US') continue;
    const lower = word.toLowerCase();
    if (SINGULAR.has(lower)) return 'own';
    if (PLURAL_OR_SECOND.has(lower)) voice = 'shared';
  }
  return voice;
}

/** Paragraphs of report needed before the comments start: a story is reported before it is discussed. */
const MIN_REPORT = 5;
/** At most this share of the report may speak in the writer's voice (a reporter's aside, a misread quote). */
const MAX_VOICE_IN_REPORT = 0.25;
/** The comments open with this many paragraphs in the writers' voice in a row… */
const OPENING_RUN = 3;
/** …and at least this share of the paragraphs from there to the end speak so (some comments only argue). */
const MIN_VOICE_IN_TAIL = 0.6;

/** A report says who said what ("…, he said", "according to"); a reader's comment speaks for itself. */
const ATTRIBUTION =
  /\b(?:said|says|told|tells|added|adds|according to|announced|explained|insisted|claimed|stated|reported|revealed|warned)\b/i;

/**
 * The first comment, from the run that opened the comments at `run`: comments that do not say "I",
 * "we" or "you" ("Ignorance is and always has been an expensive business.") can come before that run.
 * Back from it, over paragraphs that attribute nothing, to the earliest one with "I": a report's
 * paragraphs before the comments say who said what, and a feature's own "our thoughts" is no comment.
 */
function firstComment(
  paragraphs: readonly string[],
  voices: readonly ('own' | 'shared' | undefined)[],
  run: number,
): number {
  let first = run;
  for (let j = run - 1; j >= MIN_REPORT && !ATTRIBUTION.test(unquoted(paragraphs[j] ?? '')); j--)
    if (voices[j] === 'own') first = j;
  return first;
}

/**
 * Where readers' comments start among the body's paragraphs (an index into `paragraphs`), or -1 when
 * the body has none.
 */
export function commentsStart(paragraphs: readonly string[]): number {
  const voices = paragraphs.map(voiceOf);
  const voice = voices.map((v) => v !== undefined);
  let voicedBefore = 0;
  for (let i = 0; i + OPENING_RUN <= voice.length; i++) {
    // Readers' comments tell what one of them thinks or lived ("I think", "I got mine 12 years ago"); a
    // run with only "we" and "you" is a column's close or a guide's advice, still the article's words.
    const run = voices.slice(i, i + OPENING_RUN);
    const opensRun = run.every((v) => v !== undefined) && run.includes('own');
    if (opensRun && i >= MIN_REPORT && voicedBefore <= MAX_VOICE_IN_REPORT * i) {
      const tail = voice.slice(i);
      if (tail.filter(Boolean).length >= MIN_VOICE_IN_TAIL * tail.length)
        return firstComment(paragraphs, voices, i);
    }
    if (voice[i] === true) voicedBefore++;
  }
  return -1;
}

/** The blocks with the body's trailing readers' comments given the role `comment`. */
export function markReaderComments(blocks: readonly Block[]): Block[] {
  const body = blocks.flatMap((b, i) => (b.role === 'body' ? [i] : []));
  const start = commentsStart(body.map((i) => blocks[i]?.text ?? ''));
  if (start === -1) return [...blocks];
  const first = body[start] ?? blocks.length;
  return blocks.map((b, i) => (i >= first && b.role === 'body' ? { role: 'comment', text: b.text } : b));
}
