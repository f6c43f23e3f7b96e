/**
 * "How many people signed the petition?" asks a count of people by what they did, which a story gives
 * as a count of what the doing left or of its doers: "…has collected more than 2,300 signatures on a
 * petition", "…reaching an estimated 11,000 listeners a week". WordNet derives those nouns from the
 * verb (`nounsOfVerb`: sign → signature, signer; listen → listener; vote → voter), so a count of one
 * of them counts the people asked (`namesDoing`, counted-noun.ts); a count of another noun ("38
 * beetles"), or of a noun the verb gives that need not count its doers ("four entrances", "two
 * visits"), still does not.
 */
import { commonSenses, isAdverb, listedBases } from './wordnet.js';
import { verbLemmaOf } from './lemma.js';
import { BE, HAVE_FORMS, MODAL_AUXILIARIES } from './auxiliaries.js';
import { isStopword, tokenize } from './text.js';

/**
 * Words between the counted people and their verb that leave the verb theirs: auxiliaries ("have
 * signed", "will attend") and adverbs ("still listen": "still" is also a verb's form, so listed;
 * "already", "ever" are listed for plainness, as any adverb WordNet lists that is no verb's form is
 * passed too, "regularly visit", but not "apply" or "reply").
 */
const BETWEEN: ReadonlySet<string> = new Set([
  ...HAVE_FORMS,
  ...MODAL_AUXILIARIES,
  'still',
  'already',
  'ever',
]);

/** "Get" after them, as "be": the verb is then done to them ("how many people got hurt"). */
const GET = /^(?:get|gets|got|gotten|getting)$/u;

/** Words "how many" may have before its noun ("how many local people"), as `countedNoun` reads them. */
const BEFORE_NOUN = 2;
/** Words read after the noun for its verb: two auxiliaries or adverbs and the verb. */
const AFTER_NOUN = 3;

/**
 * Does the noun say people in general, as "people" or a word whose commonest sense is "person"'s
 * ("persons", "individuals")? A kind of person ("bakers", "residents") is counted as itself: "four
 * joiners" of "…fitted out by four joiners" counts no bakers who joined, though a joiner is one who joins.
 */
function saysPeople(noun: string): boolean {
  if (noun === 'people') return true;
  const person = commonSenses('noun', 'person')[0];
  return listedBases('noun', noun).some((base) => commonSenses('noun', base)[0] === person);
}

/**
 * The verb the counted people of a how-many question do, as its lemma: "sign" of "how many ppl signed
 * the petition" (read as "people"), "listen" of "how many people listen to it", "sign" of "how many
 * persons have signed". Only for people in general (`saysPeople`) and a verb they do: none when it is
 * done to them ("how many people were killed": "two killers" counts no one killed), or when another
 * subject comes first ("how many people does the station reach"). Read from the question's tokens, so
 * no user text is built into a pattern.
 */
export function verbOfCounted(question: string, noun: string): string | undefined {
  if (!saysPeople(noun)) return undefined;
  const words = tokenize(question.replace(/[’‘]/gu, "'")).map((t) => t.word);
  const how = words.findIndex((w, i) => w === 'how' && words[i + 1] === 'many');
  if (how === -1) return undefined;
  const at = words.indexOf(noun, how + 2);
  if (at === -1 || at > how + 2 + BEFORE_NOUN) return undefined;
  for (const word of words.slice(at + 1, at + 1 + AFTER_NOUN)) {
    if (BE.has(word) || GET.test(word)) return undefined;
    if (BETWEEN.has(word)) continue;
    // A stopword ends the search ("how many people never voted", "…who signed"), as before a verb.
    if (isStopword(word)) return undefined;
    // "Applied", "tried", "ran": `verbLemmaOf` reads the irregular forms and "-ied" as WordNet's own rules do.
    const verb = verbLemmaOf(word);
    if (verb !== undefined) return verb;
    if (!isAdverb(word)) return undefined;
  }
  return undefined;
}
