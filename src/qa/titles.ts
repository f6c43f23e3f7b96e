/**
 * People named with their title: "Iraqi Defense Minister Khaled Obaidi", "Director of the Russian
 * Federal Service … Alexander Fomin", "Serge Troeber, deputy head of the UN". A reader who has read the
 * story asks about "the Iraqi minister" or "who represented Russia" rather than by name: the title is
 * where the story says which person that is.
 */
import type { Entity } from './entities.js';
import type { Correction } from './expansion.js';
import type { Phrase } from './question.js';
import { isFunctionWord, stem, tokenize, type Token } from './text.js';
import { isFirstName } from '../knowledge/names.js';
import {
  isCommonWord,
  isEnglishWord,
  isLemma,
  isRoleNoun,
  pertainyms,
  placeOf,
  placesAround,
  saysNoLonger,
  synonyms,
} from './wordnet.js';
import { startsUpper } from './letters.js';

/** A title runs at most this many words before the name (the Russian director's runs to nine). */
const MAX_TITLE_WORDS = 12;
/** Punctuation that ends a title: a clause or a quotation begins there. */
const BREAK = /[,;:()“”"—–]|\s-\s|[.!?]\s/u;

/** Function words inside a title ("Director of the … Service for …", "Ministry of Defence"). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for']);
/** An apposition may open with an article ("Rob Dwight, a spokesman for Icstis,"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/**
 * The qualifiers that name another office, one below the role or beside it: a deputy head is never
 * titled "head". A closed class, as English forms such offices by these few words. A "shadow"
 * minister is the opposition's spokesman for the office, not its holder (WordNet has "shadow" as a
 * noun only, so no relation says it). An acting or interim holder holds the office while they act:
 * "who is the head coach?" is the interim head coach (session 34's review).
 */
const SUBORDINATE: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant', 'shadow']);
/**
 * The qualifiers of one office, the holder's stand-in, which stories word as they please ("deputy
 * captain", "vice-captain", "deputy chairman" for "the vice chairman"): WordNet has no relation between
 * them as modifiers ("vice" is a noun for a wickedness only). Not "assistant", in schools and firms a
 * rank below the deputy (an assistant principal is no vice principal: review of session 45), nor
 * "shadow", the opposition's spokesman.
 */
const SECOND_IN_COMMAND: ReadonlySet<string> = new Set(['deputy', 'vice']);
/**
 * The qualifiers of time: a former holder's role is another's now. Not among `SUBORDINATE`: a story of
 * that time titles the holder plainly ("when its owner, Peter Hollis, said he was too tired" is the
 * previous owner), so a question's "former" does not make a plain title another holder.
 */
const FORMER: ReadonlySet<string> = new Set(['former', 'ex']);

/**
 * Does the word before a role make it another one: a deputy's, a shadow or a former
 * holder's ("deputy head", "former minister"), a word WordNet gives "former" as a synonym of
 * ("previous owner", "late chairman"), or an adjective of the past in WordNet ("the outgoing mayor":
 * `saysNoLonger`)?
 */
export function qualifiesRole(word: string): boolean {
  return (
    SUBORDINATE.has(word) ||
    FORMER.has(word) ||
    (word.length > 0 && (synonyms(word).includes('former') || saysNoLonger(word)))
  );
}

/**
 * Is the role word at `at` of a title held by a deputy, a shadow or a former holder: a
 * qualifier (`qualifiesRole`) among the words before it in its noun phrase, back to an article or a
 * connector ("of", "the", "for") or the title's start? The qualifier modifies the whole compound, not
 * only the word next to it: "Shadow home secretary Tim Moss" is no home secretary, "Former chief
 * executive Mark Dane" no chief executive, "Deputy Prime Minister John Prescott" no prime minister.
 * "Director of the former Russian service" is a director still: "of" begins another phrase. A
 * qualifier the question says too (`said`: "who is the shadow home secretary?"), or one of the same
 * office (`sameOffice`: "vice-captain" for "the deputy captain"), makes no other role.
 */
export function qualifiedRoleAt(title: readonly Token[], at: number, said: ReadonlySet<string>): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const word = (title[i] as Token).word;
    if (CONNECTORS.has(word) || ARTICLES.has(word)) return false;
    if (qualifiesRole(word) && ![...said].some((asked) => sameOffice(asked, word))) return true;
  }
  return false;
}

