/**
 * The asked kind: what sort of thing the short answer must be, from the question's wh-word and head
 * noun ("who" → a person, "which city" → a city, "what year" → a year, "how many people" → a count of
 * people, "how much … cost" → money), and whether a candidate span is of that kind. A span of another
 * kind ("$10bn" for "how many people died", "October" for "what year…", a person's name for "which
 * city…") reads as a confident wrong answer: the short answer is then left out and the passage alone
 * answers. Pure, apart from WordNet look-ups.
 */
import { OPENING_AUXILIARY } from './auxiliaries.js';
import type { Entity } from './entities.js';
import { HOW_WORDS, type ParsedQuestion } from './question.js';
import { KIND_NOUNS, nounAsked } from './kind-nouns.js';
import {
  agesABeing,
  askedSlot,
  datesOrigin,
  givenAsAge,
  namesMoney,
  saidAsAge,
  type AskedSlot,
  timeBetween,
} from './slot.js';
import { DETERMINERS, isStopword, tailBefore, type Token } from './text.js';
import {
  commonSenses,
  derivedWords,
  hasPersonSense,
  isCommonKindOrSame,
  isEnglishWord,
  isKindOf,
  isKindOrSame,
  isLemma,
  isNoun,
  lexFileOf,
  NOUN_FILE,
  nounClasses,
  onlyKindOf,
  taggedUses,
  VERB_FILE,
} from './wordnet.js';
import { modifiesNext } from './relational-adjective.js';
import {
  afterLocative,
  calledA,
  namesAPlace,
  namesBuilding,
  namesPlaceKind,
  type SpanKind,
} from './span-parts.js';
import { DO_OR_MODAL } from './verb-object.js';
import {
  dimensionAsked,
  measureAsked,
  measureFit,
  measuresOfSpan,
  measuresOfUnit,
  measureNamed,
  PHYSICAL,
  namesOtherDimension,
  namesOtherMeasure,
  besideOwnDimension,
  otherMeasureFollows,
  isUnitOf,
  unitClassesOf,
  type Dimension,
  type Measure,
  type MeasureAsked,
} from './measure.js';
import { datesNoun, isPlural } from './counted-noun.js';
import { ORDINAL_WORD, SCALE_AFTER, YEAR_OR_DECADE } from './numbers.js';
import { attributeMeasureWord, howWord, withMeasureWord } from './measure-word.js';
import type { Weights } from './weights.js';
import { holdsScoreline, SCORE_NOUN } from './scoreline.js';
import { dayAlone, lengthOfTime, MONTH, TIME_POINT, WEEKDAY, YEAR } from './time-point.js';
import { nameOfPronounAsked, nameOwnerAsked } from './span-described.js';
import { hasLetter, startsNumber, startsUpper } from './letters.js';
import { rememberedOf } from './question-memo.js';
import { dimensionMeasureAsked } from './dimension-measure.js';
import { verbLemmaOf } from './lemma.js';

export type AnswerKind =
  | 'person'
  | 'organization'
  | 'place'
  | 'city'
  | 'country'
  | 'year'
  | 'month'
  | 'weekday'
  | 'date'
  | 'count'
  | 'money'
  | 'age'
  | 'share'
  | 'duration'
  | 'quantity'
  | 'scoreline'
  | 'thing'
  | 'any';

export interface AskedKind {
  kind: AnswerKind;
  /** For `thing` (and `any` with `called`): the head noun asked for ("song" of "what was his last song"). */
  noun?: string;
  /** For `thing`: what the question's subject does, demands or is accused of, not who or how many. */
  done?: true;
  /** For `thing`: "which meeting…" asks which one of the noun's kind, so the answer is one of them. */
  which?: true;
  /**
   * For `thing`: the noun names a kind of place in its commonest sense ("which street", "what venue",
   * "which river": `namesPlaceKind`), so the answer is a place, never a person (`placeFit`).
   */
  place?: true;
  /** For `thing`: "what union is…": the noun right after "what", surely what is asked for. */
  said?: true;
  /**
   * For `thing`: "what is the name of the trust?", "what is the charity called?": a proper name. For
   * `person`: "what is the mayor's name?", a person's name written as one (`possessedNameKind`).
   */
  named?: true;
  /**
   * For `any` with `noun`: "what is the new album called?" asks what the noun's one is called, a name or
   * a word of any kind ("pharynx" for the throat), but never a date, a place for what is no place, nor a
   * word English uses mostly as another part of speech ("together"): `calledFit`.
   */
  called?: true;
  /** For `quantity`: "how much…" asks an amount (of money, of a mass), not how many things there are. */
  much?: true;
  /** For `age`: the age of a thing is asked ("how old is the factory?"), which a person's does not give. */
  thing?: true;
  /**
   * For `quantity`: the WordNet classes of the units the question's "how far", "how tall", "how fast"…
   * measures in ("linear_unit": "3 miles", "617 ft"), when it names a dimension.
   */
  units?: readonly string[];
  /**
   * For `quantity` with `units`: the question's measure is said of amounts too ("how high did inflation
   * rise?" → "8%", "how big was the loan?" → "£40m"), so money and shares answer as well as a unit.
   */
  amounts?: true;
  /**
   * For `quantity`: the dimension "how big", "how far"… asks, which a length of time does not give, nor
   * a size a distance between the thing and something else ("900 million kilometres from the Sun"):
   * `measure.ts`.
   */
  dimension?: Dimension;
  /**
   * With `dimension`: the adjective asking it ("wide" of "how wide…"), as `AskedSlot` has it; for
   * `duration`, "long", whose length another dimension does not give ("2.5 metres deep").
   */
  adjective?: string;
  /**
   * For `quantity` and `duration`: the kinds of measure the question's measure word asks ("how high" →
   * a length, "how much rain" → a depth, "how long" → a time): a number of another kind ("Karen Mbeki,
   * 54", "in 72 hours") is no answer (`measure.ts`).
   */
  measure?: MeasureAsked;
  /**
   * For `count` of a thing the question names ("how many people live…"): the measures the question
   * names a unit of ("how many paid holiday days" → a duration), the only ones whose numbers count.
   */
  counted?: readonly Measure[];
  /**
   * For `count`: "how many of the critics…" asks how many of a whole, the part ("Five of the eight
   * critics"), which the number of the whole after "of the" does not give.
   */
  part?: true;
}

/** How well a candidate is of the asked kind: `fine` answers, `loose` only when nothing is fine. */
export type Fit = 'fine' | 'loose' | 'none';

/** WordNet's classes of a body of people ("the charity", "the council", "the militants"). */
const BODY_CLASSES = ['organization', 'social_group'] as const;
/** WordNet's classes of whoever may act and be named: a person or a body of people (not a thing). */
const PEOPLE_CLASSES = ['person', ...BODY_CLASSES] as const;

/** Is the noun, in one of its commonest senses, of one of WordNet's classes (or one of them itself)? */
function ofAnyClass(word: string, classes: readonly string[]): boolean {
  return classes.some((k) => isKindOrSame(word, k));
}

/** Does the noun name people or a body of them ("architect", "council", "team"), not a thing? */
export function namesPeople(noun: string): boolean {
  return ofAnyClass(noun, PEOPLE_CLASSES);
}

/**
 * Does the phrase hold a body rather than name one: a lower-case noun followed by "of" ("a member of the
 * union RMT", "one of the firms")? A name that holds "of" is a name all the same ("the Bank of England",
 * "Friends of the Earth"): its "of" follows a capitalised word.
 */
