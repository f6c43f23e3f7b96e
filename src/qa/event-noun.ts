/**
 * "Who won?" of a report whose lead says "Brackley Harriers sealed a 24-20 win over Denford": English
 * often says a contest's verb as its noun, the object of another verb, and whoever has the event as
 * the object of a verb of getting or doing it did the asked verb ("sealed a win", "claimed victory",
 * "secured a win": won). The nouns are those WordNet derives from the verb's contest senses that name
 * the event or the act ("win" → "win", a noun.event; not "winner", a person, nor "winnings", money),
 * and the event each is a kind of ("a win" is a kind of "victory"). Not after a verb of perceiving,
 * telling, thinking, feeling or of social life, whose object is only what was seen or told ("fans
 * celebrated the win", "he remembered the win", "she praised the win"), nor after a verb of a state
 * ("needed a win"), nor after a preposition ("slumped to a defeat"). The noun must head its phrase ("the
 * winning goal", "a victory parade" say no one won), and a name before its phrase is the one who won
 * ("gave Harford a 2-1 win"). Pure, apart from WordNet look-ups.
 */
import { isContestVerb } from './doer-verbs.js';
import { lemmaOf } from './lemma.js';
import { detachedBases } from './morphology.js';
import { stem, type Token } from './text.js';
import { isParticiple } from './verb-object.js';
import { WordCache } from './word-caches.js';
import {
  commonSenses,
  hypernymsOf,
  isAdverb,
  isLemma,
  lexFileOf,
  NOUN_FILE,
  pointersOf,
  readSynsetWords,
  VERB_FILE,
} from './wordnet.js';

// Module state: each verb's event nouns and each verb's reading as a verb of having the event, read
// from WordNet once (`WordCache`s, bounded as wordnet.ts's are).
const nounCache = new WordCache<ReadonlySet<string>>();
const doingCache = new WordCache<boolean>();

/**
 * The verb lexicographer files whose verbs take an event as what is perceived, told, thought, felt or
 * marked: "suffered",
 * "remembered", "reported", "enjoyed", "watched", "celebrated" the win.
 */
const ONLY_OF_IT: ReadonlySet<number> = new Set([
  VERB_FILE.body,
  VERB_FILE.cognition,
  VERB_FILE.communication,
  VERB_FILE.emotion,
  VERB_FILE.perception,
  VERB_FILE.social,
]);

/** A determiner or possessive, which opens a noun phrase. */
const DETERMINER_WORDS = 'a|an|the|their|its|his|her|our';
const DETERMINER = new RegExp(`^(?:${DETERMINER_WORDS})$`);

/**
 * Between the verb and the event noun: a determiner or possessive and up to three modifiers ("a 24-20",
 * "a famous", "their first"), no clause boundary and no second determiner, which opens another noun
 * phrase ("handed the club a win": the first is who won; an object pronoun, "gave them a win", is a
 * small word, which ends the search for the verb).
 */
const MODIFIERS = `(?:(?!(?:${DETERMINER_WORDS})\\s)[\\p{L}\\p{N}'’-]+\\s+){0,3}`;
const OBJECT_LEAD = new RegExp(`^\\s+(?:(?:${DETERMINER_WORDS})\\s+)?${MODIFIERS}$`, 'u');

/**
 * A name between the verb and the event noun that is the event's own doer: an indirect object, before
 * the event's determiner ("Two goals from Kyle Dent gave Harford a 2-1 win": Harford won), or the
 * event's possessor ("Dent's late try sealed Harford's first win"). Up to three capitalised words.
 */
const RECIPIENT_LEAD = new RegExp(
  `^\\s+((?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*)(?:['’]s?\\s+|\\s+(?:${DETERMINER_WORDS})\\s+)${MODIFIERS}$`,
  'u',
);

/**
 * The stems of the nouns that name `lemma`'s event in a contest's sense ("win" → "win", "victory");
 * empty for a verb that is no contest's.
 */
export function eventNouns(lemma: string): ReadonlySet<string> {
  return nounCache.get(lemma.toLowerCase(), readEventNouns);
}

function readEventNouns(lemma: string): ReadonlySet<string> {
  const found = new Set<string>();
  for (const sense of commonSenses('verb', lemma)) {
    if (lexFileOf('verb', sense) !== VERB_FILE.competition) continue;
    for (const p of pointersOf('verb', sense)) {
      if (p.symbol !== '+' || p.pos !== 'n') continue;
      const file = lexFileOf('noun', p.offset);
      if (file !== NOUN_FILE.act && file !== NOUN_FILE.event) continue;
      const words = readSynsetWords('noun', p.offset);
      // A lexical pointer names its own word (`to`); only that one is the verb's noun.
      const own = p.to === 0 ? words : [words[p.to - 1] ?? ''];
      for (const w of own) if (w !== '' && !w.includes('_')) found.add(stem(w));
      // "A win" is a kind of "victory": the event it is a kind of says it too (an act's kind, "success",
      // says any doing well).
      if (file !== NOUN_FILE.event) continue;
      for (const h of hypernymsOf(p.offset, false))
        for (const w of readSynsetWords('noun', h)) if (!w.includes('_')) found.add(stem(w));
    }
  }
  return found;
}

