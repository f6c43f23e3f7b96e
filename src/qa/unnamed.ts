/**
 * "What is the name of the farm park?" of "…plans to donate it to a farm park": the passage says the
 * asked thing only as one of its kind, by no name. A name asked of a noun is given in the noun's own
 * phrase ("the Llandeilo rugby club", "Gunton Farm Park"), in apposition to it ("the club, Llandeilo
 * Wanderers,", "Llandeilo Wanderers, the rugby club…") or after "called" or "named": a passage whose
 * every mention of the noun has none of these names nothing of that kind, whatever other names it holds
 * ("Crescent Road" of "the rugby club in Crescent Road"). Pure.
 */
import { DETERMINERS, isFunctionWord, isStopword } from './text.js';
import type { Passage } from './types.js';
import type { NameAsked } from './answer-kind.js';
import { startsUpper } from './letters.js';
import { NAME_GOES_ON } from './span-parts.js';
import { rememberedTerms } from './text-memo.js';
import { NOUN_FILE, nounClasses } from './wordnet.js';
import { DO_FORMS, MODAL_AUXILIARIES } from './auxiliaries.js';

/** A word and where it is: the passage's words, in order. */
interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * After the noun: a name in apposition (", Llandeilo…", " - progressive multifocal…", which may be in
 * lower case), or one it is called ("called Moonfleet").
 */
const NAME_AFTER =
  /^\s*(?:,\s*(?:the\s+)?["“‘']?\p{Lu}|\(\s*\p{Lu}|\s[-–—:]\s*\p{L}|\s+(?:the\s+)?["“‘']?\p{Lu}|(?:,\s*)?(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be)\s+)?(?:(?:also|now|locally)\s+)?(?:called|named|known\s+(?:locally\s+)?as|titled|entitled)\s+(?:the\s+)?["“‘']?\p{Lu})/u;
/**
 * After the noun, for a word asked ("what is the throat called?", `NameAsked.word`): what it is called,
 * in any case ("is called the pharynx", ", known locally as the snug"), but not "named after" one.
 */
const WORD_AFTER =
  /^\s*(?:,\s*)?(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be)\s+)?(?:(?:also|now|locally|sometimes|often|commonly)\s+)?(?:called|named|known\s+(?:locally\s+)?as|nicknamed|dubbed)\s+(?!(?:after|by|as|in|on|for)\b)\p{L}/u;
