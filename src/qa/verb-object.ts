/**
 * "What did IS proclaim?", "what will the council approve?": a question whose wh-word stands for the
 * object of its verb asks for what follows that verb in the passage ("proclaiming [a caliphate]"), not
 * for another noun phrase of the sentence ("Iraq and Syria", where the militants seized land). Pure,
 * apart from WordNet's verb list.
 */
import type { ParsedQuestion } from './question.js';
import type { Span } from './span-input.js';
import { tokenize, type Token } from './text.js';
import { functionGap } from './span-parts.js';
import { lemmaOf } from './lemma.js';
import { detachedBases } from './morphology.js';
import { isLemma } from './wordnet.js';
import { BE } from './auxiliaries.js';
import { PRONOUNS } from './action-asked.js';

/** "do" and the modals: after "what" they leave the verb to come, whose object "what" is. */
export const DO_OR_MODAL = String.raw`(?:did|does|do|will|would|can|could|should|may|might|must)`;

/** "What did X V…", "which Y will X V…": an auxiliary after the wh-word, so the wh-word is V's object. */
const OBJECT_OF_VERB = new RegExp(
  String.raw`^\s*(?:what|which(?:\s+\p{L}+)?)\s+${DO_OR_MODAL}\s+(?!be\b|have been\b)`,
  'iu',
);

/** Prepositions of where or when that may follow a passive question's participle ("found under …"). */
const WHERE_OR_WHEN_WORDS = [
  'in',
  'on',
  'at',
  'under',
  'beneath',
  'below',
  'behind',
  'inside',
  'outside',
  'near',
  'from',
  'during',
  'after',
  'before',
  'over',
  'above',
  'into',
  'across',
  'along',
  'around',
  'through',
] as const;
const WHERE_OR_WHEN = String.raw`(?:${WHERE_OR_WHEN_WORDS.join('|')})\b`;
/** A word that opens no clause of its own ("that", "which", "and"…). */
const NO_CLAUSE = String.raw`(?!(?:that|which|who|whom|whose|when|where|while|and|but)\b)`;

/**
 * "What was signed?", "which treaty has been agreed?", "what was found under the floor?": a passive
 * whose subject is the wh-word, ending the question or followed only by a phrase of where or when (a
 * preposition and a few words, no clause of its own: not "… in 1880 that revolutionized warfare"), asks
 * for what the verb was done to, the object of the same verb in an active passage ("signed [an
 * agreement]", "Builders found [the original anvil] buried under the floor"). The participle follows
 * the auxiliary directly.
 */
const PASSIVE_OF_VERB = new RegExp(
  String.raw`^\s*(?:what|which(?:\s+\p{L}+)?)\s+(?:is|are|was|were|(?:has|have|had)\s+been|${DO_OR_MODAL}\s+be)\s+(\p{L}+)(?:\s+${WHERE_OR_WHEN}(?:\s+${NO_CLAUSE}[\p{L}\p{N}'’-]+){1,6})?[\s?.!]*$`,
  'iu',
);

/** Is the word a verb's participle, of another form than its base ("signed", "held"; not "love")? */
export function isParticiple(word: string): boolean {
  const bases = [lemmaOf(word), ...detachedBases(word, 'verb')];
  return bases.some((b) => b !== undefined && b !== word && isLemma('verb', b));
}

/**
 * The participle of a passive asking what was done to (`PASSIVE_OF_VERB`): the question's keyword, as
 * typed ("signed", "found"); undefined when that word is no participle; null for a question of
 * another form.
 */
export function passiveAsked(question: string, parsed: ParsedQuestion): Token | undefined | null {
  const match = PASSIVE_OF_VERB.exec(question);
  const passive = match?.[1]?.toLowerCase();
  if (match === null || passive === undefined) return null;
  const verb = parsed.keywords.find((k) => k.word.toLowerCase() === passive);
  return verb !== undefined && isParticiple(passive) ? verb : undefined;
}

/**
 * The question's verb: its last keyword that WordNet lists as a verb, as typed ("proclaim"; the
 * auxiliary's verb keeps its base form; a passive's participle, "signed"). Undefined when the question
 * does not ask for a verb's object.
 */
export function askedVerb(question: string, parsed: ParsedQuestion): Token | undefined {
  const passive = passiveAsked(question, parsed);
  if (passive !== null) return passive;
  if (!OBJECT_OF_VERB.test(question)) return undefined;
  const verb = parsed.keywords.at(-1);
  // The verb ends the question: "what did IS proclaim?", not "which mission did Schmitt land on the
  // moon?", whose wh-word need not be the verb's object.
  if (verb === undefined || !/^[\s?.!]*$/.test(question.slice(verb.end))) return undefined;
  if (!isLemma('verb', verb.word)) return undefined;
  // A noun WordNet also lists as a verb ends many questions ("… land on the moon?", "… a biblical
  // figure?"): after a function word or an adjective it is a noun, the end of the subject or an object.
  // (An acronym, "IS" of "what did IS proclaim?", is a name, not the stopword "is".) After a subject
  // pronoun it is the verb: "what did they sign?" (a function word, yet a whole subject).
  const before = tokenize(question.slice(0, verb.start)).at(-1);
  if (before === undefined) return undefined;
  if (before.stop) return PRONOUNS.has(before.word) ? verb : undefined;
  const word = before.word;
  return isLemma('adj', word) && !isLemma('noun', word) && !isLemma('verb', word) ? undefined : verb;
}

/**
 * Of the candidate spans, those that stand right after the question's verb in the passage (at most a
 * few function words between: "proclaiming a caliphate"; not "by", which opens the agent of a passive,
 * "was signed by Fomin"); all of them when none does or the question asks no verb's object.
 */
