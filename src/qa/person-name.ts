/**
 * Whether a span the tagger calls a person is one a reader would call a person ("he", "she", "Who is
 * …?"). compromise tags a person's name inside the name of a thing called after them ("the James Webb
 * Space Telescope" → "James Webb Space") and, now and then, a lower-case word ("the first woman" →
 * "first"). Neither is anyone: a name is capitalised, and in running prose a name followed at once by
 * capitalised words ending in a noun for a made thing, an institution, a place or a prize ("… Space
 * Telescope", "… Memorial Hospital", "… Prize") is that thing's name. A headline, written in Title
 * Case, says nothing by its capitals ("Raman Opens New Factory"): there only the lower case counts.
 * Two more spans the tagger calls people are no one a reader means: a month that is also a first name,
 * said as a time ("joined the school in April"), and a saint, who in a news story names the church,
 * school or trust called after them ("St Edmund's Learning Trust"). Nor is a name given to a storm, a
 * ship or a project, which a common noun for that kind of thing heads ("Storm Ellen", "Hurricane
 * Katrina", "Operation Sealion"): the tagger takes "Ellen" for a woman, and a story about the storm
 * and the engineer who repairs its damage ("He said crews had worked through the night") then read
 * "he" as Ellen. And an owner's possessive before a name ("Kenya's Mary Wanjiru", "Labour's Ann
 * Hale") is no part of it (`withoutOwner`).
 */
import { addressTitle, isFirstName } from '../knowledge/names.js';
import type { Entity } from './entities.js';
import { isStopword } from './text.js';
import { isCommonWord, isKindOf, isRoleNoun } from './wordnet.js';
import { startsUpper } from './letters.js';