/** The words of a role's noun phrase read before it for a qualifier: "deputy head teacher", one name's few. */
const MODIFIERS = 3;

/** A question's role qualified by a `SUBORDINATE` word, as `askedQualifiers` reads it. */
export interface QualifiedRole {
  /** The qualifiers: "deputy" of "who is the deputy head teacher?". */
  readonly words: ReadonlySet<string>;
  /** The role words they stand before ("teacher"), not the question's other roles. */
  readonly roles: ReadonlySet<string>;
}

/**
 * The words a question sets before one of its role words (`isRole`), in the role's noun phrase (back
 * to a function word, at most `MODIFIERS`), that make it another office (`SUBORDINATE`): "deputy" of
 * "who is the deputy head?", "vice" of "who is the vice-captain?", "deputy" of "the deputy head teacher".
 */
export function askedQualifiers(question: string, isRole: (word: string) => boolean): QualifiedRole {
  const tokens = tokenize(question);
  const words = new Set<string>();
  const roles = new Set<string>();
  tokens.forEach((t, i) => {
    if (!isRole(t.word)) return;
    const before = tokens.slice(Math.max(0, i - MODIFIERS), i);
    const phrase = before.slice(before.findLastIndex((b) => isFunctionWord(b.word)) + 1);
    const found = phrase.filter((b) => SUBORDINATE.has(b.word));
    if (found.length === 0) return;
    roles.add(t.word);
    for (const b of found) words.add(b.word);
  });
  return { words, roles };
}

/**
 * Does a title say the asked role without the question's qualifier ("Club captain Alan Hughes" for
 * "who is the vice captain?")? It titles the unqualified holder, another person than the one asked.
 * A deputy and a vice are one office however a story words it (`SECOND_IN_COMMAND`): "Vice-captain
 * Sam Kent" holds "the deputy captain" asked.
 */
export function lacksQualifier(title: readonly Token[], qualifiers: ReadonlySet<string>): boolean {
  return qualifiers.size > 0 && !title.some((t) => [...qualifiers].some((q) => sameOffice(q, t.word)));
}

/** Do two qualifiers name one office: the same word, or two words for the holder's stand-in? */
function sameOffice(asked: string, said: string): boolean {
  return asked === said || (SECOND_IN_COMMAND.has(asked) && SECOND_IN_COMMAND.has(said));
}

export interface Titled {
  /** The person's name as tagged. */
  name: Entity;
  /** The name's own words. */
  nameTokens: Token[];
  /** The words of the title before the name or in the apposition after it ("deputy head of the UN"). */
  title: Token[];
  /** The title is an apposition after the name, which often describes a past role ("…, the first governor of"). */
  apposition: boolean;
}

/** The title words, when they hold a noun for a kind of person; else none. */
function asTitle(tokens: readonly Token[]): Token[] {
  return tokens.some((t) => !t.stop && isRoleNoun(t.word)) ? [...tokens] : [];
}

/**
 * Each person of a sentence with the title the sentence gives them, if any: the words just before the
 * name (back to a punctuation mark, the end of the previous person's name or the sentence's start), or
 * else an apposition after it up to the next punctuation mark ("Serge Troeber, deputy head of the
 * UN,"). Words count as a title only when one is a noun for a kind of person ("minister",
 * "director", "spokesman"): "said Serge Troeber" has none.
 */
