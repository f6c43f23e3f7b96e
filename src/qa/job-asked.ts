/**
 * "What was Mrs Tresize's job?", "what does he do?", "what did she do for a living?": the question asks
 * a person's work, which a story says by a noun for a person by their work, not by the word "job":
 * in apposition ("Mrs Tresize, a retired midwife who now lives in Saltash, …"), after "is a" or "works
 * as a" ("Mr Penberthy is a carpenter by trade"), or before the name as a title ("Bridgnorth
 * schoolteacher Owen Pryce"). A noun is one for a person's work when its commonest sense is a kind of
 * worker, professional, scientist and the like in WordNet (`isOccupation`): "midwife", "carpenter",
 * "botanist"; not "grandfather", "pensioner" or "resident", which say who someone is, not their work.
 * Pure, apart from WordNet look-ups.
 */
import { addressTitle, isFirstName, nameGender, type Gender } from '../knowledge/names.js';
import { lemmaOf } from './lemma.js';
import { stem, tokenize } from './text.js';
import { isFirstlyKindOf, isKindOf, isLemma, isRoleNoun, listedBases } from './wordnet.js';
import { saysNoPay, saysPastime } from './unpaid.js';

/** The person whose work a question asks: their name's words, lower case without titles; none for a pronoun. */
export interface AskedJob {
  words: ReadonlySet<string>;
  /** Their sex, by the question's title or first name ("Mrs Cole", "Sandra"): a man's job is not hers. */
  gender?: Gender;
  /**
   * The folder names several people by the asked surname alone ("Mr Cole" of Peter and Martin Cole):
   * only a job said of the bare titled surname is theirs (`job-answer.ts` reads the folder).
   */
  bareOnly?: boolean;
  /**
   * Asked in full ("Dylan Morgan") of a folder naming others of that surname (`job-answer.ts`): a job
   * said of a bare "Mr Morgan" is theirs only in a sentence of `bareSaid`.
   */
  fullOnly?: boolean;
  /** With `fullOnly`: the sentences whose bare titled surname is the asked person (`job-answer.ts`). */
  bareSaid?: ReadonlySet<string>;
  /**
   * The question names the work by a noun for it ("job", "profession", "for a living"), so only an
   * occupation answers; "what does Sue Hughes do?" may be answered by a deed ("runs the food bank").
   */
  byWord?: boolean;
  /** Asked by a first name alone, without a title ("what is mark's job"): it matches a said name's first word. */
  firstName?: boolean;
  /**
   * Asked of the time before they retired ("what was his job before he retired", "until she retired"):
   * of two occupations said of them, the one said as retired from ("a retired electrician") is it, not
   * a "former" one, which may have been left long before (review38e).
   */
  beforeRetiring?: boolean;
}

/** The nouns a question names a person's work by ("what is her job"). */
export const JOB_WORDS: ReadonlySet<string> = new Set([
  'job',
  'profession',
  'occupation',
  'trade',
  'career',
  // "what did he do for a living", "what work does she do"
  'living',
  'work',
]);

/** The person part: a pronoun or a name of at most four words, maybe possessive. */
const PERSON = String.raw`((?:\p{L}[\p{L}.'’-]*\s+){0,3}\p{L}[\p{L}.'’-]*)`;
const END = String.raw`\s*[?.!]*\s*$`;
/**
 * A clause of retiring after the work asked ("before he retired", "until she retired", "before
 * retiring"): it says when, not what, so the question still asks an occupation, one a story says as "a
 * retired electrician". Only retiring: another clause of time ("when she met him") asks the job then,
 * which the first job said need not be (review38e), so such a question is read as before.
 */
