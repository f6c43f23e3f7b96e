/**
 * "What did they say?" after "who signed?", "what did fomin say?": the question asks for the words a
 * person said, and a story reports them in sentences whose speaker is that person ("Obaidi thanked
 * Russia…", "Fomin, for his part, said…", "…," said Drysdale; "He said the pair had…" right after the
 * sentence naming him, `referents.ts`), not in one that merely names them ("Obaidi and Fomin signed…,
 * the ministry said": the ministry speaks). Pure: sentences come as text.
 */
import { addressTitle } from '../knowledge/names.js';
import { QUOTATION, wholeQuotation } from './quotation.js';
import { GOES_ON } from './referents.js';
import { tokenize } from './text.js';

/** The verbs a question asks someone's words by: none is a word of what they spoke about. */
export const SPEECH_ASKED_VERBS: readonly string[] = [
  'say',
  'tell',
  'promise',
  'announce',
  'add',
  'claim',
  'reply',
  'pledge',
  'warn',
];
/**
 * "what did/does/has X say/tell/promise…": group 1 is X, the speaker asked about. The verb is no noun
 * of X's: not right after a possessive or a determiner ("what did liam fox call labour's claim" asks
 * no words of "liam fox call labour's").
 */
const SPEECH_ASKED = new RegExp(
  String.raw`^\s*what\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)(?<!['’]s|s['’]|\b(?:the|a|an|this|that|his|her|its|their|our|my|your))\s+(?:${SPEECH_ASKED_VERBS.join('|')})\b`,
  'iu',
);

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
 * one ("said Drysdale"); or, for a sentence opening "He said…"/"She told…", or one of nothing but quoted
 * words going on from a speaker's quotation, the person the sentence stands for (`referent`, their
 * name's words)?
 */
export function spokenBy(text: string, names: readonly string[], referent?: readonly string[]): boolean {
  return speakerTest(names)(text, referent);
}

/**
 * What may stand between a speaker's name and the verb of speech after it: a parenthesis between commas
 * and a lower-case word ("Fomin, for his part, said", "Obaidi also thanked"). Sticky: tried right where
 * the name ends.
 */
const SAID_AFTER_NAME = new RegExp(`(?:\\s*,[^,]{1,40},)?\\s+(?:\\p{Ll}+\\s+)?${SPEECH}\\b`, 'iuy');

/**
 * A verb of speech and up to three capitalised words ("said Defence Minister …"), ending where a name
 * starts: tried on the text before the name.
 */
const SAID_BEFORE_NAME = new RegExp(`\\b${SPEECH}\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}$`, 'iu');

/**
 * What may follow a speaker named after the verb ("…," said Drysdale. / said Alexander Fomin, who…): the
 * rest of the name, then punctuation or the end. "HM Coastguard said Mr Macrae had been in the water"
 * names the subject of what was said, not its speaker.
 */
