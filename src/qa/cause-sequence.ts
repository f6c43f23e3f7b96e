/**
 * What a cause cue read only by the short answer ("after", "following", ", saying": `reason-cues.ts`)
 * opens that is no cause: a move between places or bodies told in order ("was appointed after leaving
 * Barnsley"), and a person described while spoken of ("led the tributes, saying he was a kind man").
 */
import { verbLemmaOf } from './lemma.js';
import { commonSenses, isKindOf, lexFileOf } from './wordnet.js';

/** WordNet's lexicographer files of verbs of motion ("leave", "move", "return") and of social life ("join", "retire"). */
const MOTION = 38;
const SOCIAL = 41;

/** A verb in -ing opening the clause with a capitalised name for its object ("leaving Barnsley", "joining the Army"). */
const GERUND_TO_NAME = /^(\p{L}+ing)\s+(?:the\s+)?(?=\p{Lu})/u;

/**
 * Does the clause after "after" / "following" tell the subject's own step out of or into a named place
 * or body, its object ("leaving Barnsley", "joining Leeds United", "quitting the Army")? Its verb in -ing
 * has no subject of its own, so it is the subject's earlier step, and a step of motion or of social life
 * (the verb's commonest sense in WordNet's files for them) with the place or body left or joined for its
 * object is where the subject was before, a sequence, not why the main clause happened. A cause the
 * subject did is an act on something ("after winning all 30 games", "after stealing a car") or a
 * journey told with its preposition ("after travelling to Syria"), kept.
 */
export function movesBetween(clause: string): boolean {
  const gerund = GERUND_TO_NAME.exec(clause)?.[1]?.toLowerCase();
  if (gerund === undefined) return false;
  const lemma = verbLemmaOf(gerund);
  const first = lemma === undefined ? undefined : commonSenses('verb', lemma)[0];
  if (first === undefined) return false;
  const file = lexFileOf('verb', first);
  return file === MOTION || file === SOCIAL;
}

/**
 * "he was a kind and gentle man who…", "she is a talented young player": a person's pronoun, "be", then
 * a noun phrase; group 1 is the phrase up to where it ends (a relative pronoun, a preposition, a
 * comma or the sentence's end).
 */
const PERSON_IS_A =
  /^(?:he|she)\s+(?:is|was|had been|has been)\s+an?\s+([\p{L}\s'-]+?)(?=\s+(?:who|whom|that|which|with|in|of|from|and\s+(?:had|has|was|is))\b|\s*[,;.!?"”]|\s*$)/iu;

/**
 * Does the clause after ", saying" describe a person as a kind of person rather than give a reason:
 * "…led the tributes, saying he was a kind and gentle man who knew every child by name", "released an
 * image, saying he was a white man in his 30s"? The phrase's head is a kind of person in WordNet. What
 * is said of a thing ("saying it undervalued the business", "saying it was unsafe") or a person's
 * standing as no kind of person ("saying he was a danger to the public", "not fit to play") is kept.
 */
export function describesPerson(clause: string): boolean {
  const phrase = PERSON_IS_A.exec(clause)?.[1];
  const head = phrase?.trim().split(/\s+/u).at(-1);
  return head !== undefined && isKindOf(head.toLowerCase(), 'person');
}
