/**
 * Stage 4d of the pipeline (`engine.ts`), after the orders the question asks for (`asked-first.ts`):
 * the passages about the person the question asks a state of ("how old is Mr Reid?") first. It reads
 * the story's people from the best passages ranked (the tagger's names, the ages apposed to names), the
 * story's pronouns and possessives for their sex, and the ages said of a sentence's subject; the pure
 * rules it applies are `asked-person.ts`'s. Moved out of the engine (session 32): the engine keeps only
 * the call, in the order the stages run.
 */
import type { Sentence } from '../knowledge/types.js';
import type { Entity } from './entities.js';
import { addressTitle, nameGender, type Gender } from '../knowledge/names.js';
import { isWrittenAsName } from './answer-kind.js';
import { agedAt, namedAges } from './apposition.js';
import {
  aboutAsked,
  agedByName,
  askedPerson,
  askedPersonFirst,
  namesOfRole,
  personMeant,
  subjectMeans,
  titledIn,
} from './asked-person.js';
import { possessorSex } from './possessor-sex.js';
import { predicateAge, saysAnotherAge } from './predicate-age.js';
import { couldBeAsked, sexOfGender, type PronounSex } from './pronoun-sex.js';
import { referentsOf, toldGender } from './referents.js';
import type { Ranked } from './rerank.js';
import { takesClause } from './reporting-verb.js';
import { Recent } from './recent.js';
import type { SearchIndex } from './search-index.js';
import type { AgedPerson } from './span-input.js';
import { tokenize } from './text.js';
import { isCommonWord, isKindOf, isRoleNoun } from './wordnet.js';

/** What the stage reads of the engine and the question. */
export interface PersonAsked {
  readonly index: SearchIndex;
  /** How many of the best passages are read for the story's people: the learned re-ranking's few. */
  readonly candidates: number;
  /** The question as the reader meant it (its "he" put as the person read: `askedOf`). */
  readonly question: string;
  /** An age is asked (the asked slot is a person's age, not a thing's). */
  readonly ageAsked: boolean;
  /** The people the conversation's pronoun was read as, if any. */
  readonly readAs?: readonly string[] | undefined;
}

/** The ranking with the asked person's passages first, and what the later stages read of it. */
export interface PersonFirst {
  ranked: Ranked[];
  /** The best passage is about the person asked (or no one is asked): answerability reads it. */
  topAbout: boolean;
  /** Asked an age of a named person: whose age the short answer gives, by the story's sexes. */
  aged?: AgedPerson;
}

/** An age asked at a time of the person's life: "how old was he when…", "what age was she at the time". */
const AGE_AT_A_TIME =
  /^\s*(?:how\s+old|what\s+age)\b.*\b(?:when|while|during|after|before|at\s+the\s+time)\b/iu;

/**
 * Stage 4d: "How old is Mr Reid?": the passages about the person the question asks a state of go before those
 * that neither name them nor hold a pronoun that may be them (`asked-person.ts`). The story's people
 * are the tagger's, from the passages ranked: a name the question shares with none of them is no
 * person's ("does Euronext pay in shares?").
 */
