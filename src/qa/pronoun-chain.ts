/**
 * Whom the story's own "she" (or "he") stands for, all through it: a reader asked "what did she say?"
 * about a story means the person the story calls "she". A profile of one woman calls her "she" a dozen
 * times; a court report's "she" is the victim it never names ("A man who attacked a woman … after she
 * refused…"), though the judge it names is a woman too. So a bare question's pronoun is read as a
 * named person only when the story's chain of that pronoun is clearly theirs: every "she" the story
 * itself says (outside quotations, in its body) points back to them (the conditions below).
 *
 * Each pronoun points back, as a reader resolves it, to what the nearest text before it offers: the
 * part of its own sentence before it, else each of the `LOOK_BACK` sentences before (nearest first).
 * What a stretch offers: the people it names that the pronoun fits (`storyPeople`: "she" is no Tom),
 * the unnamed people it describes ("a woman", "his mother", "the company's chief executive": a role
 * noun after a determiner, not a title or an apposition of a name), and whom the pronouns of the same
 * sex in it were read as. One thing offered is what the pronoun stands for; two are a tie; nothing
 * within reach leaves it unread. A description is the named person whose title it is, when the story
 * titles exactly one person with its role noun ("the firm's chief executive … she" and, paragraphs
 * later, "Chief executive Jane Doe"): news describes before it names.
 *
 * The chain is clear only when no pronoun of that sex is tied, unread, a description's that no name
 * stands for, or another person's, and the story says it of them twice at least, once in a sentence
 * after the one that names them: else the bot keeps asking back. Pure, apart from the tagger's names
 * and WordNet look-ups.
 */
import { addressTitle, isFirstName, nameGender, withoutTitles } from '../knowledge/names.js';
import type { Sentence } from '../knowledge/types.js';
import type { Entity } from './entities.js';
import { sameName, storyPeople, wordsOf } from './other-person.js';
import { withoutOwner } from './person-name.js';
import { PRONOUNS, sexOfGender, type PronounSex } from './pronoun-sex.js';
import { insideQuotation } from './quotation.js';
import { LOOK_BACK } from './referents.js';
import { isStopword, tokenize, type Token } from './text.js';
import { isCommonWord, isLemma, isPlaceName, isRoleNoun } from './wordnet.js';
import { roleSex } from './role-sex.js';

/** A person of the story: their full name and the pronouns it allows. */
interface Person {
  name: string;
  pronouns: ReadonlySet<string>;
}

/**
 * Where `key` (a name, or a surname) is written in `text` as words of its own: no letter or digit
 * either side, and no capitalised word right after it ("Park Road" is no Ms Park).
 */
function wordsAt(text: string, key: string): number[] {
  const out: number[] = [];
  if (key.length < 2) return out;
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (/[\p{L}\p{N}]$/u.test(text.slice(0, at)) || /^(?:[\p{L}\p{N}]|\s+\p{Lu})/u.test(text.slice(end)))
      continue;
    out.push(at);
  }
  return out;
}

