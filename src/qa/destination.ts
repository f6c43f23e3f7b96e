/**
 * "Where is production moving to?", "where did the family go?": a where-question whose verb is one of
 * motion asks where the motion ends, the place English puts after "to" ("move to a larger plant in
 * Corby"), not another place or name of the sentence ("Highland Crumbles", the tagger's place, which is
 * what moves; "the factory in Strathavel", where it starts). Pure, apart from WordNet's verb senses and
 * the lemmatiser.
 */
import type { ParsedQuestion } from './question.js';
import { questionVerb } from './question-verb.js';
import { lemmaOf } from './lemma.js';
import { isWrittenAsName } from './answer-kind.js';
import type { ScoredSpan, Span, SpanSentence } from './span-input.js';
import { namesAPlace, overlapsTag } from './span-parts.js';
import type { Token } from './text.js';
import { commonSenses, lexFileOf, VERB_FILE } from './wordnet.js';

/** The prepositions a motion's end follows ("to Corby", "into the harbour", "towards the border"). */
const TOWARDS = /^(?:to|into|towards|toward)$/;
/**
 * Words a motion's end may stand from its verb: an object and a noun phrase of the preposition ("move
 * production of its oatcakes to a larger, more automated plant in Corby"). Part of the sign's
 * definition, as the look-backs of `span-parts.ts`.
 */
const REACH = 14;
/** What ends the verb's clause before its destination: a sentence's or a clause's mark, a relative. */
const CLAUSE_BREAK = /[.;:!?()"“”]|\b(?:which|who|whom|whose|that|where|while|but|and then)\b/i;

/**
 * The question's verb when it asks where a motion ends: a where-question (the caller's test) whose verb's
 * commonest sense is one of motion, or that ends on "to" ("where is it going to?"); undefined otherwise.
 */
export function destinationVerb(question: string, parsed: ParsedQuestion): Token | undefined {
  const verb = questionVerb(parsed);
  if (verb === undefined) return undefined;
  if (/\bto\s*[?.!]*\s*$/i.test(question)) return verb;
  const lemma = lemmaOf(verb.word.toLowerCase()) ?? verb.word.toLowerCase();
  return isMotion(lemma) ? verb : undefined;
}

/**
 * Does the question ask where a motion ends in so many words, ending on "to" ("where is the market moving
 * to?", "where are they going to?"): then only that end answers it. `motion` is `destinationVerb`'s
 * reading of the question, undefined when it asks no motion's end.
 */
export function destinationAsked(question: string, motion: Token | undefined): boolean {
  return motion !== undefined && /\bto\s*[?.!]*\s*$/i.test(question);
}

/** Is the verb's commonest sense one of motion ("move", "go"), not of handing over ("hand", "pass")? */
function isMotion(lemma: string): boolean {
  const first = commonSenses('verb', lemma)[0];
  return first !== undefined && lexFileOf('verb', first) === VERB_FILE.motion;
}

/**
 * Is the span a person the verb's end reaches ("handed over to Sarah Jones")? A verb of motion ends at a
 * place: the tagger's person of one word there is a town it mistook ("move production to Lincoln",
 * "to Preston"), so only a name of two words or more ("moved to Sarah Jones's farm") is a person.
 */
function reachesPerson(span: Span, passage: SpanSentence, motion: boolean): boolean {
  const { text, tags } = passage;
  const people = motion ? tags.filter((t) => /\s/.test(text.slice(t.start, t.end).trim())) : tags;
  return overlapsTag(span, people, ['person']);
}

/**
 * Of the candidates, the place where the verb's motion ends in the passage: after a form of the verb,
 * "to" (or "into", "towards") and, in the same clause, a place or a name ("to Kettleby", "to a larger
 * plant in Corby, Northamptonshire"); a name before a common noun ("plant"), the first such one, the
 * longer of two starting together. Undefined when the passage says no such place.
 */
export function destinationOf(
  candidates: readonly ScoredSpan[],
  verb: Token,
  passage: SpanSentence,
): Span | undefined {
  const { text, tokens } = passage;
  const base = lemmaOf(verb.word.toLowerCase()) ?? verb.word.toLowerCase();
  const sameVerb = (t: Token) => t.stem === verb.stem || (lemmaOf(t.word) ?? t.word) === base;
  const motion = isMotion(base);
  const ends: { c: ScoredSpan; name: boolean }[] = [];
  tokens.forEach((t, v) => {
    if (!sameVerb(t)) return;
    const to = tokens.findIndex((u, i) => i > v && i <= v + REACH && TOWARDS.test(u.word));
    if (to === -1) return;
    const toToken = tokens[to] as Token;
    if (CLAUSE_BREAK.test(text.slice(t.end, toToken.start))) return;
    for (const c of candidates) {
      if (c.span.start < toToken.end) continue;
      const first = tokens.findIndex((u) => u.start >= c.span.start);
      if (first === -1 || first > v + REACH || CLAUSE_BREAK.test(text.slice(toToken.end, c.span.start)))
        continue;
      // "Move to a larger plant on Monday", "handed over to Sarah Jones": a span over a date says when
      // the motion happens, one over a person whom it reaches; neither is a place, whatever its capital.
      if (overlapsTag(c.span, passage.tags, ['date']) || reachesPerson(c.span, passage, motion)) continue;
      const place = c.kind === 'place' || namesAPlace({ ...c.span, kind: c.kind }, passage);
      const name =
        c.kind !== 'person' && c.kind !== 'date' && c.kind !== 'number' && isWrittenAsName(c.span.text);
      if (place || name) ends.push({ c, name: c.kind === 'place' || name });
    }
  });
  ends.sort(
    (a, b) =>
      Number(b.name) - Number(a.name) || a.c.span.start - b.c.span.start || b.c.span.end - a.c.span.end,
  );
  return ends[0]?.c.span;
}
