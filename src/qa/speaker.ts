/**
 * "What did they say?" after "who signed?", "what did fomin say?": the question asks for the words a
 * person said, and a story reports them in sentences whose speaker is that person ("Obaidi thanked
 * Russia…", "Fomin, for his part, said…", "…," said Drysdale; "He said the pair had…" right after the
 * sentence naming him, `referents.ts`), not in one that merely names them ("Obaidi and Fomin signed…,
 * the ministry said": the ministry speaks). Pure: sentences come as text.
 */
import { GOES_ON } from './referents.js';
import { tokenize } from './text.js';

/**
 * "what did/does/has X say/tell/promise…": group 1 is X, the speaker asked about. The verb is no noun
 * of X's: not right after a possessive or a determiner ("what did liam fox call labour's claim" asks
 * no words of "liam fox call labour's").
 */
const SPEECH_ASKED =
  /^\s*what\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)(?<!['’]s|s['’]|\b(?:the|a|an|this|that|his|her|its|their|our|my|your))\s+(?:say|tell|promise|announce|add|claim|reply|pledge|warn)\b/iu;

/** Verbs that report what someone said. */
const SPEECH =
  '(?:said|says|told|tells|thanked|thanks|promised|promises|pledged|added|adds|warned|stated|announced|explained|insisted|claimed|noted|argued|urged|praised|stressed|vowed|admitted|replied|wrote)';

/** The speaker a question asks the words of (as typed: "they", "fomin"), or undefined. */
export function speakerAsked(question: string): string | undefined {
  return SPEECH_ASKED.exec(question)?.[1]?.trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Is one of `names` (words of a person's name, lower case) the speaker of `text`: the name right before
 * a verb of speech, past a parenthesis between commas ("Fomin, for his part, said"), or right after
 * one ("said Drysdale"); or, for a sentence opening "He said…"/"She told…", the person the sentence's
 * pronoun stands for (`referent`, their name's words)?
 */
export function spokenBy(text: string, names: readonly string[], referent?: readonly string[]): boolean {
  return speakerTest(names)(text, referent);
}

/** `spokenBy` for one person's `names`, its patterns built once for every passage it is asked of. */
export function speakerTest(
  names: readonly string[],
): (text: string, referent?: readonly string[]) => boolean {
  const words = names.filter((w) => w.length > 2);
  if (words.length === 0) return () => false;
  const name = `(?:${words.map(escape).join('|')})`;
  const before = new RegExp(`\\b${name}(?:\\s*,[^,]{1,40},)?\\s+(?:\\p{Ll}+\\s+)?${SPEECH}\\b`, 'iu');
  const after = new RegExp(`\\b${SPEECH}\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}${name}\\b`, 'iu');
  // "He said…", also going on from the sentence before ("And he claimed…", as `referents.ts` reads it).
  // A quotation he is said to say after it ('"We did what any crew would do," he said.') is his too.
  const pronoun = new RegExp(
    `^\\s*(?:${GOES_ON}\\s+(?:he|she)|He|She|["“][^"“”]+["”]\\s+(?:he|she))\\s+(?:\\p{Ll}+\\s+)?${SPEECH}\\b`,
    'u',
  );
  return (text, referent) => {
    if (before.test(text) || after.test(text)) return true;
    if (referent === undefined || !referent.some((w) => words.includes(w))) return false;
    return pronoun.test(text);
  };
}

/** The words of the speaker asked about: the people the question's pronoun was read as, else its own. */
export function speakerWords(asked: string, people: readonly string[] | undefined): string[] {
  const source = people !== undefined && people.length > 0 ? people.join(' ') : asked;
  return tokenize(source)
    .filter((t) => !t.stop)
    .map((t) => t.word);
}
