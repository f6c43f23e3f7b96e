/**
 * "The buyer, a family from Winchester, had asked not to be named", "A butcher from a Leicestershire
 * village has won…", "Peter Kettlewell, 66, from Leeds": a place after "from" that follows a noun for
 * people (or a person's name and age in apposition) is where they come from, a description of them, not
 * where the sentence's event happened. It answers "where is he from?" and "where does he live?"
 * (`asksHome`, origin.ts), and a where-question about those very people whose verb is one of motion or
 * state ("where did the refugees flee?" of "Refugees from Syria": `askedWords`), not "where was
 * Kettlewell sentenced?", "where was the auction?" nor "where were the awards held?".
 * "From" after a verb ("flew from Leeds"), after a verb's object ("rescued a woman from the River Ouse":
 * the rescue's source) or after a thing ("a letter from London", "not far from Leeds") is not read here.
 */
import { namedAges } from './apposition.js';
import { asksHome } from './origin.js';
import { rememberedReading } from './text-memo.js';
import { verbLemmaOf } from './lemma.js';
import { takesClause } from './reporting-verb.js';
import { isStopword, tokenize } from './text.js';
import { isAdverb, isKindOrSame, isLemma, VERB_FILE, verbFrames } from './wordnet.js';

/**
 * The word before "from" (or an age in apposition and its comma, "66,", which "of" may follow too:
 * "58, of Harrogate"), then at most a determiner or "nearby" before the place; group 1 is the word.
 */
const FROM_BEFORE =
  /(?:^|[^\p{L}'’-])([\p{L}'’-]+|\d{1,3},)\s+(?:from|(?<=\d,\s+)of)\s+(?:(?:a|an|the|nearby)\s+)?$/iu;

/** How far back the pattern may look: a word, "from" and a determiner. */
const LOOK_BACK = 48;

/**
 * The kinds of noun whose "from" says where they come from, in the noun's commonest sense only ("back"
 * names a player only in a rare sense): a person ("butcher", "buyer"), a group of them ("family",
 * "delegation", "team"), people ("residents" are persons already).
 */
const PEOPLE = ['person', 'social_group', 'people'] as const;

/** A determiner that may open the people-noun's phrase ("rescued a woman", "signed two players"). */
const DETERMINER = /^(?:a|an|the|some|several|two|three|four|five|his|her|their|its)$/u;

/** A word, or one mark that is no part of a word (a comma ends the phrase read backwards). */
const WORD_OR_MARK = /[\p{L}'’-]+|[^\s\p{L}'’-]/gu;

/**
 * The people a place describes as their home: the noun ("refugees" of "Refugees from Syria") or the
 * name before the age ("Peter Kettlewell" of "Peter Kettlewell, 66, from Leeds"); undefined when the
 * place at `start` is no one's home.
 */
export function homePlace(text: string, start: number): string | undefined {
  const from = Math.max(0, start - LOOK_BACK);
  const m = FROM_BEFORE.exec(text.slice(from, start));
  const word = m?.[1];
  if (m === null || word === undefined) return undefined;
  // The match opens with the word, or with the one character before it.
  const wordStart = from + m.index + m[0].indexOf(word);
  if (/^\d/u.test(word)) return agedName(text, wordStart, word);
  const lower = word.toLowerCase();
  // "far from Leeds" is near Leeds: a word WordNet reads as an adverb is no noun for people.
  if (isAdverb(lower)) return undefined;
  if (!PEOPLE.some((kind) => isKindOrSame(lower, kind, 1))) return undefined;
  return objectOfVerb(text.slice(Math.max(0, wordStart - LOOK_BACK), wordStart)) ? undefined : word;
}

/**
 * The name an age in apposition belongs to ("Peter Kettlewell" of "66," in "Peter Kettlewell, 66, from
 * Leeds"), as `namedAges` reads it: a number after no name ("in 2019, from Leeds") is no age.
 */