export function holdsBody(text: string): boolean {
  return /(?:^|\s)\p{Ll}[\p{L}'-]*\s+of\b/u.test(text);
}

/**
 * Is the phrase a body named after the noun for its kind: a name after a lower-case noun for a body of
 * people ("the Danish firm Kovak", "the charity Shelter", "the charity Friends of the Earth"), or a name
 * whose own head is such a noun ("the Bank of England")? Such an apposition says which body a role
 * phrase stood for ("a giant of the sportswear world, the Danish firm Kovak, has offered…"). Not a
 * phrase holding a body ("a member of the union RMT": `holdsBody`).
 */
export function namesBodyOfKind(text: string): boolean {
  if (holdsBody(text)) return false;
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const start = nameStart(words);
  if (start === words.length) return false;
  const kind = words.slice(0, start).findLast((w) => /^\p{Ll}+$/u.test(w) && !DETERMINERS.has(w));
  if (kind !== undefined) return ofAnyClass(kind, BODY_CLASSES);
  // The name's head, before its "of": "Bank" of "the Bank of England".
  return words[start + 1] === 'of' && ofAnyClass((words[start] as string).toLowerCase(), BODY_CLASSES);
}

/** The lower-case words a name may hold between its capitalised ones ("Bank of England", "Friends of the Earth"). */
const NAME_JOINS = /^(?:of|the|and|for|&)$/u;

/**
 * Where the name that ends the phrase starts (the phrase's length when its last word is no name's):
 * capitalised words, and words joining them ("of the").
 */
function nameStart(words: readonly string[]): number {
  let start = words.length;
  if (!/^\p{Lu}/u.test(words.at(-1) ?? '')) return start;
  start -= 1;
  for (;;) {
    let at = start - 1;
    while (at >= 0 && NAME_JOINS.test(words[at] as string)) at--;
    if (at < 0 || !/^\p{Lu}/u.test(words[at] as string)) return start;
    start = at;
  }
}

const WH = /\b(?:who|whom|whose|what|which|when|where|why|how)\b/giu;
/** The words a head noun may follow: "what is the…", "what was his last…", "which of the…". */
const COPULA = /^(?:is|was|are|were|'s|s)$/;
/** "What did they sign?", "what was signed?": an auxiliary and a verb, or a passive participle. */
const OBJECT_ASKED = new RegExp(
  String.raw`^(?:what|which)\s+(?:${DO_OR_MODAL}\s+\p{L}|(?:is|are|was|were|has|have|had)\s+(?:been\s+)?\p{L}+(?:ed|en)\b)`,
  'u',
);
/** "Who is", "who was", "whos": the question's opening before the word it says of whoever it asks. */
const WHO_COPULA = String.raw`^\s*who(?:'s|s| is| was| are| were)\s+`;
/** "Who is helping…", "who was elected…": a verb after the copula asks for whoever does it. */
const WHO_DOING = new RegExp(String.raw`${WHO_COPULA}\p{L}+(?:ing|ed)\b`, 'u');
/** "Who is X…", "who was X…": the word after the copula. */
const WHO_IS = new RegExp(String.raw`${WHO_COPULA}(\p{L}+)`, 'u');

/**
 * "Who is notorious?": the word after "who is" is an adjective (WordNet lists it as one and not as a
 * noun), not a name ("who is fomin", "who is Paterson").
 */
function whoIsAdjective(q: string): boolean {
  const word = WHO_IS.exec(q)?.[1];
  return word !== undefined && isLemma('adj', word) && !isLemma('noun', word);
}

/**
 * The wh-word that asks: the one that ends the question ("…oppose what?"), else the first, unless it
 * opens a clause that sets the scene ("When violence is
 * used, what is it called?", "Where the river bends, which town…"): then the one after the comma.
 */
function mainWh(q: string): { word: string; at: number } | undefined {
  const all = [...q.matchAll(WH)].map((m) => ({ word: m[0].toLowerCase(), at: m.index }));
  const first = all[0];
  const last = all.at(-1);
  if (first === undefined || last === undefined) return undefined;
  // "The Church supports those persons who oppose what?": a wh-word that ends the question asks.
  if (/^[\s?.!]*$/.test(q.slice(last.at + last.word.length))) return last;
  if (first.word === 'when' || first.word === 'where') {
    const later = all.find((w) => w.at > first.at && /,\s*$/.test(q.slice(first.at, w.at)));
    if (later !== undefined) return later;
  }
  return first;
}

/** "what's" → "what is": its one word; made once, as letters.ts says why. */
const CONTRACTED_IS = /^(\p{L}+)'s\b/u;

/**
 * The head noun after "what/which": "what year", "which city", "what type of oil producer" (the last
 * noun before a function word), "what was his last song", "what is the name of…".
 */
function headNoun(q: string, at: number): string | undefined {
  const words = q
    .slice(at)
    .replace(CONTRACTED_IS, '$1 is')
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w !== '')
    .slice(1)
    .map((w) => w.replace(/'s?$/, ''));
  let i = 0;
  // "what is the…", "what's his…": a copula and a determiner before the noun phrase.
  const copula = COPULA.test(words[0] ?? '') && DETERMINERS.has(words[1] ?? '');
  // "What is a hermaphrodite?" asks what the thing is, not for one.
  if (copula && /^an?$/.test(words[1] ?? '')) return undefined;
  if (copula) i = 2;
  else if (DETERMINERS.has(words[0] ?? '')) return undefined;
  if (/^(?:type|kind|sort|form|category)s?$/.test(words[i] ?? '') && words[i + 1] === 'of') i += 2;
  // "What other mathematician…": "other" only says that one was named.
  if (/^(?:other|another|else)$/.test(words[i] ?? '')) i++;
  let head: string | undefined;
  // Up to three words, a later one only when it is a noun: "what Greek writer", "what members typically…".
  for (let n = 0; i < words.length && n < 3; i++, n++) {
    const w = words[i] as string;
    // "What 1971 film…": a year or a number before the noun is no part of the kind.
    if (head === undefined && startsNumber(w)) continue;
    if (isStopword(w) || startsNumber(w) || (head !== undefined && !isNoun(w))) break;
    // "Which museum wants to buy the hoard?": a verb's "-s" form before "to" or a determiner is the
    // question's verb, not a second noun ("museum wants"); the noun before it is the kind asked.
    if (head !== undefined && verbBefore(w, words[i + 1], words.slice(i + 2))) break;
    head = w;
    const next = words[i + 1];
    if (next !== undefined && VERBISH.test(next)) {
      // "What is the government thinking of…": after a copula, a noun with a verb of its own is the
      // question's subject, not what it asks for.
      // "What is the government thinking of doing?" asks for an action, of any kind.
      if (copula) return /\bdo(?:ing)?\W*$/.test(q) ? undefined : SUBJECT;
      break;
    }
  }
  // "What are the Tories and Lib Dems demanding?", "what are the directors being accused of?": a
  // participle later on makes the noun the question's subject; what is asked is what they do.
  if (copula && head !== undefined && words.slice(i).some((w, j, rest) => isParticiple(w, rest[j - 1])))
    return SUBJECT;
  return head;
}

/**
 * Is the word a verb's third-person "-s" form ("wants", "owns"), as WordNet lists the verb, with "to" or
 * a determiner after it ("wants to", "owns the"), where a noun of a noun phrase would not stand? Not when
 * a finite verb follows (`rest`): then the question's verb is that one, and the word a plural noun
 * ("which bus routes to Leeds will be withdrawn?", "which care homes the council runs will close?": the
 * re-read's probes).
 */
function verbBefore(word: string, next: string | undefined, rest: readonly string[]): boolean {
  if (next === undefined || !(next === 'to' || DETERMINERS.has(next)) || !/[^s]s$/u.test(word)) return false;
  if (rest.some((w) => OPENING_AUXILIARY.has(w))) return false;
  const lemma = verbLemmaOf(word);
  return lemma !== undefined && lemma !== word;
}

/** What `headNoun` returns for a noun that is the question's subject, not the kind asked for. */
const SUBJECT = '';

/** A participle of the question's verb ("demanding", "being"), not a noun ("the building"). */
function isParticiple(word: string, before: string | undefined): boolean {
  return /ing$/.test(word) && word.length > 4 && !DETERMINERS.has(before ?? '') && before !== 'of';
}

/** Words after a head noun that start the rest of the question, not a longer noun ("what year did…"). */
const VERBISH =
  /(?:ed|ing)$|^(?:go|goes|get|gets|got|do|does|did|call|calls|make|makes|made|take|takes|took)$/;

/**
 * The kind a head noun asks for: strictly for the nouns that say it outright ("year", "city", "country")
 * and for kinds of person ("which minister"); for a noun WordNet files under a broader class, only that
 * class, which decides little ("what court" may be answered by "Court of Justice" or "Luxembourg").
 */
function kindOfNoun(noun: string, senses: number): AskedKind {
  if (/^years?$/.test(noun)) return { kind: 'year' };
  // "What was the score?": a result, written as two numbers ("3-1", "52-3 and 54-9"), never a lone
  // number ("certainly one") nor a name.
  if (SCORE_NOUN.test(noun)) return { kind: 'scoreline' };
  // "What was the final tally?": numbers, never a name.
  if (/^(?:tally|margin|total)s?$/.test(noun)) return { kind: 'quantity' };
  if (/^months?$/.test(noun)) return { kind: 'month' };
  if (/^weekdays?$/.test(noun)) return { kind: 'weekday' };
  if (/^(?:date|day)s?$/.test(noun)) return { kind: 'date' };
  // In the noun's commonest senses only (KIND_NOUN_SENSES): a "machine" or an "instrument" is a person in a rare one.
  if (isKindOrSame(noun, 'person', senses)) return { kind: 'person' };
  if (/^(?:city|cities|town|towns|village|villages)$/.test(noun) || isKindOrSame(noun, 'city', senses))
    return { kind: 'city' };
  if (/^(?:country|countries|nation|nations)$/.test(noun) || isKindOrSame(noun, 'country', senses))
    return { kind: 'country' };
  if (namesPlaceKind(noun)) return { kind: 'thing', noun, place: true };
  return { kind: 'thing', noun };
}

/** "What is the name of the X?": the noun phrase after "name of" and a determiner. */
const NAME_OF = /\bname of (?:the|this|that|his|her|its|their) ((?:[\p{L}-]+ ){0,2}[\p{L}-]+)\s*[?!.]*$/u;
/** "What is the X called?": the noun phrase before "called". */
const CALLED =
  /^\s*what(?:'s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the|this|that|his|her|its|their) ((?:[\p{L}-]+ ){0,2}[\p{L}-]+) called\s*[?!.]*$/u;
/** How a question asks for a name: "what is the name of the X?" or "what is the X called?". */
type NameWording = 'name-of' | 'called';
const NAME_ASKED: Readonly<Record<NameWording, RegExp>> = { 'name-of': NAME_OF, called: CALLED };

/**
 * "the name of the X": the last word of the noun phrase after "name of" and a determiner ("the town",
 * "the iraqi defence minister"), read as a "which X" is when it names a person, a city or a country;
 * any other noun WordNet knows ("the trust", "his book") asks for a proper name of that noun's kind,
 * written as one (`named`: a title may be any words, but a capitalised one); else `any`. "What is the
 * charity called?" asks the same (`called`), for a body of people only.
 */
function nameOfKind(q: string, senses: number, asked: NameWording): AskedKind {
  const noun = NAME_ASKED[asked].exec(q.trim())?.[1]?.split(' ').at(-1);
  if (noun === undefined || !isEnglishWord(noun)) return { kind: 'any' };
  const of = kindOfNoun(noun, senses);
  if (of.kind === 'person' || of.kind === 'city' || of.kind === 'country') return of;
  if (of.kind !== 'thing' || !isNoun(noun)) return { kind: 'any' };
  // "What is the throat called?" asks for a word ("pharynx"), "what is the charity called?" for the
  // name of a body of people; the first may be any word but a date, a place or no noun (`calledFit`).
  if (asked === 'called' && !ofAnyClass(noun, BODY_CLASSES)) return { kind: 'any', noun, called: true };
  return { kind: 'thing', noun, which: true, named: true };
}

/** A noun a question asks the proper name of, and the words it says before it ("farm" of "the farm park"). */
export interface NameAsked {
  noun: string;
  modifiers: readonly string[];
  /**
   * "What is the tea room called?" of a thing that is no body of people: what it is called may be a word
   * of any case ("the throat, called the pharynx"), so a word after "called" or "named" names it too.
   */
  word?: true;
}

/**
 * The noun whose name a question asks ("what is the name of the trust?", "what is the boat called?"),
 * or undefined: a thing asked by name, or anything asked as what it is called.
 */
export function calledOrNamedNoun(asked: AskedKind): string | undefined {
  return (asked.kind === 'thing' && asked.named === true) || (asked.kind === 'any' && asked.called === true)
    ? asked.noun
    : undefined;
}

/**
 * The noun a question asks the proper name of ("trust" of "what is the name of the trust?", "club" of
 * "what is the rugby club called?", "leader" of "what is the name of the council leader?", "room" of "what
 * is the tea room called?"), when it asks one (`nameOfKind`'s `named`, a person, or `called`) of a
 * concrete thing or a person; undefined otherwise.
 */
export function nameAskedOf(
  question: string,
  parsed: ParsedQuestion,
  weights: Pick<Weights, 'KIND_NOUN_SENSES'>,
  slot?: AskedSlot,
): NameAsked | undefined {
  const asked = askedKind(question, parsed, weights, slot);
  const q = question.toLowerCase().replace(/[’‘]/g, "'").trim();
  const what = q.search(/\bwhat\b/);
  const phrase = (NAME_OF.exec(q) ?? CALLED.exec(what === -1 ? q : q.slice(what)))?.[1]?.split(' ') ?? [];
  // "What is the name of the council leader?", "what is the grandson called?": a person asked by the
  // noun for them, whose name the story gives with that noun ("council leader Jane Smith", "Jane Smith,
  // the council leader") or not at all. Only the noun that ends the asked phrase ("leader through the
  // Great Depression" asks by more than the noun).
  const noun = asked.kind === 'person' && asked.named !== true ? phrase.at(-1) : calledOrNamedNoun(asked);
  if (noun === undefined || (asked.kind !== 'thing' && phrase.at(-1) !== noun) || !isNoun(noun))
    return undefined;
  // Only a thing whose name is written as a proper one: a club, a park, a ship, a book (the commonest
  // sense in WordNet's concrete classes, groups, artifacts, places, beings, or a work: `TITLED`), not "the
  // rare brain condition" (a state), whose name is a common noun ("progressive multifocal
  // leukoencephalopathy").
  const classes = [...nounClasses(noun, 1)];
  if (!classes.every((k) => TITLED.has(k))) return undefined;
  // "The ship's name" says no words before the noun.
  const modifiers = phrase.at(-1) === noun ? phrase.slice(0, -1) : [];
  if (asked.kind !== 'any') return { noun, modifiers };
  // What a thing is called: not of a part of the body ("what is the throat called?" of 'a pharynx
  // ("throat")', a word of anatomy glossed in any shape), nor of a phrase whose head is not its last
  // word ("the hairs on ctenophores").
  if (classes.includes(NOUN_FILE.body) || modifiers.some((m) => isStopword(m))) return undefined;
  return { noun, modifiers, word: true };
}

/**
 * "What is Raman's name?", "whats her name?", "what is the mayor's surname?": a possessive before "name"
 * asks the name of whoever it names. Someone named ("Raman's", capitalised or not: no word of English),
 * someone a pronoun stands for ("her") or a kind of person ("the mayor's") has a person's name, written
 * as one: no date, number or amount (the kind was `any`, and "whats her name?" was answered "January
 * 2"), nor a phrase for a kind of person ("first woman"). Another noun ("the ship's name") asks as "the
 * name of the ship" does. Undefined for a question that asks no name by a possessive.
 */
function possessedNameKind(question: string, senses: number): AskedKind | undefined {
  const person: AskedKind = { kind: 'person', named: true };
  if (nameOfPronounAsked(question)) return person;
  const head = nameOwnerAsked(question)?.owner.at(-1)?.word;
  if (head === undefined) return undefined;
  if (!isEnglishWord(head) || writtenAsName(question, head)) return person;
  const of = kindOfNoun(head, senses);
  if (of.kind === 'person') return person;
  return of.kind === 'thing' && isNoun(head)
    ? { kind: 'thing', noun: head, which: true, named: true }
    : undefined;
}

/**
 * The kind a question with no wh-word asks for by its noun ("reopen date?" → a date, "death toll?" →
 * a count, "ceo name?" → a person): `any` when it names none (`kind-nouns.ts`).
 */
function nounKind(question: string, senses: number): AskedKind {
  const asked = nounAsked(question);
  if (asked === undefined) return { kind: 'any' };
  const kind = KIND_NOUNS.get(asked.noun);
  if (kind === 'reason') return { kind: 'any' };
  if (kind !== undefined) return { kind };
  const named = asked.noun === 'name' ? asked.modifier : asked.noun;
  if (named === undefined || !isEnglishWord(named) || writtenAsName(question, named)) return { kind: 'any' };
  const of = kindOfNoun(named, senses);
  // Only a kind that decides: a person, a city, a country ("bridge?" says nothing of its answer).
  return of.kind === 'thing' ? { kind: 'any' } : of;
}

/**
 * The kind a kind noun after "what/which" asks for ("age", "toll", "cost"), when the question asks for
 * its value.
 */
function measureNoun(q: string, at: number, noun: string): AskedKind | undefined {
  // "What is the company's revenue?": a noun WordNet files under an amount of money asks for money.
  const kind = KIND_NOUNS.get(noun) ?? (namesMoney(noun) ? 'money' : undefined);
  if (kind === undefined) return attributeNoun(q.slice(at), noun);
  if (kind === 'reason') return undefined;
  if (!/^(?:what|which)(?:'s|\s+(?:is|was|are|were|will be))\s/.test(q.slice(at))) return undefined;
  return { kind };
}

/**
 * "What was the water temperature?", "what temperature is the pool?": a noun WordNet names as the
 * attribute of an adjective asking a measure (`attributeMeasureWord`: "temperature" → "hot") asks its
 * value, as "how hot is the pool?" does: a quantity of the measure that adjective asks (`measureNamed`).
 * `asked` is the question from its wh-word on.
 */
function attributeNoun(asked: string, noun: string): AskedKind | undefined {
  const value = new RegExp(
    // The noun is a word of the reader's: escaped, never read as a pattern.
    String.raw`^(?:what|which)(?:(?:'s|\s+(?:is|was|are|were|will be))\s|\s+${noun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\s+(?:is|was|are|were)\b)`,
  );
  if (!value.test(asked)) return undefined;
  const adjective = attributeMeasureWord(noun);
  const measure = adjective === undefined ? undefined : measureNamed(`how ${adjective}`);
  return measure === undefined ? undefined : { kind: 'quantity', measure };
}

/** Is the word written with a capital inside the question ("Which Brits are…")? */
function writtenAsName(question: string, word: string): boolean {
  return [...question.matchAll(/\p{L}[\p{L}'-]*/gu)].some(
    (m) => m.index > 0 && startsUpper(m[0]) && m[0].toLowerCase().replace(/'s?$/, '') === word,
  );
}

/**
 * What kind of thing the question asks for (`any` when its wording says nothing of it). `slot`: what
 * `askedSlot` reads in the question, when the caller has read it already. Read once per slot, parsed
 * question, wording and sense count (`question-memo.ts`), as several stages ask it.
 */
export function askedKind(
  question: string,
  parsed: ParsedQuestion,
  weights: Pick<Weights, 'KIND_NOUN_SENSES'>,
  slot: AskedSlot = askedSlot(question, parsed),
): AskedKind {
  const senses = weights.KIND_NOUN_SENSES;
  const bySlot = rememberedOf(parsed, slot, () => new Map<string, AskedKind>());
  const key = `${senses} ${question}`;
  let kind = bySlot.get(key);
  if (kind === undefined) {
    kind = readKind(question, parsed, senses, slot);
    bySlot.set(key, kind);
  }
  return kind;
}

function readKind(question: string, parsed: ParsedQuestion, senses: number, slot: AskedSlot): AskedKind {
  const q = question.toLowerCase().replace(/[’‘]/g, "'");
  switch (slot.slot) {
    case 'age':
      return slot.thing === true ? { kind: 'age', thing: true } : { kind: 'age' };
    case 'money':
    case 'share':
      return { kind: slot.slot };
    case 'count': {
      const counted =
        slot.counted === undefined ? {} : { counted: countedMeasures(parsed.keywords.map((k) => k.word)) };
      return { kind: 'count', ...counted, ...(PART_ASKED.test(q) ? { part: true as const } : {}) };
    }
    case 'quantity': {
      // The measure asked, with the measure word the slot reads (`withMeasureWord`): "how short…?" is
      // read as "how long…?", a length of time first and a length only loosely (measure.ts `ASKED`).
      // Right for "how short was the film?" ("52 minutes", not a quantity of no kind); "how short is the
      // footbridge?" is read as "how long is the footbridge?" is, its "12m" a loose fit.
      const m = withMeasureWord(q, HOW_WORDS);
      if (/\bhow long\b/.test(m))
        return { kind: 'duration', ...timeOnly(measureOf(m), q), ...adjectiveOf(m) };
      if (/\bhow much\b/.test(m)) return { kind: 'quantity', much: true, ...unitsOf(m), ...measureOf(m) };
      return { kind: 'quantity', ...unitsOf(m), ...dimensionOf(m), ...measureOf(m) };
    }
    default:
  }
  // "What is Raman's name?", and "whats the mayors name?" written with no apostrophe (no name slot) or
  // no wh-word of `mainWh`'s ("whats").
  const possessed = possessedNameKind(question, senses);
  if (possessed !== undefined) return possessed;
  const wh = mainWh(q);
  switch (wh?.word) {
    case undefined:
      return nounKind(question, senses);
    case 'who':
    case 'whom':
    case 'whose':
      // "Who is Alexander Fomin?" asks what the named person is (see slot.ts): no name answers it.
      // "Who is helping Iraq?" asks for a person.
      // "Who is notorious?", "who was responsible?": an adjective after the copula says something of
      // whoever it is, and asks for them.
      return { kind: slot.slot === 'none' && !WHO_DOING.test(q) && !whoIsAdjective(q) ? 'any' : 'person' };
    case 'where':
      return { kind: 'place' };
    case 'when':
      return { kind: 'date' };
    case 'what':
    case 'which': {
      if (/\b(?:what|which) day of the week\b/.test(q)) return { kind: 'weekday' };
      // "What is the name of the town?" asks for a town, as "which town?" does; a first name, a
      // nickname or "the name of his book" may be anything.
      if (slot.slot === 'name') return nameOfKind(q, senses, 'name-of');
      if (CALLED.test(q.slice(wh.at))) return nameOfKind(q.slice(wh.at), senses, 'called');
      const noun = headNoun(q, wh.at);
      // "What was signed?", "what did they sign?": a thing done or made, though the question names no
      // noun for it. "What was Phillips' official title?", "what is a hermaphrodite?" may be anything.
      if (noun === undefined) return OBJECT_ASKED.test(q.slice(wh.at)) ? { kind: 'thing' } : { kind: 'any' };
      // "What are the directors being accused of?": a thing done, demanded or accused of.
      if (noun === SUBJECT) return { kind: 'thing', done: true };
      // A word WordNet does not know ("authers") says nothing of the kind, and a name ("Which Brits…")
      // is no kind of thing: WordNet may file it as an instance of one.
      if (!isEnglishWord(noun)) return { kind: 'any' };
      if (writtenAsName(question, noun)) return { kind: 'thing', noun };
      // "What is the retirement age now?", "what was the death toll?": a noun that names the kind of
      // answer (kind-nouns.ts) asks for it after "what" as it does alone ("retirement age?").
      const of = kindOfNoun(noun, senses);
      if (of.kind !== 'thing') return of;
      const measured = measureNoun(q, wh.at, noun);
      if (measured !== undefined) return measured;
      // "Which meeting was it?": the noun right after "which" is what one is asked for (not "which
      // train company", "which conjecture holds…", whose head noun may be misread).
      const next = /^(which|what)\s+(\p{L}+)/u.exec(q.slice(wh.at));
      if (next?.[2] !== noun) return of;
      // "What union is…": the noun right after "what" names what is asked as surely (`said`).
      return next[1] === 'which' ? { ...of, which: true } : { ...of, said: true };
    }
    default:
      return { kind: 'any' };
  }
}

/** The dimension a "how big / far…" question asks (`measure.ts`), as `AskedKind`'s field. */
function dimensionOf(q: string): { dimension?: Dimension; adjective?: string } {
  const dimension = dimensionAsked(q);
  const adjective = howWord(q);
  return dimension === undefined || adjective === undefined ? {} : { dimension, adjective };
}

/** The adjective a "how long" question asks with ("long"), as `AskedKind`'s field. */
function adjectiveOf(q: string): { adjective?: string } {
  const adjective = howWord(q);
  return adjective === undefined ? {} : { adjective };
}

/**
 * "How long has the surgery been going?": a "how long" with a verb of its own asks a length of time,
 * which no distance gives, not even loosely ("nine miles away"); only a copula asked of a thing ("how
 * long is the pool?") asks a length too, as `dimensionMeasureAsked` reads the question.
 */
function timeOnly(asked: { measure?: MeasureAsked }, q: string): { measure?: MeasureAsked } {
  const { measure } = asked;
  if (measure?.loosely?.includes('length') !== true) return asked;
  const units = dimensionMeasureAsked(q)?.measures;
  if (units === undefined || units.includes('length') || !units.includes('duration')) return asked;
  return { measure: { ...measure, loosely: measure.loosely.filter((m) => m !== 'length') } };
}

/** The kinds of measure the question asks (`measure.ts`), as `AskedKind`'s field. */
function measureOf(q: string): { measure?: MeasureAsked } {
  const measure = measureAsked(q);
  return measure === undefined ? {} : { measure };
}

/**
 * The WordNet classes of the units of the dimension the question measures, when it names one: a length
 * for "how far", "how tall", "how high" (miles, ft, m); a speed for "how fast" (mph, knots); a mass for
 * "how heavy"; a length, area or volume for "how big". `amounts` when money and shares answer too.
 */
function unitsOf(q: string): { units?: readonly string[]; amounts?: true } {
  const asked = measureAsked(q);
  if (asked?.dimension !== true) return {};
  const units = unitClassesOf(asked.measures.filter((m) => m !== 'money'));
  return asked.measures.includes('money') ? { units, amounts: true } : { units };
}

/** An amount of money: a currency sign before a number ("£350", "$4.2bn"). */
const MONEY_AMOUNT = /[£$€¥]\s?\d/u;

/** A number and the word after it, its unit if it has one ("900 million kilometres", "617-ft"). */
const NUMBER_AND_UNIT = new RegExp(String.raw`(?<!\p{L})\d[\d,.]*${SCALE_AFTER}[\s-]*(\p{L}+)`, 'gu');

/**
 * Does the passage give the measure a "how far / tall / high / big…" question asks, in a unit of its
 * dimension ("900 million kilometres" for "how far", "617 ft" for "how tall"; for a size, not a distance
 * from something else nor a length of time)? A passage that does says the question's "far" or "tall"
 * in its own way: the unit is how English writes a measure, the adjective how it asks for one.
 */
export function dimensionSaid(question: string, passage: string): boolean {
  const q = question.toLowerCase();
  const { units, amounts } = unitsOf(q);
  if (units === undefined) return false;
  // "How big is the staff bonus?" of "a special bonus of £350": an amount of money is how a story
  // writes how big an amount is, as a unit of length is how it writes a size.
  // Not of a thing one can touch: "£40m" is the cost of "the new stadium", no size of it.
  const noun = /(\p{L}+)\s*[?.!]*\s*$/u.exec(q)?.[1];
  const tangible = noun !== undefined && isKindOrSame(noun, 'physical_entity');
  if (amounts === true && !tangible && MONEY_AMOUNT.test(passage)) return true;
  const dimension = dimensionAsked(q) ?? 'other';
  return [...passage.matchAll(NUMBER_AND_UNIT)].some((m) => {
    if (!givesUnit(passage, m.index, m.index + m[0].length, units)) return false;
    const digits = /^[\d,.]+/.exec(m[0])?.[0].length ?? 0;
    return !otherMeasureFollows(passage.slice(m.index + digits), dimension, howWord(q));
  });
}

/**
 * Does the span at [start, end) of the text give a unit of one of the classes ("340 miles", "617 ft",
 * "25-foot", "110 mph", "300g")? Its last number's unit, within the span, as measure.ts reads it with
 * what stands before ("£40m" is money: `measuresOfSpan`), else any word of it that is such a unit, in
 * its dictionary form too ("feet" → "foot"). A bare number gives none, whatever unit follows it.
 */
function givesUnit(text: string, start: number, end: number, units: readonly string[]): boolean {
  // Read up to the span's end, as a unit after it is not the span's ("340" of "340 miles"); but an
  // "m" glued on its number is read with the word after it when that word says it counts millions
  // (`countsMillions`: "40m viewers", "40m euros"), as `measuresAt` then reads it.
  const read = measuresOfSpan(countsMillions(text, start, end) ? text : text.slice(0, end), start, end);
  if (unitClassesOf(read).some((c) => units.includes(c))) return true;
  const span = text.slice(start, end);
  // An amount of money gives none: the "m" of "£40m" is millions, not metres.
  if (CURRENCY.test(span)) return false;
  return [...span.matchAll(/\p{L}+/gu)].some(([w]) => isUnitOf(w, units));
}

/**
 * Does the span end in an "m" glued on its number that the word after it says is millions, not metres:
 * a plural noun of people or of a group of them (WordNet's noun.person, noun.group: "40m viewers", "12m
 * households", "3m voters") or a unit ("40m euros", "40m litres")? Not the thing a length in metres is of,
 * which the "m" measures: "the 400m hurdles", "15m routes", "six 25m lanes" (an event, a place, an artifact).
 */
function countsMillions(text: string, start: number, end: number): boolean {
  if (!/\dm$/u.test(text.slice(start, end))) return false;
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end))?.[1]?.toLowerCase();
  if (next === undefined || isStopword(next) || !isPlural(next)) return false;
  const classes = nounClasses(next);
  // "the 400m runners", "800m swimmers": people of a race over the distance, named by a verb of motion.
  if (racers(next)) return false;
  return classes.has(NOUN_FILE.person) || classes.has(NOUN_FILE.group) || measuresOfUnit(next).length > 0;
}

/** A noun WordNet derives from a verb of motion in its commonest sense ("runners", "swimmers", "sprinters"). */
function racers(noun: string): boolean {
  return derivedWords(noun).some((verb) => {
    const first = commonSenses('verb', verb)[0];
    return first !== undefined && lexFileOf('verb', first) === VERB_FILE.motion;
  });
}

export interface KindCandidate {
  start: number;
  end: number;
  kind: SpanKind;
  /** The candidate's text as it would be answered. */
  text: string;
}

export interface KindPassage {
  text: string;
  tokens: readonly Token[];
  tags: readonly Entity[];
  /**
   * The words of the people the passages shown name (lower case: "khaled", "obaidi"). A function, read
   * only for a "which X" question: it tags every passage shown, which on a large folder whose sentences
   * are not tagged yet costs a question's first ask milliseconds per passage.
   */
  people?: () => ReadonlySet<string>;
}

const CURRENCY =
  /[£$€¥]|\b(?:us|usd|gbp|eur)\b|\b(?:pounds?|dollars?|euros?|yen|yuan|rupees?|pence|cents?|francs?|roubles?|rubles?|dinars?|p)\b|\d(?:p|bn|m)\b/i;
const PERCENT = /%|\bper ?cent\b|\bpercent\b|\b(?:half|third|thirds|quarter|quarters|fifth|fifths)\b/i;
const TIME_UNIT =
  /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|fortnights?|nights?)\b|\b(?:annual(?:ly)?|biennial(?:ly)?|daily|weekly|monthly|yearly|hourly|since)\b/i;
const AGE = /\b\d{1,3}[\s-]+years?[\s-]+old\b|\baged?\s+\d{1,3}\b/i;
/** A number alone, which may be an age ("Karen Mbeki, 54") or anything counted. */
const BARE_NUMBER = /^\d{1,3}(?:\.\d)?$/;
/** Before a bare number, a verb that says it is an age: "turns 150", "was nearly 100", "reached 80". */
const AGE_VERB_BEFORE =
  /\b(?:turns?|turned|turning|is|was|reaches|reached|reaching|will\s+be)\s+(?:(?:now|nearly|almost|about|just)\s+)?$/iu;
/** The word before a number that makes it a label, not an amount or an age ("number 7", "No. 22"). */
const LABELLED = /(?:\bnumber|\bno\.?|#)\s*$/i;
/** A capitalised word and a space right before a number, some text before it: group 1 is the word. */
const CAPITAL_BEFORE_NUMBER = /(?<=\S\s+)(\p{Lu}\p{Ll}+)\s+$/u;

/**
 * Is the number at `start` one a capitalised common noun names, as a label: "Year 9", "Route 62",
 * "Flight 370", "Room 101"? A name before a bare number is no age ("Kowalski 48" is not written).
 */
function namedLabel(text: string, start: number): boolean {
  const word = CAPITAL_BEFORE_NUMBER.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  return word !== undefined && isNoun(word.toLowerCase()) && isEnglishWord(word.toLowerCase());
}

/** Does the span at [start, end) of `text` hold the day of a date ("21 August", "August 21": `dayOfDate`)? */
function givesDay(text: string, start: number, end: number): boolean {
  for (const m of text.slice(start, end).matchAll(/\d+/gu))
    if (dayAlone(text, start + m.index, start + m.index + m[0].length)) return true;
  return false;
}

/** A preposition before a number that, with a unit of time, says how long: "for 25 years", "over 30 years". */
const DURATION_BEFORE = /\b(?:for|over|within|during|in)\s+$/i;
/**
 * Is the span a length of time: a number with a unit of time (`measuresOfSpan`: "25 years", "six months")
 * after a preposition that says how long ("for", "over", "within", "during", "in")?
 */
function timeSpent(c: { start: number; end: number }, text: string): boolean {
  return (
    DURATION_BEFORE.test(tailBefore(text, c.start, 1)) &&
    measuresOfSpan(text, c.start, c.end).includes('duration')
  );
}
/** A number that says a position: "second", "61st", "the third", "twentieth" (at the span's start). */
const ORDINAL = new RegExp(
  String.raw`^(?:(?:the|a|an|its|their|his|her|our|my|this|that)\s+)?(?:\p{L}+['’]s\s+)?${ORDINAL_WORD}\b`,
  'iu',
);
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
/** Every number of a text (`NUMBER`), to take them out. */
const NUMBERS = new RegExp(NUMBER.source, 'gi');

/** The place's name as WordNet may know it ("St. Petersburg" → "st._petersburg" is not looked up). */
function placeIs(text: string, category: string): boolean {
  const name = text.replace(/^the\s+/i, '').trim();
  return /^\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?$/u.test(name) && isKindOf(name.replace(/\s/g, '_'), category);
}

/** Is a place of the list ("Sri Lanka, India and Thailand", "Ostrava and Frydek") of the category? */
function placesAre(text: string, category: string): boolean {
  return text.split(/\s*(?:,|\band\b|\bor\b)\s*/).some((p) => p !== '' && placeIs(p, category));
}

/**
 * What a candidate is: an entity's type; for a noun phrase, a person's name inside it makes it a person
 * ("Iraqi Defense Minister Khaled Obaidi"), a head WordNet lacks a name, else the
 * class WordNet files its head noun under ("the militants" are people, "its military capability" a
 * thing).
 */
type Class = Exclude<SpanKind, 'phrase' | 'clause'> | 'name' | 'people' | 'time' | 'thing';

function classOf(c: KindCandidate, passage: KindPassage): Class {
  if (c.kind === 'clause') return 'thing';
  if (c.kind === 'person' && namesAThing(c, passage)) return 'thing';
  if (c.kind !== 'phrase') return c.kind;
  // A phrase made of entities of one type and the commas and "and"s between them ("Sri Lanka, India
  // and Thailand") is of that type.
  const inside = passage.tags.filter((t) => t.type !== 'phrase' && t.start >= c.start && t.end <= c.end);
  const type = inside[0]?.type;
  if (type !== undefined && type !== 'phrase' && inside.every((t) => t.type === type)) {
    let rest = c.text;
    for (const t of [...inside].reverse())
      rest = rest.slice(0, t.start - c.start) + rest.slice(t.end - c.start);
    if (/^(?:[\s,]|\b(?:and|or|the)\b)*$/i.test(rest)) return type;
  }
  if (passage.tags.some((t) => t.type === 'person' && t.start >= c.start && t.end <= c.end))
    return namesAThing(c, passage) ? 'thing' : 'person';
  const head = headWord(c.text);
  if (head === '' || !isEnglishWord(head.toLowerCase())) return 'name';
  const word = head.toLowerCase();
  // A head in lower case is a common noun: a kind of person or body only in a sense WordNet writes so
  // ("begin" is no person though WordNet lists Menachem Begin: `isCommonKindOrSame`).
  const people = startsUpper(head)
    ? ofAnyClass(word, PEOPLE_CLASSES)
    : PEOPLE_CLASSES.some((k) => isCommonKindOrSame(word, k));
  // A capitalised head is a name ("Stagecoach", "English Heritage") unless it is a title or a body
  // ("Presiding Officer", "Director of the … Service", "Parliament").
  if (startsUpper(head)) return people ? 'people' : 'name';
  if (people) return 'people';
  if (isKindOf(word, 'time_period')) return 'time';
  return 'thing';
}

/**
 * "The Lance Todd Trophy", "the Nobel Peace Prize": after "the", a name whose head is a common noun for
 * something other than a person or a body of people names that thing, though the tagger may take its
 * first words for a person's name ("Lance Todd"). A person's name takes no "the".
 */
function namesAThing(c: KindCandidate, passage: KindPassage): boolean {
  const head = headWord(c.text);
  // "The odd Roman brooch": a person's name ends in a capital; a head written in lower case that is a
  // noun for a thing names that thing ("Roman", a first name to the tagger, says whose make it is).
  if (head !== c.text.trim() && lowerThingHead(head)) return true;
  if (!/\bthe\s+$/i.test(tailBefore(passage.text, c.start, 1))) return false;
  if (!startsUpper(head) || head === c.text.trim()) return false;
  const word = head.toLowerCase();
  return usedAsNoun(word) && !ofAnyClass(word, PEOPLE_CLASSES);
}

/** The head word of a phrase: its last, or the last before "of" ("Director of the … Service"). */
function headWord(text: string): string {
  const phrase = text.split(/\s+of\s+/i)[0] ?? text;
  return /([\p{L}]+)[^\p{L}]*$/u.exec(phrase)?.[1] ?? '';
}

/** A head in lower case that is a noun, and none for a person or a body of people ("brooch", not "team"). */
function lowerThingHead(head: string): boolean {
  return head !== '' && !startsUpper(head) && usedAsNoun(head) && !ofAnyClass(head, PEOPLE_CLASSES);
}

/** Is a phrase's head a noun for a kind of person ("Director of the … Service")? */
export function isPersonHead(text: string): boolean {
  return onlyKindOf(headWord(text).toLowerCase(), 'person');
}

/**
 * May a phrase's head be a noun for a kind of person: one of its commonest senses is one ("fan", a
 * device first and a supporter next; "chief executive", also a branch of government; "teacher", also
 * a personified lesson). Looser than `isPersonHead`, for a phrase already known to do what a
 * who-question asks (its verb's subject), which picks the person's sense out of the others.
 */
export function mayBePersonHead(text: string): boolean {
  return isKindOrSame(headWord(text).toLowerCase(), 'person');
}

/**
 * Is a phrase's head, in one of its commonest senses, a kind of person or a body of people ("a dog
 * walker", "a team from Catterick Garrison", "the coastguard helicopter crew")? Such a phrase after a
 * passive's "by" did the thing (`agentsOfVerb`); "a landslide", "28 votes" did not.
 */
export function mayBePeopleHead(text: string): boolean {
  return namesPeople(headWord(text).toLowerCase());
}

/** "of" and a name written with a capital ("of Severn Water", "of the BBC"). */
const OF_A_NAME = /^\s+of\s+(?:the\s+)?[\p{Lu}\d]/u;

/**
 * Is a phrase followed by "of" and a name ("the head of Severn Water", "the face of Chanel") one for a
 * person in charge of or standing for that body: its head has a person among any of its senses
 * ("head": the fourth, "a person who is in charge")? The name after "of" picks that sense out of the
 * commoner ones (a body part, a domestic animal, a mind), as the who-question asking the phrase's verb
 * picks a person's; a phrase with no person sense ("the shares of Severn Water") is never one.
 */
export function headsNamedBody(text: string, after: string): boolean {
  return OF_A_NAME.test(after) && hasPersonSense(headWord(text).toLowerCase());
}

/**
 * Does the number count things rather than measure an amount: its head noun is, by WordNet, a kind of
 * person, group of people, living thing or artifact ("312 pupils", "nine people", "40 cars") and no unit of measure ("5 miles", "3
 * bottles", "200 tonnes"). Such a number answers "how many", not "how much".
 */
function countsThings(c: KindCandidate, passage: KindPassage): boolean {
  // A bare number ("312" of "all 312 pupils") counts the head of the phrase it is in.
  const opened = passage.tags.filter((t) => t.start <= c.start && t.end > c.end);
  // So does a number word alone ("three" of "three new kiosks").
  const worded = hasLetter(c.text.replace(NUMBERS, ''));
  const end = worded ? c.end : Math.max(c.end, ...opened.map((t) => t.end));
  const phrase = worded ? c.text : passage.text.slice(c.end, end);
  // "About 60 will be offered jobs": a bare number standing for its noun as a clause's subject.
  if (!/\p{L}/u.test(phrase) && !CURRENCY.test(c.text) && STANDS_AS_SUBJECT.test(passage.text.slice(c.end)))
    return true;
  const head = countedHead(phrase, passage.text.slice(end));
  if (!/^\p{L}+$/u.test(head) || isKindOf(head, 'measure')) return false;
  return ['person', 'social_group', 'organism', 'artifact'].some((cls) => isKindOf(head, cls));
}

/**
 * The noun a number's phrase counts: its head word, or, when the phrase ends on a word WordNet lists
 * only as an adjective ("two long-standing" of "two long-standing volunteers", as the tagger may cut
 * it), the word after it, which that adjective modifies.
 */
function countedHead(phrase: string, after: string): string {
  const last = /(\S+)\s*$/u.exec(phrase)?.[1]?.toLowerCase() ?? '';
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
  if (next !== undefined && isLemma('adj', last) && !isNoun(last)) return next.toLowerCase();
  return headWord(phrase).toLowerCase();
}

/** "How many of the critics…", "how many of them": a part of a whole is asked. */
const PART_ASKED = /\bhow many of (?:the|them|those|these|its|their|his|her|our)\b/;
/** Before the number of a whole a part is taken of: "Five of the [eight critics]". */
const WHOLE_BEFORE = /\bof\s+(?:the|its|their|his|her|our|those|these)\s+$/i;

/** An auxiliary right after a number: the number is the clause's subject ("60 will be offered", "40 were hurt"). */
const STANDS_AS_SUBJECT =
  /^\s+(?:will|would|were|was|are|is|have|has|had|could|can|may|might|must|should|of\s+them)\b/i;

const PERSONS: ReadonlySet<Class> = new Set<Class>(['person', 'organization', 'name', 'people']);

/**
 * WordNet's coarse classes of nouns for things a number or a date cannot be: animal, artifact, body,
 * food, group, location, object, person, plant, substance.
 */
const CONCRETE: ReadonlySet<number> = new Set([
  NOUN_FILE.animal,
  NOUN_FILE.artifact,
  NOUN_FILE.body,
  NOUN_FILE.food,
  NOUN_FILE.group,
  NOUN_FILE.location,
  NOUN_FILE.object,
  NOUN_FILE.person,
  NOUN_FILE.plant,
  NOUN_FILE.substance,
]);

/**
 * The classes of nouns whose one is named by a proper name: the concrete ones and works (a book, a film,
 * a report, a bill: WordNet's communication), whose titles are written as names ("Brown's Britain").
 */
const TITLED: ReadonlySet<number> = new Set([...CONCRETE, NOUN_FILE.communication]);

/**
 * Is the word a noun as English mostly uses it, by WordNet's sense-tagged corpus: a noun at all, and not
 * tagged more often as an adjective or adverb ("far", "little"); one the corpus never tags counts as a noun.
 */
function usedAsNoun(word: string): boolean {
  if (!isNoun(word)) return false;
  return taggedUses(word, '1') >= taggedUses(word, '345');
}

/** A name: its head word (the last, or the last before "of") written with a capital. */
export function isWrittenAsName(text: string): boolean {
  const head = headWord(text);
  // "Most of the critics", "All of them" opening a sentence: a capital, but no name.
  return startsUpper(head) && !isStopword(head.toLowerCase());
}

/**
 * "Which court…", "what is the name of the trust?": is the candidate a name whose head is the asked noun
 * or a kind of it ("Leeds Crown Court", "Aire Valley Care Trust", "Harvard University" for "which
 * institution")? Such a name surely is one; other candidates only may be.
 */
export function headedBy(asked: AskedKind, text: string): boolean {
  const noun = asked.kind === 'thing' ? asked.noun : undefined;
  return noun !== undefined && noun !== '' && nameHeadedBy(noun, text);
}

function nameHeadedBy(noun: string, text: string): boolean {
  if (!isWrittenAsName(text) || !/\s/.test(text.trim())) return false;
  const head = headWord(text).toLowerCase();
  return head === noun || head === `${noun}s` || isKindOf(head, noun);
}

/** A run of capitalised words ("the Wharfe Valley Hospice Trust over five years" → its name). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * The names in a text headed by the asked noun, as runs of capitalised words ("Wharfe Valley Hospice
 * Trust", which the tagger may run on into "… over five years"), without a capitalised stopword opening
 * a sentence ("At Leeds Crown Court"): spans of the text.
 */
export function namesHeadedBy(
  asked: AskedKind,
  text: string,
): { start: number; end: number; text: string }[] {
  const noun = asked.kind === 'thing' ? asked.noun : undefined;
  if (noun === undefined || noun === '') return [];
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    let start = m.index;
    let run = m[0];
    const opener = /^(\p{L}+)\s+/u.exec(run);
    if (opener !== null && isStopword((opener[1] as string).toLowerCase())) {
      start += opener[0].length;
      run = run.slice(opener[0].length);
    }
    if (nameHeadedBy(noun, run)) out.push({ start, end: start + run.length, text: run });
  }
  return out;
}

/** Does the candidate overlap a date the tagger finds ("September 15" of "September 15, 1968")? */
function overlapsDate(c: KindCandidate, passage: KindPassage): boolean {
  return passage.tags.some((t) => t.type === 'date' && t.start < c.end && t.end > c.start);
}

/**
 * Does the candidate count or score something ("6,200 people", "three of them", "Wigan 13-12"): a
 * number the tagger finds at its start or end, not a position ("First Minister")? No one is a number.
 */
function holdsNumber(c: KindCandidate, passage: KindPassage): boolean {
  return passage.tags.some(
    (t) =>
      t.type === 'number' &&
      (t.start === c.start || t.end === c.end) &&
      t.start >= c.start &&
      t.end <= c.end &&
      !ORDINAL.test(passage.text.slice(t.start, t.end)),
  );
}

/**
 * "Which meeting was it?": the answer names one meeting. A phrase does when its head is the noun or a
 * kind of it ("the second meeting", "a summit"), a name when WordNet files it under the noun or does not
 * know it ("Yalta Conference"); "Russia" (a country), "the statement" and a person's name name no meeting.
 */
function oneOf(noun: string, c: KindCandidate, cls: Class, passage: KindPassage): Fit {
  // "Bradford Crown Court" is a court, whatever the tagger takes it for; so is what the passage calls
  // one ("a ferry called the Stena Star", which the tagger may take for a person).
  if (nameHeadedBy(noun, c.text) || calledA(noun, passage.text, c.start)) return 'fine';
  const lemma = c.text
    .replace(/^the\s+/i, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '_');
  if (isKindOrSame(lemma, noun)) return 'fine';
  // A person is no meeting: a name the tagger or another passage shown gives a person ("Obaidi"); not
  // a phrase that holds one ("Commission v Edith Cresson" is a case).
  const person = passage.tags.some((t) => t.type === 'person' && t.start === c.start && t.end === c.end);
  if (person || passage.people?.().has(lemma) === true) return 'none';
  const asked = nounClasses(noun);
  if (cls === 'date' || cls === 'number') return dateOrNumberFit(noun);
  // A name WordNet does not know may name anything; a place it knows ("Russia") or a common noun
  // ("the statement") names one of the noun's kind only in the same coarse class (supersense).
  if (cls !== 'place' && cls !== 'thing' && cls !== 'people' && cls !== 'time') return 'fine';
  const head = cls === 'place' ? lemma : headWord(c.text).toLowerCase();
  // A word in lower case that English uses more as something else ("far" of "has so far been
  // recovered", which WordNet also lists as a noun) names nothing.
  if ((cls === 'thing' || cls === 'people') && !isWrittenAsName(c.text) && !usedAsNoun(head)) return 'none';
  if (!isNoun(head)) return 'fine';
  // "Which entity…": a noun of WordNet's top classes (noun.Tops) is of no class of its own.
  if (asked.has(NOUN_FILE.tops)) return 'fine';
  return [...nounClasses(head)].some((k) => asked.has(k)) ? 'fine' : 'none';
}

/**
 * "Which street is the box on?", "what venue…": a place of the noun's kind. A name headed by the noun
 * ("Church Street") or that the passage calls one is; a phrase naming a person ("Parish council
 * chairman David Okafor") or a common noun for a kind of person ("residents") is not, nor a body
 * ("the parish council") for a noun of a place no body is named after (a street, a river, an area: not
 * a building, `namesBuilding`), unless it stands where a place does ("at the BBC"). `undefined` for any
 * other candidate, read as for any other noun.
 */
function placeFit(noun: string, c: KindCandidate, cls: Class, passage: KindPassage): Fit | undefined {
  if (nameHeadedBy(noun, c.text) || calledA(noun, passage.text, c.start)) return 'fine';
  // A phrase over a person's name and more ("Parish council chairman David Okafor") is that person. A
  // name alone is read as for any noun: the tagger takes many places' names for people ("Victoria is the
  // centre of dairy farming in Australia" for "what state…").
  const nameAlone = passage.tags.some((t) => t.type === 'person' && t.start === c.start && t.end === c.end);
  if (cls === 'person' && !nameAlone) return 'none';
  // A common noun for a kind of person ("residents", "the chairman"), not a people's name ("the
  // Japanese") nor a body's ("higher political office" for "what position…").
  const head = headWord(c.text);
  if (cls === 'people' && !startsUpper(head) && isCommonKindOrSame(head.toLowerCase(), 'person'))
    return 'none';
  if (cls === 'organization' && !namesBuilding(noun) && !afterLocative(passage.text, c.start)) return 'none';
  return undefined;
}

/**
 * A number or a date is one of a kind of quantity, time or event ("which season…"), never a court, a
 * charity, a union or a meeting: every class of the noun's commonest senses names things, places,
 * groups or beings.
 */
function dateOrNumberFit(noun: string): Fit {
  return [...nounClasses(noun)].every((k) => CONCRETE.has(k)) ? 'none' : 'loose';
}

/** WordNet's coarse classes of what a place name may name: artifact (a hall, a pub), group, location. */
const PLACE_NAMED: ReadonlySet<number> = new Set([NOUN_FILE.artifact, NOUN_FILE.group, NOUN_FILE.location]);

/** Right before a name the passage gives a thing: "called", "named", "titled", "entitled", a quote mark. */
const NAMED_BEFORE = /\b(?:called|named|titled|entitled)\s+["“‘']?$/iu;

/**
 * Does the noun name, in its commonest sense, a thing that is neither a place, a building nor a body of
 * people, but one named by a title or a proper name ("film", "boat", "song", "horse": `TITLED`)?
 */
export function namesTitledThing(noun: string): boolean {
  const classes = [...nounClasses(noun, 1)];
  return (
    classes.length > 0 &&
    classes.every((k) => TITLED.has(k) && k !== NOUN_FILE.location && k !== NOUN_FILE.group) &&
    !namesPlaceKind(noun) &&
    !namesBuilding(noun)
  );
}

/** One of `prepositions` (an alternation) and a determiner, ending the text before a candidate. */
const placeBefore = (prepositions: string): RegExp =>
  new RegExp(String.raw`\b(?:${prepositions})\s+(?:(?:the|a|an|its|their|his|her)\s+)?$`, 'iu');

/**
 * Right before a name, a preposition of place for a thing: the name is where it was ("towed to a
 * boatyard in Appledore"), not the thing's own. A work is said "in" or "on" a paper or a channel too
 * ("wrote in The Times"), and "from" or "to" its maker or its origin ("from Dutch sailors" for "what
 * language…"), so only the others mark a place before its name ("his first film at the Regal").
 */
const WORK_PLACE_BEFORE = placeBefore('at|near|outside|inside|into|opposite|beside');

/**
 * Before a name, a preposition that places another thing's name: a boat "towed to a boatyard in
 * Appledore" is not called Appledore. Not "on" or "from", which name a ship ("a steward on the
 * Carpathia": reread55).
 */
const THING_PLACE_BEFORE = placeBefore('in|at|near|outside|inside|opposite|beside');

/**
 * "What film did they show first?": a noun for a thing named by a title or a name (`namesTitledThing`)
 * is not answered by a name after a preposition of place ("saw his first film at the Regal": where it
 * was, `WORK_PLACE_BEFORE`, `afterLocative`). Undefined for other nouns and candidates: read as
 * before. A name the tagger finds a place is left to the question's other words ("in what body of
 * water…" asks a place by an artifact's noun, "body").
 */
function titledFit(noun: string, c: KindCandidate, cls: Class, passage: KindPassage): Fit | undefined {
  if (!namesTitledThing(noun) || cls !== 'name') return undefined;
  const before = tailBefore(passage.text, c.start, 2);
  const work = nounClasses(noun, 1).has(NOUN_FILE.communication);
  return (work ? WORK_PLACE_BEFORE : THING_PLACE_BEFORE).test(before) ? 'none' : undefined;
}

/**
 * "What is the new album called?": not "Carnegie Hall" (a place names no album, only a building, a
 * body or a place, by the noun's commonest sense), not "next spring", not "together" (no noun).
 */
function calledFit(noun: string, c: KindCandidate, passage: KindPassage): Fit {
  // "Their new album is called Paris": the name the passage gives it, whatever else the words name.
  if (NAMED_BEFORE.test(passage.text.slice(0, c.start))) return 'fine';
  const cls = classOf(c, passage);
  // "Next spring", "eight": only a noun whose commonest sense is a time ("the holiday") is called by a date.
  if (cls === 'date' || cls === 'number' || cls === 'time')
    return nounClasses(noun, 1).has(NOUN_FILE.time) ? 'fine' : 'none';
  // "Eight dates": a phrase opening with a number counts things, it names none ("Apollo 17" may).
  if (passage.tags.some((t) => t.type === 'number' && t.start === c.start)) return 'none';
  // "York's Carnegie Hall", "Britain and the United States": a phrase over a place the tagger finds,
  // or a name after "in" or "at".
  const place =
    cls === 'place' ||
    passage.tags.some((t) => t.type === 'place' && t.start < c.end && t.end > c.start) ||
    (cls === 'name' && afterLocative(passage.text, c.start));
  // "Whats the boat called?" of "towed to a boatyard in Appledore": a place names a building or a body
  // ("the venue", "the pub"), not every artifact (a boat, a car: `namesTitledThing`).
  if (place)
    return [...nounClasses(noun, 1)].some((k) => PLACE_NAMED.has(k)) && !namesTitledThing(noun)
      ? 'fine'
      : 'none';
  // "Together": a word English uses mostly as another part of speech names nothing ("cilia", which
  // WordNet lacks, may be the word asked for).
  const head = headWord(c.text).toLowerCase();
  if (isWrittenAsName(c.text) || !isEnglishWord(head)) return 'fine';
  if (!usedAsNoun(head)) return 'none';
  // "The work" is no boat's name: a common noun calls a thing named by a name only in its own class
  // ("pharynx" for the throat), by its commonest sense ("work" is first an activity), or in quotation
  // marks, which say it is what the thing is called ('the common coastal "sea gooseberry"').
  if (/["“‘']\s*$/u.test(passage.text.slice(0, c.start))) return 'fine';
  return namesTitledThing(noun) ? sameClass(noun, c.text, true) : 'fine';
}

/**
 * Is the phrase's head a noun as English mostly uses it, of one of the asked noun's coarse classes (by
 * the head's commonest sense when `commonest`: "the work" is first an activity, no boat)?
 */
function sameClass(noun: string, text: string, commonest = false): Fit {
  const head = headWord(text).toLowerCase();
  if (!usedAsNoun(head)) return 'none';
  const asked = nounClasses(noun);
  return [...nounClasses(head, commonest ? 1 : undefined)].some((k) => asked.has(k)) ? 'fine' : 'none';
}

/** How well a candidate span is of the asked kind. */
export function fitOf(asked: AskedKind, c: KindCandidate, passage: KindPassage): Fit {
  // Any kind fits: the candidate's class (its head looked up in WordNet, on a first ask for the first
  // time) is not read.
  if (asked.kind === 'any')
    return asked.called === true && asked.noun !== undefined ? calledFit(asked.noun, c, passage) : 'fine';
  const text = c.text;
  const cls = classOf(c, passage);
  const numeric = cls === 'number' || (cls === 'date' && /\d/.test(text));
  // "A second oven", "the team's 61st call-out": a position in a row, no amount, count or age ("a
  // third of the vote" is a share, not a position).
  // A thing's age is when it came to be: "how old is the brooch?" → "the 7th Century" of "thought to
  // date from the 7th Century" (an ordinal, but no position in a row).
  if (asked.kind === 'age' && asked.thing === true && cls === 'date' && datesOrigin(passage.text, c.start))
    return 'fine';
  const rank = ORDINAL.test(text) && !/^\s+of\b/i.test(passage.text.slice(c.end));
  if (
    rank &&
    (asked.kind === 'money' || asked.kind === 'count' || asked.kind === 'quantity' || asked.kind === 'age')
  )
    return 'none';
  switch (asked.kind) {
    case 'thing':
      // "What is the name of the trust?": a name, not "breathtaking lack of conscience".
      if (asked.named === true && !isWrittenAsName(text)) return 'none';
      // "Which street is the box on?": a place, not "Parish council chairman David Okafor".
      if (asked.place === true && asked.noun !== undefined) {
        const place = placeFit(asked.noun, c, cls, passage);
        if (place !== undefined) return place;
      }
      if (asked.which === true && asked.noun !== undefined) return oneOf(asked.noun, c, cls, passage);
      if (asked.noun !== undefined && asked.noun !== '') {
        // "What union is considering more strikes?": not "July".
        if (cls === 'date' && dateOrNumberFit(asked.noun) === 'none') return 'none';
        // Nor "strike dates" or "workers": a common noun answers "what <body of people>" only when it
        // is of the body's coarse class ("the council" for "what organisation").
        if (asked.said === true && !isWrittenAsName(text) && ofAnyClass(asked.noun, BODY_CLASSES))
          return sameClass(asked.noun, text);
        const titled = asked.said === true ? titledFit(asked.noun, c, cls, passage) : undefined;
        if (titled !== undefined) return titled;
      }
      // "What was his last song?": a person's name is no song. "What was signed?": a phrase that runs
      // into a name ("… Cooperation Alexander Fomin") or a person's title ("Director of …") is no
      // thing either; one asking for a named kind of thing may be answered by a phrase holding a name
      // ("which case…" → "Commission v Edith Cresson").
      // The tagger takes many names of things for people ("Venus", "Rankine"): only a question that
      // names no kind of thing is read as not asking for one.
      if (cls === 'person') return asked.noun === undefined ? 'loose' : 'fine';
      // "What are the councillors demanding?": an inquiry, not "two" of them or who backs them.
      if (asked.done && (cls !== 'thing' || numeric)) return 'loose';
      return cls === 'people' && asked.noun === undefined && isPersonHead(c.text) ? 'loose' : 'fine';
    case 'person':
      // "Who runs Havenlink?" is not answered by "6,200 people", "who did they beat?" not by "Wigan 13-12".
      if (holdsNumber(c, passage)) return 'none';
      // Nor "who broke the record?" by "Scottish" of "a Scottish record": an adjective before its noun.
      if (modifiesNext(passage.text, c.start, c.end)) return 'none';
      // "What is the head teacher's name?": a name, not "first woman"; an organisation's ("Hillside
      // Primary") only when the passage names no one else.
      if (asked.named === true && !isWrittenAsName(text)) return 'none';
      if (asked.named === true && cls === 'organization') return 'loose';
      // Nor a day ("September 15" of "on September 15, 1968"), a year, or a word such as "soon".
      if (cls === 'name' && (overlapsDate(c, passage) || !isWrittenAsName(text))) return 'none';
      // A country acts too ("Russia is committed to help Iraq"), but a name is better; a place where
      // something is ("terminals in Rotterdam") does nothing.
      if (cls === 'place') return afterLocative(passage.text, c.start) ? 'none' : 'loose';
      // "Two of them in Hull": a name after "in" is where, not who, though the tagger may take it for a
      // person ("a smallholding in Devon").
      if (
        (cls === 'name' || cls === 'people' || cls === 'person') &&
        /\bin\s+$/i.test(tailBefore(passage.text, c.start, 1))
      )
        return 'none';
      if (PERSONS.has(cls)) return 'fine';
      return 'none';
    case 'organization':
      if (modifiesNext(passage.text, c.start, c.end)) return 'none';
      if (PERSONS.has(cls)) return cls === 'person' ? 'loose' : 'fine';
      // The tagger often calls an organisation a place ("Parliament").
      return cls === 'place' ? 'loose' : 'none';
    case 'place':
    case 'city':
    case 'country': {
      // "Which city…" is not answered by a country, "which country…" not by a city.
      const other = asked.kind === 'city' ? 'country' : asked.kind === 'country' ? 'city' : undefined;
      if (other !== undefined && placeIs(text, other)) return 'none';
      // "Which country…": a name WordNet knows as a country ("France") before any place the tagger
      // finds ("White Hart Lane", a stadium); one it does not know still answers when nothing else does.
      if (other !== undefined && placesAre(text, asked.kind)) return 'fine';
      if (cls === 'place') return other !== undefined ? 'loose' : 'fine';
      if (cls === 'person' || cls === 'date' || cls === 'number' || cls === 'time') return 'none';
      // "Which city…" asks for a name ("in Osaka"), not "his life" of "throughout his life".
      if (other !== undefined && cls !== 'name' && cls !== 'organization') return 'none';
      // Something else is a place when it stands where one does ("in committee", "at NASA") or its head
      // names one ("the debating chamber"): not a name that may be a person's ("Torao Toshitsune").
      return namesAPlace({ ...c, kind: c.kind === 'clause' ? 'phrase' : c.kind }, passage) ? 'loose' : 'none';
    }
    // A list is a phrase ("January and February"): its words say the kind.
    case 'year':
      return cls !== 'person' && YEAR.test(text) ? 'fine' : 'none';
    case 'month':
      return cls !== 'person' && MONTH.test(text) ? 'fine' : 'none';
    case 'weekday':
      return cls !== 'person' && WEEKDAY.test(text) ? 'fine' : 'none';
    case 'date':
      // "the biggest find in a decade": a unit of time after "a" is how long, not when.
      if (cls === 'date' && lengthOfTime(passage.text, c.start, c.end)) return 'none';
      if (cls === 'date') return TIME_POINT.test(text) ? 'fine' : 'none';
      return cls === 'number' && YEAR.test(text) ? 'loose' : 'none';
    case 'count': {
      // A number like a year counts when a noun follows it ("2000 guests"), not in "… in 1998.", nor a
      // decade or a year that dates the noun ("the 1930s pool", "the 2012 final": `datesNoun`).
      if (/^\d{4}$/.test(text) || YEAR_OR_DECADE.test(text)) {
        const next = /^\s+(\p{Ll}+)/u.exec(passage.text.slice(c.end))?.[1];
        return next !== undefined && !datesNoun(text, next) ? 'fine' : 'none';
      }
      if (!numeric || cls === 'date' || CURRENCY.test(text)) return 'none';
      // "How many people live there?" is not answered by "eleven years": a number with a unit of
      // measure counts that unit, which answers only a question counting such units ("how many
      // years", "how many seasons", "how many miles").
      if (measuredOtherThanCounted(asked, c, passage)) return 'none';
      // "How many ended up in hospital?" is not answered by "five" of "…by the age of five": a number
      // the words around say is someone's age counts no one, unless the question counts years.
      if (!countsAges(asked) && givenAsAge(passage.text, c.start, c.end)) return 'none';
      if (asked.part === true && WHOLE_BEFORE.test(tailBefore(passage.text, c.start, 2))) return 'none';
      // "How many Victorians are Catholic?" → "26.7%".
      return PERCENT.test(text) ? 'loose' : 'fine';
    }
    case 'money':
      // "How much did the bakery win?" is not answered by "nine people": a count of people or things.
      if ((!numeric && !NUMBER.test(text)) || countsThings(c, passage)) return 'none';
      // Nor by "4.7 metres" or "72 hours": a number whose unit measures something else (a share may
      // still say how much a price rose).
      if (otherThan(['money', 'share'], c, passage)) return 'none';
      return CURRENCY.test(text) ? 'fine' : PERCENT.test(text) || cls === 'date' ? 'none' : 'loose';
    case 'age':
      if (!numeric || CURRENCY.test(text) || PERCENT.test(text)) return 'none';
      // Nor "71" of "a runner bean 71 centimetres long", "40" of "40 tonnes": a number whose unit
      // measures something else than a time (`measure.ts`) is no one's age.
      if (otherThan(['age', 'duration'], c, passage)) return 'none';
      if (asked.thing === true && agesABeing(passage.text, c.start, c.end)) return 'none';
      // "How old are the fossils?" → "515 million years" (not "10 years ago", a time).
      if (AGE.test(text)) return 'fine';
      // "at the age of eight", "the oldest member is 114", "Karen Mbeki, 54,": the words around say
      // it is an age, as the answerability check reads them (`slot.ts`).
      if (saidAsAge(passage.text, c.start, c.end)) return 'fine';
      // "She worked nights for 25 years": a length of time, no one's age. A person's age in years is
      // said as one ("25 years old", "aged 25 years": `AGE`, `saidAsAge` above); a thing's may be how
      // long it has stood ("it has stood for 300 years"). "Visitors over 65" has no unit: an age.
      if (asked.thing !== true && (timeSpent(c, passage.text) || timeBetween(c, passage.text))) return 'none';
      // A bare number may be an age ("made his debut at 19"), but not one a noun labels: "the number 7
      // shirt", "squad No. 22", "a Year 9 pupil", "Route 62". Nor a thing's, unless a verb says it is
      // its age ("the bridge, which turns 150 this year"): "how old is the building?" asks how long it
      // has stood or when it was built, which a number says with "years" or as a year (read above);
      // "60" of "two smaller screens of 60 and 45 seats" counts something else.
      if (BARE_NUMBER.test(text))
        return (asked.thing === true && !AGE_VERB_BEFORE.test(passage.text.slice(0, c.start))) ||
          LABELLED.test(tailBefore(passage.text, c.start, 1)) ||
          namedLabel(passage.text, c.start)
          ? 'none'
          : 'fine';
      if (!/\byears?\b/i.test(text)) return 'none';
      // "a five-year contract", "a two-year ban": a length that describes the noun after it, no one's age.
      if (/-years?$/i.test(text) && !/^[\s-]+old\b/i.test(passage.text.slice(c.end))) return 'none';
      return /^\s*ago\b/i.test(passage.text.slice(c.end)) ? 'loose' : 'fine';
    case 'share':
      // "a quarter of the band's royalties" (the tagger may call "quarter" a date).
      return cls !== 'person' && PERCENT.test(text) ? 'fine' : 'none';
    case 'duration':
      // "How long is the contract?" is not answered by "Karen Mbeki, 54" nor by "£500".
      if (asked.measure !== undefined && byMeasure(asked.measure, c, passage) === 'none') return 'none';
      // "How long is the pool?" is not answered by "2.5 metres deep": a length, but of another dimension.
      if (asked.adjective !== undefined && namesOtherDimension(passage.text, c.start, c.end, asked.adjective))
        return 'none';
      // "How long will the bridge be shut?" is not answered by "every 20 minutes", which says how
      // often, nor "how long is the new bridge?" by "two traffic lanes", a count of things.
      if (EVERY_BEFORE.test(tailBefore(passage.text, c.start, 1)) || countsThings(c, passage)) return 'none';
      // "How long has it been recognised?" → "since the 1950s".
      if (
        (cls === 'date' || cls === 'number') &&
        /\bsince\s+(?:the\s+)?$/i.test(tailBefore(passage.text, c.start, 2))
      )
        return 'fine';
      if (TIME_UNIT.test(text)) return numeric || NUMBER.test(text) ? 'fine' : 'loose';
      // "How long has the bakery been open?" is not answered by "21 August" of "opens on 21 August": the
      // day of a date is a point in time, no length of it.
      if (givesDay(passage.text, c.start, c.end)) return 'none';
      // "How long is the contract?" is not answered by "16" of "the last 16": a number with no word
      // of its own says no length ("6,650 km" does).
      return numeric && hasLetter(text) && !CURRENCY.test(text) && !YEAR.test(text) ? 'loose' : 'none';
    case 'scoreline':
      return cls !== 'person' && holdsScoreline(passage.text, c.start, c.end) ? 'fine' : 'none';
    case 'quantity':
      if (!numeric && !NUMBER.test(text)) return 'none';
      // "How much did the bake sale make?" is not answered by "312 pupils": that counts things.
      if (asked.much === true && countsThings(c, passage)) return 'none';
      if (cls === 'date' && !TIME_UNIT.test(text)) return 'none';
      // "How high did the water get?" is not answered by "Karen Mbeki, 54", "how much rain fell?" not by
      // "72 hours": a number whose unit or sign gives another kind of measure than the one asked.
      if (asked.measure !== undefined) {
        const fit = byMeasure(asked.measure, c, passage);
        if (fit === 'none' || fit === 'loose') return fit;
        // "How cold was the water?" → "11C", not "1970s": a measure only a unit says (a temperature, which
        // no WordNet class of units reads: no `units`) is not said by a number without one.
        if (fit === undefined && asked.units === undefined && asked.measure.measures.every(isPhysical))
          return 'loose';
      }
      // "How tall is the tower?" → "617 ft", not "42 floors" nor the bare "617"; those answer only when
      // no number of the passage gives a unit of the dimension asked. "How high", "how big" are asked
      // of amounts too ("how high did inflation rise?" → "8%").
      // "How big is the comet?" is not answered by "900 million kilometres" (from the Sun).
      if (
        asked.dimension !== undefined &&
        namesOtherMeasure(passage.text, c.start, c.end, asked.dimension, asked.adjective)
      )
        return 'loose';
      // "How high is the wall?" of "The 1.2km wall, which will stand up to 1.4 metres high": a passage
      // naming the asked dimension by its adjective after a measure gives it there, and its other
      // measures only loosely (the wall's length).
      if (asked.adjective !== undefined && besideOwnDimension(passage.text, c.start, c.end, asked.adjective))
        return 'loose';
      if (asked.units === undefined || givesUnit(passage.text, c.start, c.end, asked.units)) return 'fine';
      return asked.amounts === true && (CURRENCY.test(text) || PERCENT.test(text)) ? 'fine' : 'loose';
  }
}

/** "Every", "each" right before a length of time make it a frequency ("every 20 minutes"). */
const EVERY_BEFORE = /\b(?:every|each)\s*$/i;

/** The measures a count may be of: a number of units of one of these is no count of people or things. */
const UNIT_MEASURES: readonly Measure[] = [...PHYSICAL, 'duration', 'age'];

/** The measures that the words name a unit of ("days", "seasons" → a duration, "degrees"). */
function countedMeasures(words: readonly string[]): Measure[] {
  return [...new Set(words.flatMap(measuresOfUnit))];
}

/**
 * Does the candidate's number give a measure by its unit ("eleven years", "4.7 metres", "aged 54") of
 * which the question, counting something it names, names no unit ("how many people…")? A share or money
 * is left to their own tests.
 */
function measuredOtherThanCounted(asked: AskedKind, c: KindCandidate, passage: KindPassage): boolean {
  const { counted } = asked;
  if (counted === undefined) return false;
  const given = measuresOfSpan(passage.text, c.start, c.end).filter((m) => UNIT_MEASURES.includes(m));
  return given.length > 0 && !given.some((m) => counted.includes(m));
}

/** Does a how-many question count a unit an age is given in ("how many years…")? */
function countsAges(asked: AskedKind): boolean {
  return asked.counted?.some((m) => m === 'age' || m === 'duration') === true;
}

/** How the measure the candidate's number gives fits the asked one (`measureFit`), if it gives one. */
function byMeasure(asked: MeasureAsked, c: KindCandidate, passage: KindPassage): Fit | undefined {
  return measureFit(asked, measuresOfSpan(passage.text, c.start, c.end));
}

/** Is the measure one a thing's physical size or state is given in, with a unit (`PHYSICAL`)? */
function isPhysical(measure: Measure): boolean {
  return PHYSICAL.includes(measure);
}

/** Does the candidate's number give a measure, and none of these kinds? */
function otherThan(measures: MeasureAsked['measures'], c: KindCandidate, passage: KindPassage): boolean {
  return byMeasure({ measures }, c, passage) === 'none';
}