export function personFirst(ranked: Ranked[], asked: PersonAsked): PersonFirst {
  const { index, question, ageAsked, readAs } = asked;
  const head = ranked.slice(0, asked.candidates);
  // The head passages' people's words and the words of their places, read only when the question's
  // subject may be a name: most questions have none, and end at their auxiliary.
  let story: { words: Set<string>; places: Set<string> } | undefined;
  const storyOf = () => {
    if (story !== undefined) return story;
    const read = head.map((r) => passageWordsOf(index, r.id));
    story = { words: new Set(read.flatMap((p) => p.people)), places: new Set(read.flatMap((p) => p.places)) };
    return story;
  };
  // "how old is he?" with "he" read as the one person the conversation is about ("who was the
  // skipper?" → Callum Irvine; the question is then "how old is Callum Irvine"): their name is a
  // person's, whatever the tagger made of it in the passages ranked (nc30).
  const [only, ...more] = readAs ?? [];
  const readWords = new Set(only !== undefined && more.length === 0 ? tokenize(only).map((t) => t.word) : []);
  const named = askedPerson(
    tokenize(question),
    ageAsked,
    {
      isPersonWord: (w) =>
        addressTitle(w) === undefined &&
        (readWords.has(w) || (storyOf().words.has(w) && !storyOf().places.has(w))),
      isCommon: isCommonWord,
      isReporting: takesClause,
      isRole: isRoleNoun,
    },
    question,
  );
  if (named === undefined) return { ranked, topAbout: true };
  const entitiesOf = (s: Sentence) => index.entitiesOf(s);
  // The story's own pronouns for a name, when its first name or title says nothing.
  const toldOf = (id: number) => (name: string) => {
    const article = index.articles[index.articleOf[id] ?? -1];
    return article === undefined ? undefined : toldGender(article, entitiesOf, name);
  };
  // A name's sex: its title or first name, the story's pronouns for it, or the possessive joined to it
  // ("Chinedu Okafor, 46, and his wife").
  const storySex = (id: number, name: string) =>
    sexOfGender(nameGender(name, isRoleNoun) ?? toldOf(id)(name)) ??
    possessorSex(index.docs[id]?.sentence.text ?? '', name);
  // The whole name the story gives them ("Serena" is the "Williams" of "the seventh-seeded
  // Williams"), one person of those sharing a surname (`personMeant`), in the story's order.
  const people = [...head]
    .sort((a, b) => a.id - b.id)
    .flatMap((r) =>
      namedOrAged(index, r.id).map((name) => ({
        words: tokenize(name)
          .map((t) => t.word)
          .filter((w) => addressTitle(w) === undefined),
        sex: () => storySex(r.id, name),
        titled: (title: string) => titledIn(index.docs[r.id]?.sentence.text ?? '', title, name),
      })),
    );
  const person = personMeant(named, people);
  const sex = person.sex;
  // "Professor Grant is 58.", "She is 34 and…": an age said of a sentence's subject is the person's
  // that subject means: a full name read as the question's is (`personMeant`), a title and surname
  // only when the story says which bearer for sure (below), a pronoun as whom the story reads it.
  // Undefined when the subject shares no word with the asked name, or the sentence says no such age.
  const predicateOf = (id: number): boolean | undefined => {
    if (!ageAsked || person.words.size === 0) return undefined;
    const doc = index.docs[id];
    const said = doc === undefined ? undefined : predicateAge(doc.sentence.text);
    if (doc === undefined || said === undefined) return undefined;
    // A second age later in the sentence ("Tom Reid is 45 and his brother, Sam Reid, is 41") may be
    // theirs: the subject's age says nothing of whether the sentence is about them.
    if (saysAnotherAge(doc.sentence.text, said.ageEnd)) return undefined;
    let mention = said.subject;
    if (/^(?:he|she)$/iu.test(mention)) {
      const article = index.articles[doc.article];
      const referent =
        article === undefined ? undefined : referentsOf(article, entitiesOf).one.get(doc.sentence.index);
      if (referent === undefined) return undefined;
      mention = referent.name;
    }
    return subjectMeans(mention, person, people, isRoleNoun);
  };
  const mayBeThem = (r: Ranked) => () =>
    namedPeople(index, r.id).some((name) => sex === undefined || couldBeAsked(name, sex, toldOf(r.id)));
  // A sentence the story's reading gives to them ("A 13-year-old from Penmore has become…" before
  // "Priya Nandakumar, a Year 9 pupil…": `describedLead`), though it neither names them nor says "she".
  // Not for their age at a time: the description gives their age now, as an apposition does.
  const atATime = AGE_AT_A_TIME.test(question);
  const readAsThem = (id: number): boolean => {
    if (atATime) return false;
    const doc = index.docs[id];
    const article = doc === undefined ? undefined : index.articles[doc.article];
    const referent =
      article === undefined || doc === undefined
        ? undefined
        : referentsOf(article, entitiesOf).described.get(doc.sentence.index)?.referent;
    // Every word the question names them by is theirs: "Zainab Malik" is not the described Zainab Qureshi.
    const theirs = new Set(referent === undefined ? [] : tokenize(referent.name).map((t) => t.word));
    return referent !== undefined && [...person.words].every((w) => theirs.has(w));
  };
  const about = (r: Ranked) =>
    predicateOf(r.id) !== false &&
    (readAsThem(r.id) ||
      aboutAsked(
        { text: index.docs[r.id]?.sentence.text ?? '', tokens: r.tokens },
        person,
        mayBeThem(r),
        // A role ("the skipper") or a group they may be one of ("the couple", "the firm"): either may
        // stand for the person asked about.
        (word) => isRoleNoun(word) || isKindOf(word, 'social_group'),
        ageAsked
          ? { sexOf: (name) => sexOfGender(nameGender(name, isRoleNoun) ?? toldOf(r.id)(name)) }
          : undefined,
        (role) => roleSex(index, r.id, role, toldOf(r.id)),
      ));
  // Asked their age at a time ("how old was osei when he came to britain?"), the age apposed to their
  // name is the one they are now, no better than any other passage about them.
  const aged = (r: Ranked) =>
    ageAsked &&
    !atATime &&
    (agedByName(index.docs[r.id]?.sentence.text ?? '', person) || predicateOf(r.id) === true);
  // A "he" or "she" read as no one in particular is no name to rank by: any sentence with a "she"
  // would do ("…," she said). Only the best passage is judged (`topAbout`).
  const first = person.words.size === 0 ? ranked : askedPersonFirst(ranked, about, aged);
  const topAbout = first[0] === undefined || about(first[0]);
  // Asked an age of a named person: the short answer's age is theirs among those the sentence apposes
  // to names ("Chinedu Okafor, 46, and his wife, Dr Adaeze Okafor, 39"), by the story's sexes there.
  const top = first[0];
  if (!ageAsked || person.words.size === 0 || top === undefined) return { ranked: first, topAbout };
  return { ranked: first, topAbout, aged: { ...person, sexOf: (name) => storySex(top.id, name) } };
}

