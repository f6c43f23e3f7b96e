/**
 * A job is paid work: "what does he do for a living?" is not answered by "a volunteer at the food bank",
 * "an amateur photographer" or "a keen angler", though WordNet files volunteers and anglers under
 * workers. The words around the noun say it is done for no pay or for pleasure, read from WordNet's
 * adjective clusters rather than a list of hobbies:
 * - unpaid: an adjective sense in the cluster of "unpaid" or "nonprofessional" ("amateur", "volunteer",
 *   "unsalaried", "pro bono"), the noun itself included ("volunteer" is also the adjective "unpaid");
 * - for pleasure: an adjective sense in the cluster of "enthusiastic" or "eager" ("avid", "zealous");
 * - a pastime said after it: a noun for a pastime or for leisure ("as a hobby", "in his spare time").
 * Pure, apart from WordNet look-ups.
 */
import { commonSenses, isKindOf, pointersOf, readSynsetWords, synsetWords } from './wordnet.js';
import { WordCache } from './word-caches.js';

/** The heads of the adjective clusters that say no pay, or doing a thing for the pleasure of it. */
const NO_PAY_HEADS: ReadonlySet<string> = new Set(['unpaid', 'nonprofessional', 'enthusiastic', 'eager']);

/**
 * WordNet lacks the British "keen" of "a keen gardener" (eager, fond of): its senses are sharp,
 * intense and very good. Read as WordNet reads "avid".
 */
const EAGER_TOO: ReadonlySet<string> = new Set(['keen']);

// Module state: each word's verdict, read from WordNet once (a `WordCache`, bounded as wordnet.ts's are).
const cache = new WordCache<boolean>();

/** Does `word`, as an adjective in one of its commonest senses, say no pay or eagerness (see the module comment)? */
export function saysNoPay(word: string): boolean {
  return cache.get(word.toLowerCase(), readNoPay);
}

function readNoPay(key: string): boolean {
  return (
    EAGER_TOO.has(key) ||
    commonSenses('adj', key).some(
      (offset) =>
        readSynsetWords('adj', offset).some((w) => NO_PAY_HEADS.has(w)) ||
        pointersOf('adj', offset).some(
          (p) => p.symbol === '&' && synsetWords(p.pos, p.offset).some((w) => NO_PAY_HEADS.has(w)),
        ),
    )
  );
}

/**
 * Do `words` (a clause, as written) name a kind of pastime or of leisure, alone or as two words ("hobby",
 * "spare time")? Kinds only: "pastime" shares its synset with "interest" ("an interest in law").
 */
export function saysPastime(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, ''));
  return lower.some((w, i) => {
    const pair = i + 1 < lower.length ? `${w}_${lower[i + 1] as string}` : undefined;
    return [w, pair].some(
      (x) => x !== undefined && x !== '' && (isKindOf(x, 'pastime') || isKindOf(x, 'leisure')),
    );
  });
}
