/**
 * The kinds of a role noun, by WordNet's hyponyms (`~`): "painter", "sculptor" and "illustrator" are
 * kinds of artist, "surgeon" of doctor. A reader asks by the general word ("who was the artist?") where
 * a story titles its person by the particular one ("the work of the Victorian painter Thomas Kent"), and
 * whoever holds the particular role holds the general one. Only downwards: a painter is an artist, but
 * "who was the painter?" is not told by "the artist", who may have made a sculpture.
 *
 * Only for a role, a kind of person in the noun's commonest sense: read for any noun (session 26), the
 * kinds of class nouns ("type", "part", "case") found passages that answer nothing. Pure, apart from
 * WordNet.
 */
import { WordCache } from './word-caches.js';
import {
  commonSenses,
  detachedLemma,
  hypernymsOf,
  isCommonSense,
  onlyKindOf,
  pointersOf,
  readSynsetLemmas,
} from './wordnet.js';

// Module state: each word's kinds, read from WordNet once (a `WordCache`, bounded as wordnet.ts's are).
const cache = new WordCache<readonly string[]>();

/**
 * The single-word kinds (lower case) one link below the commonest sense of the role noun `word` (or of
 * its singular), each where that kind is one of its own commonest senses ("painter" is first an artist;
 * a word whose kind-of-artist sense is rare would read the story's other sense). Named instances (`~i`,
 * "Picasso") are no kinds. None for a word that is no kind of person in its commonest sense.
 */
export function roleKinds(word: string): readonly string[] {
  return cache.get(word.toLowerCase(), readKinds);
}

function readKinds(word: string): readonly string[] {
  const singular = detachedLemma('noun', word) ?? word;
  if (!onlyKindOf(singular, 'person', 1)) return [];
  const sense = commonSenses('noun', singular)[0];
  // Not a class of people, one link below "person" or "person" itself ("worker", "leader", "adult"):
  // its kinds are every job or state ("person" has 471, "worker" 85: "victim", "volunteer", "owner"),
  // so a story saying any of them would tell who "the person" or "the worker" is.
  const person = commonSenses('noun', 'person')[0];
  if (sense === undefined || sense === person || hypernymsOf(sense, false).some((h) => h === person))
    return [];
  const kinds = new Set<string>();
  for (const p of pointersOf('noun', sense)) {
    if (p.symbol !== '~' || p.pos !== 'n') continue;
    for (const lemma of readSynsetLemmas('noun', p.offset)) {
      const kind = lemma.toLowerCase();
      if (!kind.includes('_') && kind === lemma && isCommonSense('noun', kind, p.offset)) kinds.add(kind);
    }
  }
  return [...kinds];
}
