/**
 * Whom a sentence's opening "He", "She", "His" or "Her" stands for: the person the story named last
 * before it. News introduces someone by name and goes on about them by pronoun ("Kwame Osei, 34,
 * opened his first restaurant on Saturday." … "He was born in Kumasi."), often a paragraph later; a
 * reader who asks "where was osei born?" means that sentence. The sentence is credited with the
 * person's name, as if it were written (`retrieval.ts`), as a sentence opening with a pronoun for the
 * story's main subject is (`subject.ts`); this is the general case, for anyone a story names.
 *
 * Conservative, as a wrong person credited would answer a question about someone else:
 * - only a pronoun opening the sentence or right after a short opening phrase, outside a quotation
 *   (the sentence's subject, or its subject's owner: "His mother taught him", "In 2010, he moved…");
 *   a quoted "He…" is the speaker's;
 * - the nearest sentence before it (at most `LOOK_BACK` back) that names anyone the pronoun fits,
 *   and only when that sentence names exactly one such person ("Kwame Osei met Tom Hale. He…" is
 *   left alone: a tie); a person whose first name or title says otherwise does not fit ("she" is not
 *   Tomas Reilly, "he" is not Mrs Price: `nameGender`), one whose first name says nothing fits both;
 * - a tie is settled by the conversation: after "who is osei?", "what did he say?" reads that "He…"
 *   as Osei (`ConversationPerson`), the one way a story's "He" is credited with the person a
 *   conversation is about; no tie when a sentence since names one of them again by surname;
 * - a sentence opening with the same pronoun in between, itself read as someone, passes its person
 *   on ("He was born in Kumasi. He moved to Leeds at 19."); one read as no one clearly stops the search.
 *
 * A headline and lead that describe someone by role before the next sentence names them ("A former
 * council treasurer who stole £1.2m… has been jailed" / "Graham Whitlock, 58, of Harrogate, admitted…")
 * are credited with that name too (`describedLead`), as news's delayed identification means.
 *
 * Found once per parsed article (tagging the few sentences before each pronoun opening): for every
 * story in the background warm-up (`readReferents`), else for the stories a question could be about
 * (`referentCredit`).
 */
import { nameGender, withoutTitles, type Gender } from '../knowledge/names.js';
import type { Article, Sentence } from '../knowledge/types.js';
import type { Entity } from './entities.js';
import type { Group } from './expansion.js';
import type { ArticleFilter, ReferentCredit } from './retrieval.js';
import type { SearchIndex } from './search-index.js';
import { apposedAges } from './apposition.js';
import { CALENDAR_NAMES } from './calendar.js';
import { fullerName, type WrittenName } from './full-name.js';
import { initialledNames } from './initialled-name.js';
import { isReportingVerb } from './reporting-verb.js';
import { insideQuotation, QUOTATION, QUOTE_OPENS, quotationsIn, wholeQuotation } from './quotation.js';
import { sameName } from './other-person.js';
import { named } from './subject.js';
import { withTitledNames } from './titles.js';
import { isStopword, tokenize } from './text.js';
import { hasPersonSense, isFirstlyKindOf, isLemma, isPlaceName, isRoleNoun } from './wordnet.js';
import { hasLetter, startsUpper } from './letters.js';
import { roleGivenGender } from './role-sex.js';

/** How many sentences back a pronoun may reach for its person: news names someone again within a paragraph or two. */
export const LOOK_BACK = 3;

export interface Referent {
  /** The name as the sentence naming them writes it ("Kwame Osei"). */
  name: string;
  /** Stems of every word of the name: a question naming them by any of them asks about them. */
  stems: readonly string[];
}

/** A story's pronoun openings read, keyed by the sentence's position in `article.sentences`. */
export interface Referents {
  /** The one person each stands for. */
  one: ReadonlyMap<number, Referent>;
  /**
   * The people one fits equally ("Kwame Osei met Tom Hale. He said…"): no one for a question alone,
   * the one of them a conversation is about for its follow-ups (`ConversationPerson`).
   */
  tied: ReadonlyMap<number, readonly Referent[]>;
  /**
   * The headline and lead that describe the person the next sentence names (`describedLead`): where
   * the description is in each (its role phrase, "former council treasurer"). They are in `one` too.
   */
  described: ReadonlyMap<number, Description>;
  /**
   * The sentences of nothing but quoted words that go on from a speaker's quotation, each with its
   * speaker (`continuedQuotations`): whose words they are for "what did X say?" (`speaker.ts`). Not in
   * `one`: crediting them to retrieval as if they named the speaker moved a name-only tie on the visible
   * sets (docs/measured.md, session 31).
   */
  quoted: ReadonlyMap<number, Referent>;
}

/** A role phrase standing for a person named elsewhere in the story ("A former council treasurer…"). */
export interface Description {
  referent: Referent;
  /** The role phrase's characters in the sentence, without its article ("former council treasurer"). */
  start: number;
  end: number;
  /** The sentence that names the person (its position in `article.sentences`). */
  naming: number;
}

/**
 * The person a conversation's "he" or "she" was read as (`person-credit.ts`), in the story the
 * conversation is about: of the people a pronoun opening fits equally, the one the reader has in mind.
 */
export interface ConversationPerson {
  /** The story, by its position in the index. */
  article: number;
  /** The stems of the words the story names them by again (the surname: `StorySubject.stems`). */
  stems: readonly string[];
}

const OPENING: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['his', 'male'],
  ['she', 'female'],
  ['her', 'female'],
]);