export function titledPeople(text: string, tokens: readonly Token[], entities: readonly Entity[]): Titled[] {
  const people = entities.filter((e) => e.type === 'person');
  // A title is a run of noun phrases and capitalised words joined by "of", "the", "for" ("Director of
  // the Russian Federal Service for …"): a verb or any other word ends it ("the governor was adopted
  // by James Watt").
  const phrases = entities.filter((e) => e.type !== 'person');
  // A capitalised word is part of one too, though the tagger may not call it a noun ("Harbour Minister").
  const titleWord = (t: Token): boolean =>
    CONNECTORS.has(t.word) ||
    startsUpper(text.slice(t.start, t.end)) ||
    phrases.some((p) => p.start <= t.start && p.end >= t.end);
  const out: Titled[] = [];
  people.forEach((name, i) => {
    const floor = Math.max(i > 0 ? (people[i - 1] as Entity).end : 0, breakBefore(text, name.start));
    const before = tokens.filter((t) => t.start >= floor && t.end <= name.start);
    let from = before.length;
    while (from > 0 && titleWord(before[from - 1] as Token)) from--;
    let title = asTitle(before.slice(from).slice(-MAX_TITLE_WORDS));
    const apposition = title.length === 0 && /^\s*,/.test(text.slice(name.end));
    if (apposition) {
      const next = i + 1 < people.length ? (people[i + 1] as Entity).start : text.length;
      const ceiling = Math.min(next, breakAfter(text, text.indexOf(',', name.end) + 1));
      const after = tokens.filter((t) => t.start > name.end && t.end <= ceiling);
      let to = 0;
      while (
        to < after.length &&
        (titleWord(after[to] as Token) || (to === 0 && ARTICLES.has(after[0]?.word ?? '')))
      )
        to++;
      title = asTitle(after.slice(0, Math.min(to, MAX_TITLE_WORDS)));
    }
    const nameTokens = tokens.filter((t) => t.start >= name.start && t.end <= name.end);
    out.push({ name, nameTokens, title, apposition: apposition && title.length > 0 });
  });
  return out;
}

/**
 * People the entity tagger does not know but a title names: in "Mayor Ngozi Okafor said…" the tagger
 * tags no one (it knows no "Ngozi"), yet a reader takes the capitalised words after a title ("Mayor")
 * as a person's name, as they take any name after "Mayor". News writes many titles in lower case
 * ("led by team leader Callum Drysdale", "coxswain Angus Rennie"), and the reader reads those the same
 * way. Each is a person entity over the name: a tagged phrase that ends in two or more capitalised
 * words that are neither role nouns nor common words, right after a role noun ("Mayor", "leader",
 * "coxswain"), the head of the title, overlapping no tagged person.
 */
export function titledNames(text: string, tokens: readonly Token[], entities: readonly Entity[]): Entity[] {
  const people = entities.filter((e) => e.type === 'person');
  const out: Entity[] = [];
  const capital = (t: Token): boolean => startsUpper(text.slice(t.start, t.end));
  for (const phrase of entities) {
    if (phrase.type !== 'phrase' || people.some((p) => p.start < phrase.end && p.end > phrase.start))
      continue;
    const words = tokens.filter((t) => t.start >= phrase.start && t.end <= phrase.end);
    // The name: the capitalised words that end the phrase, up to a role noun ("Mayor", "leader").
    let from = words.length;
    while (from > 0 && capital(words[from - 1] as Token) && !isRoleNoun((words[from - 1] as Token).word))
      from--;
    // A sentence's first word is capitalised by its place alone: before a known first name it is the
    // title, a noun WordNet may not know for a person ("Helm Ravi Menon steered the boat").
    const opened = from === 0 && openingTitle(text, words);
    if (opened) from = 1;
    const head = words[from - 1];
    const name = words.slice(from);
    const first = name[0];
    const last = name.at(-1);
    if (head === undefined || first === undefined || last === undefined) continue;
    if (!opened && !isRoleNoun(head.word)) continue;
    if (modifierEnding(text, head)) continue;
    if (name.length < 2 || name.some((t) => isCommonWord(text.slice(t.start, t.end)))) continue;
    out.push({ type: 'person', start: first.start, end: last.end });
  }
  return out;
}

/**
 * Whether a phrase's first word, opening the sentence, is a title before the name the rest of it is: a
 * common English word ("Helm", "Stroke"), no first name itself ("Rose", "Mark"), then a first name the
 * names list knows and a word that is no English word ("Ravi Menon"), as a name is written. Only three
 * words: a longer run may be a name of its own ("Ysgol Glan Morgan").
 */
function openingTitle(text: string, words: readonly Token[]): boolean {
  const [opener, given, family] = words;
  if (opener === undefined || given === undefined || family === undefined || words.length !== 3) return false;
  if (text.slice(0, opener.start).trim() !== '') return false;
  const written = (t: Token) => text.slice(t.start, t.end);
  return (
    isCommonWord(written(opener)) &&
    !isFirstName(written(opener)) &&
    isFirstName(written(given)) &&
    !isEnglishWord(written(family))
  );
}