const RETIRING = String.raw`(?:before|until|when)(?:\s+[\p{L}'’-]+){0,3}?\s+retir[\p{L}]*`;
const WHEN = String.raw`(?:\s+${RETIRING})?`;
/** The same clause anywhere in a question, for `beforeRetiring`. */
const RETIRING_SAID = new RegExp(String.raw`\b${RETIRING}`, 'iu');
/** The forms that ask a person's work, each with the person as its first group. */
const ASKS: readonly RegExp[] = [
  // "what was her job", "what is Mr Petch's profession", "what's his occupation", and with a clause of
  // the time asked after it ("what was his job before he retired"): the work is still what is asked.
  new RegExp(
    String.raw`^what(?:'s|’s|\s+is|\s+was)\s+${PERSON}\s+(?:job|profession|occupation|trade|career)${WHEN}${END}`,
    'iu',
  ),
  // "what job does he do", "what work did Mrs Tresize do"
  new RegExp(String.raw`^what\s+(?:job|work)\s+(?:does|did|do)\s+${PERSON}\s+(?:do|have)${END}`, 'iu'),
  // "what does he do", "what does Prof Venning do for a living"
  new RegExp(
    String.raw`^what\s+(?:does|do)\s+${PERSON}\s+do(?:\s+for\s+(?:a\s+living|work|a\s+job))?${END}`,
    'iu',
  ),
  // "what did jack price used to do for a living" (nc36, as readers type it): a past job (before the
  // next form, whose person would take in "used to"). Not without "for a living": "what did Ms Fenwick
  // use to do?" may ask a pastime ("used to go metal detecting", review36c).
  new RegExp(
    String.raw`^what\s+did\s+${PERSON}\s+used?\s+to\s+do\s+for\s+(?:a\s+living|work|a\s+job)${END}`,
    'iu',
  ),
  // "what did he do for a living" (without "for a living" it asks what he did, an event)
  new RegExp(String.raw`^what\s+did\s+${PERSON}\s+do\s+for\s+(?:a\s+living|work|a\s+job)${END}`, 'iu'),
];

/**
 * "what was his job when he was young", "what was her job while she lived in Leeds": a person's work
 * asked with a clause of time other than retiring (group 2; the person is group 1). It asks the job
 * then, which the first job a story says of them need not be (review38e), so `jobAsked` reads no job
 * asked and the question is read as any other.
 */
const ASKED_THEN = new RegExp(
  String.raw`^what(?:'s|’s|\s+is|\s+was)\s+${PERSON}\s+(?:job|profession|occupation|trade|career)\s+((?:when|while|before|after|until)\s+[^?.!]+?)${END}`,
  'iu',
);

/**
 * The stems of the time a person's work is asked at ("young" of "what was his job when he was young":
 * `ASKED_THEN`), each word's with its lemma's ("younger" is also "young": `lemmaForms`), or undefined
 * when the question asks no work at a time (retiring is read by `jobAsked`) or its clause has no word
 * of its own ("before that", "after it": the time is one said earlier, which the question does not say).
 */
export function jobTimeAsked(question: string): string[] | undefined {
  const clause = ASKED_THEN.exec(question.trim())?.[2];
  if (clause === undefined || RETIRING_SAID.test(clause)) return undefined;
  const words = tokenize(clause).filter((t) => !t.stop && !PRONOUNS.has(t.word));
  if (words.length === 0) return undefined;
  return [...new Set(words.flatMap((t) => [t.stem, ...lemmaForms(t.word).map(stem)]))];
}

/**
 * The dictionary forms of a word: its irregular lemma (`lemmaOf`: "met" → "meet") and the bases WordNet's
 * detachment rules give that WordNet lists ("younger" → the adjective "young", "lived" → "live").
 */
function lemmaForms(word: string): string[] {
  const forms = (['adj', 'verb', 'noun'] as const).flatMap((pos) => listedBases(pos, word));
  const irregular = lemmaOf(word);
  return irregular === undefined ? forms : [irregular, ...forms];
}

/** Pronouns a question names the person by. */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'they', 'their']);
/** The sex a pronoun says: "what does she do?" is not answered by a man's job ("her husband, a vet"). */
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['his', 'male'],
  ['she', 'female'],
  ['her', 'female'],
]);

