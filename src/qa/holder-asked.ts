/**
 * "Who is the boss of SkyNorth?", "whos the boss of the company": a who-question asking who holds a
 * role asks for the person a passage titles with it, or with a word the question's role word is read
 * as ("chief" for "boss", WordNet's synonym), as in "Chief executive Fiona Gallacher said…". Such a
 * sentence often says the role's organisation only by a possessive or not at all ("the airline's",
 * "the firm's chief executive"), while a sentence that names the organisation but no one (the lead)
 * shares more of the question's words. Pure, apart from WordNet's person nouns.
 */
import type { Entity } from './entities.js';
import type { Group } from './expansion.js';
import { askedQualifiers, lacksQualifier, qualifiedRoleAt, titledPeople, withTitledNames } from './titles.js';
import { BE_FORMS } from './auxiliaries.js';
import { DETERMINERS, isFunctionWord, tokenize, type Token } from './text.js';
import { startsUpper } from './letters.js';
import {
  hasPersonSense,
  isAdverb,
  isKindOrSame,
  isLemma,
  isRoleNoun,
  NOUN_FILE,
  nounClasses,
} from './wordnet.js';
import { opposites } from './antonyms.js';

/** "Who is", "who was", "who's", "whos", "who are": a question asking who someone is. */
export const WHO_IS = /^\s*(?:who\s+(?:is|was|are|were)|who['’]?s)\s/iu;

/** The role a who-question asks the holder of: the stems its role words are read as, and those words. */
export interface AskedRole {
  stems: ReadonlySet<string>;
  words: ReadonlySet<string>;
  /**
   * The question asks of the past ("who was the chairman in the 1990s?", "who used to run it?",
   * "…before?"): a former or outgoing holder may be the one asked about, so no qualified title says
   * who does not hold the role (session 33's review).
   */
  past: boolean;
  /**
   * The adjectives WordNet opposes to the one the question sets before its role ("new" for "who was the
   * old owner?", "previous", "former"): before the role in a passage, such a word titles another holder.
   */
  opposed: ReadonlySet<string>;
  /**
   * The words the question sets before its role that make it another role ("deputy" of "who is the
   * deputy head?", `askedQualifiers`), and the stems of the roles they qualify: a title saying such a
   * role without them is the unqualified holder's, another person (read here and by `answer-span.ts`).
   */
  qualified: { words: ReadonlySet<string>; stems: ReadonlySet<string> };
}

/** Words of a question asking of a role's past holder. */
const PAST = /\b(?:was|were|used to|before|previously|formerly)\b/iu;

/**
 * The role a "who is the R (of X)?" question asks the holder of: the stems of every group whose word is
 * a noun for a kind of person in one of its commonest senses ("boss", "spokesman", "golfer"), its own
 * and those it is read as (WordNet's synonyms: "boss" → "chief"). Undefined for any other question, or
 * one naming no role ("who is Alexander Fomin?").
 */
export function askedRole(question: string, groups: readonly Group[]): AskedRole | undefined {
  if (!WHO_IS.test(question)) return undefined;
  const roles = groups.filter((g) => g.terms.length > 0 && namesRoleAsked(question, g.word));
  if (roles.length === 0) return undefined;
  return {
    stems: new Set(roles.flatMap((g) => g.terms.map((t) => t.stem))),
    words: new Set(tokenize(question).map((t) => t.word)),
    past: PAST.test(question),
    opposed: opposedQualifiers(question, roles),
    qualified: qualifiedStems(question, roles),
  };
}

/** The question's qualifiers (`askedQualifiers`) and the stems of the role groups they stand before. */
function qualifiedStems(question: string, roles: readonly Group[]): AskedRole['qualified'] {
  const qualified = askedQualifiers(question, (word) => roles.some((g) => g.word === word));
  const stems = roles.filter((g) => qualified.roles.has(g.word)).flatMap((g) => g.terms.map((t) => t.stem));
  return { words: qualified.words, stems: new Set(stems) };
}

/**
 * Does the sentence title one of its people with the asked role ("Chief executive Fiona Gallacher",
 * "the firm's chief executive, Fiona Strachan")? Not a deputy's, a former, outgoing, shadow or acting
 * holder's title ("deputy head", "previous owner", "the outgoing mayor, Jo Bell": `qualifiesRole`)
 * unless the question says so too: a sentence titling only such a person says who does *not* hold
 * the role ("other").
 */
export function titlesHolder(
  role: AskedRole,
  text: string,
  tokens: readonly Token[],
  entities: readonly Entity[],
): 'holder' | 'other' | undefined {
  // "The new owner is the trust": the role said only after an opposite of the question's "old" names
  // another holder. Not when the sentence names two or more people: "appointed Ann Bell as their new
  // coach following the departure of Tom Reid" names the earlier holder too (review38d).
  const named = entities.filter((e) => e.type === 'person').length;
  if (saysOpposedRole(role, tokens) && named <= 1) return 'other';
  let other = false;
  const holds = (title: readonly Token[]) => {
    // "Club captain Alan Hughes" for "who is the vice captain?": the role without the asked qualifier.
    const unqualified = lacksQualifier(title, role.qualified.words);
    if (unqualified && title.some((t) => role.qualified.stems.has(t.stem))) other = true;
    return !unqualified && heldIn(title);
  };
  const heldIn = (title: readonly Token[]) =>
    title.some((t, i) => {
      if (!role.stems.has(t.stem)) return false;
      const qualified = !role.past && qualifiedRoleAt(title, i, role.words);
      if (qualified) other = true;
      return !qualified;
    });
  // "Mayor Ravi Shah", a name the tagger does not know after a title, is a person too (`titledNames`).
  const people = withTitledNames(text, entities, tokens);
  if (titledPeople(text, tokens, people).some((p) => holds(p.title))) return 'holder';
  // "…, said the firm's chief executive, Fiona Strachan": the role set off by a comma before the name,
  // a noun phrase headed by a noun for a kind of person.
  const apposed = people.some((e) => {
    if (e.type !== 'person' || !APPOSED_BEFORE.test(text.slice(0, e.start))) return false;
    const phrase = tokens.filter((t) => t.end <= e.start).slice(-APPOSED_WORDS);
    const head = phrase.at(-1);
    return head !== undefined && isRoleNoun(head.word) && holds(phrase);
  });
  return apposed ? 'holder' : other ? 'other' : undefined;
}

/** A comma right before a name, after a word: "the firm's chief executive, Fiona Strachan". */
const APPOSED_BEFORE = /\p{L}\s*,\s*$/u;
/** The words of the role phrase read before such a comma ("firm's chief executive"): one noun phrase's. */
const APPOSED_WORDS = 3;

/** Does a question's word name the role it asks: a noun for a kind of person, or `headsBody`'s "head of …"? */
export function namesRoleAsked(question: string, word: string): boolean {
  return isRoleNoun(word) || headsBody(question, word);
}

/** Every sense of a noun, for `headsBody`: a body may be named by a rarer sense ("trust", "bank"). */
const ALL_SENSES = Number.POSITIVE_INFINITY;
/** Only a noun's commonest sense: "group" itself, filed with WordNet's top classes. */
const COMMONEST_SENSE = 1;
/** The words of the body named after "of" and its determiner ("the kestrel harbour trust"): a name's few. */
const BODY_WORDS = 4;
/** What may stand between the body and the word ending it, or the question's end: no comma or clause. */
const BODY_END = /^[\s?.!]*$/u;

/**
 * Does the word end a body's name, as no name goes on with it: a function word ("at the moment", "in
 * 2024", "now") or an adverb WordNet lists as no noun ("currently"). "Home" of "the home office" is an
 * adverb and a noun, so may be a name's.
 */
function endsBody(word: string): boolean {
  return isFunctionWord(word) || (isAdverb(word) && !isLemma('noun', word));
}

/**
 * "Who is the head of the IMF?", "who is the head of the vestey group": a noun that names a person only
 * in a rarer sense ("head": a body part first; WordNet's "head, chief, top dog", a person in charge, is
 * its fourth) is read in that sense when the question sets it before "of" and a body, whose head is no
 * body part: a name (written in capitals, "IMF", or no word WordNet lists in lower case, "wto") or a
 * noun for a group in any of its senses ("group", "council", "trust": WordNet's noun.group). The body
 * runs to the question's end or to a function word or an adverb (`endsBody`: "the head of the ferry
 * trust now"), so "the head of the Bank of England" reads "Bank", a name by its capital: "the head of
 * the trust, and when did she start" reads no role.
 */
export function headsBody(question: string, word: string): boolean {
  if (!hasPersonSense(word)) return false;
  const tokens = tokenize(question);
  const at = tokens.findIndex((t) => t.word === word);
  if (at < 0 || tokens[at + 1]?.word !== 'of') return false;
  const opens = DETERMINERS.has(tokens[at + 2]?.word ?? '') ? 1 : 0;
  const rest = tokens.slice(at + 2 + opens);
  const ends = rest.findIndex((t) => endsBody(t.word));
  const phrase = ends < 0 ? rest : rest.slice(0, ends);
  const first = phrase[0];
  const last = phrase.at(-1);
  if (first === undefined || last === undefined || phrase.length > BODY_WORDS) return false;
  const after = question.slice(last.end, rest[ends]?.start);
  if (question.slice(first.start, last.end).includes(',') || !BODY_END.test(after)) return false;
  // In any sense: a body is often named by a word whose commonest sense is another ("trust", "bank").
  // "Group" itself WordNet files with its top classes (noun.tops), above its kinds of group.
  const body =
    nounClasses(last.word, ALL_SENSES).has(NOUN_FILE.group) ||
    isKindOrSame(last.word, 'group', COMMONEST_SENSE);
  return startsUpper(question.slice(last.start, last.end)) || !isLemma('noun', last.word) || body;
}

/** Possessive determiners: "his chancellor", "their coach". */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/**
 * After a role phrase, the holder's name: set off by a comma or a dash, an aside in brackets, or
 * straight after it ("Her coach Tom Hill said…", "Their manager Sean Dyche said…").
 */
const NAMED_AFTER = /^\s*(?:\(|[,—–]\s*\p{Lu}|\p{Lu}\p{Ll})/u;
/** Words that say the noun phrase after them of their subject: "Ford is his chancellor", "as their coach". */
const LINKING: ReadonlySet<string> = new Set([
  ...BE_FORMS,
  'as',
  'became',
  'become',
  'becomes',
  'remain',
  'remains',
  'remained',
]);

/**
 * Does the sentence say the role (`stems`) only after a possessive determiner, of no one named: "The
 * prime minister, David Allen, said he had full confidence in his chancellor", "Wales captain Ellis
 * Jenkins said the players trusted their coach"? Such a phrase points at the holder without naming
 * them; the people the sentence names are the possessor and others. Not when the phrase is said of a
 * subject ("Amy Ford is his chancellor", "named her as their coach") or set after a name by a comma
 * ("Amy Ford, his chancellor,"), nor with a name set after it ("his chancellor, Amy Ford,") or an
 * aside ("its President (currently … Donald Tusk)"): those name the holder. False when the sentence does not say the role.
 */
export function saysRoleOnlyPossessed(
  stems: ReadonlySet<string>,
  text: string,
  tokens: readonly Token[],
): boolean {
  const phrases = rolePhrases(stems, tokens);
  for (const { first: k, last: end } of phrases) {
    const determiner = tokens[k - 1];
    if (determiner === undefined || !POSSESSIVES.has(determiner.word)) return false;
    const before = tokens[k - 2];
    if (before !== undefined && LINKING.has(before.word)) return false;
    if (text.slice(before?.end ?? 0, determiner.start).includes(',')) return false;
    if (NAMED_AFTER.test(text.slice((tokens[end] as Token).end))) return false;
  }
  return phrases.length > 0;
}

/**
 * Where the sentence says the role (`stems`): each run of its words, from the first ("his chief
 * executive" is read at "chief") to the last, as token indexes.
 */
function rolePhrases(
  stems: ReadonlySet<string>,
  tokens: readonly Token[],
): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!stems.has((tokens[k] as Token).stem) || stems.has(tokens[k - 1]?.stem ?? '')) continue;
    let last = k;
    while (stems.has(tokens[last + 1]?.stem ?? '')) last++;
    out.push({ first: k, last });
  }
  return out;
}

