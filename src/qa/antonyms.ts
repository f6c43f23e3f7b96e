/**
 * Adjectives WordNet gives as opposites (its antonym pointer, `!`): "new" of "old", "latter" of "former".
 * An opposite before a role says another holder of it: "the new owner" is no answer to "who was the old
 * owner?", nor "the old owner" to "who is the new owner?".
 */
import { WordCache } from './word-caches.js';
import { commonSenses, pointersOf, readSynsetWords, similarSenses, synonyms } from './wordnet.js';

const cache = new WordCache<readonly string[]>();

/**
 * The opposites of an adjective and of the words it shares its commonest sense with ("previous": old,
 * former, late → new, young, latter, early), in its commonest senses. A satellite ("erstwhile") has its
 * opposite through its head ("past" → "present"), which WordNet points to by similar-to (`&`).
 */
export function opposites(adjective: string): readonly string[] {
  return cache.get(adjective.toLowerCase(), readOpposites);
}

function readOpposites(word: string): readonly string[] {
  const found = new Set<string>();
  for (const w of [word, ...synonyms(word)])
    for (const sense of commonSenses('adj', w)) {
      for (const head of [sense, ...similarSenses(sense)])
        for (const p of pointersOf('adj', head))
          if (p.symbol === '!') for (const o of readSynsetWords('adj', p.offset)) found.add(o);
    }
  found.delete(word);
  return [...found];
}