/**
 * A short opening phrase before the sentence's subject ("In 2010, he moved…", "On Saturday, she said…"):
 * no quotation mark and no capitalised word but its first, a day's or a month's name (a name in it may
 * be whom the pronoun stands for: "When Osei arrived, he…").
 */
const INTRODUCTION = new RegExp(
  String.raw`^(?:\p{L}+)(?:\s+(?:\p{Ll}[\p{L}'’-]*|\d[\d,.]*|(?:${CALENDAR_NAMES})))*,\s+(\p{Ll}+)\b`,
  'u',
);

/**
 * A sentence that goes on from the one before with a coordinating conjunction ("But he changed his
 * mind…", "And she claimed…"): the pronoun after it is the subject as if it opened the sentence
 * (`speaker.ts` reads "And he said…" so too).
 */
export const GOES_ON = '(?:And|But|Yet|So)';

/** `GOES_ON` then a pronoun: group 1 is the pronoun (only a subject's or an owner's, as `OPENING` reads). */
const CONJOINED = new RegExp(String.raw`^${GOES_ON}\s+(he|she|his|her)\b`, 'u');

/**
 * A quotation whose speaker is given after it by pronoun ('"We did what any crew would do," he said.',
 * '"…," she later told the BBC.'): the pronoun is the sentence's subject as much as an opening "He said…"
 * is. Group 1 is the pronoun, groups 2 and 3 the words after it (the reporting verb, maybe past an adverb).
 */
const QUOTE_SPOKEN = new RegExp(String.raw`^\s*${QUOTATION}\s+(he|she)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?`, 'u');

/**
 * The gender the pronoun that is the sentence's subject (or its owner) says: opening it ("He was
 * born…", "His mother…"), right after a short opening phrase ("In 2010, he moved…") or saying the
 * quotation the sentence opens with ('"…," he said.'); undefined for any other sentence.
 */
export function openingGender(text: string): Gender | undefined {
  return pronounOpening(text) ?? quotedGender(text);
}

/** `openingGender` but for a quotation's speaker: the pronoun opens the sentence or its clause. */
function pronounOpening(text: string): Gender | undefined {
  const first = CONJOINED.exec(text)?.[1] ?? /^(\p{L}+)\b/u.exec(text)?.[1];
  const opening = first === undefined ? undefined : OPENING.get(first.toLowerCase());
  if (opening !== undefined) return opening;
  const after = INTRODUCTION.exec(text)?.[1];
  return after === undefined ? undefined : OPENING.get(after);
}

/** The gender of the pronoun saying the quotation a sentence opens with ('"…," he said.'), if any. */
function quotedGender(text: string): Gender | undefined {
  const quoted = QUOTE_SPOKEN.exec(text);
  if (quoted === null || ![quoted[2], quoted[3]].some((w) => w !== undefined && isReportingVerb(w)))
    return undefined;
  return OPENING.get(quoted[1] as string);
}

/** A sentence's opening phrase up to its first comma, in lower case after its first word (group 1). */
const OPENING_PHRASE = /^(\p{L}+)(?:\s+[\p{Ll}\d][\p{L}\d'’-]*)*,\s+/u;

/**
 * Whether a person named in a sentence is its subject, named first: nothing before the name but
 * capitalised words, function words and role nouns ("Captain Duncan MacLeod, 54, turned…", "The
 * skipper, Alan Reid, said…", "Coastguard officer Peter Grant said…"), not the object of another's deed
 * ("Officers arrested Dylan Price, 34, …").
 */
function namedAsSubject(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at === -1) return false;
  // The agent of a passive is its doer, the subject in the active: "The restoration was led by retired
  // engineer Joan Whitlock, 72, who…" says what she did as "Joan Whitlock led…" would.
  if (PASSIVE_AGENT.test(text.slice(0, at))) return true;
  // Past a short opening phrase led by a function word: "After the opening, Jenny Cole said…".
  const opening = OPENING_PHRASE.exec(text.slice(0, at));
  const before =
    opening !== null && isStopword((opening[1] as string).toLowerCase())
      ? text.slice(opening[0].length, at)
      : text.slice(0, at);
  const tokens = tokenize(before);
  return tokens.every(
    (t, k) =>
      t.stop ||
      startsUpper(before.slice(t.start, t.end)) ||
      isRoleNoun(t.word) ||
      // Right before the name, a title whose person sense is not its commonest ("Society chair Helen
      // Marsh"), not a verb's past ("Officers arrested Dylan Price": "hired", "backed" have one too).
      (k === tokens.length - 1 &&
        /^\s*$/.test(before.slice(t.end)) &&
        !/ed$/.test(t.word) &&
        hasPersonSense(t.word)),
  );
}

/**
 * Before a name, a passive's "by" with at most three lower-case words between ("was led by retired
 * engineer ⟨name⟩", "has been run by ⟨name⟩"): a form of "be", a participle, "by", and no comma, quote
 * or "of" ("by the grandson of ⟨name⟩" is the grandson's deed).
 */
const PASSIVE_AGENT =
  /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ght|ung|id|ld|nt|un)\s+by\s+(?:(?!of\b)\p{Ll}[\p{L}-]*\s+){0,3}$/u;

interface Person {
  name: string;
  gender: Gender | undefined;
}

/**
 * The people a sentence names, each with the gender its title or first name says (undefined when
 * neither says: "Khaled", "Sam"). A place, an acronym or a lower-case "name" the tagger took for a person
 * is no one. Whom a "he" or "she" after it may stand for, here and for a summary's unnamed people
 * (`summary.ts`).
 */