/**
 * Does the role noun end a hyphenated word that is an adjective ("a second-hand Porsche Boxster":
 * "second-hand", WordNet's "secondhand"; "left-hand")? That word modifies the name, and the name is a
 * thing's: a role noun only inside an adjective names no one. A compound WordNet does not list
 * ("co-founder", "vice-chairman") keeps its role noun.
 */
function modifierEnding(text: string, head: Token): boolean {
  const word = /[\p{L}-]+$/u.exec(text.slice(0, head.end))?.[0].toLowerCase();
  if (word === undefined || !word.includes('-')) return false;
  return [word, word.replace(/-/g, '')].some((w) => isLemma('adj', w) && !isLemma('noun', w));
}

/** A sentence's entities with the people only a title names (`titledNames`) added; `tokens` its tokens, if at hand. */
export function withTitledNames(
  text: string,
  entities: readonly Entity[],
  tokens: readonly Token[] = tokenize(text),
): Entity[] {
  return [...entities, ...titledNames(text, tokens, entities)];
}

/**
 * One question's titled people, by sentence: a who-question's best passage is read for them up to three
 * times (the answerability check, `roleSplit`; the short answer's choice among names, `byTitle`; the
 * title that answers "who is X?"), each time walking the sentence's people and their titles' WordNet
 * look-ups again. Keyed by the sentence's entities, which the index tags once per sentence
 * (`SearchIndex.entitiesOf`: one array per sentence), with the text checked too; it lives as long as the
 * question, so it holds a few sentences at most.
 *
 * Why that key is safe: `titledPeople` reads nothing but the text, its tokens and the entities, and the
 * tokens are `tokenize(text)`, a function of the text alone; so the same entity array with the same
 * text gives the same people. No code changes an entity array after tagging (the index tags a
 * sentence once and hands out that array; callers filter it into new ones), and an array given with
 * another text (a caller's mistake) is read anew, never answered from the memo. Nothing else (weights, the question) enters, so one memo per question may be shared
 * by every stage that reads the sentence.
 */
export class TitledPeople {
  private readonly known = new Map<readonly Entity[], { text: string; people: readonly Titled[] }>();

  /** `titledPeople` of the sentence, computed once per question. */
  of(text: string, tokens: readonly Token[], entities: readonly Entity[]): readonly Titled[] {
    const found = this.known.get(entities);
    if (found !== undefined && found.text === text) return found.people;
    const people = titledPeople(text, tokens, entities);
    this.known.set(entities, { text, people });
    return people;
  }
}

/** `titled.of(…)` when the caller keeps a question's memo, else `titledPeople(…)` itself. */
export function titledPeopleIn(
  titled: TitledPeople | undefined,
  text: string,
  tokens: readonly Token[],
  entities: readonly Entity[],
): readonly Titled[] {
  return titled === undefined ? titledPeople(text, tokens, entities) : titled.of(text, tokens, entities);
}

/** A title word's stem and, for an adjective of a place ("Russian"), the place's ("russia"). */
export function titleWordStems(t: Token): string[] {
  return t.stop ? [] : [t.stem, ...pertainyms(t.word).map(stem)];
}

/** What `roleSplit` reads of a question: its words, its collocations and its text. */
export interface RoleQuestion {
  text: string;
  keywords: readonly Token[];
  phrases: readonly Phrase[];
  /** Its misspelt words as read ("the defense minister of syrai" → "syria"). */
  corrections?: readonly Correction[];
}

/**
 * Does the passage give the asked role to someone, but the question's other title words to someone
 * else, so that no one person is what was asked? "Who is Russia's defense minister?" of "Iraqi Defense
 * Minister Khaled Obaidi and Director of the Russian Federal Service … Alexander Fomin": the minister
 * is Iraqi and the Russian is a director; the story names no Russian minister. Only a role the passage
 * titles someone with counts: a reader's "guy" or "man" stands in no title, nor does a role the story
 * never gives, which may be said in other words. Never when the question names one of the titled
 * people: it asks about them, not who holds the role.
 */
