/**
 * A question someone is quoted asking says nothing of what it asks: "If you close them, where does the
 * next generation come from?" holds "close" but says neither why nor when anything closes; "…the first
 * question put to him was: "What went wrong at Elm Park?"" holds "Elm Park" but says nothing of what
 * happened there. A question word a passage holds only inside such a question is no evidence that the
 * passage answers it (`asked-first.ts` puts it behind the passages that say it). Pure.
 *
 * Only a quoted question left unanswered is read so: one that ends its quotation (`endsQuotation`). A
 * question of the writer's own is one the story goes on to answer, and so is one its speaker answers
 * ("Who pays for this? The club does."). An embedded question ("a decision on whether to appeal is
 * expected") was counted too: on squad-dev a "whether" clause is as often the answer ("an important
 * decision… is whether or not to plead guilty") as not (docs/measured.md, session 33).
 */
import type { Group } from './expansion.js';
import { isReportingVerb } from './reporting-verb.js';
import { stem, tokenize, type Token } from './text.js';

/**
 * The stems of the verbs and nouns of asking ("ask", "question", "wonder", "query", "inquire",
 * "enquire"): a question that holds one asks what was asked, and a question in a passage answers it.
 */
const ASKING: ReadonlySet<string> = new Set(
  ['ask', 'question', 'wonder', 'query', 'inquire', 'inquiry', 'enquire', 'enquiry'].map(stem),
);

/** Does the question ask about a question ("what did she ask?", "what was the first question?")? */
export function asksAboutAsking(question: string): boolean {
  return tokenize(question).some((t) => ASKING.has(t.stem));
}

/**
 * Where a question opens, reading back from its "?": the sentence's start, a quotation's opening mark,
 * a colon or semicolon that introduces it, an opening bracket, or the end of a sentence before it
 * within one passage ("He paused. Why now?"). A straight single mark opens only where no letter or
 * digit is before it (else an apostrophe): "…keep asking me, 'When will the pier reopen?', and…". Not a comma: "If you close them, where does … come from?"
 * is one question, its condition included.
 */
const QUESTION_OPENS = /["“‘([:;]|(?<![\p{L}\d])'|[.!?](?=\s)/gu;
/** A closing quotation mark: double marks anywhere, a single one only straight after the "?" (else an apostrophe). */
const CLOSING_DOUBLE = /["”]/;
const CLOSING_SINGLE = /^['’]/;

/**
 * Does the question ending at `end` end its quotation: the quotation closes after it, with nothing
 * between but more questions ("Where was the fight? Where was the pride?")? A quotation that goes on
 * past it may answer it ("When do we open? Next Friday," said the owner; "Who pays for this? The club
 * does."), and one left open at the sentence's end goes on in the next sentence, so neither is read so.
 */
function endsQuotation(text: string, end: number): boolean {
  const rest = text.slice(end + 1);
  if (CLOSING_SINGLE.test(rest)) return true;
  const close = rest.search(CLOSING_DOUBLE);
  if (close < 0) return false;
  const between = rest.slice(0, close).trim();
  return between === '' || between.endsWith('?');
}

/**
 * The [start, end) spans of `text` that are questions someone is quoted asking and leaves unanswered,
 * each ending at its "?" (`endsQuotation`). A question of the writer's own, outside any quotation
 * ("Why did the dam fail? Engineers say heavy rain…", "three questions: who pays, when…?"), is one the
 * story goes on to answer, in the next sentence or its own words, so it is not read so.
 */
export function questionSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let end = text.indexOf('?'); end >= 0; end = text.indexOf('?', end + 1)) {
    if (!endsQuotation(text, end)) continue;
    let start = 0;
    for (const m of text.slice(0, end).matchAll(QUESTION_OPENS)) start = m.index + m[0].length;
    while (/\s/.test(text[start] ?? '')) start++;
    spans.push([start, end + 1]);
  }
  return spans;
}

/**
 * Is the passage mostly its quoted questions: fewer words of its own outside them than inside, not
 * counting who asks (a name written with a capital outside the quotations past the passage's first
 * word, a reporting verb, stopwords)? "Volunteer Ken Hart said: "Why close a museum that children love?"" is; a passage that
 * also states something ("Repairs will cost about £3m, leaving trader Mary Dale to ask: "Who is going
 * to pay for the pier now?"", "Asked "When will the bridge open?", Ms Boyd said: "In October."", "…
 * keep asking me, 'When will the pier reopen?', and the honest answer is the spring of 2028") says
 * that, its question aside (session 33's review).
 */
function mostlyAsking(text: string, tokens: readonly Token[], inQuestion: (t: Token) => boolean): boolean {
  let inside = 0;
  let outside = 0;
  tokens.forEach((t, i) => {
    if (t.stop) return;
    if (inQuestion(t)) inside++;
    else if (!isReportingVerb(t.word) && !(i > 0 && asker(text, t))) outside++;
  });
  return outside < inside;
}

/**
 * A capitalised word outside every quotation, a name of who asks ("Ms Boyd said"); one inside a quotation
 * is what is said ("In the middle of October"). Marks counted as a walk would: an odd number of double
 * marks before the word puts it inside.
 */
function asker(text: string, t: Token): boolean {
  if (!/^\p{Lu}/u.test(text.slice(t.start, t.end))) return false;
  return (text.slice(0, t.start).match(/["“”]/g)?.length ?? 0) % 2 === 0;
}

/**
 * Does the passage hold some word of the question only inside a direct question of its own, the
 * passage being mostly its questions (`mostlyAsking`)? Each
 * group it holds (by its own tokens, `tokens` being `text`'s) is looked for outside the questions; a
 * group held only inside them is one the passage asks about and does not say.
 */
export function asksWhatIsAsked(text: string, tokens: readonly Token[], groups: readonly Group[]): boolean {
  if (!text.includes('?')) return false;
  const spans = questionSpans(text);
  const inQuestion = (t: Token) => spans.some(([s, e]) => t.start >= s && t.end <= e);
  if (!mostlyAsking(text, tokens, inQuestion)) return false;
  return groups.some((g) => {
    if (g.terms.length === 0 || g.pronoun === true) return false;
    const stems = new Set(g.terms.map((t) => t.stem));
    const held = tokens.filter((t) => stems.has(t.stem));
    return held.length > 0 && held.every(inQuestion);
  });
}
