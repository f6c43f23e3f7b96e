/**
 * The writer's line under a headline: "By Daniel Okoye", "Daniel Okoye, Science Correspondent",
 * "By Sam Patel · 2 June 2025", "By Ana Ruiz and Tom Hale | Reuters". Web pages state their byline in
 * metadata (Readability finds it); a text file only prints it, and a printed byline is short and in
 * Title Case, so it read as the headline and pushed the real headline down to a photo caption.
 * Recognised by its shape: names (capitalised words), then optionally a job ("Science Correspondent"),
 * a date or a short name (the desk, the agency), each after a comma or a separator.
 */
import { datelineDay, isDateline, isDateWord } from './dateline.js';
import { hasPersonsName, isKnownPlace, isOrganizationWord, isPersonName, namesSomeone } from './names.js';
import { words } from './normalize.js';
import { taggedTerms } from '../nlp/nlp.js';

/** One word of a person's name: "Okoye", "O'Neill", "J.", "Al-Masri", "DANIEL". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** Lower-case words inside a name: "Ludwig van Beethoven", "Ana de la Cruz". */
const PARTICLE = String.raw`(?:de|da|del|della|der|den|di|do|dos|du|la|le|van|von|al|el|bin|ibn)`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD}){0,3}`;
/** Several writers: "Ana Ruiz and Tom Hale", "Ana Ruiz & Tom Hale". */
const NAMES = new RegExp(String.raw`^${NAME}(?:\s+(?:and|&)\s+${NAME})*$`, 'u');
/** Capitalised words that open a heading, not a name: "By The Numbers", "By Our Reporter". */
const NOT_A_NAME = /^(?:the|a|an|this|that|these|our|your|its|their|his|her|my|all|any|every|no|some|far|now|then|way)$/i;
/** What a writer's job is called: "Science Correspondent", "Staff Writer", "Political Editor". */
const JOB =
  /\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|critic|staff|desk|bureau|producer|presenter|commentator|blogger|analyst|reporting)s?\b/i;
/** Between the byline's parts: "By Sam Patel · 2 June 2025", "By Ana Ruiz | Reuters". */
const SEPARATOR = /\s+[·•|—–-]\s+|\s*[·•|]\s*|\s*,(?!\s*\d{4}\b)\s*/u;
const BY = /^by\s+/i;

export interface Byline {
  /** The writers' names as printed: "Daniel Okoye", "Ana Ruiz and Tom Hale". */
  names: string;
  /** The line without its date: "By Sam Patel" for "By Sam Patel · 2 June 2025". */
  credit: string;
  /** The date printed on the line, when it has one. */
  date?: string;
}

function isNames(text: string, by: boolean): boolean {
  const ws = words(text);
  if (!NAMES.test(text) || ws.some((w) => NOT_A_NAME.test(w))) return false;
  // After "By", an agency's initials are a writer ("By AFP"). A single capitalised word is anything
  // ("By Rail", "By Tuesday"); two or more are a name only when they read as one, not as a phrase in
  // Title Case ("By Royal Decree, Stadium Opens Its Doors" is a headline: `names.ts`).
  if (ws.length < 2) return by && /^\p{Lu}{2,6}$/u.test(text);
  return namesSomeone(text);
}

/**
 * "By Hamish Carraway, Lower Tansley News": after "By", a short Title Case name followed by a paper's
 * name (a publication noun among its words) is the writer's, however the tagger reads the name alone
 * ("Hamish" is an adjective to it, by its ending). A headline after "By" goes on with a clause, not a
 * paper's name ending on its noun ("By Royal Decree, Stadium Opens Its Doors", "By Popular Demand, Post
 * Office Reopens").
 */
function writerOfPaper(first: string, rest: readonly string[]): boolean {
  // The paper's name ends on its publication noun ("Lower Tansley News", "The Daily Star"): a headline's
  // clause does not ("Post Office Reopens", "Daily Star Wins Award").
  const paper = (part: string) => isShortName(part) && PUBLICATION_NOUNS.has(words(part).at(-1)?.toLowerCase() ?? '');
  return words(first).length >= 2 && words(first).length <= 3 && isShortName(first) && rest.some(paper);
}

/**
 * Small words a name in Title Case leaves lower-case between its words ("Ashbury and District Gazette",
 * "The Times of India", "Stoke on Trent Live").
 */
const NAME_JOINER = /^(?:and|of|the|on|upon|in|for|de|du|la|le|von|van)$/;

/** A short Title Case name after the writer's: the desk, the agency or the town ("Reuters", "Nairobi"). */
function isShortName(text: string): boolean {
  const ws = words(text);
  const capital = (w: string) => /^[\p{Lu}\d&]/u.test(w);
  const named = ws.filter(capital).length;
  return (
    named >= 1 &&
    named <= 4 &&
    capital(ws[0] ?? '') &&
    capital(ws[ws.length - 1] ?? '') &&
    ws.every((w) => capital(w) || NAME_JOINER.test(w))
  );
}

/** The byline this line is, or undefined when it is not one. */
export function readByline(line: string): Byline | undefined {
  // A byline is no sentence: it never ends in a full stop (nor a colon before a list).
  if (line.length > 120 || /[.!?:;]$/.test(line)) return undefined;
  // "Jonas Weber, Staff Photographer" credits the picture, not the story.
  if (/\bphotograph/i.test(line)) return undefined;
  const by = BY.test(line);
  const parts = line.replace(BY, '').split(SEPARATOR);
  const [first, ...rest] = parts;
  if (first === undefined || !(isNames(first, by) || (by && writerOfPaper(first, rest)))) return undefined;
  let job = false;
  for (const part of rest) {
    // A job printed as part of a byline is capitalised ("Science Correspondent"); "managing editor of
    // the Times" in a list of people is the story's.
    if (JOB.test(part) && words(part).length <= 6 && (by || /^\p{Lu}/u.test(part))) job = true;
    // After "By", or after the writer's job, a short name is the desk, the agency or the town
    // ("Daniel Okoye, Science Correspondent, Nairobi").
    else if (!isDateline(part) && !((by || job) && isShortName(part))) return undefined;
  }
  // Without "By", only a job says that the name is the writer's ("Daniel Okoye, Science Correspondent").
  if (!by && !job) return undefined;
  // A date at the end is the dateline, printed on the writer's line.
  const last = rest[rest.length - 1];
  if (last === undefined || !isDateline(last)) return { names: first, credit: line };
  const credit = line.slice(0, line.lastIndexOf(last)).replace(/[\s·•|—–,-]+$/u, '');
  return { names: first, credit, date: last };
}

/**
 * The line many pages print under the writer's: the publisher or desk and the place of the report
 * ("BBC Sport, Wembley", "Reuters, London", "The Guardian, Manchester", "Staff reporter, Paris").
 * Short and in Title Case like a headline, it read as the headline and pushed the real one down to a
 * photo caption. Recognised by its shape, as the byline's own parts are: two or three short names, jobs
 * or dates between commas or separators, no sentence. A line of two places ("Wembley, London") cannot
 * be told from it by shape, which is why only a line right under a byline is read this way (`clean.ts`).
 * So is the writer's job alone ("Science reporter", "Political editor").
 */
export function readBylineTail(line: string): { publisher?: string } | undefined {
  if (line.length > 80 || /[.!?:;]$/.test(line) || /\bphotograph/i.test(line)) return undefined;
  const parts = line.split(SEPARATOR).map((p) => p.trim());
  // "By Priya Nandakumar" / "Science reporter": the writer's job alone on the line under the byline
  // (BBC pages print it so); read as a headline, it took the headline's place.
  // It ends on the job's noun, or on the place the writer reports from ("Reporter in Kyiv",
  // "Reporting from Glasgow"): "Hospital staff strike" under a byline is a headline.
  // Or names, each word a capital's, the service the writer reports for ("Local Democracy Reporting
  // Service", which local papers print under their reporters' names): read as a headline, it took the
  // headline's place and named the story in a folder's list (nc53).
  // A headline in Title Case says something happened ("Care Home Staff Strike", "Reporter Wins Award":
  // the re-read's probes): a verb, as `readsAsName` reads it; a service's name has none.
  if (parts.length === 1)
    return isJob(line) && (endsOnJob(line) || (isTitled(line) && readsAsName(line))) ? {} : undefined;
  if (parts.length > 3) return undefined;
  return publisherOf(parts);
}

/** A job's noun as the line's last word ("Science reporter"); made once, as letters.ts says why. */
const JOB_LAST = new RegExp(`${JOB.source}$`, 'i');
/** A job's noun and where from: "Reporter in Kyiv", "Reporting from Glasgow" (the place after it). */
const JOB_FROM = new RegExp(`${JOB.source}\\s+(?:in|from|at)\\s+(.+)$`, 'i');

/** Does the line end on a job, or on a job and the place it is done from (each word a capital's)? */
function endsOnJob(line: string): boolean {
  if (JOB_LAST.test(line)) return true;
  const place = JOB_FROM.exec(line)?.[1];
  return place !== undefined && words(place).every((w) => /^\p{Lu}/u.test(w));
}

const isJob = (part: string) => JOB.test(part) && words(part).length <= 4;

/** Every word of the line opens with a capital, as a name is written. */
const isTitled = (line: string) => words(line).every((w) => /^\p{Lu}/u.test(w));

/**
 * The nouns that say a name is a paper's ("Ashbury and District Gazette", "The Times of India", "Isle
 * of Man Today", "Voice of America"). English names a paper by such a noun; a name of the same shape
 * without one is a place ("Bradford on Avon", "Newcastle upon Tyne") or a body ("Bank of England").
 * Not "world" or "globe": "Friends of the World", "Theatre of the Globe" name bodies as often as papers.
 */
const PUBLICATION_NOUNS: ReadonlySet<string> = new Set([
  'advertiser',
  'argus',
  'bulletin',
  'chronicle',
  'citizen',
  'courant',
  'courier',
  'daily',
  'dispatch',
  'echo',
  'examiner',
  'express',
  'gazette',
  'gleaner',
  'guardian',
  'herald',
  'independent',
  'intelligencer',
  'journal',
  'leader',
  'life',
  'live',
  'magazine',
  'mail',
  'mercury',
  'messenger',
  'mirror',
  'news',
  'observer',
  'online',
  'post',
  'press',
  'record',
  'recorder',
  'reporter',
  'review',
  'sentinel',
  'standard',
  'star',
  'sun',
  'telegraph',
  'times',
  'today',
  'tribune',
  'voice',
  'weekly',
]);

/**
 * A name joined by a small word ("Ashbury and District Gazette", "Stoke on Trent") with no publication
 * noun among its words: a place, not a paper. Such small words are as much a part of place names
 * ("upon", "on", "in": "Barrow in Furness") as of papers', so only the nouns tell them apart; any word
 * may be the one, not only the last ("Yorkshire Post and Leeds Intelligencer", "Voice of America"). A
 * name of capitalised words alone ("Valley Herald", "BBC Sport") is read as before.
 */
function joinedPlace(name: string): boolean {
  const ws = words(name);
  if (!ws.some((w, i) => i > 0 && NAME_JOINER.test(w))) return false;
  return !ws.some((w) => PUBLICATION_NOUNS.has(w.toLowerCase()));
}

/**
 * A publication's name, by shape and by what the tagger knows: a short Title Case name that is no
 * writer's job, no date word ("Monday", "Updated"), no place the tagger knows by name ("London", "New
 * York") and no person's name ("Tom Hale", "Dr Priya Raman"). One word alone names a town as often as a
 * paper ("Kiel", "Wembley", "Reuters"): it is a publication only when the tagger knows it as an
 * organisation or it is initials ("BBC", "AFP").
 */
export function isPublication(name: string): boolean {
  const ws = words(name);
  if (!isShortName(name) || isJob(name) || ws.every(isDateWord)) return false;
  if (isKnownPlace(name) || hasPersonsName(name) || joinedPlace(name)) return false;
  return ws.length > 1 || isOrganizationWord(name);
}

/** The longest line read as a paper's name, which is a few words: a longer line is a headline or a sentence. */
const PAPER_NAME_LENGTH = 60;

/**
 * A paper's name alone on a line ("Ellbrook Gazette", "Thornbury Vale Echo", "The Times of India"), as
 * local papers print it under their headlines: a publication's name (`isPublication`) whose head is a
 * publication noun, its last word or the one before "of" ("Voice of America"). Such a line is short and
 * in Title Case, so it read as the headline and pushed the real one down to a photo caption. Alone it
 * may still be a headline ("Town Sets New Record"): `clean.ts` reads it so only beside a line that may
 * be the headline, under it, or above it when it also reads as a name (`readsAsName`).
 */
export function isPaperName(line: string): boolean {
  if (line.length > PAPER_NAME_LENGTH || !isPublication(line)) return false;
  const ws = words(line).map((w) => w.toLowerCase());
  const head = [ws.at(-1), ws[ws.indexOf('of') - 1]];
  return head.some((w) => w !== undefined && PUBLICATION_NOUNS.has(w));
}

/**
 * The line many papers print under the headline or the byline: a name and the day of the story. The name
 * is the publication's ("Valley Herald, 9 February 2026", "The Midland Post · 3 November 2026"), where
 * the story is from, or the place's it was written in ("Newcastle upon Tyne, Monday 3 March 2026"), a
 * place's dateline; either way the day is when it was published. Only a standalone short line of exactly
 * these two parts: a sentence ("Paris, the capital, said on 3 November 2026 …") has more. The cleaner
 * reads it only near the top, before the story's prose (`clean.ts`, `article.ts`).
 */
export function readNamedDay(line: string): { publisher?: string; date: string } | undefined {
  if (line.length > 80 || /[.!?:;]$/.test(line)) return undefined;
  const parts = line.split(SEPARATOR).map((p) => p.trim());
  const [name, date] = parts;
  if (parts.length !== 2 || name === undefined || date === undefined) return undefined;
  // The day itself, not only a time ("Valley Herald, 14:31").
  if (!isDateline(date) || datelineDay(date) === undefined || !isShortName(name)) return undefined;
  return isPublication(name) ? { publisher: name, date } : { date };
}

/**
 * The publication and its day ("Valley Herald, 9 February 2026"), of `readNamedDay`'s lines those that
 * name a paper: a place's dateline ("London, 3 November 2026") names none.
 */
export function readPublisherLine(line: string): { publisher: string; date: string } | undefined {
  const named = readNamedDay(line);
  return named?.publisher === undefined ? undefined : { publisher: named.publisher, date: named.date };
}

/**
 * The publisher among a byline's parts after the names: the first name that is not a job, when a
 * place follows it ("BBC Sport" in "BBC Sport, Wembley"; "The Bay Gazette" in "Transport
 * Correspondent, The Bay Gazette, Kiel"). A name alone at the end is the place, or the agency, and
 * cannot be told apart ("Staff reporter, Paris": none). Undefined when a part is none of these.
 */
function publisherOf(parts: string[]): { publisher?: string } | undefined {
  if (!parts.every((p) => isJob(p) || isDateline(p) || isShortName(p))) return undefined;
  const named = parts.filter((p) => !isJob(p) && !isDateline(p));
  const [publisher] = named;
  // "By Tom Hale, Stoke on Trent, Staffordshire": a town and its county, no paper.
  return named.length >= 2 && publisher !== undefined && !joinedPlace(publisher) ? { publisher } : {};
}

/**
 * The publisher printed on a byline after the writer's names ("By Tom Hargreaves, BBC Sport, Wembley"
 * → "BBC Sport"), read as the publisher-and-place line above is.
 */
export function bylinePublisher(byline: Byline): string | undefined {
  const at = byline.credit.indexOf(byline.names);
  const rest = byline.credit.slice(at + byline.names.length).trim();
  const parts = rest.split(SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  return publisherOf(parts)?.publisher;
}

/** The last part of a title after a bar or a dash set between spaces: "Whale strandings | Eleanor Ainge Roy". */
const TITLE_TAIL = /\s+[|—–-]\s+([^|—–]+)$/u;
const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A web page's title without the author some sites append to it ("'What is the sea telling us?': Māori
 * tribes fearful over whale strandings | Eleanor Ainge Roy"): the headline is what the story is about,
 * and its author is answered as the byline ("who wrote this?"). Taken off only when the last part after
 * a bar or a dash is the page's byline, or a person's name (`isPersonName`): a section or the site's
 * name ("| World news", "- BBC News") stays, as do the words of a headline ("Xbox One X review: …").
 */
export function withoutAuthor(title: string, byline: string | undefined): string {
  const tail = TITLE_TAIL.exec(title);
  const name = tail?.[1]?.trim();
  if (tail === null || name === undefined || name === '') return title;
  const head = title.slice(0, tail.index).trim();
  const isAuthor = (byline !== undefined && fold(name) === fold(byline.replace(BY, ''))) || isPersonName(name);
  return isAuthor && head !== '' ? head : title;
}

/**
 * Does a line read as a name rather than a sentence? A headline in Title Case may end in a publication
 * noun ("Lifeboat Sets Launch Record", "Lifeboat Pager Times"): it has a verb, one the tagger sees in
 * the line, or a word it reads as a verb agreeing with a third-person subject ("it times": "Times",
 * "Sets", "Plans"), which a paper's name may be too ("The Times"), but then the line is in doubt. For a
 * line above the headline, whose old reading (a headline's rival) stands when in doubt (`clean.ts`).
 */
export function readsAsName(line: string): boolean {
  const agrees = (word: string) =>
    taggedTerms(`it ${word.toLowerCase()}`)
      .slice(1)
      .some((t) => t.tags.has('PresentTense') && !t.tags.has('Infinitive'));
  return !taggedTerms(line).some((t) => t.tags.has('Verb') || agrees(t.text));
}

/**
 * Is a paper's name a section's label ("Local News", "Coastal News": "news" after adjectives only, a
 * place's or a topic's)? It names a page of the paper, not the paper: no site (`article.ts`). A name
 * before "news" is a publisher's ("BBC News", "Ellbrook News").
 */
export function isSectionLabel(line: string): boolean {
  const terms = taggedTerms(line);
  return (
    terms.length > 1 &&
    terms.at(-1)?.text.toLowerCase() === 'news' &&
    terms.slice(0, -1).every((t) => t.tags.has('Adjective'))
  );
}