export function roleSplit(question: RoleQuestion, people: readonly Titled[]): boolean {
  const { keywords, phrases } = question;
  const roleWords = keywords.filter((k) => isRoleNoun(k.word));
  const roles = roleWords.map((k) => k.stem);
  if (roles.length === 0) return false;
  const asked = new Set(keywords.map((k) => k.stem));
  if (people.some((p) => p.nameTokens.some((t) => !t.stop && asked.has(t.stem)))) return false;
  const titled = people.map((person) => ({
    person,
    holds: new Set(person.title.flatMap(titleWordStems).filter((s) => asked.has(s))),
  }));
  const holders = titled.filter(({ holds }) => roles.some((r) => holds.has(r)));
  if (holders.length === 0) return false;
  // A role WordNet names with one lemma of two words ("prime minister", "vice president") is another
  // role than its head noun alone: "Iraqi Defense Minister Khaled Obaidi" is no prime minister, so the
  // modifier must stand in the holder's title even when the story says it of no one (then it is in no
  // title, and `wanted` below, read off the titles, would not ask for it).
  const modifiers = phrases
    .filter((p) => p.keywords.length === 2 && isRoleNoun(p.lemma))
    .map((p) => stem(p.keywords[0] as string));
  const wanted = [...new Set([...titled.flatMap(({ holds }) => [...holds]), ...modifiers])];
  if (!holders.some(({ holds }) => wanted.every((w) => holds.has(w)))) return true;
  // The role of another place: "who is the Syrian defense minister?" of the Iraqi one, "the Wales
  // coach" of "France coach Bernard Laporte". Only when the question puts a place on the role and every
  // holder's title names a place, none of them that one: a title without a place may hold it elsewhere.
  const read = new Map((question.corrections ?? []).map((c) => [c.from, c.to]));
  const placed = rolePlaces(question.text, roleWords, (word) => placeOf(read.get(word) ?? word));
  if (placed.size === 0) return false;
  // One place lying in the other is the same government ("Baghdad's defense minister" is Iraq's).
  const within = (a: number, b: number): boolean =>
    placesAround(a).includes(b) || placesAround(b).includes(a);
  return holders.every(({ person }) => {
    const theirs = person.title.map((t) => placeOf(t.word)).filter((p) => p !== undefined);
    return theirs.length > 0 && !theirs.some((p) => [...placed].some((q) => within(p, q)));
  });
}

/** Words that join a role to its place after it: "the minister of Syria", "the coach from France". */
const PLACE_AFTER = new Set(['of', 'from', 'for']);
/**
 * At most this many words of a title stand between a place and the role it comes before ("Russia's
 * defense minister", "the Wales rugby union coach" has three): the words of one noun phrase, not a
 * number to tune, so it is no weight.
 */
const PLACE_BEFORE_WORDS = 3;

/**
 * The places (WordNet synsets, see `placeOf`) a question puts on its role words: one in the words just
 * before a role, all of them content words ("the Wales coach", "Russia's defense minister"; "which
 * Russian visited the minister" has "the" between), or just after it by "of", "from", "for" ("the
 * minister of Syria"; "which minister visited Russia" puts no place on the minister).
 */
function rolePlaces(
  text: string,
  roleWords: readonly Token[],
  placeOfWord: (word: string) => number | undefined,
): Set<number> {
  const tokens = tokenize(text);
  const out = new Set<number>();
  for (const role of roleWords) {
    const at = tokens.findIndex((t) => t.start === role.start);
    if (at < 0) continue;
    for (let i = at - 1; i >= Math.max(0, at - PLACE_BEFORE_WORDS) && !(tokens[i] as Token).stop; i--) {
      const place = placeOfWord((tokens[i] as Token).word);
      if (place !== undefined) out.add(place);
    }
    let next = at + 1;
    if (!PLACE_AFTER.has(tokens[next]?.word ?? '')) continue;
    next++;
    if (tokens[next]?.word === 'the') next++;
    const place = tokens[next] === undefined ? undefined : placeOfWord((tokens[next] as Token).word);
    if (place !== undefined) out.add(place);
  }
  return out;
}

/** Where the text after the last break before `at` starts (0 when there is none). */
function breakBefore(text: string, at: number): number {
  let from = 0;
  const re = new RegExp(BREAK.source, 'gu');
  for (const m of text.slice(0, at).matchAll(re)) from = m.index + m[0].length;
  return from;
}

/** Where the first break at or after `from` is (the text's end when there is none). */
function breakAfter(text: string, from: number): number {
  const m = new RegExp(BREAK.source, 'u').exec(text.slice(from));
  return m === null ? text.length : from + m.index;
}