export function objectsOfVerb<T extends { span: { start: number; end: number } }>(
  candidates: readonly T[],
  verb: Token | undefined,
  passage: { text: string; tokens: readonly Token[] },
  doneTo = false,
): readonly T[] {
  if (verb === undefined) return candidates;
  const { text, tokens } = passage;
  // For a question asking what was done to (`passiveAsked`), only an active form has an object: after
  // "The anvil was found" comes where ("under the floor"), not what.
  // A form of the verb after an article or a possessive is its noun ("said the finds were likely…" for
  // "what did they find"), whose next words are no object of it; not a participle, whose next noun is
  // what the verb was done to ("the required incorporations"), nor after "that", a relative pronoun as
  // often ("steam that drives a turbine").
  const at = tokens.flatMap((t, i) =>
    t.stem === verb.stem && !(doneTo && afterBe(tokens, i)) && !namedAsNoun(tokens, i) ? [i] : [],
  );
  const objects = candidates.filter((c) => {
    const first = tokens.findIndex((t) => t.start >= c.span.start);
    // "signed by X": after "by", the verb's agent, not its object; "found under the floor": a place.
    const gap = (v: number) => tokens.slice(v + 1, first);
    const agent = (v: number) => gap(v).some((t) => t.word.toLowerCase() === 'by');
    const preposition = (v: number) => doneTo && gap(v).some((t) => PREPOSITION.has(t.word));
    const near = (v: number) => functionGap(tokens, v, first) || modifierGap(tokens, v, first);
    return (
      first !== -1 &&
      at.some(
        (v) =>
          (v < first && near(v) && !agent(v) && !preposition(v)) || spanHoldsVerb(c.span, tokens[v], text),
      )
    );
  });
  return objects.length > 0 ? objects : candidates;
}

/**
 * Words before a noun that a verb form after them is read as (`namedAsNoun`): articles and possessives,
 * not `DETERMINERS`' "this"/"that"/"these"/"those" (pronouns as often: "steam that drives a turbine")
 * nor "her" (an object as often: "saw her sign").
 */
const NOUN_MARKERS: ReadonlySet<string> = new Set('the a an his its their our your my'.split(' '));
/** A participle's endings: after an article it modifies a noun ("the required incorporations"). */
const PARTICIPLE = /(?:ed|en|ing)$/;

/** Is the verb form at `i` a noun by the article or possessive before it ("the finds")? */
function namedAsNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.word;
  return before !== undefined && NOUN_MARKERS.has(before) && !PARTICIPLE.test(tokens[i]?.word ?? '');
}

/**
 * Does the span hold the verb's token inside it, with words after it, the verb written in capitals: a
 * headline's run of capitals the tagger reads as one name ("Russia Sign Military-Technical Cooperation
 * Agreement"), whose words after the verb are its object (`objectInSpan`)? Only there: in a sentence's
 * span the verb in lower case ("species lack comb-rows") is read where it stands (session 45:
 * squad-dev's "what did NASA name the series…" had got a word of another clause).
 */
function spanHoldsVerb(span: { start: number; end: number }, verb: Token | undefined, text: string): boolean {
  if (verb === undefined || verb.start <= span.start || verb.end >= span.end) return false;
  return /^\p{Lu}/u.test(text.slice(verb.start, verb.end));
}

/**
 * The words after the asked verb of a span that holds it ("Iraq, Russia Sign Military-Technical
 * Cooperation Agreement" → "Military-Technical Cooperation Agreement" for "what did they sign?"): the
 * verb's object, not its subject; the span as it was when it holds no form of the verb.
 */
export function objectInSpan(
  span: Span,
  verb: Token | undefined,
  passage: { text: string; tokens: readonly Token[] },
): Span {
  if (verb === undefined) return span;
  const { tokens } = passage;
  const at = tokens.findIndex((t) => t.stem === verb.stem && spanHoldsVerb(span, t, passage.text));
  const next = tokens[at + 1];
  if (at === -1 || next === undefined || next.start >= span.end) return span;
  return { text: passage.text.slice(next.start, span.end), start: next.start, end: span.end };
}

/** Prepositions between a verb and a phrase that is then no object of the verb ("found under the floor"). */
const PREPOSITION: ReadonlySet<string> = new Set([...WHERE_OR_WHEN_WORDS, 'to', 'for', 'with', 'by', 'of']);

/** Is the word at `v` after a form of "be", past "-ly" adverbs ("was quickly found"): a passive's participle? */
function afterBe(tokens: readonly Token[], v: number): boolean {
  let i = v - 1;
  while (i >= 0 && /ly$/.test((tokens[i] as Token).word)) i--;
  return i >= 0 && BE.has((tokens[i] as Token).word);
}

/**
 * Are the tokens strictly between `from` and `to` an article or a possessive (or none), then at most two
 * adjectives or participles ("discovered [a rusted] lantern"): the opening of the noun phrase whose
 * head the candidate is?
 */
function modifierGap(tokens: readonly Token[], from: number, to: number): boolean {
  const gap = tokens.slice(from + 1, to);
  // "a" is no token of its own (`tokenize`).
  const modifiers = ARTICLE.test(gap[0]?.word ?? '') ? gap.slice(1) : gap;
  if (modifiers.length > 2) return false;
  return modifiers.every((t) => !t.stop && (isLemma('adj', t.word) || isParticiple(t.word)));
}

/** Words opening a noun phrase: an article or a possessive. */
const ARTICLE = /^(?:the|a|an|his|her|its|their|our|this|that|these|those)$/;
