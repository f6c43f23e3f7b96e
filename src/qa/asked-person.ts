/**
 * "How old is Mr Reid?" of a story that says "The skipper, Alan Reid, 47, said…" and "The fourth, a
 * 61-year-old, was kept in hospital overnight": the question asks something a person *is* or *has*
 * (an age, a home, a job), and only a sentence about that person can say it. A listener reads a
 * sentence as about them when it names them, or holds a pronoun that may stand for them ("He is 47");
 * a sentence with neither tells someone else's age, whatever words it shares with the question. So
 * the question's person is a constraint on its passages, not one word among others: those about them
 * go first, in their order, and the others after (a ranking, as `pronoun-sex.ts` does for the other
 * sex's pronoun: a reader who named the wrong person still finds them further down).
 *
 * The person is the question's subject, right after its opening auxiliary ("how old is Mr Reid",
 * "where does Sarah Cole live", "how old was he"), as `askedPronounSex` reads a pronoun there. Only a
 * question about a state of them: a copula with nothing after the person ("how old is Mr Reid?",
 * "where is she from?"), the present simple of "do" (a habit: "where does she live?", "what does he
 * do?"), or an age asked in any words. An event ("where was Mr Reid rescued?") is often told without
 * its people ("A lifeboat reached the raft within 40 minutes"), and is left to the ranking as it was.
 *
 * A title of address ("Mr", "Dr") is part of the name: it says the person's sex, and is no word to
 * find a sentence by ("Mr Cable said…" is no sentence about Mr Reid). Pure.
 */
import { addressTitle, firstNameGender } from '../knowledge/names.js';
import { BE, DO_FORMS, OPENING_AUXILIARIES } from './auxiliaries.js';
import { PRONOUNS, type PronounSex } from './pronoun-sex.js';
import type { Token } from './text.js';

/** The person a question asks a state of: the words of their name (none for a pronoun), and their sex when said. */
export interface AskedPerson {
  /** Their name's words, lower case, without titles ("reid" for "Mr Reid"); empty for "he" or "she". */
  words: ReadonlySet<string>;
  /** The pronouns that may stand for them: a title's or first name's sex, or the question's pronoun. */
  sex: PronounSex | undefined;
}

const AUXILIARY: ReadonlySet<string> = new Set(OPENING_AUXILIARIES);

/** The present simple of "do": "where does she live?" asks a habit, "where did she go?" an event. */
const PRESENT_DO: ReadonlySet<string> = new Set(DO_FORMS.filter((w) => w !== 'did'));

/** Pronouns for people together, the asked person among them maybe. */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their', 'theirs']);

/** What `askedPerson` reads the question's words by. */
export interface Lexicon {
  /**
   * A word of a person the story names (the tagger's people, not its places): the question's name is
   * read by the story, since readers type names in lower case ("how old is mr reid").
   */
  isPersonWord: (word: string) => boolean;
  /** A word of English (WordNet's `isCommonWord`): "catholic", "grant". */
  isCommon: (word: string) => boolean;
  /** A verb of saying or thinking, which takes a that-clause (`takesClause`). */
  isReporting: (verb: string) => boolean;
}

/** The person the question asks a state of (see above), or undefined. */
export function askedPerson(
  tokens: readonly Token[],
  ageAsked: boolean,
  words: Lexicon,
): AskedPerson | undefined {
  const { isPersonWord, isCommon, isReporting } = words;
  // The opening auxiliary, after the wh-word and what it asks ("how old is", "what year did").
  const aux = tokens.findIndex((t, i) => i > 0 && i <= 3 && AUXILIARY.has(t.word));
  const auxiliary = tokens[aux]?.word;
  if (auxiliary === undefined) return undefined;
  let at = aux + 1;
  let sex: PronounSex | undefined;
  const title = addressTitle(tokens[at]?.word ?? '');
  if (title !== undefined) {
    if (title !== 'either') sex = title === 'male' ? 'he' : 'she';
    at++;
  }
  const named = new Set<string>();
  const subject = tokens[at]?.word ?? '';
  if (title === undefined && (subject === 'he' || subject === 'she')) {
    sex = subject;
    at++;
  } else {
    // A common word ("Catholic", "Grant") is a name only within one: after a title or a first name.
    const nameWord = (w: string) =>
      isPersonWord(w) && (!isCommon(w) || title !== undefined || named.size > 0);
    while (at < tokens.length && nameWord((tokens[at] as Token).word))
      named.add((tokens[at++] as Token).word);
    if (named.size === 0) return undefined;
    const first = firstNameGender([...named][0] as string);
    if (sex === undefined && first !== undefined && named.size > 1) sex = first === 'male' ? 'he' : 'she';
  }
  // A state: a copula the question ends on after the person, a habit, or an age. Not their words or
  // thoughts ("what does McClaren think…", "what does she say"): a story reports those by role as
  // often as by name ("The Holland international said…"), and quotes them.
  const rest = tokens.slice(at).filter((t) => !t.stop && t.word !== 'from');
  // The verb right after the subject, a function word or not ("say" is one to the index).
  const reports = isReporting(tokens[at]?.word ?? '');
  const habit = PRESENT_DO.has(auxiliary) && !reports;
  const state = (BE.has(auxiliary) && rest.length === 0) || habit || ageAsked;
  return state ? { words: named, sex } : undefined;
}

/**
 * A definite description of one person ("the skipper", "The 21-year-old, who came through the
 * academy"): English writes "the" for someone the reader already knows, so it may be the asked person,
 * while "a 61-year-old" or "a second walker" brings in someone new. A role noun by WordNet
 * (`isRoleNoun`), one word of description before it at most ("the former skipper"), or an age.
 */
const DEFINITE = /\bthe\s+(?:\d+-year-old\b|([a-z]+)(?:\s+([a-z]+))?)/gi;

function describesSomeone(text: string, isRole: (word: string) => boolean): boolean {
  for (const m of text.matchAll(DEFINITE)) {
    if (m[1] === undefined) return true;
    if ([m[1], m[2]].some((w) => w !== undefined && w === w.toLowerCase() && isRole(w))) return true;
  }
  return false;
}

/**
 * Is the sentence about the asked person: does it name them, or hold a pronoun that may stand for them
 * (one of their sex, either when it is not said), or a definite description of someone
 * (`describesSomeone`), or name someone the pronoun may be (`mayBeThem`, for a "he" or "she" the
 * question reads as no one in particular)?
 */
export function aboutAsked(
  sentence: { text: string; tokens: readonly Token[] },
  person: AskedPerson,
  mayBeThem: () => boolean,
  isRole: (word: string) => boolean,
): boolean {
  // "they" and "their" may be the person with others ("The pair live in Kirkcaldy. They opened…").
  const pronouns = [
    ...(person.sex === undefined ? [...PRONOUNS.he, ...PRONOUNS.she] : [...PRONOUNS[person.sex]]),
    ...GROUP_PRONOUNS,
  ];
  if (sentence.tokens.some((t) => person.words.has(t.word) || pronouns.includes(t.word))) return true;
  if (describesSomeone(sentence.text, isRole)) return true;
  return person.words.size === 0 && mayBeThem();
}

/**
 * The passages about the asked person first (`aboutAsked`), then the others, each in their order; as
 * they were when none is about them.
 */
export function askedPersonFirst<T>(ranked: readonly T[], about: (r: T) => boolean): T[] {
  const ours = ranked.map(about);
  const count = ours.filter(Boolean).length;
  if (count === 0 || count === ranked.length) return [...ranked];
  return [...ranked.filter((_, i) => ours[i]), ...ranked.filter((_, i) => !ours[i])];
}
