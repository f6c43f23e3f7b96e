/**
 * "Who won?" of a report whose lead says "Brackley Harriers sealed a 24-20 win over Denford": English
 * often says a contest's verb as its noun, the object of another verb, and whoever has the event as
 * the object of a verb of getting or doing it did the asked verb ("sealed a win", "claimed victory",
 * "secured a win": won). The nouns are those WordNet derives from the verb's contest senses that name
 * the event or the act ("win" → "win", a noun.event; not "winner", a person, nor "winnings", money),
 * and the event each is a kind of ("a win" is a kind of "victory"). Not after a verb of perceiving,
 * telling, thinking, feeling or of social life, whose object is only what was seen or told ("fans
 * celebrated the win", "he remembered the win", "she praised the win"), nor after a preposition ("slumped
 * to a defeat"). Pure, apart from WordNet look-ups.
 */
import { isContestVerb } from './doer-verbs.js';
import { lemmaOf } from './lemma.js';
import { detachedBases } from './morphology.js';
import { stem, type Token } from './text.js';
import { isParticiple } from './verb-object.js';
import { WordCache } from './word-caches.js';
import { commonSenses, hypernymsOf, isLemma, lexFileOf, pointersOf, readSynsetWords } from './wordnet.js';

// Module state: each verb's event nouns and each verb's reading as a verb of having the event, read
// from WordNet once (`WordCache`s, bounded as wordnet.ts's are).
const nounCache = new WordCache<ReadonlySet<string>>();
const doingCache = new WordCache<boolean>();

/** WordNet's lexicographer files of the verbs of contests, and of the nouns of acts and of events. */
const COMPETITION = 33;
const NOUN_ACT = 4;
const NOUN_EVENT = 11;

/**
 * The verb lexicographer files whose verbs take an event as what is perceived, told, thought, felt or
 * marked (body 29, cognition 31, communication 32, emotion 37, perception 39, social 41): "suffered",
 * "remembered", "reported", "enjoyed", "watched", "celebrated" the win.
 */
const ONLY_OF_IT: ReadonlySet<number> = new Set([29, 31, 32, 37, 39, 41]);

/**
 * Between the verb and the event noun: a determiner or possessive and up to three modifiers ("a 24-20",
 * "a famous", "their first"), no clause boundary.
 */
const OBJECT_LEAD = /^\s+(?:(?:a|an|the|their|its|his|her|our)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}$/u;
const DETERMINER = /^(?:a|an|the|their|its|his|her|our)$/;

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
    if (lexFileOf('verb', sense) !== COMPETITION) continue;
    for (const p of pointersOf('verb', sense)) {
      if (p.symbol !== '+' || p.pos !== 'n') continue;
      const file = lexFileOf('noun', p.offset);
      if (file !== NOUN_ACT && file !== NOUN_EVENT) continue;
      const words = readSynsetWords('noun', p.offset);
      // A lexical pointer names its own word (`to`); only that one is the verb's noun.
      const own = p.to === 0 ? words : [words[p.to - 1] ?? ''];
      for (const w of own) if (w !== '' && !w.includes('_')) found.add(stem(w));
      // "A win" is a kind of "victory": the event it is a kind of says it too (an act's kind, "success",
      // says any doing well).
      if (file !== NOUN_EVENT) continue;
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

/** Can the verb have an event as what its subject got or did: one of its commonest senses is none of `ONLY_OF_IT`? */
function takesEventDone(lemma: string): boolean {
  return doingCache.get(lemma, (l) =>
    commonSenses('verb', l).some((s) => !ONLY_OF_IT.has(lexFileOf('verb', s))),
  );
}

/**
 * The indexes of the passage's finite verbs whose object is the asked contest verb's event noun
 * ("sealed" of "Brackley Harriers sealed a 24-20 win over Denford", for "won"): each is said by its
 * subject as the asked verb would be. Empty for a verb that is no contest's.
 */
export function eventVerbsFor(
  askedLemma: string,
  passage: { text: string; tokens: readonly Token[] },
): Set<number> {
  const out = new Set<number>();
  if (!isContestVerb(askedLemma)) return out;
  const nouns = eventNouns(askedLemma);
  if (nouns.size === 0) return out;
  const { tokens, text } = passage;
  tokens.forEach((t, n) => {
    if (!nouns.has(t.stem)) return;
    // The nearest finite verb before the noun, with only a determiner and modifiers between (no other
    // small word: "slumped to a defeat"); the tokenizer drops "a", so the text between is read too.
    for (let v = n - 1; v >= 0 && v >= n - 5; v--) {
      const u = tokens[v] as Token;
      if (u.stop && !DETERMINER.test(u.word)) return;
      if (/ing$/.test(u.word) || !isParticiple(u.word)) continue;
      if (OBJECT_LEAD.test(text.slice(u.end, t.start)) && verbBases(u.word).some(takesEventDone)) out.add(v);
      return;
    }
  });
  return out;
}
