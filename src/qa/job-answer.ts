/**
 * A person's work asked (`job-asked.ts`): the passage saying it of them goes first among the best
 * few, and its occupation phrase is the short answer ("retired midwife" of "what was Mrs Tresize's
 * job?"), marked in the passage. Reads the index's sentences; the rules are `job-asked.ts`'s.
 */
import type { Group } from './expansion.js';
import { genderOf, JOB_WORDS, jobAsked, jobOf, type AskedJob } from './job-asked.js';
import { named } from './subject.js';
import { addressTitle, type Gender } from '../knowledge/names.js';
import { MAX_ROLE_SENTENCES } from './roles.js';
import { LENT, newTerm } from './term.js';
import { tokenize } from './text.js';
import type { Weights } from './weights.js';
import type { Ranked } from './rerank.js';
import type { SearchIndex } from './search-index.js';
import type { Passage, ShortAnswer } from './types.js';

/**
 * The person whose work the question asks (`jobAsked`), read against the folder when asked by a surname
 * alone ("Mr Cole"): the folder's full names with that surname, of the title's sex where both say one
 * ("Sandra Cole", "Martin Cole"; "Peter and Sandra Cole" names Peter Cole too), are who it may be. One
 * such name is the person (asked as if written in full); several leave only what the story says of the
 * bare titled surname, as a son's job is not his father's. Not for a surname in more sentences than
 * `MAX_ROLE_SENTENCES` (each is tagged).
 */
export function jobAskedIn(index: SearchIndex, question: string): AskedJob | undefined {
  const asked = jobAsked(question);
  if (asked === undefined || asked.words.size === 0) return asked;
  const surname = [...asked.words].at(-1) as string;
  const mentions = surnameMentions(index, surname);
  if (mentions === undefined) return asked;
  if (asked.words.size > 1)
    return withBareMentions(
      asked,
      surname,
      mentions,
      new Map(mentions.flatMap((m) => m.full).map((p) => [key(p), p])),
    );
  const people = new Map(titledAfter(mentions, surname).map((p) => [key(p), p]));
  const fits = [...people.values()].filter(
    (p) => asked.gender === undefined || p.gender === undefined || p.gender === asked.gender,
  );
  if (fits.length === 0) return asked;
  if (fits.length > 1) return { ...asked, bareOnly: true };
  const [only] = fits;
  if (only === undefined) return asked;
  const gender = only.gender ?? asked.gender;
  return { ...asked, words: only.words, ...(gender === undefined ? {} : { gender }) };
}

const key = (p: AskedJob): string => [...p.words].join(' ');

/**
 * The tagger's full names of the surname, each with the sex the story's next mention of the bare
 * surname gives by its title when the name gives none ("Priya Nair, 38, …" then "Ms Nair, who works…":
 * a woman), as a reader takes that title for the one just named (`withBareMentions` reads it so too).
 */
function titledAfter(mentions: readonly SurnameMention[], surname: string): AskedJob[] {
  return mentions.flatMap((m, i) =>
    m.tagged.map((p) => {
      const next = mentions[i + 1];
      if (p.gender !== undefined || next === undefined || next.article !== m.article || next.full.length > 0)
        return p;
      const title = bareTitle(next.text, surname);
      return title === undefined || title === 'either' ? p : { ...p, gender: title };
    }),
  );
}

/**
 * A person asked in full ("Dylan Morgan") of a folder naming others of that surname: a sentence naming
 * only "Mr Morgan" speaks of the nearest of them named before it in its story whom the title's sex
 * allows, as a reader takes it ("… team leader Rhian Morgan and her husband Gethin Morgan. Mr Morgan
 * works as a shepherd": Gethin, not Dylan, named after it; review36c). Only such sentences may give
 * the asked person a job said of the bare titled surname (`bareSaid`); one person of the surname leaves
 * the question as it is.
 */
