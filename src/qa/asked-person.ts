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
import { agesOfNames } from './predicate-age.js';
import { namedAges } from './apposition.js';
import { BE, DO_FORMS, OPENING_AUXILIARY } from './auxiliaries.js';
import { PRONOUNS, sexOfGender, type PronounSex } from './pronoun-sex.js';
import { tokenize, type Token } from './text.js';

/** The person a question asks a state of: the words of their name (none for a pronoun), and their sex when said. */
export interface AskedPerson {
  /** Their name's words, lower case, without titles ("reid" for "Mr Reid"); empty for "he" or "she". */
  words: ReadonlySet<string>;
  /** The pronouns that may stand for them: a title's or first name's sex, or the question's pronoun. */
  sex: PronounSex | undefined;
  /** The title of address the question gives them, lower case ("dr" of "how old is Dr Okafor"). */
  title?: string;
}

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
  /** A noun for a kind of person (`isRoleNoun`): "neighbour", "coach". */
  isRole: (word: string) => boolean;
}

/**
 * A question asking an age or who someone is, of an owner and the word it owns: "how old is his
 * neighbour", "who is Thomas Walker's coach" (group 1 the word owned). Only as what is asked, right
 * after the copula: "how old is Sarah Jones, who saved her neighbour?" asks her age.
 */
const OWNED =
  /^\s*(?:how\s+old|what\s+age|who)\s+(?:is|was|are|were)\s+(?:his|her|their|(?:[\p{L}-]+\s+){0,3}[\p{L}-]+['’]s?)\s+(\p{L}+)/iu;

/**
 * Does the question ask about someone by their relation to another ("how old is his neighbour?", "how
 * old is Thomas Walker's coach?")? Then the state asked is theirs, not the owner's, whom the question
 * names: the owned word is a noun for a kind of person (`isRole`).
 */
export function asksOwnedPerson(question: string, isRole: (word: string) => boolean): boolean {
  const owned = OWNED.exec(question)?.[1];
  return owned !== undefined && isRole(owned.toLowerCase());
}

/**
 * The person the question asks a state of (see above), or undefined. `question`, the text `tokens`
 * were read from, when given, says whether the name is an owner ("Walker's neighbour"): then none is.
 */
export function askedPerson(
  tokens: readonly Token[],
  ageAsked: boolean,
  words: Lexicon,
  question?: string,
): AskedPerson | undefined {
  const { isPersonWord, isCommon, isReporting } = words;
  // The opening auxiliary, after the wh-word and what it asks ("how old is", "what year did").
  const aux = tokens.findIndex((t, i) => i > 0 && i <= 3 && OPENING_AUXILIARY.has(t.word));
  const auxiliary = tokens[aux]?.word;
  if (auxiliary === undefined) return undefined;
  let at = aux + 1;
  let sex: PronounSex | undefined;
  const titleWord = tokens[at]?.word ?? '';
  const title = addressTitle(titleWord);
  if (title !== undefined) {
    sex = sexOfGender(title);
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
    // "how old is Thomas Walker's neighbour?": the state is the neighbour's, whom no name asks.
    if (question !== undefined && asksOwnedPerson(question, words.isRole)) return undefined;
    const first = firstNameGender([...named][0] as string);
    if (sex === undefined && named.size > 1) sex = sexOfGender(first);
  }
  // A state: a copula the question ends on after the person, a habit, or an age. Not their words or
  // thoughts ("what does McClaren think…", "what does she say"): a story reports those by role as
  // often as by name ("The Holland international said…"), and quotes them.
  const rest = tokens.slice(at).filter((t) => !t.stop && t.word !== 'from');
  // The verb right after the subject, a function word or not ("say" is one to the index).
  const reports = isReporting(tokens[at]?.word ?? '');
  const habit = PRESENT_DO.has(auxiliary) && !reports;
  const state = (BE.has(auxiliary) && rest.length === 0) || habit || ageAsked;
  if (!state) return undefined;
  return title === undefined ? { words: named, sex } : { words: named, sex, title: titleWord };
}

/** A person the story names: their name's words, lower case and without titles, and their sex when known. */
export interface StoryPerson {
  words: readonly string[];
  sex: () => PronounSex | undefined;
  /** Does the story write this title of address before the name ("Dr Adaeze Okafor")? */
  titled?: (title: string) => boolean;
}

/** The asked person as the story names them, and the story's other people who share a word of their name. */
export interface MeantPerson extends AskedPerson {
  /** The names of other people ("Mary Reid" when "Alan Reid" is asked): a word of theirs is not the asked one's. */
  others: readonly (readonly string[])[];
}

/**
 * Is the subject of a sentence giving an age ("Professor Grant is 58.", a pronoun already read as the
 * name it stands for) the asked person (`person`, as `personMeant` read them among `people`)? A full
 * name is read as the question's is; a title and surname only when the story says which bearer for
 * sure: the one bearer it writes with that title ("Professor Helen Grant"), or the one of the title's
 * sex, not the first the tagger found, as it may miss a name ("Professor Morag Lennox"). Undefined when
 * the subject shares no word with the asked name, or the story does not say which bearer it is.
 */
export function subjectMeans(
  mention: string,
  person: MeantPerson,
  people: readonly StoryPerson[],
  isRole: (word: string) => boolean,
): boolean | undefined {
  // The title before the name: of address ("Mrs") or a role one ("Professor Grant").
  const tokens = tokenize(mention).map((t) => t.word);
  const lead = tokens.findIndex((w) => addressTitle(w) === undefined && !isRole(w));
  const first = lead === -1 ? tokens.length - 1 : Math.min(lead, tokens.length - 1);
  const title = first > 0 ? tokens[first - 1] : undefined;
  const words = tokens.slice(first);
  if (words.length === 0 || !words.some((w) => person.words.has(w))) return undefined;
  const gender = title === undefined ? undefined : addressTitle(title);
  const titleSex = sexOfGender(gender);
  const same = (a: ReadonlySet<string>) =>
    a.size === person.words.size && [...a].every((w) => person.words.has(w));
  if (words.length > 1) return same(personMeant({ words: new Set(words), sex: titleSex }, people).words);
  const bearers = people.filter((p) => p.words.length > 1 && p.words.includes(words[0] as string));
  const byTitle = title === undefined ? [] : bearers.filter((p) => p.titled?.(title) === true);
  const bySex = titleSex === undefined ? [] : bearers.filter((p) => p.sex() === titleSex);
  const sure =
    byTitle.length > 0
      ? byTitle
      : bySex.length > 0 && bearers.every((p) => p.sex() !== undefined)
        ? bySex
        : [];
  const meant = new Set(sure.flatMap((p) => p.words));
  return sure.length === 0 || sure.some((p) => !sure.every((q) => samePerson(p.words, q.words)))
    ? undefined
    : same(meant);
}

/** Two names of one person: one's words all in the other's ("Alan Reid", "Skipper Alan Reid"). */
export const samePerson = (a: readonly string[], b: readonly string[]) =>
  a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));