/** A verb form's dictionary forms, as `isParticiple` reads them ("sealed" → "seal"). */
function verbBases(word: string): string[] {
  return [lemmaOf(word), ...detachedBases(word, 'verb')].filter(
    (b): b is string => b !== undefined && b !== word && isLemma('verb', b),
  );
}

/**
 * Can the verb have an event as what its subject got or did: one of its commonest senses is none of
 * `ONLY_OF_IT`, and its commonest is no state (verb.stative: "needed a win", "deserved a win",
 * "lacked a win" say a state toward the event, not getting it)?
 */
function takesEventDone(lemma: string): boolean {
  return doingCache.get(lemma, (l) => {
    const senses = commonSenses('verb', l);
    if (senses[0] !== undefined && lexFileOf('verb', senses[0]) === VERB_FILE.stative) return false;
    return senses.some((s) => !ONLY_OF_IT.has(lexFileOf('verb', s)));
  });
}

/**
 * Is the token at `n` a noun heading its phrase, as an event noun must be to be a verb's object? Not a
 * verb's "-ing" form, which shares the verb's stem and says the thing it qualifies ("the winning goal",
 * "sold the winning ticket"), nor a noun qualifying the noun right after it ("the victory parade", "a
 * win bonus"): a lower-case word written next to it that WordNet lists as a noun (or the plural of one)
 * and as no adjective or adverb ("victory celebrations"; not "a win last night", "claimed victory
 * yesterday"), and no verb's "-ed" or "-ing" form ("a win built on defence").
 */
function headsPhrase(n: number, passage: { text: string; tokens: readonly Token[] }): boolean {
  const { tokens, text } = passage;
  const t = tokens[n] as Token;
  if (/ing$/.test(t.word)) return false;
  const next = tokens[n + 1];
  if (next === undefined || !/^(?:\s+|-)$/.test(text.slice(t.end, next.start))) return true;
  const word = text.slice(next.start, next.end);
  if (word !== next.word || next.stop || /(?:ed|ing)$/.test(word)) return true;
  if (isLemma('adj', word) || isAdverb(word)) return true;
  const noun =
    isLemma('noun', word) || [...detachedBases(word, 'noun')].some((b) => b !== word && isLemma('noun', b));
  return !noun;
}

/** The verbs whose object is the asked verb's event noun, and the names that are that event's own doers. */
export interface EventObjects {
  /** Indexes of the verbs whose subject did the asked verb ("sealed" of "Brackley sealed a win"). */
  verbs: Set<number>;
  /**
   * Spans of the names that did it, written between a verb (`verb`, its index) and the event noun
   * ("Harford" of "gave Harford a win").
   */
  doers: { verb: number; start: number; end: number }[];
}

/**
 * The passage's verbs whose object is the asked contest verb's event noun, heading its phrase, and the
 * names written between such a verb and the noun that are the event's doers (`RECIPIENT_LEAD`).
 */
export function eventObjectsFor(
  askedLemma: string,
  passage: { text: string; tokens: readonly Token[] },
): EventObjects {
  const out: EventObjects = { verbs: new Set(), doers: [] };
  if (!isContestVerb(askedLemma)) return out;
  const nouns = eventNouns(askedLemma);
  if (nouns.size === 0) return out;
  const { tokens, text } = passage;
  tokens.forEach((t, n) => {
    if (!nouns.has(t.stem) || !headsPhrase(n, passage)) return;
    // The nearest finite verb before the noun, with only a determiner and modifiers between (no other
    // small word: "slumped to a defeat"); the tokenizer drops "a", so the text between is read too.
    for (let v = n - 1; v >= 0 && v >= n - 5; v--) {
      const u = tokens[v] as Token;
      if (u.stop && !DETERMINER.test(u.word)) return;
      // A word written with a capital is a name's ("handed Kelby United their first win"), not the verb.
      if (/ing$/.test(u.word) || /^\p{Lu}/u.test(text.slice(u.start, u.end)) || !isParticiple(u.word))
        continue;
      if (!verbBases(u.word).some(takesEventDone)) return;
      const lead = text.slice(u.end, t.start);
      const doer = RECIPIENT_LEAD.exec(lead);
      if (doer !== null) {
        const start = u.end + lead.indexOf(doer[1] as string);
        out.doers.push({ verb: v, start, end: start + (doer[1] as string).length });
      } else if (OBJECT_LEAD.test(lead)) out.verbs.add(v);
      return;
    }
  });
  return out;
}

/**
 * The indexes of the passage's finite verbs whose object is the asked contest verb's event noun
 * ("sealed" of "Brackley Harriers sealed a 24-20 win over Denford", for "won"): each is said by its
 * subject as the asked verb would be. Not when a name before the event noun is its doer ("gave Harford
 * a win", `eventDoersFor`). Empty for a verb that is no contest's.
 */
export function eventVerbsFor(
  askedLemma: string,
  passage: { text: string; tokens: readonly Token[] },
): Set<number> {
  return eventObjectsFor(askedLemma, passage).verbs;
}