/** Two or three capitalised words in a row, maybe after an owner's possessive ("Ethiopia's Hirut Bekele"). */
const CAPITALISED_RUN =
  /(?<![\p{L}\p{N}'’])(?<!\p{Lu}[\p{L}'’-]*\s+)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}\p{N}]|\s+\p{Lu}|['’]s)/gu;

/**
 * The people a story names whom the tagger took for no one ("Helen Park", "Hirut Bekele"): a run of
 * capitalised words that opens with a first name the lists know, or that holds no common word and no
 * function word, and overlaps no place or organisation the tagger found, nor ends with a place's name.
 * They fit the pronoun their first name says, or either: a "she" near them is theirs as much as anyone's.
 */
function untaggedPeople(
  sentences: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
  known: readonly Person[],
): Person[] {
  const out: Person[] = [];
  const titled = (surname: string) =>
    sentences.some((s) =>
      wordsAt(s.text, surname).some((at) => {
        const before = /(\p{L}+)\.?\s+$/u.exec(s.text.slice(0, at))?.[1];
        return before !== undefined && addressTitle(before) !== undefined;
      }),
    );
  for (const sentence of sentences) {
    if (sentence.role !== 'body' && sentence.role !== 'title') continue;
    const others = entitiesOf(sentence).filter((e) => e.type === 'place' || e.type === 'organization');
    for (const m of sentence.text.matchAll(CAPITALISED_RUN)) {
      // "Ethiopia's Tigist Alemu" is Tigist Alemu: the owner is no part of her name.
      const name = withoutOwner(m[1] as string);
      const start = m.index + (m[1] as string).length - name.length;
      const words = name.split(/\s+/u);
      if (words.length < 2) continue;
      const [first] = words;
      const last = words.at(-1) as string;
      if (
        isPlaceName(last) ||
        isRoleNoun(last.toLowerCase()) ||
        words.some((w) => addressTitle(w) !== undefined)
      )
        continue;
      const firstName = first !== undefined && isFirstName(first) && !isRoleNoun(first.toLowerCase());
      const uncommon = words.every((w) => !isStopword(w.toLowerCase()) && !isCommonWord(w));
      if (!firstName && !uncommon) continue;
      // A place or a body the tagger found is not someone, unless the story titles its last word as a
      // person's surname ("Helen Park" … "Ms Park said").
      if (others.some((e) => e.start < start + name.length && e.end > start) && !(firstName && titled(last)))
        continue;
      // Named in full where the tagger knew only "Dr Ruiz": the full name stands for them.
      const bare = (n: string) => withoutTitles(n, isRoleNoun);
      if (
        [...known, ...out].some(
          (p) =>
            wordsOf(bare(p.name)).length > 1 &&
            (sameName(bare(p.name), name) || sameName(name, bare(p.name))),
        )
      )
        continue;
      const sex = sexOfGender(nameGender(name, isRoleNoun));
      out.push({
        name,
        pronouns: new Set(sex === undefined ? [...PRONOUNS.she, ...PRONOUNS.he] : PRONOUNS[sex]),
      });
    }
  }
  return out;
}

/** Something a stretch of text offers a pronoun: a named person (by full name) or an unnamed description. */
type Candidate = { kind: 'person'; name: string } | { kind: 'described'; id: string };

/** What one pronoun of the story was read as: one candidate, a tie, or nothing within reach. */
type Reading = Candidate | 'tie' | 'none';

/** A pronoun's reading, and whether it was found in a sentence before the pronoun's own. */
interface Read {
  reading: Reading;
  across: boolean;
}

/** One mention in a sentence, in text order. */
interface Mention {
  at: number;
  /** The people (by full name) or the description it may be: a surname two people share is either. */
  offers: readonly Candidate[];
  /** For a description, the sex its role noun says; for a person, the pronouns their name allows. */
  fits: (sex: PronounSex) => boolean;
  /** A pronoun's sex, for a pronoun. */
  pronoun?: PronounSex;
}

/**
 * The opening of a description of one person, right before its role noun: a determiner or an owner's
 * possessive ("a woman", "his mother", "the company's chief executive", "an Italian chef"), then at
 * most three words. Group 1 is what stands before the determiner.
 */
const OPENING =
  /(^|[\s(])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[\p{L}\d-]+['’]s)\s+((?:[\p{L}\d][\p{L}\d'’-]*\s+){0,3})$/u;

