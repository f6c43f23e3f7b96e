/**
 * A yes/no question's act told by its opposite: "did the winner accept the prize?" of "…has refused the
 * prize", "did she refuse the offer?" of "She accepted the offer". WordNet pairs the two verbs as
 * antonyms (its pointer `!`: refuse, reject, turn down, decline ↔ accept, take), and one of them is a
 * verb of not doing (refusing, declining, failing), so the passage saying one says the other did not
 * happen: a "no". Only such pairs: other antonyms may be converses ("sold" does not deny "bought",
 * since the buyer bought what the seller sold) or say something else of another time ("lost" the keys
 * does not deny having "won" them).
 */
import { WordCache } from './word-caches.js';
import { commonSenses, detachedLemma, pointersOf, readSynsetWords } from './wordnet.js';

/** Verbs whose clause says that something did not happen ("refused", "declined", "failed"). */
export const NEGATIVE_VERBS = /^(?:refus|declin|fail|reject|abstain|boycott|avoid|neglect|omit)/u;

const opposed = new WordCache<OppositeVerb>();

/** A verb's lemma as WordNet lists it, the words its commonest senses oppose, and whether it is one of not doing. */
interface OppositeVerb {
  opposites: ReadonlySet<string>;
  notDoing: boolean;
}

const NONE: OppositeVerb = { opposites: new Set(), notDoing: false };

/**
 * The verb (a single word, or a verb and its particle as WordNet lists it: "turn_down") read in its
 * commonest senses: the words of the synsets WordNet gives as their antonyms, and whether one of those
 * senses is a verb of not doing (its synset holds "refuse", "decline", "fail").
 */
export function oppositeVerb(lemma: string): OppositeVerb {
  return opposed.get(lemma, readOpposite);
}

function readOpposite(lemma: string): OppositeVerb {
  const senses = commonSenses('verb', lemma);
  if (senses.length === 0) return NONE;
  const opposites = new Set<string>();
  let notDoing = false;
  for (const sense of senses) {
    notDoing ||= readSynsetWords('verb', sense).some((w) => NEGATIVE_VERBS.test(w));
    for (const p of pointersOf('verb', sense))
      if (p.symbol === '!') for (const w of readSynsetWords('verb', p.offset)) opposites.add(w);
  }
  opposites.delete(lemma);
  return opposites.size === 0 && !notDoing ? NONE : { opposites, notDoing };
}

/** The verb lemma of a word ("refused" → "refuse"), or undefined when WordNet has no such verb. */
export function verbLemma(word: string): string | undefined {
  return detachedLemma('verb', word);
}

/**
 * Do the asked verb and the passage's verb (lemmas; the passage's may be "turn_down") oppose each other
 * as an act and its not happening? One is a verb of not doing and WordNet gives the other as its
 * antonym, read from either side (antonym pointers are not always written both ways).
 */
export function deniesAct(asked: string, said: string): boolean {
  if (asked === said) return false;
  const a = oppositeVerb(asked);
  const s = oppositeVerb(said);
  if (!a.notDoing && !s.notDoing) return false;
  return s.opposites.has(asked) || a.opposites.has(said);
}
