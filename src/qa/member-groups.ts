/**
 * The groups a plural noun's members make up, by WordNet's member holonyms (`#m`): "listeners" are
 * members of an audience, "Americans" of the United States ("US"). English names a body of people by
 * its collective noun where a reader names them by what each member is: "what did listeners pick?" of
 * "the audience voted for…", "why did the Americans say no?" of "the US said…". Only for a plural: one
 * member is not the group ("which commissioner presented it?" is not told by "the Commission will
 * present…"), and only people (see `readGroups`).
 */
import { isWrittenAcronym } from './text.js';
import { WordCache } from './word-caches.js';
import {
  commonSenses,
  detachedLemma,
  isCommonSense,
  onlyKindOf,
  pointersOf,
  readSynsetLemmas,
} from './wordnet.js';

/** The group's words (lower case, single words) and the acronyms among them (dots dropped, lower case). */
export interface MemberGroups {
  words: readonly string[];
  acronyms: readonly string[];
}

const NONE: MemberGroups = { words: [], acronyms: [] };
// Module state: each word's groups, read from WordNet once (a `WordCache`, bounded as wordnet.ts's are).
const cache = new WordCache<MemberGroups>();

/**
 * The groups whose members the plural noun `word` names, in the commonest sense of its singular when
 * that is a kind of person: each group's single words where the group is one of that
 * word's own commonest senses ("audience" is first the people who hear; "hearing" is not read as one),
 * and its acronyms as the story writes them in capitals, which a word's commonest senses do not decide
 * ("US" is first the United States, but "us" the pronoun). None for a word that is no plural.
 */
export function memberGroups(word: string): MemberGroups {
  return cache.get(word.toLowerCase(), readGroups);
}

function readGroups(plural: string): MemberGroups {
  const singular = detachedLemma('noun', plural);
  // People only, in the singular's commonest sense: a body of people is what English names by a
  // collective noun ("the audience", "the jury", "the US"). Other members make up other wholes that no
  // one says for them: cars (as railway cars) a train, plants (as flora) the Plantae, issues (of a
  // magazine) a serial, America NATO.
  if (singular === undefined || singular === plural || !onlyKindOf(singular, 'person', 1)) return NONE;
  const words = new Set<string>();
  const acronyms = new Set<string>();
  for (const sense of commonSenses('noun', singular).slice(0, 1))
    for (const p of pointersOf('noun', sense)) {
      if (p.symbol !== '#m' || p.pos !== 'n') continue;
      for (const lemma of readSynsetLemmas('noun', p.offset)) {
        if (isWrittenAcronym(lemma)) acronyms.add(lemma.replaceAll('.', '').toLowerCase());
        else if (!lemma.includes('_') && isCommonSense('noun', lemma.toLowerCase(), p.offset))
          words.add(lemma.toLowerCase());
      }
    }
  return words.size + acronyms.size > 0 ? { words: [...words], acronyms: [...acronyms] } : NONE;
}
