/**
 * The names a kind noun has for its members: "which city does she call home?" of "her house in Osaka",
 * "what country does he play for?" of "the Holland international". A reader asking by a kind ("city",
 * "country") asks for a name of that kind, which the story writes as the name alone; WordNet files
 * such names as instances (`~i`) of the kind, or of a kind below it ("country" → "European country" →
 * "Holland"). Only names of one meaning (WordNet's only noun sense of the word: "Osaka", "Poland"),
 * as a name of two ("Georgia", a state and a country; "London", a city and a writer) may name another
 * thing in the story.
 */
import { WordCache } from './word-caches.js';
import { commonSenses, detachedLemma, findIndexLine, pointersOf, readSynsetLemmas } from './wordnet.js';

// Module state: each kind noun's names, read from WordNet once (a `WordCache`, bounded as wordnet.ts's are).
const cache = new WordCache<readonly string[]>();
const NONE: readonly string[] = [];

/** How many kinds below the noun's sense its named members may be filed: "country" → "Asian country" → "Indonesia". */
const DEPTH = 2;

/**
 * The one-word names WordNet files as members of the noun's two commonest senses (lower case), of one
 * meaning each; none for a word that is no noun. `wanted` picks the names worth the test of meaning
 * first (the search: those the articles hold), as "city" has hundreds.
 */
export function namedMembers(noun: string, wanted: (name: string) => boolean = () => true): string[] {
  return cache
    .get(noun.toLowerCase(), readMembers)
    .filter((name) => wanted(name) && meaningCache.get(name, onlyMeaning));
}

// Whether each name has one meaning, read once (`onlyMeaning`).
const meaningCache = new WordCache<boolean>();

function readMembers(word: string): readonly string[] {
  const lemma = detachedLemma('noun', word);
  if (lemma === undefined) return NONE;
  const names = new Set<string>();
  const walk = (offset: number, depth: number): void => {
    for (const p of pointersOf('noun', offset)) {
      if (p.pos !== 'n') continue;
      if (p.symbol === '~i')
        for (const name of readSynsetLemmas('noun', p.offset))
          if (!name.includes('_')) names.add(name.toLowerCase());
      if (p.symbol === '~' && depth < DEPTH) walk(p.offset, depth + 1);
    }
  };
  for (const sense of commonSenses('noun', lemma)) walk(sense, 0);
  return names.size > 0 ? [...names] : NONE;
}

/** Does WordNet give the word one sense only, as a noun and nothing else? */
function onlyMeaning(word: string): boolean {
  const line = findIndexLine('noun', word);
  if (line === undefined || Number(line.split(' ')[2]) !== 1) return false;
  return (['verb', 'adj', 'adv'] as const).every((pos) => findIndexLine(pos, word) === undefined);
}