/**
 * Which of the story's people the question means (`people` in the story's order). A surname is no
 * person: a story names a wife, a son or a daughter with the surname of the one it is about, and then
 * gives each their first name ("His wife, Mary Reid, 44", "Her daughter, Kirsty Lindsay, 35"). So the
 * asked name is the one person whose whole name holds all its words; of several such, the one whose sex
 * agrees with the question's title ("Mrs Lindsay" is no Ewan), and of those the first the story names:
 * news names its main person in full first, then by title and surname, and names anyone sharing the
 * surname in full every time. The other people sharing a word of that name are kept, as `others`.
 */
export function personMeant(asked: AskedPerson, people: readonly StoryPerson[]): MeantPerson {
  const full = people.filter((p) => p.words.length > 1);
  const bearers: StoryPerson[] = [];
  for (const p of full.filter((p) => [...asked.words].every((w) => p.words.includes(w))))
    if (!bearers.some((b) => samePerson(b.words, p.words))) bearers.push(p);
  // The sex of the surname alone as the story titles it ("Mrs Lindsay first joined…"): news titles its
  // main person so, the first named in full, whose first name may say nothing ("Eilidh").
  const titled = new Set(
    people.filter((p) => p.words.length === 1 && asked.words.has(p.words[0] as string)).map((p) => p.sex()),
  );
  const [titledSex] = titled;
  const agrees = (p: StoryPerson) => {
    const sex =
      asked.sex === undefined
        ? undefined
        : (p.sex() ?? (p === bearers[0] && titled.size === 1 ? titledSex : undefined));
    return sex === undefined || sex === asked.sex;
  };
  // The one bearer the story writes with the question's title ("Dr Adaeze Okafor" of "Dr Okafor"),
  // else the first named of the asked sex.
  const { title } = asked;
  const titled1 = title === undefined ? [] : bearers.filter((p) => p.titled?.(title) === true);
  const byTitle = titled1.length === 1 && agrees(titled1[0] as StoryPerson) ? titled1[0] : undefined;
  const chosen = asked.words.size === 0 ? undefined : (byTitle ?? bearers.find(agrees));
  if (chosen === undefined || bearers.length < 2) {
    // One person of that name (or none of the asked sex): every name holding the words is theirs, but
    // not one the story says is the other sex. A namesake of the other sex is someone else ("Mrs
    // Hollowell" of a story naming only "Dennis Hollowell": his first name is no word of hers), and a
    // pronoun asked holds no words: every name it may stand for ("Megan Rowe, a 31-year-old potter" is no "he").
    const holding = people.filter((p) => [...asked.words].every((w) => p.words.includes(w)) && agrees(p));
    const words = new Set([...asked.words, ...holding.flatMap((p) => p.words)]);
    return { ...asked, words, others: othersThan(full, words) };
  }
  const words = new Set([
    ...asked.words,
    ...full.filter((p) => samePerson(p.words, chosen.words)).flatMap((p) => p.words),
  ]);
  return { ...asked, words, others: othersThan(full, words) };
}

