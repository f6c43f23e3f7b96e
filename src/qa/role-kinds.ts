/**
 * The kinds of a role noun, by WordNet's hyponyms (`~`): "painter", "sculptor" and "illustrator" are
 * kinds of artist, "surgeon" of doctor. A reader asks by the general word ("who was the artist?") where
 * a story titles its person by the particular one ("the work of the Victorian painter Thomas Kent"), and
 * whoever holds the particular role holds the general one. Only downwards: a painter is an artist, but
 * "who was the painter?" is not told by "the artist", who may have made a sculpture.
 *
 * Only for a role by its work in the noun's commonest sense (`isFirstlyOccupation`: "artist",
 * "doctor", "writer"). Read for any noun (session 26), the kinds of class nouns ("type", "part",
 * "case") found passages that answer nothing; read for any kind of person, "who was one man who…" took
 * "signore" and "boy" as kinds of man, and a story of other people answered it. Pure, apart from
 * WordNet and the index given to `titledKinds`.
 */
import { isFirstlyOccupation } from './job-asked.js';
import type { SearchIndex } from './search-index.js';
import { someTitled } from './titled-doer.js';
import { stem } from './text.js';
import { WordCache } from './word-caches.js';
import {
  commonSenses,
  detachedLemma,
  hypernymsOf,
  isCommonSense,
  isLemma,
  lexFileOf,
  NOUN_FILE,
  pointersOf,
  readSynsetLemmas,
  usualSenses,
} from './wordnet.js';

// Module state: each word's kinds, read from WordNet once (a `WordCache`, bounded as wordnet.ts's are).
const cache = new WordCache<readonly string[]>();

/**
 * The single-word kinds (lower case) one link below the commonest sense of the role noun `word` (or of
 * its singular), each where that kind is one of its own commonest senses ("painter" is first an artist;
 * a word whose kind-of-artist sense is rare would read the story's other sense). Named instances (`~i`,
 * "Picasso") are no kinds, nor a word with a usual sense that is no person's (`onlyPerson`). None for
 * a word that is no occupation.
 */
export function roleKinds(word: string): readonly string[] {
  return cache.get(word.toLowerCase(), readKinds);
}

/**
 * Does the search's stem of `kind` spell another word: "photographer" → "photograph", whose sentences
 * ("took photographs") say the thing made, not who made it.
 */
function stemsToOther(kind: string): boolean {
  const s = stem(kind);
  return s !== kind && (isLemma('noun', s) || isLemma('verb', s));
}

/**
 * Is every usual sense of `kind` (`usualSenses`) one of a person: "surgeon", "painter" (its usual sense;
 * the rope and the cougar are untagged), but not "canary" (a bird too, no sense tagged) nor "master" (a
 * master copy)? A story's "pair of canaries" said who "the singer" was.
 */
function onlyPerson(kind: string): boolean {
  const senses = usualSenses('noun', kind);
  return senses.length > 0 && senses.every((s) => lexFileOf('noun', s) === NOUN_FILE.person);
}

function readKinds(word: string): readonly string[] {
  const singular = detachedLemma('noun', word) ?? word;
  if (!isFirstlyOccupation(singular)) return [];
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
      if (
        !kind.includes('_') &&
        kind === lemma &&
        isCommonSense('noun', kind, p.offset) &&
        onlyPerson(kind) &&
        !stemsToOther(kind)
      )
        kinds.add(kind);
    }
  }
  return [...kinds];
}

/**
 * The kinds (`roleKinds`) some sentence of the articles writes, in lower case, in the title of a named
 * person: "the sculptor Eleanor Pascoe", "barrister Helen Carr", "Helen Carr, a barrister" (`titledPeople`).
 * A kind said of no one named tells no holder ("a specialist salvage team", "the coach she was in");
 * one capitalised is a name or part of one ("Don Jackson", "Bath Magistrates' Court"); and only the kind's
 * own forms count, not words sharing its stem ("Marine biologist" is no mariner).
 */
export function titledKinds(index: SearchIndex, kinds: readonly string[]): string[] {
  return kinds.filter((kind) =>
    someTitled(index, stem(kind), (p, text) =>
      p.title.some(
        (t) =>
          text.slice(t.start, t.end) === t.word &&
          (t.word === kind || detachedLemma('noun', t.word) === kind),
      ),
    ),
  );
}
