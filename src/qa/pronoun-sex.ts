/**
 * "When did he die?" of an obituary that says "He died peacefully … on Saturday morning" and, of his
 * wife, "She died in 2015.": a question whose subject is "he" is not about the person a sentence opening
 * with "She" is about. English pronouns carry their referent's sex, so a sentence whose subject is the
 * other sex's pronoun and that has no pronoun of the asked sex is about someone else, whatever words it
 * shares with the question. Unless that pronoun is the speaker of a report ("She said the boat had
 * capsized", of a story about a man who swam out to it): what a report says may be about anyone. Pure,
 * apart from WordNet look-ups (`reporting-verb.ts`).
 */
import { nameGender, type Gender } from '../knowledge/names.js';
import { OPENING_AUXILIARY } from './auxiliaries.js';
import { isReportingVerb } from './reporting-verb.js';
import type { Token } from './text.js';
import { isRoleNoun } from './wordnet.js';

export type PronounSex = 'he' | 'she';

/** The pronoun a sex is referred to by; none for a title that says neither ("Dr") or for no sex known. */
export function sexOfGender(gender: Gender | 'either' | undefined): PronounSex | undefined {
  return gender === 'male' ? 'he' : gender === 'female' ? 'she' : undefined;
}

/** The sex a pronoun says ("her" and "herself" a woman's, "his" a man's); undefined for any other word. */
export function sexOfPronoun(word: string): PronounSex | undefined {
  return PRONOUNS.he.has(word) ? 'he' : PRONOUNS.she.has(word) ? 'she' : undefined;
}

/** Each sex's pronouns, as a subject, an object, an owner or a reflexive. */
export const PRONOUNS: Readonly<Record<PronounSex, ReadonlySet<string>>> = {
  he: new Set(['he', 'him', 'his', 'himself']),
  she: new Set(['she', 'her', 'hers', 'herself']),
};

/**
 * The sex of the question's subject when it is a pronoun right after the question's auxiliary ("when
 * did he die?", "how old was she?", "what does he do now?"), and the question holds no pronoun of the
 * other sex ("what did he tell her?" is about both). Undefined otherwise.
 */
export function askedPronounSex(tokens: readonly Token[]): PronounSex | undefined {
  const at = tokens.findIndex((t, i) => i > 0 && (t.word === 'he' || t.word === 'she'));
  const subject = tokens[at];
  // Within the question's opening: "when did he…", "how long was she…", "what year did he…".
  if (subject === undefined || at > 4 || !OPENING_AUXILIARY.has(tokens[at - 1]?.word ?? '')) return undefined;
  const sex: PronounSex = subject.word === 'he' ? 'he' : 'she';
  const other = PRONOUNS[sex === 'he' ? 'she' : 'he'];
  return tokens.some((t) => other.has(t.word)) ? undefined : sex;
}

/**
 * Does the sentence open with the other sex's subject pronoun ("She died in 2015." for "he") and hold no
 * pronoun of the asked sex (so it is not "She said he had died"), the pronoun not the speaker of a
 * report ("She said the volunteer swam the last 50 metres", "She had told police …")?
 */
export function aboutTheOtherSex(tokens: readonly Token[], asked: PronounSex): boolean {
  const first = tokens[0]?.word;
  if (first !== (asked === 'he' ? 'she' : 'he')) return false;
  const own = PRONOUNS[asked];
  if (tokens.some((t) => own.has(t.word))) return false;
  // The verb after the pronoun and any auxiliaries: "She said", "She had told", "She would add"
  // (only auxiliaries are passed: "She then said" is left to the rule as it was).
  let at = 1;
  while (OPENING_AUXILIARY.has(tokens[at]?.word ?? '')) at++;
  const verb = tokens[at]?.word;
  return verb === undefined || !isReportingVerb(verb) || !clauseFollows(tokens, at + 1);
}

/**
 * Words that open no reported clause: a preposition ("She taught at Kelby Primary School", "wrote to
 * the council") or the indefinite article ("She wrote an account"; the tokens hold no "a"), after which
 * the verb has an object or a place, not a report. A closed class of English.
 */
const NO_CLAUSE = new Set(
  'an at in on to into onto for from with by about of as after before during until over under through across around back up down out off home'.split(
    ' ',
  ),
);

/**
 * Does a reported clause follow the verb at `at`: a "that" later ("She said on Monday that …"), or a
 * next word that may open a clause ("She said the boat had capsized", "She told police …")?
 */
function clauseFollows(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]?.word;
  if (next === undefined) return false;
  return !NO_CLAUSE.has(next) || tokens.slice(at).some((t) => t.word === 'that');
}

/**
 * Could a person named in the passage be the one the question's pronoun stands for? Not when their
 * first name or title ("Sarah Hale", "Mrs Price"), or else the story's own pronouns for them (`told`),
 * make them the other sex: "She died in 2015, nursed by her daughter Sarah Hale" names no "he".
 */
export function couldBeAsked(
  name: string,
  asked: PronounSex,
  told: (name: string) => Gender | undefined,
): boolean {
  const gender = nameGender(name, isRoleNoun) ?? told(name);
  return gender === undefined || gender === (asked === 'he' ? 'male' : 'female');
}