/**
 * The sex of whoever the passage's story names beside a role (`namesOfRole`: "The skipper, Alan
 * Reid"), by their first name or title or the story's pronouns for them; undefined when it names no
 * one so, or people of both sexes.
 */
function roleSex(
  index: SearchIndex,
  id: number,
  role: string,
  told: (name: string) => Gender | undefined,
): PronounSex | undefined {
  const article = index.articles[index.articleOf[id] ?? -1];
  if (article === undefined) return undefined;
  const sexes = new Set(
    namesOfRole(
      article.sentences.map((s) => s.text),
      role,
    ).map((name) => nameGender(name, isRoleNoun) ?? told(name)),
  );
  const [only] = sexes;
  return sexes.size !== 1 ? undefined : sexOfGender(only);
}

/**
 * The people a passage names, with those it gives an age in apposition (`apposition.ts`): "Eilidh
 * Lindsay, 63, received…" names a person the tagger may know only as "Lindsay".
 */
function namedOrAged(index: SearchIndex, id: number): string[] {
  const named = namedPeople(index, id);
  const aged = namedAges(index.docs[id]?.sentence.text ?? '').map((a) => a.name);
  const words = (name: string) => tokenize(name).map((t) => t.word);
  const longer = (a: string, b: string) => words(b).every((w) => words(a).includes(w)) && a.length > b.length;
  // The longer of a tagged name and an apposed one that holds it.
  // In the order written: the first named is whom a surname alone means (`personMeant`).
  const text = index.docs[id]?.sentence.text ?? '';
  return [
    ...named.filter((n) => !aged.some((a) => longer(a, n))),
    ...aged.filter((a) => !named.some((n) => n === a || longer(n, a))),
  ].sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

/**
 * The people a passage names as people are named ("Neil Durward"), not "A second walker". A person's
 * name holds no comma: the tagger's one span over "Amy, Ben" (it joins names of one type across a
 * comma, which a list answer such as "Sylvia Plath, George Orwell and Philip Larkin" wants) is two
 * people here, or "Amy" would read as a word of someone else's name and "how old is Amy Price?" of
 * "Amy, Ben and Cara Price, aged 19, 23 and 26," as about no one.
 */
export function peopleNamed(text: string, entities: readonly Entity[]): string[] {
  return entities
    .filter((e) => e.type === 'person')
    .flatMap((e) => text.slice(e.start, e.end).split(/\s*,\s*/u))
    .filter((name) => name !== '' && isWrittenAsName(name));
}

/** What `personFirst` reads of one passage: the words of the people it names, and of its places. */
interface PassageWords {
  /**
   * A person as a story names one: in full or with a title ("Neil Durward", "Mr Durward"), not a word
   * the tagger alone takes for a first name ("Victoria has 37 seats": the state).
   */
  people: readonly string[];
  /** A word the story also writes as a place or an organisation ("Victoria", the state) is no one's for sure. */
  places: readonly string[];
}

export function readPassageWords(index: SearchIndex, id: number): PassageWords {
  const names = namedPeople(index, id).map((n) => tokenize(n).map((t) => t.word));
  const text = index.docs[id]?.sentence.text ?? '';
  const places = index
    .entities(id)
    .filter((e) => (e.type === 'place' || e.type === 'organization') && !agedAt(text, e))
    .flatMap((e) => tokenize(text.slice(e.start, e.end)).map((t) => t.word));
  return { people: names.filter((n) => n.length > 1).flat(), places };
}

/** Passages whose words `passageWordsOf` keeps per index: the head passages of recent questions. */
const RECENT_PASSAGES = 256;

/**
 * `readPassageWords` of the passages of one engine's index, kept for the RECENT_PASSAGES most recently
 * read: the head passages of a story come back question after question, and reading their names and
 * places again (tokenizing each) was a few percent of a settled seed question. Keyed by the index (a
 * WeakMap), so each engine keeps its own and drops them with it; a passage's words are a pure function
 * of its sentence and the entities the index tags in it once (`SearchIndex.entitiesOf`).
 */
const passageWords = new WeakMap<SearchIndex, Recent<number, PassageWords>>();

export function passageWordsOf(index: SearchIndex, id: number): PassageWords {
  let kept = passageWords.get(index);
  if (kept === undefined) {
    kept = new Recent(RECENT_PASSAGES, (doc) => readPassageWords(index, doc));
    passageWords.set(index, kept);
  }
  return kept.get(id);
}

/** `peopleNamed` of the passage `id`. */
function namedPeople(index: SearchIndex, id: number): string[] {
  return peopleNamed(index.docs[id]?.sentence.text ?? '', index.entities(id));
}