/** The names sharing a word with `words` but of someone else: a word not among them. */
function othersThan(full: readonly StoryPerson[], words: ReadonlySet<string>): (readonly string[])[] {
  if (words.size === 0) return [];
  return full
    .filter((p) => p.words.some((w) => words.has(w)) && !p.words.every((w) => words.has(w)))
    .map((p) => p.words);
}

/** The tokens of `sentence` inside one of the `names` (each a run of words). */
function withinNames(tokens: readonly Token[], names: readonly (readonly string[])[]): Set<number> {
  const inside = new Set<number>();
  for (const name of names)
    for (let i = 0; i + name.length <= tokens.length; i++)
      if (name.every((w, k) => tokens[i + k]?.word === w))
        for (let k = 0; k < name.length; k++) inside.add(i + k);
  return inside;
}

/**
 * Does the sentence give an age of someone else only: every age in it apposed to a name not the asked
 * person's ("His wife, Mary Reid, 44, said…" of "how old is Alan Reid", or of "how old is he" when her
 * name is a woman's), and no other number or year in it. An age in apposition is the age of the name it
 * follows (`apposition.ts`), whatever else the sentence says of the asked person ("His wife").
 */
function agesOfOthers(
  text: string,
  person: AskedPerson,
  sexOf: (name: string) => PronounSex | undefined,
): boolean {
  // An age said of a named subject is theirs too ("Her grandson, Rhys, is 30 and lives in Bristol": not
  // Mrs Davies's age, whom "Her" brings up; review32c). A pronoun subject may be the asked person.
  const ages = agesOfNames(text);
  if (ages.length === 0) return false;
  const theirs = (name: string) => {
    if (person.words.size > 0)
      return tokenize(name).every((t) => addressTitle(t.word) !== undefined || person.words.has(t.word));
    const sex = person.sex === undefined ? undefined : sexOf(name);
    return sex === undefined || sex === person.sex;
  };
  if (ages.some((a) => theirs(a.name))) return false;
  let rest = text;
  // An age written before a name takes its "-year-old" with it ("48-year-old Martin Feltham").
  for (const a of ages) {
    const written = /^-years?-old\b/u.exec(rest.slice(a.ageEnd))?.[0].length ?? 0;
    const end = a.ageEnd + written;
    rest = rest.slice(0, a.ageStart) + ' '.repeat(end - a.ageStart) + rest.slice(end);
  }
  // A year ("died … in 2021") is a time, no one's age.
  rest = rest.replace(/\b(?:1[89]|20)\d\d\b/g, ' ');
  return !/\d|\byears?\b|\baged?\b/i.test(rest);
}

/**
 * A definite description of one person ("the skipper", "The 21-year-old, who came through the
 * academy"): English writes "the" for someone the reader already knows, so it may be the asked person,
 * while "a 61-year-old" or "a second walker" brings in someone new. A role noun by WordNet
 * (`isRoleNoun`), one word of description before it at most ("the former skipper"), or an age.
 */
const DEFINITE = /\bthe\s+(?:(\d+-year-old)\b(?:\s+([a-z]+))?|([a-z]+)(?:\s+([a-z]+))?)/gi;

/**
 * Does the sentence hold a definite description of someone who may be the asked person: not one the
 * story says is the other sex (`roleSex`: "The 47-year-old skipper" when "The skipper, Alan Reid" is a
 * man and "she" is asked). An age alone ("The 21-year-old, who…") or a role the story ties to no name
 * may be anyone.
 */
function describesSomeone(
  text: string,
  isRole: (word: string) => boolean,
  sex: PronounSex | undefined,
  roleSex: (role: string) => PronounSex | undefined,
): boolean {
  const mayBe = (role: string) => {
    const told = sex === undefined ? undefined : roleSex(role);
    return told === undefined || told === sex;
  };
  for (const m of text.matchAll(DEFINITE)) {
    const [, age, afterAge, one, two] = m;
    const words = age === undefined ? [one, two] : [afterAge];
    const roles = words.filter((w): w is string => w !== undefined && w === w.toLowerCase() && isRole(w));
    if (age !== undefined && roles.length === 0) return true;
    if (roles.some(mayBe)) return true;
  }
  return false;
}