/** Quoted words ('"She has shown enormous courage"'): a quotation's pronouns are its speaker's, not the story's. */
const QUOTED = /["“][^"“”]*(?:["”]|$)/gu;

/** The text with its quotations blanked (positions kept). */
function unquoted(text: string, beginsInside: boolean): string {
  const from = beginsInside ? (/^[^"“”]*(?:["”]|$)/u.exec(text)?.[0].length ?? 0) : 0;
  const blank = (s: string) => s.replace(/[^\s]/gu, ' ');
  return blank(text.slice(0, from)) + text.slice(from).replace(QUOTED, blank);
}

/** Words after which a role is said of someone already there, not a new person ("as a porter", "is a nurse"). */
const PREDICATIVE: ReadonlySet<string> = new Set([
  'as',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'become',
  'became',
  'becomes',
  'named',
  'appointed',
  'remains',
  'remained',
]);

/** Whether the words between two positions are nothing but a comma and maybe an age ("Jo Hale, 34, the…"). */
const APPOSED = /^\s*,\s*(?:\d{1,3}\s*,\s*)?$/u;

/**
 * The mentions of one sentence (outside its quotations): each person it names, each description of an
 * unnamed person, each "she"/"her" and "he"/"him"/"his". `titles` gathers, by role noun, the people a
 * role noun titles ("Chief executive Jane Doe", "Jane Doe, the firm's chief executive").
 */
function mentionsOf(
  sentence: Sentence,
  open: string,
  people: readonly Person[],
  titles: Map<string, Set<string>>,
): Mention[] {
  const text = sentence.text;
  const out: Mention[] = [];
  // The people, where their names stand (each place the name is written, outside quotations): the
  // full name, or the surname alone ("Kiptoo said", "Ms Park"), which two people sharing it both offer.
  const names: { start: number; end: number; offers: Candidate[] }[] = [];
  const mention = (start: number, end: number, whose: readonly Person[]) => {
    if (open.slice(start, end).trim() === '' || names.some((n) => n.start < end && n.end > start)) return;
    const offers: Candidate[] = whose.map((p) => ({ kind: 'person', name: p.name }));
    names.push({ start, end, offers });
    out.push({ at: start, offers, fits: (sex) => whose.some((p) => p.pronouns.has(sex)) });
  };
  const byLength = [...people].sort((a, b) => b.name.length - a.name.length);
  for (const person of byLength)
    for (const at of wordsAt(text, person.name)) mention(at, at + person.name.length, [person]);
  for (const person of byLength) {
    const surname = person.name.split(/\s+/u).at(-1) ?? '';
    for (const at of wordsAt(text, surname)) {
      // A gendered title before it ("Mrs Reid") says which of two it is.
      const title = addressTitle(/(\p{L}+)\.?\s+$/u.exec(text.slice(0, at))?.[1] ?? '');
      const whose = people.filter(
        (p) =>
          p.name.split(/\s+/u).at(-1) === surname &&
          (title === undefined || title === 'either' || p.pronouns.has(title === 'female' ? 'she' : 'he')),
      );
      mention(at, at + surname.length, whose);
    }
  }
  const tokens = tokenize(open);
  tokens.forEach((t, i) => {
    const word = text.slice(t.start, t.end);
    for (const sex of ['she', 'he'] as const)
      if (PRONOUNS[sex].has(word.toLowerCase()) && !/^[A-Z]{2,}$/u.test(word))
        out.push({ at: t.start, offers: [], fits: () => false, pronoun: sex });
    const description = describedAt(text, tokens, i, names);
    if (description === undefined) return;
    if (description.titles !== undefined) {
      const role = t.stem;
      const titled = titles.get(role) ?? new Set<string>();
      for (const c of description.titles) if (c.kind === 'person') titled.add(c.name);
      titles.set(role, titled);
      return;
    }
    const sex = roleSex(t.word);
    out.push({
      at: t.start,
      offers: [{ kind: 'described', id: `${sentence.index}:${t.start}:${t.stem}` }],
      fits: (s) => sex === undefined || sex === s,
    });
  });
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Token `i` as the head of a phrase about one person: a role noun in lower case, not a modifier of a
 * noun after it ("a teacher training scheme"), whose phrase opens with a determiner or an owner's
 * possessive ("the company's chief executive") within four words. The people it titles when it stands
 * right before a name or in apposition to one (`titles`), else a description (`titles` undefined).
 */
function describedAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  names: readonly { start: number; end: number; offers: Candidate[] }[],
): { titles?: readonly Candidate[] } | undefined {
  const t = tokens[i] as Token;
  if (!/^\p{Ll}/u.test(text.slice(t.start, t.end)) || t.stop || !isRoleNoun(t.word)) return undefined;
  const next = tokens[i + 1];
  const nextText = next === undefined ? '' : text.slice(next.start, next.end);
  const between = next === undefined ? '' : text.slice(t.end, next.start);
  // A modifier of the noun after it ("a private dining room", "a teacher training scheme"), not a verb
  // ("the woman fell").
  if (next !== undefined && /^\s+$/u.test(between) && /^\p{Ll}/u.test(nextText) && !next.stop)
    if (isLemma('noun', next.word) && !isLemma('verb', next.word)) return undefined;
  // A title before a name ("chief executive Jane Doe", "managing partner, Rebecca Lindqvist").
  const before = names.find((n) => /^\s*,?\s*$/u.test(text.slice(t.end, n.start)) && n.start >= t.end);
  if (before !== undefined) return { titles: before.offers };
  // The phrase's opening: a determiner or an owner's possessive, past lower-case words only.
  const opening = OPENING.exec(text.slice(0, t.start));
  if (opening === null) return undefined;
  const start = opening.index + (opening[1] as string).length;
  // Its modifiers are no function words: "the board had chosen" is no phrase.
  if ((opening[2] as string).split(/\s+/u).some((w) => w !== '' && isStopword(w.toLowerCase())))
    return undefined;
  // A role said of someone ("worked as a kitchen porter", "she is a nurse", "was named the new
  // manager"): the person named, no one else.
  const said = /(\p{L}+)\s*$/u.exec(text.slice(0, start))?.[1]?.toLowerCase();
  if (said !== undefined && PREDICATIVE.has(said)) return undefined;
  // In apposition to a name just before ("Marco Bianchi, the chef,"): the name's title.
  const after = names.find((n) => n.end <= start && APPOSED.test(text.slice(n.end, start)));
  if (after !== undefined) return { titles: after.offers };
  return {};
}

/** Whether two candidates are the same. */
const same = (a: Candidate, b: Candidate): boolean =>
  a.kind === 'person' ? b.kind === 'person' && a.name === b.name : b.kind === 'described' && a.id === b.id;

/**
 * The one named person the story's `sex` pronouns all stand for (see the module comment), or
 * undefined when its chain of them is not clearly one named person's.
 */
export function chainedPerson(
  sex: PronounSex,
  sentences: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
): string | undefined {
  const readings = storyReadings(sex, sentences, entitiesOf);
  const first = readings[0]?.reading;
  if (first === undefined || typeof first === 'string' || first.kind !== 'person') return undefined;
  if (!readings.every(({ reading }) => typeof reading !== 'string' && same(reading, first))) return undefined;
  // The story goes on about them by the pronoun: twice at least, once in a sentence after the one
  // that names them. A lone "his" beside a name ("Fomin, for his part, said…") in a story about two
  // men, or one "she said" after a quotation, does not make them whom the story calls "he" or "she".
  if (readings.length < 2 || !readings.some((r) => r.across)) return undefined;
  // A name of two words at least: a lone "June" may be a month the tagger took for a woman.
  return wordsOf(first.name).length > 1 ? first.name : undefined;
}

// Once per story and pronoun: the loader hands back the same sentences for an unchanged file.
const cache = new WeakMap<readonly Sentence[], Map<PronounSex, readonly Read[]>>();

/** What each `sex` pronoun of the story's body (outside quotations) was read as, in story order. */
export function storyReadings(
  sex: PronounSex,
  sentences: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
): readonly Read[] {
  const known = cache.get(sentences) ?? new Map<PronounSex, readonly Read[]>();
  cache.set(sentences, known);
  let found = known.get(sex);
  if (found === undefined) {
    found = readingsOf(sex, sentences, entitiesOf);
    known.set(sex, found);
  }
  return found;
}

/** `storyReadings`, computed. */
function readingsOf(
  sex: PronounSex,
  sentences: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
): Read[] {
  const known = storyPeople(sentences, entitiesOf);
  const untagged = untaggedPeople(sentences, entitiesOf, known);
  // "Dr Ruiz" alone is the "Aurora Ruiz" the story names in full.
  const people = [
    ...known.filter(
      (p) =>
        wordsOf(withoutTitles(p.name, isRoleNoun)).length > 1 ||
        !untagged.some((u) => sameName(u.name, withoutTitles(p.name, isRoleNoun))),
    ),
    ...untagged,
  ];
  const titles = new Map<string, Set<string>>();
  const inside = insideQuotation(sentences);
  // A headline's titles count too ("TV presenter Storm Huntley rescues walker"), not its pronouns.
  const mentions = sentences.map((s, i) =>
    s.role === 'body' || s.role === 'title'
      ? mentionsOf(s, unquoted(s.text, inside[i] === true), people, titles)
      : [],
  );
  // A description is the one person the story titles with its role noun.
  const named = (c: Candidate): Candidate => {
    if (c.kind !== 'described') return c;
    const titled = [...(titles.get(c.id.split(':')[2] ?? '') ?? [])];
    return titled.length === 1 ? { kind: 'person', name: titled[0] as string } : c;
  };
  const readAs = new Map<Mention, Reading>();
  const offered = (stretch: readonly Mention[]): Candidate[] => {
    const found: Candidate[] = [];
    for (const m of stretch) {
      const offers =
        m.pronoun === sex
          ? [readAs.get(m)].flatMap((r) => (r === undefined || typeof r === 'string' ? [] : [r]))
          : m.pronoun === undefined && m.fits(sex)
            ? m.offers.map(named)
            : [];
      for (const c of offers) if (!found.some((f) => same(f, c))) found.push(c);
    }
    return found;
  };
  const out: Read[] = [];
  mentions.forEach((own, i) => {
    if (sentences[i]?.role !== 'body') return;
    own.forEach((m, k) => {
      if (m.pronoun !== sex) return;
      let reading: Reading = 'none';
      let across = false;
      // A pronoun read as 'tie' or 'none' before it in the stretch leaves the stretch unclear.
      const unclear = (stretch: readonly Mention[]) =>
        stretch.some((p) => p.pronoun === sex && typeof readAs.get(p) === 'string');
      const stretches = [own.slice(0, k)];
      for (let j = i - 1; j >= 0 && i - j <= LOOK_BACK && sentences[j]?.role === 'body'; j--)
        stretches.push(mentions[j] ?? []);
      for (const [n, stretch] of stretches.entries()) {
        const found = offered(stretch);
        across = n > 0;
        if (found.length === 0) {
          if (unclear(stretch)) {
            reading = 'tie';
            break;
          }
          continue;
        }
        reading = found.length === 1 ? (found[0] as Candidate) : 'tie';
        break;
      }
      readAs.set(m, reading);
      out.push({ reading, across });
    });
  });
  return out;
}

/**
 * The person of the story named `name` (as an answer writes it: "Ethiopia's Tigist Alemu") whom a
 * pronoun of the story's own is read as: the tagger may take them for no one, but the story's "she"
 * stands for them, so they are someone. Their name as the story's people hold it, or undefined.
 */
export function pronounPerson(
  name: string,
  sentences: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
): string | undefined {
  const bare = withoutOwner(name);
  for (const sex of ['she', 'he'] as const)
    for (const { reading: r } of storyReadings(sex, sentences, entitiesOf))
      if (typeof r !== 'string' && r.kind === 'person' && sameName(r.name, bare)) return r.name;
  return undefined;
}