export function peopleIn(sentence: Sentence, entitiesOf: (s: Sentence) => readonly Entity[]): Person[] {
  const tagged = (s: Sentence) => withTitledNames(s.text, entitiesOf(s));
  const out: Person[] = [];
  for (const { kind, name } of named(sentence, tagged)) {
    if (kind !== 'person') continue;
    const words = name.split(/\s+/).filter((w) => hasLetter(w));
    const last = words.at(-1);
    if (last === undefined || last.length < 2 || !startsUpper(last)) continue;
    // Nor is a place by its proper name (not a surname that is a kind of place: "Frank Field", "Tom
    // Hill"), or an acronym ("IRA"): an organisation, not someone "he" stands for.
    if (isPlaceName(last) || (words.length === 1 && /^\p{Lu}+$/u.test(last))) continue;
    if (out.some((p) => p.name === name)) continue;
    out.push({ name, gender: genderOf(sentence.text, name) });
  }
  // A name with an age in apposition is a person's, whatever the tagger made of it ("Leo Marsh, 11,").
  for (const { name, nameStart } of apposedAges(sentence.text)) {
    if (out.some((p) => p.name === name || sentence.text.indexOf(p.name) === nameStart)) continue;
    out.push({ name, gender: genderOf(sentence.text, name) });
  }
  // A name written with initials is a person's, which the tagger takes for no one ("E Hayot, writing…"),
  // where it is set off by a comma or says something ("J K Novak said"): a company is written so too
  // ("J D Wetherspoon now runs about 800 pubs"), and a "he" after it is not the company.
  for (const { name, start, end } of initialledNames(sentence.text)) {
    if (!speaksOrApposed(sentence.text.slice(end))) continue;
    if (
      out.some(
        (p) => p.name.includes(name) || name.includes(p.name) || sentence.text.indexOf(p.name) === start,
      )
    )
      continue;
    out.push({ name, gender: genderOf(sentence.text, name) });
  }
  return out;
}

/** Right after a name: a comma (an apposition, "E Hayot, writing in…"), or a reporting verb ("said"). */
function speaksOrApposed(after: string): boolean {
  if (/^\s*,/u.test(after)) return true;
  const verb = /^\s+(?:has\s+|had\s+|have\s+)?(\p{L}+)/u.exec(after)?.[1];
  return verb !== undefined && isReportingVerb(verb.toLowerCase());
}

/** What the title right before a name ("Mr", "Mrs"), or the name itself, says of the person (`nameGender`). */
function genderOf(text: string, name: string): Gender | undefined {
  const at = text.indexOf(name);
  const before = at < 0 ? undefined : /(\p{L}+)\.?\s+$/u.exec(text.slice(0, at))?.[1];
  return nameGender(name, isRoleNoun, before);
}

/** The stems of a name's words, each once. */
function stemsOf(name: string): string[] {
  return [...new Set(tokenize(name).flatMap((t) => (t.stop ? [] : [t.stem])))];
}

/**
 * Whether a sentence before `from` (down to `stop`, in the story's body) names someone whose first name
 * or title says they fit `gender`.
 */
function surelyFits(
  sentences: readonly Sentence[],
  from: number,
  stop: number,
  gender: Gender,
  entitiesOf: (s: Sentence) => readonly Entity[],
): boolean {
  for (let k = from - 1; k >= Math.max(0, stop); k--) {
    const s = sentences[k] as Sentence;
    if (s.role !== 'body') return false;
    if (peopleIn(s, entitiesOf).some((p) => p.gender === gender)) return true;
  }
  return false;
}

/** A person as a referent: their name and its stems; undefined for a name with no word to look up. */
function referentOf(person: Person): Referent | undefined {
  const stems = stemsOf(person.name);
  return stems.length > 0 ? { name: person.name, stems } : undefined;
}

/** A person as the story named them in full before sentence `at` (`full-name.ts`), for a pronoun of `gender`. */
type FullName = (person: Person, at: number, gender: Gender | undefined) => Person;

/**
 * `FullName` for a story: a person the nearest sentence names by one word ("Isla, who…") is the one the
 * story named in full before ("Isla Mackay beat…"), whom the pronoun stands for; anyone else as named.
 * The names written before are read once a story, and only when a one-word name asks for them.
 */
function fullNames(sentences: readonly Sentence[], entitiesOf: (s: Sentence) => readonly Entity[]): FullName {
  let written: WrittenName[][] | undefined;
  return (person, at, gender) => {
    if (withoutTitles(person.name, isRoleNoun).split(/\s+/u).length !== 1) return person;
    written ??= sentences.map((s) =>
      s.role === 'body' || s.role === 'title' ? peopleIn(s, entitiesOf) : [],
    );
    const fuller = fullerName(person.name, written.slice(0, at).flat(), gender, isRoleNoun);
    return fuller === undefined ? person : fuller;
  };
}

