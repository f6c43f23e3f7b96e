/**
 * Words that tell of the same event as a question's word in other words, through WordNet's links
 * between words rather than its synsets: "die" is told by "death" (a derivation) and by "killed" (whoever
 * was killed died: kill causes die); "deaths" and "fatalities" by "die" and so by "killed"; "hurt" by
 * "injured" (the noun hurt is an injury, whose verb is injure). Readers ask whether something happened
 * in their own word ("did anyone die?"), and a story tells it in its own ("No one was killed").
 */
import {
  causersOf,
  commonSenses,
  detachedLemma,
  hypernymsOf,
  namesHappening,
  pointersOf,
  readSynsetWords,
  synsetWords,
} from './wordnet.js';
import type { Pos } from './morphology.js';
import { WordCache } from './word-caches.js';

const POS: readonly Pos[] = ['noun', 'verb', 'adj'];
const NONE: readonly string[] = [];
const cache = new WordCache<readonly string[]>();

/**
 * The events the word names, from its commonest senses as each part of speech (the word, else the
 * first of its bases by WordNet's detachment rules for that part of speech that WordNet lists: "died"
 * is the verb "die", never the noun): a verb sense itself; for a noun sense, the verbs derived (`+`)
 * from the word or from the sense's head word, the synset's first ("hurt" is the second word of
 * {injury, hurt, harm}, whose verb is "injure"), or, for a noun of something that happens with no such
 * verb ("fatality"), the verbs derived from the sense it is a kind of ("death" → "die": a fatality is
 * a death). Then for each event: the verb as reached, the words derived from it ("death"), and the
 * verbs that cause it (`>` read backwards: "kill" for "die"). Lower case, single words, without `word`.
 */
export function eventKin(word: string): readonly string[] {
  return cache.get(word.toLowerCase(), readKin);
}

function lemmaOf(word: string, pos: Pos): { lemma: string; senses: number[] } | undefined {
  const lemma = detachedLemma(pos, word);
  return lemma === undefined ? undefined : { lemma, senses: commonSenses(pos, lemma) };
}

/**
 * The targets of the derivation pointers of the synset at `offset` that leave from `lemma` or, when
 * `head` is set, from the synset's first word; of those to a verb only when `verbs` is set.
 */
function derivations(pos: Pos, offset: number, lemma: string | undefined, head: boolean, verbs: boolean) {
  const words = readSynsetWords(pos, offset);
  const out: { word: string; offset: number; pos: string }[] = [];
  for (const p of pointersOf(pos, offset)) {
    if (p.symbol !== '+' || p.to === 0 || (verbs && p.pos !== 'v')) continue;
    if (words[p.from - 1] !== lemma && !(head && p.from === 1)) continue;
    const target = synsetWords(p.pos, p.offset)[p.to - 1];
    if (target !== undefined) out.push({ word: target, offset: p.offset, pos: p.pos });
  }
  return out;
}

function readKin(word: string): readonly string[] {
  // Each event reached: its verb synset and the word of it that was reached.
  const events = new Map<number, string>();
  const reach = (found: readonly { word: string; offset: number }[]) => {
    for (const d of found) if (!events.has(d.offset)) events.set(d.offset, d.word);
    return found.length > 0;
  };
  for (const pos of POS) {
    const read = lemmaOf(word, pos);
    if (read === undefined) continue;
    for (const offset of read.senses) {
      if (pos === 'verb') {
        if (!events.has(offset)) events.set(offset, read.lemma);
        continue;
      }
      if (
        reach(derivations(pos, offset, read.lemma, true, true)) ||
        pos !== 'noun' ||
        !namesHappening(offset)
      )
        continue;
      // What it is a kind of, not what an instance is one of: "Watergate" is a scandal and "Vietnam" a
      // war, but a question's "watergate" or "vietnam" asks of that one, not of any scandal or war.
      for (const kind of hypernymsOf(offset, false)) reach(derivations('noun', kind, undefined, true, true));
    }
  }
  const found = new Set<string>();
  for (const [event, lemma] of events) {
    found.add(lemma);
    for (const d of derivations('verb', event, lemma, false, false)) found.add(d.word);
    for (const cause of causersOf(event)) for (const w of readSynsetWords('verb', cause)) found.add(w);
  }
  found.delete(word);
  const words = [...found].filter((w) => !w.includes('_') && !w.includes('-'));
  return words.length > 0 ? words : NONE;
}
