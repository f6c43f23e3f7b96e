/**
 * A question asking someone's name by a possessive: "what's Martin Quayle's name?", "whats the
 * landlords name", "what is her surname?". Read by the short answer (whose name, which part of it) and
 * by the question's type: the name of someone ("the landlord's", "her", "Quayle's") is a person's, so
 * the question asks for a person as "who is the landlord?" does (`asksPersonsName`). A module of its own,
 * over nothing but the tokenizer and WordNet, so that `question.ts` can read it too.
 */
import { startsUpper } from './letters.js';
import { isStopword, tokenize, type Token } from './text.js';
import { isEnglishWord, isKindOrSame, isLemma } from './wordnet.js';

/**
 * "what's Martin Quayle's name?", "what is quayle's full name", "whats quayles name", "what is his
 * first name?" (with "his" read as a name), "what's quayle's surname": group 1 is whose name is asked
 * (a possessive typed without its apostrophe too); group 2 or 3, which part of it.
 */
const NAME_OF_PERSON =
  /^\s*what(?:'s|’s|s|\s+is|\s+was)?\s+(.+?)(?:'s|’s|s'|s)\s+(?:(?:full\s+|real\s+)?name|(first|given|christian|last|family)\s+name|(sur|fore|first|last)name)\b/iu;

/** The same asked with a possessive pronoun not yet read as anyone ("what is her surname?"). */
const NAME_OF_PRONOUN =
  /^\s*what(?:'s|’s|s|\s+is|\s+was)?\s+(?:his|her|their)\s+(?:(?:full\s+|real\s+)?name|(?:first|given|christian|last|family)\s+name|(?:sur|fore|first|last)name)\b/iu;

/** Does the question ask the name of whom its "his", "her" or "their" stands for ("whats her name?")? */
export function nameOfPronounAsked(question: string): boolean {
  return NAME_OF_PRONOUN.test(question);
}

/** Which part of a name is asked: all of it, the first name (given name) or the last (surname). */
export type NamePart = 'whole' | 'first' | 'last';

/** The name words English calls each part by ("surname", "family name"; "forename", "given name"). */
const FIRST_NAME_WORDS: ReadonlySet<string> = new Set(['first', 'given', 'christian', 'fore']);

/** A question asking someone's name: the words of whose name it is ("martin", "quayle"), and which part. */
export interface NameAsked {
  owner: readonly Token[];
  part: NamePart;
}

/**
 * Whose name a question asks ("whats his name?" with "his" read as Martin Quayle, `namedForPronoun`:
 * "martin", "quayle"; "what is quayle's full name?": "quayle") and which part of it ("what is his
 * surname?" asks the last), or undefined for any other question.
 */
export function nameOwnerAsked(question: string): NameAsked | undefined {
  const match = NAME_OF_PERSON.exec(question);
  const owner = match?.[1];
  const last = owner === undefined ? undefined : tokenize(owner).at(-1);
  if (owner === undefined || last === undefined || last.stop) return undefined;
  const said = (match?.[2] ?? match?.[3])?.toLowerCase();
  const part: NamePart = said === undefined ? 'whole' : FIRST_NAME_WORDS.has(said) ? 'first' : 'last';
  return { owner: tokenize(owner).filter((t) => !t.stop), part };
}

/** Is the word written with a capital inside the question ("Which Brits are…")? */
export function writtenAsName(question: string, word: string): boolean {
  return [...question.matchAll(/\p{L}[\p{L}'-]*/gu)].some(
    (m) => m.index > 0 && startsUpper(m[0]) && m[0].toLowerCase().replace(/'s?$/, '') === word,
  );
}

/**
 * Is the name asked by a possessive a person's? Whoever "his", "her" or "their" stands for, someone
 * named ("Raman's": capitalised, or no word of English) or a kind of person in the noun's commonest
 * `senses` ("the landlord's", "the lead researchers"): yes. Another noun ("the ship's name") asks the name
 * of a thing; no possessive before "name": no.
 */
export function asksPersonsName(question: string, senses: number): boolean {
  if (nameOfPronounAsked(question)) return true;
  const head = nameOwnerAsked(question)?.owner.at(-1)?.word;
  if (head === undefined) return false;
  return !isEnglishWord(head) || writtenAsName(question, head) || isKindOrSame(head, 'person', senses);
}

/** "what's the landlords name": group 2 is the word right before the name's word, typed with an "s". */
const OWNER_TYPED_BARE =
  /^(\s*what(?:'s|’s|s|\s+is|\s+was)?\s+(?:.+?\s)?)(\p{L}+)s(\s+(?:(?:full\s+|real\s+)?name|(?:first|given|christian|last|family)\s+name|(?:sur|fore|first|last)name)\b)/iu;

/**
 * "whats the landlords name" with its possessive typed without the apostrophe, written with it: "what's
 * the landlord's name". Searched as typed, "landlords" is the plural, and a sentence saying "Landlords
 * have a legal duty…" matches it in exactly that form, better than the lead naming "landlord Gordon
 * Pryce". Only a noun WordNet lists without the "s" and not with it ("boss", "news" stay; a name such as
 * "James" is no word of WordNet's either way and stays: its "s" may be its own), and no function word
 * ("his" is no "hi").
 */
export function ownerWithApostrophe(question: string): string {
  const m = OWNER_TYPED_BARE.exec(question);
  const [prefix, base, rest] = [m?.[1], m?.[2], m?.[3]];
  if (m === null || prefix === undefined || base === undefined || rest === undefined) return question;
  const word = base.toLowerCase();
  // "his" is no "hi" owning a name: a function word is read as it is.
  if (isStopword(`${word}s`) || !isLemma('noun', word) || isLemma('noun', `${word}s`)) return question;
  return `${prefix}${base}'s${rest}${question.slice(m[0].length)}`;
}