/** Words joining a role to what it is for: "a spokesman for the club", "the head of Severn Water". */
const SERVED: ReadonlySet<string> = new Set(['for', 'of']);
/**
 * The joiners after which a name set off by commas restates what the role is for ("a spokesman for the
 * club, Leeds Rovers,"); after "of" it is the holder ("The owner of the club, Harbour Holdings,").
 */
const APPOSED_SERVED: ReadonlySet<string> = new Set(['for']);
/** Where a role's complement ends: a clause or a quotation begins. */
const COMPLEMENT_END = /[,;:.!?()"“”]/u;
/** A name set off by commas right after the complement: "for the club, Leeds Rovers, said". */
const APPOSED_NAME = /^,\s*\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*(?=\s*[,;:.!?])/u;

/**
 * The stretches of the sentence that say what the role (`stems`) is for or of: "for the club, Leeds
 * Rovers" of "A spokesman for the club, Leeds Rovers, said…", "of Severn Water" of "the head of Severn
 * Water". The body a spokesman speaks for is not the spokesman: what is named there, and in a name set
 * after it by commas, is the complement's, not the role's holder.
 */
export function roleComplements(
  stems: ReadonlySet<string>,
  text: string,
  tokens: readonly Token[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const { last: end } of rolePhrases(stems, tokens)) {
    const joiner = tokens[end + 1];
    if (joiner === undefined || !SERVED.has(joiner.word)) continue;
    if (COMPLEMENT_END.test(text.slice((tokens[end] as Token).end, joiner.start))) continue;
    const rest = text.slice(joiner.start);
    const stop = COMPLEMENT_END.exec(rest)?.index ?? rest.length;
    const apposed = APPOSED_SERVED.has(joiner.word)
      ? (APPOSED_NAME.exec(rest.slice(stop))?.[0].length ?? 0)
      : 0;
    out.push({ start: joiner.start, end: joiner.start + stop + apposed });
  }
  return out;
}

/** The opposites (`opposites`) of the word the question sets right before a role word ("old" of "the old owner"). */
function opposedQualifiers(question: string, roles: readonly Group[]): ReadonlySet<string> {
  const words = tokenize(question);
  const out = new Set<string>();
  words.forEach((t, i) => {
    const before = words[i - 1];
    if (before === undefined || before.stop || !roles.some((g) => g.word === t.word)) return;
    for (const o of opposites(before.word)) out.add(o);
  });
  return out;
}

/**
 * Does the passage say the asked role only after an opposite of the question's qualifier ("The new
 * owner will be Lyric Community Cinema Ltd" for "who was the old owner?")? It titles another holder.
 */
function saysOpposedRole(role: AskedRole, tokens: readonly Token[]): boolean {
  if (role.opposed.size === 0) return false;
  const said = tokens.flatMap((t, i) => (role.stems.has(t.stem) ? [i] : []));
  return said.length > 0 && said.every((i) => role.opposed.has(tokens[i - 1]?.word ?? ''));
}