function withBareMentions(
  asked: AskedJob,
  surname: string,
  mentions: readonly SurnameMention[],
  people: ReadonlyMap<string, AskedJob>,
): AskedJob {
  const own = key(asked);
  if ([...people.keys()].every((k) => k === own)) return asked;
  const bareSaid = new Set<string>();
  const before: { article: number; person: AskedJob }[] = [];
  for (const m of mentions) {
    if (m.full.length > 0) {
      before.push(...m.full.map((person) => ({ article: m.article, person })));
      continue;
    }
    const title = bareTitle(m.text, surname);
    if (title === undefined) continue;
    const meant = before.findLast(
      (b) =>
        b.article === m.article &&
        (title === 'either' || b.person.gender === undefined || b.person.gender === title),
    );
    if (meant !== undefined && key(meant.person) === own) bareSaid.add(m.text);
  }
  return { ...asked, fullOnly: true, bareSaid };
}

/** The sex of the title before the surname in `text` ("Mr Morgan" → male, "Dr Morgan" → either), if one is there. */
function bareTitle(text: string, surname: string): Gender | 'either' | undefined {
  const words = tokenize(text).map((t) => t.word);
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== surname) continue;
    const title = addressTitle(words[i - 1] as string);
    if (title !== undefined) return title;
  }
  return undefined;
}

/** A sentence holding the surname: its story, its text, and the full names of that surname it gives. */
interface SurnameMention {
  article: number;
  text: string;
  /** The full names the tagger (and "Peter and Sandra Cole") gives. */
  tagged: AskedJob[];
  /** Those and the given names written before the surname that the tagger missed. */
  full: AskedJob[];
}

/**
 * The folder's sentences holding `surname`, in order, with the full names whose last word it is ("Peter
 * and Sandra Cole" names Peter Cole too); undefined for a surname in more sentences than
 * `MAX_ROLE_SENTENCES` (each is tagged).
 */