/** Whether a sentence from `from` up to `to` (not included) writes the last word of one of the people's names. */
function namedSince(
  sentences: readonly Sentence[],
  from: number,
  to: number,
  people: readonly Person[],
): boolean {
  const surnames = people.flatMap((p) => p.name.split(/\s+/).at(-1) ?? []);
  return sentences
    .slice(from, to)
    .some((s) =>
      surnames.some((n) => new RegExp(`(?<![\\p{L}])${escaped(n)}(?![\\p{L}])`, 'u').test(s.text)),
    );
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * For each sentence of the story that opens with "He", "She", "His" or "Her", the one person it stands
 * for, or the people it fits equally (see the module comment).
 */
export function findReferents(article: Article, entitiesOf: (s: Sentence) => readonly Entity[]): Referents {
  const one = new Map<number, Referent>();
  const tied = new Map<number, readonly Referent[]>();
  // A sentence's reading, by position: a person, or null when it opens with a pronoun read as no one.
  const read = new Map<number, Person | null>();
  const sentences = article.sentences;
  const inside = insideQuotation(sentences);
  const inFull = fullNames(sentences, entitiesOf);
  sentences.forEach((sentence, i) => {
    if (sentence.role !== 'body') return;
    // A pronoun opening a sentence inside a quotation is the speaker's word, not the story's ('"This
    // guy is an icon. He's been at the top for so long."'): no one it is read as.
    if (inside[i] === true) return;
    const gender = openingGender(sentence.text);
    if (gender === undefined) return;
    // A quotation said by "he" ('"…," he said.') is the speaker's of the sentence just before, named as
    // its subject, or no one's: a quote from a police officer never named follows "Officers arrested
    // Dylan Price, 34" as often as one from Price, and the speaker may be a name the tagger missed.
    const quote = pronounOpening(sentence.text) === undefined;
    let person: Person | null = null;
    let tie: Person[] = [];
    for (let back = 1, j = i - 1; back <= (quote ? 1 : LOOK_BACK) && j >= 0; back++, j--) {
      const before = sentences[j] as Sentence;
      if (before.role !== 'body') break;
      const fitting = peopleIn(before, entitiesOf).filter(
        (p) => p.gender === undefined || p.gender === gender,
      );
      // The same pronoun opening the sentence before, read as someone: the story goes on about them.
      const passed = openingGender(before.text) === gender ? read.get(j) : undefined;
      if (passed === null) break;
      if (passed !== undefined) {
        // Someone else it fits named beside them leaves it unclear ("He met Tom Hale. He said…").
        const others = fitting.filter((p) => p.name !== passed.name);
        if (others.length === 0) person = passed;
        else tie = [passed, ...others];
        break;
      }
      const [first, ...more] = quote ? fitting.filter((p) => namedAsSubject(before.text, p.name)) : fitting;
      if (first === undefined) {
        if (quote) break;
        continue;
      }
      // Two people it fits named together: either ("Peter Novak beat Tom Kral. He is 31."), unless a
      // sentence since names one of them again by surname, which the tagger need not take for a
      // person ("… Kral thanked the crowd. He was born in Prague."): then no one, as before.
      if (more.length > 0) tie = namedSince(sentences, j + 1, i, fitting) ? [] : fitting;
      // A name that says nothing of its bearer fits only when no one it surely fits is named just
      // before ("Antigone … Polynices. She…" is Antigone's).
      else if (first.gender !== undefined || !surelyFits(sentences, j, i - LOOK_BACK, gender, entitiesOf))
        person = first;
      break;
    }
    read.set(i, person);
    // The speaker of a quotation ('"…," she said.') is the person, by the full name the story gave
    // before: "what did isla mackay say?" asks for the words of the "she" after "Isla, who…". Only
    // there: crediting every pronoun opening so, or every sentence naming someone by one word, moved
    // other questions on the visible sets (docs/measured.md, session 32, named32).
    const speaker = (p: Person) => (quote ? inFull(p, i, gender) : p);
    const referent = person === null ? undefined : referentOf(speaker(person));
    if (referent !== undefined) one.set(sentence.index, referent);
    const among = tie.flatMap((p) => referentOf(p) ?? []);
    if (among.length > 1) tied.set(sentence.index, among);
  });
  const quoted = continuedQuotations(sentences, inside, read, entitiesOf, inFull);
  const described = describedLead(article, entitiesOf);
  for (const [at, d] of described) if (!one.has(at)) one.set(at, d.referent);
  return { one, tied, described, quoted };
}

/**
 * The one person a sentence opening with a quotation names as its speaker right after it: '"…," said
 * McClaren.', '"…," said HMV manager Clive Smith, who…', '"…," Ms Reid told the BBC.'. Undefined when
 * none or more than one is.
 */
function namedSpeaker(
  sentence: Sentence,
  entitiesOf: (s: Sentence) => readonly Entity[],
): Person | undefined {
  const rest = QUOTE_OPENS.exec(sentence.text)?.[1];
  if (rest === undefined) return undefined;
  const speakers = peopleIn(sentence, entitiesOf).filter((p) => {
    const at = rest.indexOf(p.name);
    if (at === -1) return false;
    const before = rest.slice(0, at);
    const after = rest.slice(at + p.name.length);
    // The verb before the name, a title maybe between: "said (HMV manager) Clive Smith".
    const verb = /^\s*(\p{Ll}+)\s+(?:[\p{L}'’-]+\s+){0,4}$/u.exec(before)?.[1];
    if (verb !== undefined) return isReportingVerb(verb) && /^\s*(?:[,.;:!?]|$)/u.test(after);
    // The name then the verb, an adverb maybe between: "McClaren (later) said".
    const next = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after);
    return (
      /^[\s,]*$/u.test(before) &&
      next !== null &&
      [next[1], next[2]].some((w) => w !== undefined && isReportingVerb(w))
    );
  });
  if (speakers.length === 1) return speakers[0];
  if (speakers.length > 1) return undefined;
  // A name the tagger does not know, said to speak by the form alone ('"…," said McClaren.'): whoever
  // it names, a person or an organisation, the words are theirs.
  const before = SAID_NAME.exec(rest);
  if (before !== null && isReportingVerb(before[1] as string))
    return { name: before[2] as string, gender: undefined };
  const after = NAME_SAID.exec(rest);
  return after !== null && [after[2], after[3]].some((w) => w !== undefined && isReportingVerb(w))
    ? { name: after[1] as string, gender: undefined }
    : undefined;
}

/**
 * A sentence ending in a quotation its speaker introduces ('Menon said: "…'): group 1 the words before
 * the verb, group 2 the verb.
 */
const INTRODUCED = /^(.*?)(\p{Ll}+)\s*[:,]\s*["“][^"“”]*["”]?\s*$/su;

/**
 * The speaker of the quotation a sentence ends with, introduced before it ('Menon said: "It was a
 * perfect night.', 'He told the BBC: "…'): the person named as the sentence's subject, or the one its
 * opening pronoun was read as (`pronoun`); undefined when neither is one person.
 */
function introducingSpeaker(
  sentence: Sentence,
  pronoun: Person | null | undefined,
  entitiesOf: (s: Sentence) => readonly Entity[],
): Person | undefined {
  if (!/["“]/u.test(sentence.text)) return undefined;
  const introduced = INTRODUCED.exec(sentence.text);
  if (introduced === null || !isReportingVerb(introduced[2] as string)) return undefined;
  const subject = introduced[1] as string;
  const named = peopleIn(sentence, entitiesOf).filter(
    (p) => subject.includes(p.name) && namedAsSubject(subject, p.name),
  );
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  return pronounOpening(sentence.text) === undefined ? undefined : (pronoun ?? undefined);
}

/** Capitalised words, as a name is written ("McClaren", "Mr Steve McClaren"). */
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`;

/** After a quotation: a verb, then capitalised words ending the clause (', said McClaren.'). */
const SAID_NAME = new RegExp(String.raw`^\s*,?\s*(\p{Ll}+)\s+(${CAPITALISED})\s*(?:[,.;:!?]|$)`, 'u');

/** After a quotation: capitalised words, then a verb, maybe after an adverb (', McClaren later said'). */
const NAME_SAID = new RegExp(String.raw`^\s*,?\s*(${CAPITALISED})\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?`, 'u');

/**
 * Whose words each sentence of nothing but quoted words is (`wholeQuotation`, or one begun inside a
 * quotation whose words are all within it: `insideQuotation`): news goes on with a
 * speaker's words in sentences of their own ('"We got there in time," he said. "He was calm."'), into
 * the next paragraph too, and names the speaker only once. It is the speaker of the quotation in the
 * sentence just before: named there ('"…," said McClaren.', `namedSpeaker`), a pronoun read as someone
 * ('"…," he said.', `read`), or a sentence of quoted words itself read so. Anything else in between
 * ends it: a quotation after a sentence that quotes no one is no one's here.
 */
function continuedQuotations(
  sentences: readonly Sentence[],
  inside: readonly boolean[],
  read: ReadonlyMap<number, Person | null>,
  entitiesOf: (s: Sentence) => readonly Entity[],
  inFull: FullName,
): Map<number, Referent> {
  const out = new Map<number, Referent>();
  // The speaker of the quotation the sentence before holds, if any.
  let speaker: Person | undefined;
  sentences.forEach((sentence, i) => {
    if (sentence.role !== 'body') {
      speaker = undefined;
      return;
    }
    // Begun inside a quotation, it is read as if it opened it.
    if (inside[i] === true ? wholeQuotation(`"${sentence.text}`) : wholeQuotation(sentence.text)) {
      const referent = speaker === undefined ? undefined : referentOf(inFull(speaker, i, speaker.gender));
      if (referent !== undefined) out.set(sentence.index, referent);
      return;
    }
    const quoted = QUOTE_OPENS.test(sentence.text) ? quotedGender(sentence.text) : undefined;
    speaker =
      quoted !== undefined
        ? (read.get(i) ?? undefined)
        : (namedSpeaker(sentence, entitiesOf) ?? introducingSpeaker(sentence, read.get(i), entitiesOf));
    // Two quotations and two people ('"…," said Carys Lewis, before her colleague Hywel Roberts added:
    // "…'): the one the sentence ends with may be the other's, so the next sentence is no one's.
    if (speaker !== undefined && quotationsIn(sentence.text) > 1 && peopleIn(sentence, entitiesOf).length > 1)
      speaker = undefined;
  });
  return out;
}

/** The words a description may have before its role noun ("former council", "34-year-old", "Leeds"). */
const MAX_MODIFIERS = 4;

/**
 * The role phrase a headline opens with, as headlines write one with no article ("Pensioner waited…",
 * "Former council treasurer jailed…"): `rolePhrase` from the headline's first character. Only when it is
 * the one person the headline describes and the lead does not say its role noun of someone else: in
 * "Pensioner robbed at knifepoint by teenager" over "A 15-year-old boy has been charged with robbing a
 * pensioner…", the lead's boy is the teenager, not the pensioner.
 */
function headlineRole(text: string, lead: string): { start: number; end: number } | undefined {
  const phrase = rolePhrase(text, 0, true);
  if (phrase === undefined) return undefined;
  const head = tokenize(phrase.head)[0]?.stem;
  const others = tokenize(othersScope(text.slice(phrase.end))).some((t) => !t.stop && isRoleNoun(t.word));
  if (others || head === undefined || tokenize(lead).some((t) => t.stem === head)) return undefined;
  return { start: phrase.start, end: phrase.end };
}

/**
 * A verb whose complement is a role of its subject: "Schoolgirl becomes youngest chess master",
 * "Penmore schoolgirl, 13, crowned county champion". English's closed class of such verbs, as a
 * headline writes them.
 */
const COMPLEMENT_VERB = /^[\s,\d]*(?:becomes?|became|crowned|named|appointed|elected|made|voted|hailed)\s+/iu;

/** What follows a complement's phrase ("… champion by judges"): a role there is someone else. */
const AFTER_COMPLEMENT = /\b(?:by|with|against|over|and|after|for|to)\b(.*)$/iu;

/**
 * The part of a headline after its opening role phrase where another role names another person: all
 * of it, but after a complement verb only what follows the complement's phrase (the complement's role,
 * "youngest chess master", is the subject's).
 */
function othersScope(rest: string): string {
  const complement = COMPLEMENT_VERB.exec(rest);
  if (complement === null) return rest;
  return AFTER_COMPLEMENT.exec(rest.slice(complement[0].length))?.[1] ?? '';
}

/**
 * The role phrase a lead opens with, as an indefinite description of a person: "A" or "An", at most
 * `MAX_MODIFIERS` words, and the role noun they lead to (`isRoleNoun`: "treasurer", "man", "driver"),
 * all joined by spaces; a run of role nouns ends at its last ("woman driver"). Its characters (without
 * the article) and its role noun, or undefined.
 */
function descriptionAt(text: string): { start: number; end: number; head: string } | undefined {
  const opening = /^An?\s+/u.exec(text);
  return opening === null ? undefined : rolePhrase(text, opening[0].length, false);
}

/**
 * At most `MAX_MODIFIERS` words from `start` and the role noun they lead to, as `descriptionAt` reads
 * them. `capitalised`: the role noun may be written with a capital, as a headline's first word is.
 */
function rolePhrase(
  text: string,
  start: number,
  capitalised: boolean,
): { start: number; end: number; head: string } | undefined {
  // The phrase's words, up to anything but a space between two of them (a comma ends a noun phrase, the
  // word before it its last: "Widower, 71, walks…").
  const words =
    /^(?:[\p{L}\d][\p{L}\d'’-]*(?:\s+|$|(?=[,;:])))+/u
      .exec(text.slice(start))?.[0]
      .split(/\s+/u)
      .filter((w) => w !== '') ?? [];
  let head = -1;
  for (let i = 0; i < words.length && i <= MAX_MODIFIERS + 1; i++) {
    const word = words[i] ?? '';
    if (((capitalised ? /^\p{L}/u : /^\p{Ll}/u).test(word) && isRoleNoun(word)) || AGED_ONE.test(word))
      head = i;
    else if (head !== -1) break;
    // "A total of 300 people": a function word before the role noun makes it no description of one.
    else if (isStopword(word.toLowerCase())) return undefined;
  }
  if (head === -1 || head > MAX_MODIFIERS) return undefined;
  // The role noun ends the phrase: not a modifier of a noun after it ("A major change…", "A teacher
  // training scheme"), nor one of two people described ("A former FBI agent and an internet…").
  const after = words[head + 1]?.toLowerCase() ?? '';
  // (A headline's verb may be a noun too, "Woman dies…": there only two people described end it.)
  if (after === 'and' || after === 'or') return undefined;
  if (!capitalised && !isStopword(after) && isLemma('noun', after)) return undefined;
  // An age is a person's only as the noun itself, before a function word or nothing ("A 13-year-old
  // from…", "A 15-year-old has…"): "A 300-year-old listed building" describes the building.
  if (AGED_ONE.test(words[head] ?? '') && after !== '' && !isStopword(after)) return undefined;
  const phrase = words.slice(0, head + 1).join(' ');
  if (!text.startsWith(phrase, start)) return undefined;
  return { start, end: start + phrase.length, head: words[head] ?? '' };
}

/**
 * An age written as a noun, news's way of describing someone before naming them ("A 13-year-old from
 * Penmore has become…", "The 21-year-old signed…"): a person as surely as a role noun, where a function
 * word or nothing follows it ("a 2,300-year-old chariot" is a thing).
 */
const AGED_ONE = /^\d{1,3}-year-old$/u;

/**
 * The words that may stand between a preposition and the name it governs: a year, a number, a
 * determiner or possessive, a capitalised word or a role ("ahead of 2019 winner Graham Pettit", "with
 * his coach Ian Reid").
 */
const BEFORE_NAME = /^(?:\d+|the|a|an|his|her|their|its|\p{Lu}[\p{L}'’-]*)$/u;
/** Prepositions whose object is no doer of the sentence's act: not "by" (an agent), "after" or "before" (a clause may follow). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'with',
  'over',
  'against',
  'to',
  'for',
  'from',
  'beside',
  'behind',
  'than',
  'alongside',
  'including',
]);

/**
 * Is the first mention of `name` in `text` the object of a preposition ("ahead of 2019 winner Graham
 * Pettit"), with at most three words between that may lead to a name (`BEFORE_NAME`, role nouns)?
 */
function objectOfPreposition(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at === -1) return false;
  const words = text.slice(0, at).trim().split(/\s+/u);
  for (let k = words.length - 1; k >= 0 && k >= words.length - 4; k--) {
    const word = words[k] ?? '';
    if (OBJECT_PREPOSITIONS.has(word.toLowerCase())) return true;
    if (!BEFORE_NAME.test(word) && !isRoleNoun(word.toLowerCase())) return false;
  }
  return false;
}

/** The apposition right after a name (", the daughter of two doctors,", ", 13,"): what it says of them. */
const OWN_APPOSITION = /^\s*,[^,]{1,60},/u;

/** "the" and the word after it (group 1), not after a verb making it the subject's ("was named the winner"). */
const DEFINITE_WORD =
  /(?<!\b(?:named|became|become|becomes|is|was|were|are|as)\s+)\bthe\s+([\p{L}\d][\p{L}\d-]*)/giu;

/** Does the text say "the" and a noun for a person ("the boy", "the teenager", "the 13-year-old")? */
function describesAnother(text: string): boolean {
  return [...text.matchAll(DEFINITE_WORD)].some((m) => {
    const word = (m[1] as string).toLowerCase();
    return AGED_ONE.test(word) || isRoleNoun(word);
  });
}

/** An age written into a description ("A 15-year-old boy"): group 1 is the age. */
const DESCRIBED_AGE = /\b(\d{1,3})-year-old\b/u;

/**
 * Can the person the next sentence names be the one the lead describes? Not when the description's
 * noun is of one sex (WordNet's female or male person: "girl", "man") and their name says the other,
 * nor when the description gives an age and the naming sentence apposes another to their name: "A
 * 15-year-old boy has been charged with robbing a pensioner" / "Mary Hill, 82, was pushed…" names the
 * pensioner, not the boy. (Session 33 wrote it with a reading of the lead as about the person, reverted
 * whole; this half only takes credit away: docs/measured.md, session 34.)
 */
function describedFits(description: string, head: string, naming: string, name: string): boolean {
  // The noun's sex in its commonest sense: "A nurse" says nothing of the nurse's sex.
  const female = isFirstlyKindOf(head, 'female');
  const male = isFirstlyKindOf(head, 'male');
  const gender = nameGender(name, isRoleNoun);
  if (female !== male && gender !== undefined && gender !== (female ? 'female' : 'male')) return false;
  const age = DESCRIBED_AGE.exec(description)?.[1];
  if (age === undefined) return true;
  return !apposedAges(naming).some((a) => a.age !== age && sameName(a.name, name));
}

/**
 * The headline and lead that describe, before naming, the person the story is about: news opens
 * with a role ("A former council treasurer who stole £1.2m … has been jailed for six years.") and
 * names them in the next sentence ("Graham Whitlock, 58, of Harrogate, admitted fraud…"), whom the
 * description stands for. Only when the lead opens with an indefinite description (`descriptionAt`)
 * and names no one, and the next body sentence opens with a person's name, as its subject; the
 * headline too, when it names no one and holds the description's role noun ("Former council
 * treasurer jailed…").
 */
export function describedLead(
  article: Article,
  entitiesOf: (s: Sentence) => readonly Entity[],
): Map<number, Description> {
  const out = new Map<number, Description>();
  const sentences = article.sentences;
  const at = sentences.findIndex((s) => s.role === 'body');
  const lead = sentences[at];
  const next = sentences[at + 1];
  if (lead === undefined || next === undefined || next.role !== 'body') return out;
  const description = descriptionAt(lead.text);
  if (description === undefined || peopleIn(lead, entitiesOf).length > 0) return out;
  // The one it opens with, as its subject; others it names only as objects of a preposition ("…, half a
  // point ahead of 2019 winner Graham Pettit"). Any other may be the one described: a second subject
  // ("Carl Denton and Amy Price were…"), an agent ("Mary Hill, 82, was pushed … by Jordan Blake, 17"), a
  // clause's subject ("… after Hannah Price, 58, took her card").
  const [person, ...others] = peopleIn(next, entitiesOf);
  if (person === undefined || !next.text.startsWith(person.name)) return out;
  if (!others.every((p) => objectOfPreposition(next.text, p.name))) return out;
  // The next sentence speaking of someone else by a role ("Gwen Morris, a police spokeswoman, said the
  // boy had…"): the one described is that other, whom the name opening it reports on.
  if (describesAnother(next.text.slice(person.name.length).replace(OWN_APPOSITION, ''))) return out;
  const referent = referentOf(person);
  if (referent === undefined) return out;
  if (
    !describedFits(
      lead.text.slice(description.start, description.end),
      description.head,
      next.text,
      person.name,
    )
  )
    return out;
  out.set(lead.index, { referent, start: description.start, end: description.end, naming: next.index });
  const head = tokenize(description.head)[0]?.stem;
  const before = lead.text.slice(description.start, description.end).toLowerCase();
  for (const title of sentences.filter((s) => s.role === 'title')) {
    if (peopleIn(title, entitiesOf).length > 0) continue;
    const role = tokenize(title.text).find((t) => t.stem === head);
    if (role === undefined) {
      // Headlinese names the same person by another role of theirs ("Pensioner waited 31 hours…" over
      // "An 86-year-old woman … spent 31 hours…"): a headline opening with a role phrase, as a lead
      // opens with its description but with no article, describes the person its lead does.
      const opening = headlineRole(title.text, lead.text);
      if (opening !== undefined) out.set(title.index, { referent, ...opening, naming: next.index });
      continue;
    }
    // The role phrase in the headline: the role noun and the lower-case or capitalised words before it
    // that the lead's phrase has too ("Former council treasurer").
    let start = role.start;
    for (let m = /([\p{L}\d][\p{L}\d'’-]*)\s+$/u.exec(title.text.slice(0, start)); m !== null;) {
      if (!before.includes(`${(m[1] as string).toLowerCase()} `)) break;
      start = m.index;
      m = /([\p{L}\d][\p{L}\d'’-]*)\s+$/u.exec(title.text.slice(0, start));
    }
    out.set(title.index, { referent, start, end: role.end, naming: next.index });
  }
  return out;
}

// Once per parsed article: the loader hands back the same object for an unchanged file, so a reload
// keeps them, and a large folder pays only for the stories a question could be about.
const cache = new WeakMap<Article, Referents>();

/** Whether the article's pronoun openings have been read already (by a question or the warm-up). */
export function referentsRead(article: Article): boolean {
  return cache.has(article);
}

/** `findReferents`, computed once per article. */
export function referentsOf(article: Article, entitiesOf: (s: Sentence) => readonly Entity[]): Referents {
  let found = cache.get(article);
  if (found === undefined) {
    found = findReferents(article, entitiesOf);
    cache.set(article, found);
  }
  return found;
}

/**
 * A question word can name a person of this many stories at most for their pronoun openings to be
 * read: on a large folder a surname in hundreds of stories ("Blair") would tag them all on one
 * question, and a question about one of them names it or is asked in its conversation (`filter`).
 */
export const REFERENT_ARTICLES = 8;

/**
 * Whom the pronoun opening sentence `at` stands for: the one person, or of the people it fits equally,
 * the one the conversation is about (`person`, in this story).
 */
function readAs(found: Referents, at: number, person: ConversationPerson | undefined): Referent | undefined {
  const one = found.one.get(at);
  if (one !== undefined || person === undefined) return one;
  const among = found.tied.get(at)?.filter((r) => person.stems.every((s) => r.stems.includes(s)));
  return among?.length === 1 ? among[0] : undefined;
}

/** The positions in the index of the articles holding `stem` (within `filter`), or undefined past `max`. */
function articlesHolding(
  index: SearchIndex,
  stem: string,
  filter: ArticleFilter,
  max: number,
): number[] | undefined {
  const out: number[] = [];
  const list = index.postingsOf(stem);
  for (let i = 0; i < list.length; i += 2) {
    const a = index.articleOf[list[i] as number] as number;
    if ((filter !== -1 && a !== filter) || out.includes(a)) continue;
    if (out.length === max) return undefined;
    out.push(a);
  }
  return out;
}

/**
 * Would a question naming `name` be credited with the pronoun openings that stand for them
 * (`referentCredit`): does a word of the name stand in REFERENT_ARTICLES stories at most? A name whose
 * words are all common to many stories ("Nick Van") reads no story's openings, and a practice question
 * naming it does not take that path (`namingPractice`).
 */
export function namesFewStories(index: SearchIndex, name: string): boolean {
  return tokenize(name).some(
    (t) => !t.stop && (articlesHolding(index, t.stem, -1, REFERENT_ARTICLES)?.length ?? 0) > 0,
  );
}

/**
 * The question's credit for sentences opening with a pronoun that stands for a person it names (see
 * `ReferentCredit`): per group, each word of the question (not a name lent to a role word) that is a
 * word of the person's name. In a conversation about someone (`person`), a pronoun opening of their
 * story that fits them and others equally stands for them: the question's "he" read as them is a group
 * of their name (`subjectGroups`), which those sentences are credited with. Undefined when there is none.
 */
export function referentCredit(
  index: SearchIndex,
  groups: readonly Group[],
  filter: ArticleFilter,
  person?: ConversationPerson,
): ReferentCredit | undefined {
  const credit = new Map<number, Map<number, number>>();
  const entitiesOf = (s: Sentence) => index.entitiesOf(s);
  // The conversation's story is read for its person's name whatever other stories hold it.
  const theirs = (stem: string) =>
    person !== undefined && person.stems.includes(stem) && (filter === -1 || filter === person.article);
  groups.forEach((group, g) => {
    for (const term of group.terms) {
      if (term.weight !== 1 || term.lent === true) continue;
      const articles = articlesHolding(index, term.stem, filter, REFERENT_ARTICLES) ?? [];
      if (theirs(term.stem) && person !== undefined && !articles.includes(person.article))
        articles.push(person.article);
      for (const a of articles) {
        const article = index.articles[a];
        if (article === undefined) continue;
        const found = referentsOf(article, entitiesOf);
        if (found.one.size === 0 && found.tied.size === 0) continue;
        const settles = person?.article === a ? person : undefined;
        const end = index.firstDoc[a + 1] as number;
        for (let id = index.firstDoc[a] as number; id < end; id++) {
          const sentence = index.docs[id]?.sentence;
          const referent = sentence === undefined ? undefined : readAs(found, sentence.index, settles);
          if (referent === undefined || !referent.stems.includes(term.stem)) continue;
          const groupsOf = credit.get(id) ?? new Map<number, number>();
          groupsOf.set(g, Math.max(groupsOf.get(g) ?? 0, index.idf(term.stem)));
          credit.set(id, groupsOf);
        }
      }
    }
  });
  return credit.size === 0 ? undefined : credit;
}

/**
 * The gender the story's own pronouns give `name`: every pronoun opening read as them alone (`one`)
 * says the same ("Raman, 38, … campaigned…" then "She will be the first woman…"). When the story reads
 * none as them, the gender a role noun before the name gives ("whose father Enzo": `roleGivenGender`).
 * Undefined when neither says, or the pronouns say both.
 */
export function toldGender(
  article: Article,
  entitiesOf: (s: Sentence) => readonly Entity[],
  name: string,
): Gender | undefined {
  const said = new Set<Gender>();
  for (const [at, referent] of referentsOf(article, entitiesOf).one) {
    const text = article.sentences[at]?.text;
    const gender = text === undefined ? undefined : openingGender(text);
    if (gender !== undefined && sameName(referent.name, name)) said.add(gender);
  }
  const [only] = said;
  if (said.size === 0) return roleGivenGender(article.sentences, name);
  return said.size === 1 ? only : undefined;
}