/** The person whose work the question asks (see the module comment), or undefined when it asks none. */
export function jobAsked(question: string): AskedJob | undefined {
  const text = question.trim();
  for (const pattern of ASKS) {
    const person = pattern.exec(text)?.[1];
    if (person === undefined) continue;
    const words = tokenize(person.replace(/['’]s?$/u, ''))
      .map((t) => t.word)
      .filter((w) => addressTitle(w) === undefined);
    if (words.length === 1 && PRONOUNS.has(words[0] as string)) {
      const gender = PRONOUN_GENDER.get(words[0] as string);
      return { words: new Set(), ...(gender === undefined ? {} : { gender }), ...howAsked(text) };
    }
    // "what does the council do" asks no person's work; a name does, written in capitals or opening
    // with a title or a first name as readers type it ("what does bethany do for a living").
    // "what is mark's job": the possessive is no part of the first name.
    const first = (person.split(/\s+/u)[0] ?? '').replace(/['’]s?$/u, '');
    const name = /^\p{Lu}/u.test(person) || addressTitle(first) !== undefined || isFirstName(first);
    if (words.length === 0 || !name || words.some((w) => w === 'the' || w === 'it')) return undefined;
    const gender = genderOf(person.replace(/['’]s?$/u, ''));
    const alone = words.length === 1 && addressTitle(first) === undefined && isFirstName(first);
    return {
      words: new Set(words),
      ...(gender === undefined ? {} : { gender }),
      ...howAsked(text),
      ...(alone ? { firstName: true } : {}),
    };
  }
  return undefined;
}

/** `byWord` and `beforeRetiring` of a question asking someone's work (see `AskedJob`). */
const howAsked = (question: string): { byWord?: true; beforeRetiring?: true } => ({
  ...(tokenize(question).some((t) => JOB_WORDS.has(t.word)) ? { byWord: true } : {}),
  ...(RETIRING_SAID.test(question) ? { beforeRetiring: true } : {}),
});

/**
 * A name's sex by its title of address ("Mrs") or its first name, if either says (`nameGender`): not by
 * a surname that is a first name too ("Dr Price" says no sex).
 */
export const genderOf = (name: string): Gender | undefined => nameGender(name, isRoleNoun);

/** WordNet's kinds of person by their work (the commonest sense of an occupation noun is one). */
const WORKERS = [
  'worker',
  'professional',
  'scientist',
  'serviceman',
  'businessperson',
  'athlete',
  'performer',
  'writer',
  'administrator',
  // "firefighter", "constable": WordNet files those who guard people and property apart from workers.
  'defender',
  // "photographer", "potter", "painter"
  'artist',
  // "engineer", "surveyor": WordNet files engineers under persons directly, not under workers.
  'engineer',
] as const;

/** Kinds of worker WordNet lists in a second sense, after another use: "solicitor" (a petitioner first). */
const SECOND_SENSE_WORKERS = ['worker', 'lawyer'] as const;

/** Is `noun` one for a person by their work (see the module comment)? */
export function isOccupation(noun: string): boolean {
  return listedOccupation(noun) || compoundOccupation(noun);
}

/**
 * A closed compound WordNet lacks whose last part is an occupation, as an English compound is a kind of
 * its last part: "headteacher" (head + teacher); "postwoman" read as "postman", its other sex. The first
 * part must be a word of its own ("head", "post"), so "tutor" is not read as "t" + "utor".
 */
function compoundOccupation(noun: string): boolean {
  if (isLemma('noun', noun)) return false;
  const sexed = /^(\p{Ll}{3,})(?:wo)?man$/u.exec(noun)?.[1];
  if (sexed !== undefined && noun.endsWith('woman') && listedOccupation(`${sexed}man`)) return true;
  for (let i = 3; i <= noun.length - 4; i++) {
    const first = noun.slice(0, i);
    const last = noun.slice(i);
    if ((isLemma('noun', first) || isLemma('adj', first)) && listedOccupation(last)) return true;
  }
  return false;
}

/**
 * Is `noun` first of all one for a person by their work: its commonest sense is a kind of worker (or one
 * of the classes), not only a rarer sense, as "woman" is (a cleaning woman) and "man" (a subordinate).
 */
export function isFirstlyOccupation(noun: string): boolean {
  if (!isRoleNoun(noun)) return false;
  return (WORKERS as readonly string[]).includes(noun) || WORKERS.some((c) => isFirstlyKindOf(noun, c));
}

/** `isOccupation` by WordNet's own entry for the noun. */
function listedOccupation(noun: string): boolean {
  if (noun.length < 3) return false;
  // A common noun for a kind of person, spelt in lower case: not a name WordNet lists as one person
  // ("Sue", Eugene Sue, a writer; "Ruth", a ballplayer: review35d); the classes themselves are jobs.
  if (!isRoleNoun(noun)) return false;
  if ((WORKERS as readonly string[]).includes(noun)) return true;
  return WORKERS.some((c) => isFirstlyKindOf(noun, c)) || SECOND_SENSE_WORKERS.some((c) => isKindOf(noun, c));
}

/** An occupation said of someone in a sentence: where its phrase is, and whose name it is said of. */
export interface SaidJob {
  start: number;
  end: number;
  text: string;
  /** The name it is said of, lower case words (none when said of a pronoun: "He is a carpenter"). */
  of: readonly string[];
  /** That name's sex, by its title or first name, if either says. */
  gender?: Gender;
}

/** A name: capitalised words, a title of address among them maybe. */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]*)`;
/** Up to four words of a description after its article, as far as a comma, a clause or a preposition. */
const DESCRIPTION = String.raw`(?:a|an|the)\s+((?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}-]+)`;
const PATTERNS: readonly RegExp[] = [
  // "Mrs Tresize, a retired midwife who…", "Harold Venning, 58, a botanist from Kendal"
  new RegExp(String.raw`${NAME},(?:\s+(?:aged\s+)?\d+,)?\s+${DESCRIPTION}`, 'gu'),
  // "Mr Penberthy is a carpenter", "She works as a dental nurse", "Ms Drummond, who works as a nurse"
  new RegExp(
    String.raw`(?:${NAME}|\b([Hh]e|[Ss]he))(?:,[^,]*,|,(?:\s+\d+,)?\s+who|,)?\s+(?:is|was|works\s+as|worked\s+as|has\s+worked\s+as)\s+${DESCRIPTION}`,
    'gu',
  ),
];

/**
 * What a description after its article says (`phrase`): the words up to its first occupation noun (a
 * job), or that it is unpaid or a pastime ("a volunteer", "an amateur photographer", "a keen angler"):
 * a job is paid work, though WordNet files volunteers and anglers under workers (`unpaid.ts`). Neither
 * when it says no occupation ("an unemployed father-of-two").
 */
function readDescription(phrase: string): { job: string } | 'unpaid' | undefined {
  const words = phrase.split(/\s+/u);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // A description ends at a clause or a preposition: "a midwife who…", "a botanist from Kendal".
    if (['who', 'which', 'that', 'from', 'of', 'in', 'at', 'on', 'with', 'and', 'by', 'for'].includes(word))
      return;
    if (saysNoPay(word)) return 'unpaid';
    if (isOccupation(word)) return { job: words.slice(0, i + 1).join(' ') };
  }
  return undefined;
}

/** The rest of the clause after `end` (to a comma or the sentence's end) says a pastime: "in his spare time". */
const pastimeAfter = (text: string, end: number): boolean =>
  saysPastime(
    /^[^,;.!?]*/u
      .exec(text.slice(end))?.[0]
      .split(/\s+/u)
      .filter((w) => w !== '') ?? [],
  );

const nameWords = (name: string | undefined): string[] =>
  name === undefined
    ? []
    : tokenize(name)
        .map((t) => t.word)
        .filter((w) => addressTitle(w) === undefined);

/**
 * Words before a title that are part of it, as the apposition reading keeps them: "retired" and
 * "former" ("Retired police officer Alun Roberts" was a police officer), and the first word of a
 * compound WordNet lists ("police officer", "lorry driver").
 */
const BEFORE_TITLE: ReadonlySet<string> = new Set(['retired', 'former']);

/**
 * Where the title ending at `start` opens: back over the words before it that are part of it
 * (`BEFORE_TITLE`), in lower case or opening the sentence.
 */
function titleOpening(text: string, start: number, noun: string): number {
  let at = start;
  let head = noun.toLowerCase();
  for (let n = 0; n < 3; n++) {
    const m = /(^|[.!?]\s+|[^\p{L}'’-])([\p{L}-]+)\s+$/u.exec(text.slice(0, at));
    const word = m?.[2];
    if (m === null || word === undefined) break;
    const opening = m[1] === '' || /[.!?]/u.test(m[1] as string);
    if (/^\p{Lu}/u.test(word) && !opening) break;
    const lower = word.toLowerCase();
    if (!BEFORE_TITLE.has(lower) && !isLemma('noun', `${lower}_${head}`)) break;
    at = m.index + (m[1] as string).length;
    head = lower;
  }
  return at;
}

/** An occupation, or an unpaid role or pastime, said of someone: where its phrase is and whose name it is said of. */
interface Description extends SaidJob {
  /** It says unpaid work or a pastime ("a keen angler", "volunteer Ruth Okafor"), no job. */
  unpaid: boolean;
}

/** The descriptions `text` says of people, jobs and unpaid roles (see `jobsSaid`), in the order written. */
function descriptionsSaid(text: string): Description[] {
  const found: Description[] = [];
  for (const pattern of PATTERNS)
    for (const m of text.matchAll(pattern)) {
      const description = m.at(-1) as string;
      const read = readDescription(description);
      if (read === undefined) continue;
      const start = (m.index ?? 0) + m[0].lastIndexOf(description);
      const phrase = read === 'unpaid' ? description : read.job;
      const unpaid = read === 'unpaid' || pastimeAfter(text, start + phrase.length);
      const pronoun = m.length > 3 ? (m[2] as string | undefined) : undefined;
      const who =
        pronoun === undefined ? named(m[1]) : { of: [], gender: PRONOUN_GENDER.get(pronoun.toLowerCase()) };
      found.push({ start, end: start + phrase.length, text: phrase, unpaid, ...withGender(who) });
    }
  // "Bridgnorth schoolteacher Owen Pryce": an occupation noun right before a name, as its title.
  for (const m of text.matchAll(
    /(?<![\p{L}'’-])([\p{L}-]+)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)/gu,
  )) {
    const noun = m[1] as string;
    if (!isOccupation(noun.toLowerCase()) || addressTitle(noun) !== undefined) continue;
    // "Dean Walsh", "Porter Hill": a first name opening a name is no title, whatever WordNet says of it.
    if (/^\p{Lu}/u.test(noun) && isFirstName(noun)) continue;
    const end = (m.index ?? 0) + noun.length;
    const start = titleOpening(text, m.index ?? 0, noun);
    // "volunteer Ruth Okafor", "keen angler Kevin Walsh": unpaid, or a pastime.
    const before = /([\p{L}-]+)\s+$/u.exec(text.slice(0, start))?.[1]?.toLowerCase();
    const unpaid = saysNoPay(noun.toLowerCase()) || (before !== undefined && saysNoPay(before));
    found.push({ start, end, text: text.slice(start, end).toLowerCase(), unpaid, ...named(m[2]) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The occupations `text` says of people (see the module comment), in the order written. */
export function jobsSaid(text: string): SaidJob[] {
  return descriptionsSaid(text)
    .filter((d) => !d.unpaid)
    .map(({ start, end, text: phrase, of, gender }) => withGender({ start, end, text: phrase, of, gender }));
}

/** `said` without an unknown sex. */
function withGender<T extends { gender?: Gender | undefined }>(said: T): T & { gender?: Gender } {
  if (said.gender !== undefined) return said as T & { gender?: Gender };
  const rest = { ...said };
  delete rest.gender;
  return rest as T & { gender?: Gender };
}

/** A said name's words and sex. */
function named(name: string | undefined): { of: string[]; gender?: Gender } {
  const of = nameWords(name);
  const gender = name === undefined ? undefined : genderOf(name);
  return gender === undefined ? { of } : { of, gender };
}

/**
 * Is `said` said of the asked person? The one named by the asked surname as the said name's last word,
 * by the same first name when both give one, and of the same sex when both say it: "Martin Cole, a
 * plumber" is no job of "Mrs Cole", nor "Robert Finch, a former miner" of "James Finch", nor "Owen
 * Jones, a teacher" of "Mr Owen" (review35d, review36b: a shared name gave another's job). A pronoun
 * is anyone of its sex: "her husband, Peter Hale, a vet" is no job of "she".
 */
function saidOf(said: SaidJob, asked: AskedJob, text: string): boolean {
  const sameSex = asked.gender === undefined || said.gender === undefined || asked.gender === said.gender;
  // A pronoun's person is not known here: a name of its sex may be them, one of unknown sex as likely
  // another ("Her husband, Dafydd Owen, a dentist", of a first name that says no sex).
  if (asked.words.size === 0)
    return said.of.length === 0 ? sameSex : asked.gender === undefined || asked.gender === said.gender;
  const words = [...asked.words];
  const surname = words.at(-1) as string;
  const given = words.slice(0, -1);
  const first = asked.firstName === true && said.of.length > 1 && said.of[0] === surname;
  if ((said.of.at(-1) !== surname && !first) || (asked.bareOnly === true && said.of.length > 1)) return false;
  const saidGiven = said.of.slice(0, -1);
  if (asked.fullOnly === true && saidGiven.length === 0 && asked.bareSaid?.has(text) !== true) return false;
  if (given.length > 0 && saidGiven.length > 0 && !given.every((w) => saidGiven.includes(w))) return false;
  return sameSex;
}

/**
 * The first occupation `text` says of the asked person (`saidOf`); asked of the time before they retired,
 * the first said as left, if one is ("swarm collector Alan Whitby, a retired electrician").
 */
export function jobOf(text: string, asked: AskedJob): SaidJob | undefined {
  const of = jobsSaid(text).filter((j) => saidOf(j, asked, text));
  const left = asked.beforeRetiring === true ? of.find((j) => /^retired\b/iu.test(j.text)) : undefined;
  return left ?? of[0];
}

/**
 * Does `text` say of the asked person only unpaid work or a pastime ("Kevin Walsh, 44, a keen angler",
 * "is a potter in his spare time")? Evidence that no job of theirs is said there. Not when it says
 * nothing of them a reader of this module knows: "a former headteacher" missed is still a job.
 */
export function onlyUnpaidOf(text: string, asked: AskedJob): boolean {
  const of = descriptionsSaid(text).filter((d) => saidOf(d, asked, text));
  return of.length > 0 && of.every((d) => d.unpaid);
}
