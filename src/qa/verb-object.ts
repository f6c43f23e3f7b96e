/**
 * "What did IS proclaim?", "what will the council approve?": a question whose wh-word stands for the
 * object of its verb asks for what follows that verb in the passage ("proclaiming [a caliphate]"), not
 * for another noun phrase of the sentence ("Iraq and Syria", where the militants seized land). Pure,
 * apart from WordNet's verb list.
 */
import type { ParsedQuestion } from './question.js';
import { tokenize, type Token } from './text.js';
import { functionGap } from './span-parts.js';
import { lemmaOf } from './lemma.js';
import { detachedBases } from './morphology.js';
import { isLemma } from './wordnet.js';

/** "do" and the modals: after "what" they leave the verb to come, whose object "what" is. */
export const DO_OR_MODAL = String.raw`(?:did|does|do|will|would|can|could|should|may|might|must)`;

/** "What did X V…", "which Y will X V…": an auxiliary after the wh-word, so the wh-word is V's object. */
const OBJECT_OF_VERB = new RegExp(
  String.raw`^\s*(?:what|which(?:\s+\p{L}+)?)\s+${DO_OR_MODAL}\s+(?!be\b|have been\b)`,
  'iu',
);

/**
 * "What was signed?", "which treaty has been agreed?": a passive that ends the question, its subject the
 * wh-word, asks for what the verb was done to, the object of the same verb in an active passage ("signed
 * [an agreement]"). The participle follows the auxiliary directly.
 */
const PASSIVE_OF_VERB = new RegExp(
  String.raw`^\s*(?:what|which(?:\s+\p{L}+)?)\s+(?:is|are|was|were|(?:has|have|had)\s+been|${DO_OR_MODAL}\s+be)\s+(\p{L}+)[\s?.!]*$`,
  'iu',
);

/** Is the word a verb's participle, of another form than its base ("signed", "held"; not "love")? */
export function isParticiple(word: string): boolean {
  const bases = [lemmaOf(word), ...detachedBases(word, 'verb')];
  return bases.some((b) => b !== undefined && b !== word && isLemma('verb', b));
}

/**
 * The question's verb: its last keyword that WordNet lists as a verb, as typed ("proclaim"; the
 * auxiliary's verb keeps its base form; a passive's participle, "signed"). Undefined when the question
 * does not ask for a verb's object.
 */
export function askedVerb(question: string, parsed: ParsedQuestion): Token | undefined {
  const passive = PASSIVE_OF_VERB.exec(question)?.[1]?.toLowerCase();
  if (passive !== undefined) {
    const verb = parsed.keywords.at(-1);
    return verb?.word.toLowerCase() === passive && isParticiple(passive) ? verb : undefined;
  }
  if (!OBJECT_OF_VERB.test(question)) return undefined;
  const verb = parsed.keywords.at(-1);
  // The verb ends the question: "what did IS proclaim?", not "which mission did Schmitt land on the
  // moon?", whose wh-word need not be the verb's object.
  if (verb === undefined || !/^[\s?.!]*$/.test(question.slice(verb.end))) return undefined;
  if (!isLemma('verb', verb.word)) return undefined;
  // A noun WordNet also lists as a verb ends many questions ("… land on the moon?", "… a biblical
  // figure?"): after a function word or an adjective it is a noun, the end of the subject or an object.
  // (An acronym, "IS" of "what did IS proclaim?", is a name, not the stopword "is".)
  const before = tokenize(question.slice(0, verb.start)).at(-1);
  if (before === undefined || before.stop) return undefined;
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
  passage: { tokens: readonly Token[] },
): readonly T[] {
  if (verb === undefined) return candidates;
  const { tokens } = passage;
  const at = tokens.flatMap((t, i) => (t.stem === verb.stem ? [i] : []));
  const objects = candidates.filter((c) => {
    const first = tokens.findIndex((t) => t.start >= c.span.start);
    // "signed by X": after "by", the verb's agent, not its object.
    const agent = (v: number) => tokens.slice(v + 1, first).some((t) => t.word.toLowerCase() === 'by');
    return first !== -1 && at.some((v) => v < first && functionGap(tokens, v, first) && !agent(v));
  });
  return objects.length > 0 ? objects : candidates;
}