/** Before the noun phrase: a name and a comma, the noun phrase in apposition to it ("Moonfleet, a book…"). */
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*)["”’']?\s*(?:,|\s(?:is|was|are|were))\s*$/u;
/** An "of" phrase of lower-case words after the noun, before a comma and a name ("leader of the council, Jane"). */
const OF_PHRASE = /^\s+of\s+(?:the\s+)?\p{Ll}+(?:\s+\p{Ll}+)?(?=\s*,\s*\p{Lu})/u;
/** A name's words from where it starts: "Jane Smith", "Petal and Stem", "Hope4Kids". */
const NAME_FROM = new RegExp(String.raw`^[\p{L}\p{N}'’-]+${NAME_GOES_ON}`, 'u');

/**
 * Is the word a name's: capitalised, and no stopword opening a sentence ("The", "A"), nor one joined to
 * its verb ("I'm", read by the part before the apostrophe).
 */
function capitalised(w: Word): boolean {
  return startsUpper(w.text) && !isStopword(w.text.toLowerCase().split(/['’]/)[0] ?? '');
}

/**
 * Does the passage say the noun (or its plural) and never with a name for it? False when it does not
 * say the noun at all: then nothing shows that the thing it is about goes unnamed.
 */
export function saysOnlyUnnamed(noun: string, text: string, word = false): boolean {
  const { words, mentions } = mentionsOf(noun, text);
  return mentions.length > 0 && mentions.every((i) => !namedAt(words, i, text, word));
}

/**
 * Does the passage name one of the noun's kind: a mention of the noun with a name ("The Penrith Bay
 * Sailing Club", "a ferry called the Stena Star")? Such a passage answers a name asked of the noun
 * where one saying it unnamed does not, when it is the same one: the best passage's own capitalised
 * words near the noun ("A sailing club in Penrith Bay") must stand near the named mention too. "It will
 * compete with Gleaston Farm Park" names another park than "a disused quarry near Ulverston into a farm
 * park" (review35b).
 */
export function namesOne(
  asked: NameAsked,
  text: string,
  best: string,
  article: readonly string[] = [text],
): boolean {
  const { words, mentions } = mentionsOf(asked.noun, text);
  // "The Penrith Bay Sailing Club" names no cricket club: the question's words for which one it is
  // ("cricket" of "the cricket club") must be the passage's too.
  if (!saysModifiers(asked, words)) return false;
  // Not the names of a compound the noun only modifies: "the Glynbourne locomotive shed" says which shed.
  const bestWords = mentionsOf(asked.noun, best);
  const own = bestWords.mentions.filter((i) => !headsCompound(bestWords.words, i, best));
  const which = namesNear({ words: bestWords.words, mentions: own }, asked.noun);
  const word = asked.word === true;
  return mentions.some((i) => {
    // "Without the chimes I'm just a man in a van", "Plans were voted down, the council leader said": a
    // best passage naming nothing near the noun says nothing of which one it is; the one the story ties
    // a name to is it ("his van, named Lola", "Council leader Jane Smith", "the charity, Hope4Kids,"),
    // when its passages tie only that name to the noun. Not one whose name holds the noun ("The Penrith
    // Bay Sailing Club" may be another club than "A club").
    if (which.size === 0) {
      if (startsUpper((words[i] as Word).text) && i > 0) return false;
      const name = tiedName(words, i, text, word);
      return name !== undefined && article.every((other) => tiesOnly(asked, other, name));
    }
    if (!namedAt(words, i, text, word)) return false;
    // Anywhere in the sentence that names it: "The report, Bridges at Risk, was written by engineer
    // Priya Kaur" is "Ms Kaur's report".
    const here = namesNear({ words, mentions: [i] }, asked.noun, words.length);
    return [...here].some((w) => which.has(w));
  });
}

/**
 * Is the word at `i` not used as a verb: after a modal, "to", "do" or a subject pronoun ("will play
 * songs", "to play"), which the tagger reads as one too. The tagger alone is not trusted: it reads "the
 * haulage firm that owns…" as a verb's.
 */
function nounAt(words: readonly Word[], i: number, text: string): boolean {
  const before = words[i - 1]?.text.toLowerCase();
  if (before === undefined || !VERB_BEFORE.has(before)) return true;
  const start = (words[i] as Word).start;
  const term = rememberedTerms(text).find((t) => t.start === start);
  return term === undefined || !term.tags.has('Verb');
}

/** Words after which a verb comes: modals, "to", "do", subject pronouns. */
const VERB_BEFORE: ReadonlySet<string> = new Set([
  ...MODAL_AUXILIARIES,
  ...DO_FORMS,
  'to',
  'i',
  'we',
  'you',
  'they',
]);

/** Does the text say each of the question's words for which one it asks ("cricket" of "the cricket club")? */
function saysModifiers(asked: NameAsked, words: readonly Word[]): boolean {
  const said = new Set(words.map((w) => w.text.toLowerCase()));
  return asked.modifiers.every((m) => said.has(m));
}

/**
 * Does every name the text ties to the noun (`tiedName`) end as `name` does ("Ms Smith", "Jane Smith")?
 * A text without the question's words for which one ("opposition" of "the opposition leader, Tom
 * Barker") ties its names to another one.
 */
function tiesOnly(asked: NameAsked, text: string, name: string): boolean {
  const last = name.split(' ').at(-1);
  const { words, mentions } = mentionsOf(asked.noun, text);
  if (!saysModifiers(asked, words)) return true;
  return mentions.every((i) => {
    const other = tiedName(words, i, text, asked.word === true);
    return other === undefined || other.split(' ').at(-1) === last;
  });
}

/** How far from a mention of the noun a capitalised word is read as saying which one it is. */
const NEAR_WORDS = 5;

/** The capitalised words (no stopword, not the noun) within `near` words of the mentions, lower-cased. */
function namesNear(
  { words, mentions }: { words: Word[]; mentions: number[] },
  noun: string,
  near = NEAR_WORDS,
): Set<string> {
  const out = new Set<string>();
  for (const i of mentions)
    for (let j = Math.max(0, i - near); j <= Math.min(words.length - 1, i + near); j++) {
      const w = words[j] as Word;
      // "Ms Morgan's book" and "by Sian Morgan" say the same Morgan.
      const lower = w.text.toLowerCase().replace(POSSESSIVE, '');
      if (j !== i && capitalised(w) && lower !== noun && !lower.startsWith(noun)) out.add(lower);
    }
  return out;
}

/** The passage's words, and which of them are the noun or its plural. */
function mentionsOf(noun: string, text: string): { words: Word[]; mentions: number[] } {
  const words: Word[] = [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const plural = /(?:s|x|z|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
  // The word used as a verb is no mention of the thing: "Hiraeth will play songs" names no play.
  const mentions = words.flatMap((w, i) => {
    const lower = w.text.toLowerCase();
    return (lower === noun || lower === plural) && nounAt(words, i, text) ? [i] : [];
  });
  return { words, mentions };
}

/** Is the mention at `i` given a name: in its own phrase, in apposition, or after "called"? */
function namedAt(words: readonly Word[], i: number, text: string, word = false): boolean {
  const mention = words[i] as Word;
  // "Gunton Farm Park": the noun is itself part of a name.
  if (startsUpper(mention.text) && i > 0) return true;
  return tiedName(words, i, text, word) !== undefined;
}

/** A possessive word: "Peston's", "Peston’s", "Jones'". */
const POSSESSIVE = /(?<=\p{L})['’]s?$/u;

/**
 * Is the word after the mention at `i` (spaces between) a lower-case noun the mention modifies, as the
 * tagger reads the sentence, that takes a name of its own: a place or a thing, by its commonest sense
 * in WordNet ("lifeboat station", "locomotive shed"). Not a noun for people or an act, which the
 * mention's name still names ("Brynmor rugby club captain", "the Mary Trevelyan lifeboat crew", "Kings
 * Road bridge repairs"), nor a thing that is also a person ("fans"); not "lifeboat launched".
 */
function headsCompound(words: readonly Word[], i: number, text: string): boolean {
  const mention = words[i] as Word;
  const next = words[i + 1];
  if (next === undefined || !/^\s+$/.test(text.slice(mention.end, next.start))) return false;
  if (next.text !== next.text.toLowerCase() || isFunctionWord(next.text)) return false;
  const term = rememberedTerms(text).find((t) => t.start === next.start);
  if (term === undefined || !term.tags.has('Noun') || term.tags.has('Verb')) return false;
  const first = [...nounClasses(next.text, 1)];
  return (
    first.length > 0 &&
    first.every((k) => NAMED_HEADS.has(k)) &&
    !nounClasses(next.text, 2).has(NOUN_FILE.person)
  );
}

/** WordNet's classes of nouns for places and things, which take a name of their own. */
const NAMED_HEADS: ReadonlySet<number> = new Set([NOUN_FILE.artifact, NOUN_FILE.location, NOUN_FILE.object]);

/**
 * The name the mention at `i` is given beside it, lower-cased: in the words of its phrase before it
 * ("the Llandeilo rugby club"), in apposition after it ("the club, Llandeilo Wanderers,", "council leader
 * Jane Smith") or before it ("Jane Smith, the council leader"), or after "called"; undefined when none.
 */
function tiedName(words: readonly Word[], i: number, text: string, word = false): string | undefined {
  const mention = words[i] as Word;
  // "the Llandeilo rugby club": a name among the words before the noun, back to its determiner. Not
  // when the noun only says what kind of the next noun it is: "St Kerrow lifeboat station" names the
  // station, not a lifeboat.
  const modifies = headsCompound(words, i, text);
  let at = i - 1;
  const before: string[] = [];
  for (; !modifies && at >= 0 && at >= i - 4; at--) {
    const w = words[at] as Word;
    // A gap other than spaces (a comma, a full stop) ends the noun's phrase.
    if (!/^\s+$/.test(text.slice(w.end, (words[at + 1] as Word).start))) break;
    if (DETERMINERS.has(w.text.toLowerCase())) break;
    // "…a legal requirement in England for pet cats": a preposition ends it too; "England" names no cat.
    if (isFunctionWord(w.text.toLowerCase())) break;
    // "Mr Peston's book": a possessive names whose it is, not what it is called.
    if (POSSESSIVE.test(w.text)) break;
    if (capitalised(w) && at > 0) before.unshift(w.text.toLowerCase());
  }
  if (before.length > 0) return before.join(' ');
  // "The leader of the council, Jane Smith,": an "of" phrase finishing the noun's own before the name.
  const after = text.slice(mention.end).replace(OF_PHRASE, '');
  const tied = NAME_AFTER.exec(after) ?? (word ? WORD_AFTER.exec(after) : null);
  // The match ends on the name's first letter.
  if (tied !== null) return NAME_FROM.exec(after.slice(tied[0].length - 1))?.[0].toLowerCase();
  // "Moonfleet, a smuggling adventure…": the phrase set after a name.
  const opening = at >= 0 && DETERMINERS.has((words[at] as Word).text.toLowerCase()) ? at : at + 1;
  const from = (words[opening] as Word | undefined)?.start ?? mention.start;
  const head = text.slice(0, from);
  // Not a pronoun or another stopword ("It is a small boat"): no name.
  const name = NAME_BEFORE.exec(head)?.[1];
  if (name === undefined || isStopword(name.toLowerCase())) return undefined;
  // The name's words back to its first ("Jane Smith" of "Jane Smith, the council leader").
  const run = /(?:\p{Lu}[\p{L}\p{N}'’-]*\s+)*$/u.exec(head.slice(0, head.lastIndexOf(name)))?.[0] ?? '';
  return `${run}${name}`.toLowerCase();
}

/**
 * Does the best passage say the noun only unnamed, and no body passage of its story shown after it
 * name one? Then nothing shown gives the name asked.
 */
export function unnamedOnly(asked: NameAsked, passages: readonly Passage[]): boolean {
  const best = passages[0];
  if (best === undefined || !saysOnlyUnnamed(asked.noun, best.text, asked.word === true)) return false;
  const article = articleTexts(passages, best);
  return !passages.some(
    (p, i) =>
      i > 0 &&
      p.section === 'body' &&
      p.article.id === best.article.id &&
      namesOne(asked, p.text, best.text, article),
  );
}

/** The texts of the body passages shown of the best passage's story: what it ties to a noun, `namesOne`. */
export function articleTexts(passages: readonly Passage[], best: Passage): string[] {
  return passages.flatMap((p) => (p.section === 'body' && p.article.id === best.article.id ? [p.text] : []));
}