const SPEAKER_ENDS = /^[\p{L}'’-]*(?:[\s-]+\p{Lu}[\p{L}'’-]*)*\s*(?:[,.;:!?"”)]|$)/u;

/**
 * "He said…", also going on from the sentence before ("And he claimed…", as `referents.ts` reads it); a
 * quotation he is said to say after it ('"We did what any crew would do," he said.') is his too.
 */
const PRONOUN_SAID = new RegExp(
  `^\\s*(?:${GOES_ON}\\s+(?:he|she)|He|She|${QUOTATION}\\s+(?:he|she))\\s+(?:\\p{Ll}+\\s+)?${SPEECH}\\b`,
  'u',
);

/**
 * A quotation whose speaker the sentence gives by a pronoun: right after the quotation closes ('"…,"
 * she said.', '"…", they added.', '"…," said he.'), or opening the sentence before the quotation opens
 * ('She told reporters: "…'). Who that is, the story said before (`summary-antecedent.ts`), unless the
 * sentence named them before the quotation ('Mr Johnson told Today: "…," he said.').
 */
const PRONOUN_QUOTED = new RegExp(
  `["”]\\s*,?\\s+(?:(?:he|she|they)\\s+(?:\\p{Ll}+\\s+)?${SPEECH}|${SPEECH}\\s+(?:he|she|they))\\b` +
    `|^\\s*(?:${GOES_ON}\\s+(?:he|she|they)|He|She|They)\\s+(?:\\p{Ll}+\\s+)?${SPEECH}\\b[^"“”]*["“]`,
  'u',
);

/**
 * The sentence's words before a quotation it says "he", "she" or "they" said ('Mr Johnson told Today: '
 * of 'Mr Johnson told Today: "…," he said.'; '' when the sentence opens with the quotation, inside one,
 * or with the pronoun), or undefined when it quotes no one by a pronoun (see `PRONOUN_QUOTED`).
 */
export function beforePronounQuote(text: string): string | undefined {
  const said = PRONOUN_QUOTED.exec(text);
  if (said === null) return undefined;
  if (!/["”]/u.test(text[said.index] ?? '')) return '';
  // The mark closing the quotation is where the match starts; the one before it opened it.
  const opens = Math.max(text.lastIndexOf('"', said.index - 1), text.lastIndexOf('“', said.index - 1));
  return opens > 0 ? text.slice(0, opens) : '';
}

/**
 * Where one word of a speaker's name stands in a text, as the patterns of `speakerTest` read it (case
 * folded as their `i` and `u` flags fold it): each `[start, end)`, overlapping ones included. `opens`:
 * only where a word begins (`\b` before it), else only where one ends (`\b` after it). The word's own
 * pattern holds no Unicode class, so it is cheap to compile: a question naming someone new no longer
 * compiles the verbs of speech and the capitalised words again for that name (3-12 ms a name).
 */
export function nameAt(text: string, word: string, opens: boolean): Array<[number, number]> {
  const re = new RegExp(opens ? `\\b${escape(word)}` : `${escape(word)}\\b`, 'giu');
  const at: Array<[number, number]> = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    at.push([m.index, m.index + m[0].length]);
    // On from the next character, not the match's end: one place of a word may start inside another
    // ("a-a" twice in "a-a-a"), where a pattern holding the name matches too.
    re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return at;
}

/**
 * `spokenBy` for one person's `names`. What it once built as two patterns holding the name (the name
 * then a verb of speech; a verb of speech then the name) is read as the name's places (`nameAt`) and the
 * rest of each pattern, compiled once a process, tried at each place: a pattern matches where one of the
 * name's words does and the rest matches right after it (or right before), so the answer is the same.
 */
export function speakerTest(
  names: readonly string[],
): (text: string, referent?: readonly string[]) => boolean {
  const words = names.filter((w) => w.length > 2);
  if (words.length === 0) return () => false;
  const named = (text: string) =>
    words.some(
      (w) =>
        nameAt(text, w, true).some(([, end]) => {
          SAID_AFTER_NAME.lastIndex = end;
          return SAID_AFTER_NAME.test(text);
        }) ||
        nameAt(text, w, false).some(
          ([start, end]) => SAID_BEFORE_NAME.test(text.slice(0, start)) && SPEAKER_ENDS.test(text.slice(end)),
        ),
    );
  // The asked name's own words, past a title: "what did Mrs Whitlock say?" asks a surname alone.
  const own = words.filter((w) => addressTitle(w) === undefined);
  return (text, referent) => {
    if (named(text)) return true;
    if (referent === undefined) return false;
    // A full name asked is that person's: not "Delyth Mostyn" for "what did Emyr Mostyn say?" (a
    // surname alone, or the people "they" stands for, takes any of them); a title is no part of it
    // ("Mrs Lindsay" is Eilidh Lindsay).
    const fits =
      own.length > 1
        ? referent.every((w) => w.length <= 2 || addressTitle(w) !== undefined || own.includes(w))
        : referent.some((w) => own.includes(w));
    // A sentence of nothing but quoted words is read as someone's only as the words of the quotation's
    // speaker before it goes on (`referents.ts`): theirs, as "He said…" is.
    return fits && (PRONOUN_SAID.test(text) || wholeQuotation(text));
  };
}

/** The words of the speaker asked about: the people the question's pronoun was read as, else its own. */
export function speakerWords(asked: string, people: readonly string[] | undefined): string[] {
  const source = people !== undefined && people.length > 0 ? people.join(' ') : asked;
  return tokenize(source)
    .filter((t) => !t.stop)
    .map((t) => t.word);
}