/** A capitalised name of one to four words. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}`;

/**
 * The names a story puts beside a role, as news names who a role is: "The skipper, Alan Reid, …",
 * "deckhand Torquil Hay", "Torquil Morgan, the charity's chairman". Each name once, in the order written.
 */
export function namesOfRole(texts: readonly string[], role: string): string[] {
  const r = role.replace(/[^a-z-]/gi, '');
  if (r === '') return [];
  // The role as the head of its phrase: not an owner ("Mary Reid, the skipper's wife") nor what another
  // is of ("The mother of the skipper, Ann Reid": she is the mother).
  const patterns = [
    new RegExp(String.raw`(?<!\bof\s+(?:the|a|an|his|her|their)\s+)\b${r},?\s+(${NAME})`, 'gu'),
    new RegExp(String.raw`(${NAME}),\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}${r}\b(?!['’])`, 'gu'),
  ];
  const out: string[] = [];
  for (const text of texts)
    for (const pattern of patterns)
      for (const m of text.matchAll(pattern)) {
        const name = m[1];
        if (name !== undefined && !out.includes(name)) out.push(name);
      }
  return out;
}

/**
 * Is the sentence about the asked person: does it name them, or hold a pronoun that may stand for them
 * (one of their sex, either when it is not said), or a definite description of someone
 * (`describesSomeone`), or name someone the pronoun may be (`mayBeThem`, for a "he" or "she" the
 * question reads as no one in particular)?
 */
export function aboutAsked(
  sentence: { text: string; tokens: readonly Token[] },
  person: AskedPerson & { others?: MeantPerson['others'] },
  mayBeThem: () => boolean,
  isRole: (word: string) => boolean,
  age?: { sexOf: (name: string) => PronounSex | undefined },
  roleSex: (role: string) => PronounSex | undefined = () => undefined,
): boolean {
  // Asked an age: a sentence whose ages are all someone else's says nothing of theirs.
  if (age !== undefined && agesOfOthers(sentence.text, person, age.sexOf)) return false;
  // A word of their name within another person's ("Reid" of "Mary Reid") names that other person.
  const others = withinNames(sentence.tokens, person.others ?? []);
  // "they" and "their" may be the person with others ("The pair live in Kirkcaldy. They opened…").
  const pronouns = [
    ...(person.sex === undefined ? [...PRONOUNS.he, ...PRONOUNS.she] : [...PRONOUNS[person.sex]]),
    ...GROUP_PRONOUNS,
  ];
  const names = (t: Token, i: number) => person.words.has(t.word) && !others.has(i);
  if (sentence.tokens.some((t, i) => names(t, i) || pronouns.includes(t.word))) return true;
  if (describesSomeone(sentence.text, isRole, person.sex, roleSex)) return true;
  return person.words.size === 0 && mayBeThem();
}

/**
 * The passages about the asked person first (`aboutAsked`), then the others, each in their order; as
 * they were when none is about them. Asked their age, those giving it in apposition to their name
 * (`agedByName`) go first of all: "Eilidh Lindsay, 63, received…" says whose the 63 is, "Mrs Lindsay
 * first joined… when she was 23" an age she once was.
 */
export function askedPersonFirst<T>(
  ranked: readonly T[],
  about: (r: T) => boolean,
  aged: (r: T) => boolean = () => false,
): T[] {
  const ours = ranked.map(about);
  const count = ours.filter(Boolean).length;
  const named = ranked.map((r, i) => ours[i] === true && aged(r));
  const byAge = [...ranked.filter((_, i) => named[i]), ...ranked.filter((_, i) => !named[i])];
  if (count === 0 || count === ranked.length) return named.includes(true) ? byAge : [...ranked];
  return [...byAge.filter((r) => ours[ranked.indexOf(r)]), ...byAge.filter((r) => !ours[ranked.indexOf(r)])];
}

/** Does the sentence give the named person's age in apposition to their name ("Eilidh Lindsay, 63,")? */
export function agedByName(text: string, person: AskedPerson): boolean {
  if (person.words.size === 0) return false;
  return namedAges(text).some((a) =>
    tokenize(a.name).every((t) => addressTitle(t.word) !== undefined || person.words.has(t.word)),
  );
}

/**
 * Does `text` write the title of address (`title`, lower case: "dr") before `name`, or open the name
 * with it ("Dr Adaeze Okafor, 39,", "Professor Helen Grant")?
 */
export function titledIn(text: string, title: string, name: string): boolean {
  const words = tokenize(name).map((t) => t.word);
  if (words[0] === title) return true;
  const at = text.indexOf(name);
  if (at === -1) return false;
  const before = tokenize(text.slice(0, at)).at(-1)?.word;
  return before === title;
}
