/**
 * What a cause cue read only by the short answer ("after", "following": `reason-cues.ts`) opens that
 * is no cause: the subject's step out of a named place or body, told in order ("was appointed after
 * leaving Barnsley").
 */
import { verbLemmaOf } from './lemma.js';
import { commonSenses, lexFileOf, VERB_FILE } from './wordnet.js';

/**
 * A lowercase verb in -ing opening the clause with a capitalised name for its object ("leaving
 * Barnsley", "leaving the Army"); a capitalised "-ing" word is a name's ("Flying Scotsman", "Wing
 * Commander").
 */
const GERUND_TO_NAME = /^(\p{Ll}\p{L}*ing)\s+(?:the\s+)?(?=\p{Lu})/u;

/** The senses of "leave" that are a step out of a place or a post (verb.motion, verb.social), read once. */
let leaving: ReadonlySet<number> | undefined;
function leavingSenses(): ReadonlySet<number> {
  // Module state: WordNet's files do not change while the process runs, so the set is read once.
  leaving ??= new Set(
    commonSenses('verb', 'leave').filter((o) => {
      const file = lexFileOf('verb', o);
      return file === VERB_FILE.motion || file === VERB_FILE.social;
    }),
  );
  return leaving;
}

/**
 * Does the clause after "after" / "following" tell the subject's own step out of a named place or body
 * ("leaving Barnsley", "leaving the Army")? Its verb in -ing has no subject of its own, so it is the
 * subject's earlier step; when its commonest sense is one of "leave"'s of going away from a place or a
 * post, it says where the subject was before, a sequence, not why the main clause happened. Any other
 * verb keeps its cause, however it moves: "after murdering Sarah Mills", "after entering Britain
 * illegally", "after fleeing the Taliban", "after joining Isis", "after visiting Russia" (session 33's
 * review: reading every verb of motion or social life as a step dropped these).
 */
export function movesBetween(clause: string): boolean {
  const gerund = GERUND_TO_NAME.exec(clause)?.[1];
  if (gerund === undefined) return false;
  const lemma = verbLemmaOf(gerund);
  const first = lemma === undefined ? undefined : commonSenses('verb', lemma)[0];
  return first !== undefined && leavingSenses().has(first);
}