function surnameMentions(index: SearchIndex, surname: string): SurnameMention[] | undefined {
  const stem = tokenize(surname)[0]?.stem;
  if (stem === undefined) return undefined;
  const list = index.postingsOf(stem);
  if (list.length === 0 || list.length / 2 > MAX_ROLE_SENTENCES) return undefined;
  const mentions: SurnameMention[] = [];
  for (let i = 0; i < list.length; i += 2) {
    const doc = index.docs[list[i] as number];
    if (doc === undefined) continue;
    const full = new Map<string, AskedJob>();
    const add = (name: string): void => {
      const words = tokenize(name)
        .map((t) => t.word)
        .filter((w) => addressTitle(w) === undefined);
      const gender = genderOf(name);
      if (words.length < 2 || words.at(-1) !== surname) return;
      full.set(words.join(' '), { words: new Set(words), ...(gender === undefined ? {} : { gender }) });
    };
    for (const { kind, name } of named(doc.sentence, (s) => index.entitiesOf(s)))
      if (kind === 'person') add(name);
    // "Peter and Sandra Cole": the first named shares the surname written once.
    for (const m of doc.sentence.text.matchAll(/\b(\p{Lu}\p{Ll}+) and \p{Lu}\p{Ll}+ (\p{Lu}[\p{L}'’-]+)/gu))
      add(`${m[1] as string} ${m[2] as string}`);
    const tagged = [...full.values()];
    // "organised by Priya Nair, 38,": a given name the tagger missed, written before the surname (for
    // whom a bare "Ms Nair" after it is; not who a surname asked alone may be, which reads the tagger's).
    const tokens = tokenize(doc.sentence.text);
    tokens.forEach((t, j) => {
      const given = tokens[j - 1];
      if (t.word !== surname || given === undefined || given.stop || addressTitle(given.word) !== undefined)
        return;
      const written = doc.sentence.text.slice(given.start, t.end);
      if (/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(written)) add(written);
    });
    mentions.push({ article: doc.article, text: doc.sentence.text, tagged, full: [...full.values()] });
  }
  return mentions;
}

/**
 * `ranked` with the first of its best `candidates` passages that says the asked person's work moved to
 * the front; unchanged when the question asks no one's work or none says it. A sentence about their
 * work may share only the name with the question, as many sentences about them do ("Mr Petch said…").
 */
export function jobFirst(
  index: SearchIndex,
  question: string,
  ranked: Ranked[],
  candidates: number,
): Ranked[] {
  const asked = jobAskedIn(index, question);
  if (asked === undefined) return ranked;
  const at = ranked
    .slice(0, candidates)
    .findIndex((r) => jobOf(index.docs[r.id]?.sentence.text ?? '', asked) !== undefined);
  if (at <= 0) return ranked;
  return [ranked[at] as Ranked, ...ranked.slice(0, at), ...ranked.slice(at + 1)];
}

/**
 * The occupation the first passage says of the asked person as the short answer, marked in it; the
 * answer as it was when the question asks no one's work or the passage says none.
 */
export function jobAnswer(
  index: SearchIndex,
  question: string,
  found: { answer: ShortAnswer | null; passages: Passage[] },
): { answer: ShortAnswer | null; passages: Passage[]; unfit?: true } {
  const asked = jobAskedIn(index, question);
  const [first, ...rest] = found.passages;
  if (asked === undefined || first === undefined) return found;
  const job = jobOf(first.text, asked);
  // "What is Mr Hebden's job?" answered "Maureen Hebden" or "1975": a name or a number is no job; nor
  // is what a verb of being says of them ("is thought to be the oldest living former pupil" for "what
  // did edna do for a living"), where a job said so would have been read as one (`jobOf`).
  if (job === undefined)
    return asked.byWord === true && found.answer !== null && NO_JOB.test(found.answer.text)
      ? { answer: null, passages: found.passages.map(withoutAnswerMark), unfit: true }
      : found;
  const mark = { start: job.start, end: job.end, kind: 'answer' as const };
  const highlights = [...first.highlights.filter((h) => h.kind !== 'answer'), mark].sort(
    (a, b) => a.start - b.start,
  );
  return {
    answer: { text: job.text, passage: 0, start: job.start, end: job.end },
    passages: [{ ...first, highlights }, ...rest],
  };
}

/** A short answer that names no work: a name, a number, or what a verb of being says. */
const NO_JOB = /^(?:[\p{Lu}\p{N}£$€]|(?:is|was|are|were|has\s+been|had\s+been)\b)/u;

/** A passage without its answer's mark, as the short answer dropped. */
const withoutAnswerMark = (p: Passage): Passage => ({
  ...p,
  highlights: p.highlights.filter((h) => h.kind !== 'answer'),
});

/**
 * The groups of the words a question names the work by ("job", "living") lent the occupation nouns the
 * story says of the asked person ("blacksmith" of "Mr Hollowell, a retired blacksmith, …"), as a role
 * word is lent a name (`roles.ts`): the sentence saying the work is found among the many naming them.
 * Groups are changed in place. Only for a person asked by name, named in at most
 * `MAX_ROLE_SENTENCES` sentences (each is read).
 */
export function lendJobs(index: SearchIndex, groups: Group[], question: string, weights: Weights): void {
  const asked = jobAskedIn(index, question);
  if (asked === undefined || asked.words.size === 0 || weights.TITLE_WEIGHT <= 0) return;
  const lenders = groups.filter((g) => JOB_WORDS.has(g.word));
  const surname = tokenize([...asked.words].join(' ')).at(-1);
  if (lenders.length === 0 || surname === undefined) return;
  const list = index.postingsOf(surname.stem);
  if (list.length / 2 > MAX_ROLE_SENTENCES) return;
  for (let i = 0; i < list.length; i += 2) {
    const job = jobOf(index.docs[list[i] as number]?.sentence.text ?? '', asked);
    const noun = job === undefined ? undefined : tokenize(job.text).at(-1);
    if (noun === undefined || !index.has(noun.stem)) continue;
    for (const g of lenders)
      if (!g.terms.some((t) => t.stem === noun.stem))
        g.terms.push(newTerm(noun.stem, weights.TITLE_WEIGHT, LENT));
  }
}
