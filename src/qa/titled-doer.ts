/**
 * "Who owns the bakery?" of "Owner Tomas Hale, 52, said…": the story names whoever does the question's
 * verb by the noun English makes of that verb for its doer ("owner", "founder", "leader"), written as
 * the person's title, and never says the verb. Session 21 lent any verb its agent noun, and squad-dev
 * lost passages ("the largest travelling funfair" read "traveller"); here the agent noun is read only
 * where the question asks who did the verb, and only when the articles write that noun as the title of
 * a named person, before the name ("Owner Tomas Hale"), the one place a reader takes it for the doer.
 */
import type { Group } from './expansion.js';
import type { SearchIndex } from './search-index.js';
import { stem } from './text.js';
import { newTerm, OTHER } from './term.js';
import { titledPeople, withTitledNames, type Titled } from './titles.js';
import { subjectVerb } from './verb-subject.js';
import { lemmaOf } from './lemma.js';
import { derivedWords, isLemma, isRoleNoun } from './wordnet.js';
import { MAX_ROLE_SENTENCES } from './roles.js';
import type { Weights } from './weights.js';
import type { Span } from './span-input.js';

/** A noun English makes of a verb for whoever does it: "owner", "founder", "inventor". */
const AGENT = /(?:er|or)$/;

/**
 * The agent nouns of a verb that name a kind of person: derived from it in WordNet, spelled as the verb
 * with "-er" or "-or" ("own" → "owner"; not "steal" → "thief", which only a gloss joins).
 */
export function agentNounsOf(verb: string): string[] {
  return derivedWords(verb).filter(
    (a) => AGENT.test(a) && a.startsWith(verb.slice(0, 3)) && isLemma('noun', a) && isRoleNoun(a),
  );
}

/**
 * The stems of the agent nouns of a question's verb as written ("sold" → seller): what names its doer
 * in an apposition (`introducesDoer`, `describedDoer`).
 */
export function agentStemsOf(verbWord: string): Set<string> {
  return new Set(agentNounsOf(lemmaOf(verbWord) ?? verbWord).map(stem));
}

/** Whether some sentence of the articles writes `agent` (a stem) in a title before a person's name. */
function titlesSomeone(index: SearchIndex, agent: string): boolean {
  return someTitled(index, agent, (p) => !p.apposition && p.title.some((t) => t.stem === agent));
}

/**
 * "The seller, retired geography teacher Geoffrey Lamb, 82, said…", "The buyers, a couple from Surrey,
 * did not wish to be named": a story names the doer by the agent noun as a definite noun phrase, the
 * apposition after its comma saying who that is. Whether `text` does so for one of `agents` (stems):
 * opening the sentence, "the" (or "its", "their"), the agent noun in either number, then a comma (not
 * "Asked about the buyer, the auctioneer said…": reread55). Without the comma it is any
 * mention ("the seller will pay…"), which says nothing of who the seller is.
 */
export function introducesDoer(text: string, agents: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(DOER_APPOSITION)) if (agents.has(stem(m[1] ?? ''))) return true;
  return false;
}

/** "The seller, …": a definite noun of one word before an apposition's comma. */
const DOER_APPOSITION = /^(?:the|its|their) ([a-z]+), /gi;

/**
 * "The buyers, a couple from Surrey, did not wish to be named": the apposition that says who the doer
 * is, from after the agent noun's comma to the next comma or the sentence's end, when it opens with an
 * article and holds no capitalised word but its place names' ("a couple from Surrey"): a description of
 * the doer, not a title before a name (the name answers then). Where `text` introduces one of `agents`
 * (stems) so; else undefined.
 */
export function describedDoer(text: string, agents: ReadonlySet<string>): Span | undefined {
  for (const m of text.matchAll(DOER_APPOSITION)) {
    if (!agents.has(stem(m[1] ?? ''))) continue;
    const start = m.index + m[0].length;
    const rest = /^(?:an?|some|two|three) [^,;.]*[a-z][^,;.]*/.exec(text.slice(start))?.[0].trimEnd();
    if (rest === undefined) continue;
    // "a couple from Surrey": a capital only after "from", "in" or "of" (a place's); any other is a name's.
    const bare = rest.replace(/\b(?:from|in|of) (?:[A-Z][\w'-]*\s?)+/g, '');
    if (/[A-Z]/.test(bare)) continue;
    return { text: rest, start, end: start + rest.length };
  }
  return undefined;
}

/** Whether some sentence holding `agent` (a stem) names the doer so (`introducesDoer`). */
function introducesSomeone(index: SearchIndex, agent: string): boolean {
  const agents = new Set([agent]);
  return someRoleSentence(index, agent, (id) => introducesDoer(index.docs[id]?.sentence.text ?? '', agents));
}

/**
 * Whether some sentence holding the stem `s` passes `test` (given its id), read only where `s` is in few
 * sentences: a word in many is a common one there ("player" in a sports folder), not looked into.
 */
function someRoleSentence(index: SearchIndex, s: string, test: (id: number) => boolean): boolean {
  const list = index.postingsOf(s);
  if (list.length === 0 || list.length / 2 > MAX_ROLE_SENTENCES) return false;
  return index.anyDocOf(s, test);
}

/**
 * Whether some sentence holding the stem `s` titles a named person as `test` asks (`titledPeople`,
 * given the sentence's text).
 */
export function someTitled(
  index: SearchIndex,
  s: string,
  test: (p: Titled, text: string) => boolean,
): boolean {
  return someRoleSentence(index, s, (id) => {
    const doc = index.docs[id];
    if (doc === undefined) return false;
    const text = doc.sentence.text;
    const tokens = index.tokens(id);
    // "Owner Priya Mistry": a name the tagger does not know, which the title makes one.
    const people = withTitledNames(text, index.entitiesOf(doc.sentence), tokens);
    return titledPeople(text, tokens, people).some((p) => test(p, text));
  });
}

/**
 * A who-question asking the subject of an active verb ("who owns…", not "who was found…") lends the
 * verb's group its agent noun, as a word said otherwise at RELATED_WEIGHT, when the articles write that
 * noun as a title before a name. Groups are changed in place.
 */
export function lendTitledDoer(
  index: SearchIndex,
  question: string,
  groups: Group[],
  weights: Weights,
): void {
  const asked = subjectVerb(question);
  if (asked === undefined || asked.passive || weights.RELATED_WEIGHT <= 0) return;
  const group = groups.find((g) => g.word === asked.verb.word);
  if (group === undefined) return;
  const verb = lemmaOf(asked.verb.word) ?? asked.verb.word;
  for (const agent of agentNounsOf(verb)) {
    const s = stem(agent);
    if (group.terms.some((t) => t.stem === s)) continue;
    if (!titlesSomeone(index, s) && !introducesSomeone(index, s)) continue;
    // The verb unsaid in the articles: the title finds the passage, but the verb stays unknown to one
    // that does not hold it (answerability credits the title where it stands, `derivedSaid`).
    if (group.terms.length === 0) {
      group.idf = index.idf(s);
      group.defined = true;
    }
    group.terms.push(newTerm(s, weights.RELATED_WEIGHT, OTHER));
  }
}