function agedName(text: string, at: number, age: string): string | undefined {
  const digits = age.slice(0, -1);
  return namedAges(text).find((a) => a.ageStart === at && a.age === digits)?.name;
}

/**
 * Is the people-noun's phrase, ending where `before` ends, the object of a verb right before it
 * ("rescued a woman", "removed protesters", "signed a striker")? Then "from" gives the verb's source,
 * not their home.
 */
function objectOfVerb(before: string): boolean {
  const words = (before.match(WORD_OR_MARK) ?? []).slice(-4).map((w) => w.toLowerCase());
  const at = (i: number) => words[words.length - 1 - i] ?? '';
  // "removed protesters": a verb right before the noun, unless a determiner opens the phrase before it
  // ("a retired teacher": there it describes).
  if (isObjectVerb(at(0)) && !DETERMINER.test(at(1))) return true;
  // "rescued an elderly woman": at most two describing words, then a determiner, then the verb.
  let i = 0;
  while (i < 2 && !DETERMINER.test(at(i)) && isLemma('adj', at(i))) i++;
  if (DETERMINER.test(at(i))) i++;
  return isObjectVerb(at(i));
}

/**
 * A verb whose object a people-noun may be: WordNet lists it as a verb but not as a noun as written
 * ("rescued", "signed", not "police"); no stopword ("is a teacher from Leeds"), and no verb of saying or
 * thinking, whose clause the noun may open ("said a man from Selby was helping").
 */
function isObjectVerb(word: string): boolean {
  if (!/^\p{L}/u.test(word) || isStopword(word)) return false;
  return verbLemmaOf(word) !== undefined && !isLemma('noun', word) && !takesClause(word);
}

/** WordNet's lexicographer files of verbs of moving ("flee", "come") and of being somewhere ("live", "base"). */
const WHERE_PEOPLE_ARE: ReadonlySet<number> = new Set([VERB_FILE.motion, VERB_FILE.stative]);

/**
 * The stems of a question's words, which may name the people a home place describes (`unaskedHome`),
 * when the question asks where people go or are: a verb of motion or of state in one of its two
 * commonest senses ("where did the refugees flee?", "where are the volunteers based?"). Else none: an
 * event done to them is no question about their home ("where was Kettlewell sentenced?").
 */
export function askedWords(question: string): ReadonlySet<string> {
  const tokens = tokenize(question).filter((t) => !t.stop);
  return tokens.some((t) => movesOrIs(t.word)) ? new Set(tokens.map((t) => t.stem)) : new Set();
}

/** Is `word` a verb (not a noun as written) of motion or of state in one of its two commonest senses? */
function movesOrIs(word: string): boolean {
  const lemma = verbLemmaOf(word);
  if (lemma === undefined || isLemma('noun', word)) return false;
  return verbFrames(lemma)
    .slice(0, 2)
    .some((sense) => WHERE_PEOPLE_ARE.has(sense.lexFile));
}

/**
 * What a where-question asks of the homes a passage gives: undefined when it asks a home (`asksHome`:
 * "where is she from?", "where does he live?"), which any home answers; else the words that may name
 * the people a home describes (`askedWords`), whose homes alone answer it. Read by the asked slot, the
 * ranking and the short answer (once per passage), so remembered per question text.
 */
export const unaskedWords: (question: string) => ReadonlySet<string> | undefined = rememberedReading(
  (question) => (asksHome(question) ? undefined : askedWords(question)),
);

/**
 * Does the place at `start` of `text` describe the home of people the question does not name (none of
 * the noun's or name's word stems is among `asked`, `askedWords`)? "Where was the auction?" of "the
 * buyer, a family from Winchester", but not "where did the refugees flee?" of "Refugees from Syria". A
 * question that asks a home (`asksHome`, origin.ts) is answered by any home: its callers ask it first.
 */
export function unaskedHome(text: string, start: number, asked: ReadonlySet<string>): boolean {
  const who = homePlace(text, start);
  return who !== undefined && !tokenize(who).some((t) => asked.has(t.stem));
}