/** The capitalised words right after a name, up to the first word that is not ("Space Telescope have"). */
const CAPITALISED_RUN = /^(?:\s+\p{Lu}[\p{L}'’-]*)+/u;

/** What a thing named after a person is: WordNet's kinds for "telescope", "university", "airport", "prize". */
const THINGS = ['artifact', 'organization', 'location', 'award', 'document'] as const;

/**
 * WordNet's kinds of the things that are given names as people are: weather (storms, hurricanes,
 * typhoons), craft (ships, boats, aircraft, spacecraft) and undertakings ("project", "operation",
 * "mission"). A noun of one of these kinds that is not also a kind of person ("Captain", "Coach") heads
 * the name of that thing, not of someone.
 */
const NAMED_KINDS = ['atmospheric_phenomenon', 'craft', 'work'] as const;

/** The capitalised word right before a name ("Storm " of "Storm Ellen"), or the span's own first word. */
const CAPITAL_BEFORE = /(\p{Lu}[\p{L}-]*)\s+$/u;
/**
 * The span's first word before one known first name ("Storm Ellen"): a person's first word before a
 * surname is their own first name, whatever WordNet also calls it ("Aurora Ruiz", "Gale Sayers").
 */
const FIRST_WORD = /^(\p{Lu}[\p{L}-]*)\s+(\p{Lu}[\p{L}'’-]*)$/u;
const beforeFirstName = (span: string): string | undefined => {
  const m = FIRST_WORD.exec(span);
  return m?.[2] !== undefined && isFirstName(m[2]) ? m[1] : undefined;
};

/** Is `word` a common noun for a thing of one of `kinds` and no kind of person ("Captain", "MP")? */
function isThingNoun(word: string | undefined, kinds: readonly string[]): boolean {
  return word !== undefined && !isKindOf(word, 'person') && kinds.some((kind) => isKindOf(word, kind));
}

/** Is `word` a common noun for a thing given a name (`NAMED_KINDS`), not for a person? */
function namesAThing(word: string | undefined): boolean {
  return isThingNoun(word, NAMED_KINDS);
}

/**
 * "his van, named Lola", "a narrowboat called Mary Rose": a common noun, a verb of naming, then the
 * name (group 2) the story gives what the noun says (group 1).
 */
const NAMED_AS =
  /\b(\p{L}+),?\s+(?:named|called|nicknamed|dubbed|christened|known\s+as)\s+["“‘']?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;

/**
 * The names a story gives things ("his van, named Lola"): the noun before the naming verb is a kind of
 * made thing, institution, place, prize or document (`THINGS`), and of no person or animal (a pet is
 * "she" to its owners). The tagger takes "Lola" for a woman wherever the story says it ("asking the
 * council to "let Lola sing""), and a reader's "she" was then offered the van; a name the story gives
 * a thing once is that thing's throughout.
 */
export function thingNames(texts: readonly string[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(NAMED_AS)) {
      const noun = (m[1] as string).toLowerCase();
      if (isThingNoun(noun, THINGS) && !isKindOf(noun, 'animal')) names.add(m[2] as string);
    }
  return names;
}

/**
 * Is `name` (a person the tagger found) one of the names the story gives things (`thingNames`), or
 * part of one: "Kate" of a boat "christened Duchess Kate" is the boat, as the tagger takes it apart.
 */
export function isThingName(name: string, things: ReadonlySet<string>): boolean {
  if (things.has(name)) return true;
  const words = name.split(/\s+/u);
  return [...things].some((thing) => {
    const of = new Set(thing.split(/\s+/u));
    return words.every((w) => of.has(w));
  });
}

/** An owner's possessive that opens a name: "Kenya's " of "Kenya's Mary Wanjiru"; group 1 the owner. */
export const OWNER = /^(\p{Lu}[\p{L}.-]*)['’]s\s+(?=\p{Lu})/u;

/**
 * A name without an owner's possessive before it: "Kenya's Mary Wanjiru" is Mary Wanjiru of Kenya,
 * and the tagger's span holds both. A name alone is unchanged.
 */
export function withoutOwner(name: string): string {
  return name.replace(OWNER, '');
}

/** "St" or "Saint" right before the name ("St Edmund's", "St. Mary's", "Saint Anne"). */
const SAINT_BEFORE = /(?:^|[^\p{L}])(?:St\.?|Saint)\s+$/u;

/** The words that put a month in time before it ("in April", "since May", "last June", "by mid-July"). */
const TIME_BEFORE =
  /(?:^|[^\p{L}])(?:in|since|by|until|till|from|before|after|during|early|late|last|next|this|mid|of)[\s-]+$/iu;

/**
 * What may follow a month said as a time: the sentence's end, punctuation, a number, or a function word
 * ("in April, said…", "in May 2011", "since June last year"); not a verb ("a statement from April said",
 * "criticised by May told MPs": a person), nor a possessive ("in May's cabinet").
 */
const TIME_AFTER =
  /^(?:\s*$|\s*[^\p{L}\s'’]|\s+\d|\s+(?:this|last|next|that|and|or|to|of|when|after|before|for|in|at|on|the|while|as|until|but|with|from|by|during|if|so|because|a|an|his|her|its|their|through|onwards|ago)\b)/u;

/**
 * A one-word span that WordNet knows as a month, right after a word that puts it in time and not
 * followed by a word that makes it someone (`TIME_AFTER`): a date, not April or May the person.
 */
function isMonthSaidAsTime(text: string, e: Entity, span: string): boolean {
  const word = span.replace(/['’]s?$/u, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || /['’]/u.test(span)) return false;
  if (!TIME_AFTER.test(text.slice(e.end))) return false;
  return TIME_BEFORE.test(text.slice(0, e.start)) && isKindOf(word, 'calendar_month');
}

/**
 * An apposition right after a name that says what it is: a comma, an article, then words up to a
 * preposition, a relative pronoun, punctuation or the end ("Ty Hafan, the children's hospice in Sully,"
 * → "children's hospice"). Group 1.
 */
const APPOSED =
  /^\s*,\s+(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?=\s+(?:in|of|at|on|for|from|near|which|that|who|where)\b|\s*[,.;:)]|\s*$)/u;

/**
 * Whether an apposition after the span names a thing, not a person: its head noun (the apposition's
 * last word) is a kind of made thing, institution, place, prize or document and no kind of person
 * ("Ty Hafan, the children's hospice in Sully": "Ty" is a man's name, the hospice no one; "Jo Cox,
 * the MP" is someone).
 */
function apposedThing(text: string, e: Entity): boolean {
  const words = APPOSED.exec(text.slice(e.end))?.[1]?.split(/\s+/) ?? [];
  // A name before the head ("the Scarlets lock", "the Wales prop") makes it someone's place in a team
  // as often as a thing: WordNet knows "lock" and "prop" only as things.
  if (words.slice(0, -1).some((w) => startsUpper(w))) return false;
  return isThingNoun(words.at(-1)?.replace(/['’]s?$/u, ''), THINGS);
}

/**
 * Is the person-tagged span `e` of `text` a person's name? `headline`: the sentence is a headline (in
 * Title Case), whose capitals say nothing of what follows a name.
 */
export function isPersonName(text: string, e: Entity, headline = false): boolean {
  const span = text.slice(e.start, e.end);
  if (!startsUpper(span.replace(/^[^\p{L}]+/u, ''))) return false;
  if (SAINT_BEFORE.test(text.slice(0, e.start))) return false;
  if (isMonthSaidAsTime(text, e, span)) return false;
  if (apposedThing(text, e)) return false;
  // "Storm Ellen", whether the tagger's span holds "Storm" or begins after it.
  if (namesAThing(CAPITAL_BEFORE.exec(text.slice(0, e.start))?.[1] ?? beforeFirstName(span))) return false;
  if (headline) return true;
  const run = CAPITALISED_RUN.exec(text.slice(e.end))?.[0];
  const head = run
    ?.trim()
    .split(/\s+/)
    .at(-1)
    ?.replace(/['’]s?$/u, '');
  // "Jones MP" is a person with a title after the name: a kind of person is no thing named after them.
  return !isThingNoun(head, THINGS);
}

/**
 * Does one of `texts` write `name` as the start of a longer name whose next word is no kind of person
 * ("Trent Vale Water said…" for "Trent Vale", a water company the tagger reads as a person in "Trent
 * Vale lost 190 million litres")? A story that calls a thing by the name, calls it so where the name
 * stands alone too. A title after a person's name ("Jones MP") is a kind of person and says nothing.
 */
export function startsLongerName(texts: readonly string[], name: string): boolean {
  return texts.some((text) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u
        .exec(text.slice(at + name.length))?.[1]
        ?.replace(/['’]s?$/u, '');
      if (next !== undefined && !isKindOf(next, 'person')) return true;
    }
    return false;
  });
}

/**
 * Can `word` be only a name: a capital then lower case (not "EADS"), no function word ("And" opening a
 * sentence), common English word ("Grace", "May"), role or title? An unknown name in apposition
 * (`entities.ts`) and a first name a story calls its person by (`subject.ts`) are read by it.
 */
export function onlyAName(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    !isStopword(lower) &&
    !isCommonWord(word) &&
    !isRoleNoun(lower) &&
    addressTitle(word) === undefined
  );
}
