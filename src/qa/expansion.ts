/**
 * Expansion stage: each question word becomes a group of weighted stems that count as it — itself,
 * longer forms of it, its base form, its correction, its WordNet synonyms.
 */
import type { SearchIndex } from './search-index.js';
import { acronymTerm, forEachWord, isStopword, stem, tokenize, type Token } from './text.js';
import type { Weights } from './weights.js';
import { numberForms } from './numbers.js';
import { joinedTerm } from './hyphened.js';
import { splitCompounds } from './split-compound.js';
import type { ParsedQuestion, Phrase, QuestionType } from './question.js';
import {
  definition,
  derivedWords,
  detachedLemma,
  isCommonWord,
  isNoun,
  isEnglishWord,
  isLemma,
  phraseKinds,
  phraseSynonyms,
  sameDegreeSynonyms,
  sharedSynonyms,
  similarAdjectives,
  acronymSynonyms,
  spelledOutByWordNet,
  synonyms,
  termFor,
  genusOf,
  genusWords,
  namesKindOf,
  scopeWords,
  taggedUses,
  verbKindWords,
  attributeNouns,
  isKindOf,
} from './wordnet.js';
import { measureAsked } from './measure.js';
import { verbsUndergoing } from './glosses.js';
import { measureGroup } from './conversation-article.js';
import { lemmaOf } from './lemma.js';
import { inflectionsOf } from './morphology.js';
import { irregularKin } from './irregular.js';
import { eventKin } from './event-kin.js';
import { asksWhether, attributiveIn } from './polarity.js';
import { dictionaryCorrection } from './dictionary-spelling.js';
import { askedNouns, lendNames } from './roles.js';
import { wordsOfLongerNames } from './longer-names.js';
import { lendFullNames } from './titled-surname.js';
import { lendJobs } from './job-answer.js';
import { negativeWithoutApostrophe } from './contractions.js';
import { asksMargin, MARGIN_VERBS } from './margin.js';
import { askedKind } from './answer-kind.js';
import { SCORE_NOUN, SCORELINE_TERM } from './scoreline.js';
import { measureSaidByUnits } from './measure-term.js';
import { measuredSenseVerbs } from './measured-sense.js';
import { saidOnlyInCompounds } from './compound-part.js';
import { doerVerbs, isContestVerb, sameSenseVerbs } from './doer-verbs.js';
import { subjectVerb, whichSubjectVerb } from './verb-subject.js';
import { rememberedTerms } from './text-memo.js';
import { transforms, verbForms } from '../nlp/nlp.js';
import { memberGroups } from './member-groups.js';
import { roleKinds, titledKinds } from './role-kinds.js';
import { WHO_IS } from './holder-asked.js';
import { lendTitledDoer } from './titled-doer.js';
import { countedNoun } from './counted-noun.js';
import { countedPeople, countsPeople } from './counted-kinds.js';
import { LENT_OTHER, newTerm, OTHER, OTHER_ENTAILED, type Term, type TermReading } from './term.js';

export type { Term, TermReading } from './term.js';

/** One question word and the stems that count as it. */
export interface Group {
  word: string;
  terms: Term[];
  /** Its weight in the confidence: how rare the word is. */
  idf: number;
  /**
   * Read only through other words than its own: those of its definition ("golfer" → "golf"), or a
   * verb's agent noun written as a title ("owns" → "Owner Tomas Hale", `titled-doer.ts`), or the kinds of
   * person the articles' numbers count ("people" → "600 onlookers", `counted-kinds.ts`). The articles do
   * not hold the word itself, which the answerability stage counts as it counts a word with no terms.
   */
  defined?: true;
  /**
   * Read only through the broader verb its phrase is filed under ("off" of "taken off" → "withdrawn":
   * `phraseKinds`), or only through the story's words for its kinds ("animals" → "sheep":
   * `nounSaidByItsKinds`): the answerability stage counts it as said only where the passage holds one
   * of its terms, and as a word the articles lack elsewhere, as before it was read.
   */
  widened?: true;
  /**
   * Read from a pronoun of the question standing for the story's subject ("how old is he?" → the
   * subject's name: `subject.ts`): it says who the question is about, not what it asks, so it finds
   * sentences but is no evidence on its own that the story answers.
   */
  pronoun?: true;
  /**
   * The pronoun stands for the person the reader named earlier in the conversation ("what did he say?"
   * after "who is fomin?": `AskOptions.lastPerson`), not for a subject the engine inferred: the name is
   * the reader's own word, and counts as evidence as it would in "what did fomin say?".
   */
  named?: true;
}

export interface Correction {
  from: string;
  to: string;
}

export interface Expansion {
  groups: Group[];
  /** Words read as a different, known word ("sined" → "signed"). */
  corrections: Correction[];
}

/** `expand` for a parsed question: its keywords, names, phrases and type, as the engine reads them. */
export function expandQuestion(index: SearchIndex, parsed: ParsedQuestion, weights: Weights): Expansion {
  const whether = asksWhether(parsed.text);
  const expansion = expand(
    index,
    parsed.keywords.map((k) => k.word),
    weights,
    parsed.names,
    parsed.phrases,
    parsed.type,
    askedNouns(parsed.text),
    whether,
    wordsOfLongerNames(parsed.text),
    // "vote on important matters": a modifier, not the asked predicate (`attributiveIn`). Read only for a
    // yes/no question, the one that reads adjectives' satellites: it tags the question.
    new Set(whether ? parsed.keywords.map((k) => k.word).filter((w) => attributiveIn(parsed.text, w)) : []),
    taggedAsVerb(parsed.text),
  );
  joinCompounds(index, parsed.text, expansion.groups);
  lendFullNames(index, expansion.groups, parsed, weights);
  lendJobs(index, expansion.groups, parsed.text, weights);
  splitCompounds(index, expansion.groups, weights);
  measureSaidAsAttribute(index, parsed.text, expansion.groups, weights);
  if (weights.SYNONYM_WEIGHT > 0) measureSaidByUnits(index, parsed.text, expansion.groups);
  if (askedKind(parsed.text, parsed, weights).kind === 'scoreline')
    scoreSaidByScoreline(index, expansion.groups);
  measuredSenseSaid(index, parsed.text, expansion.groups);
  doneByItsWays(index, parsed.text, expansion.groups, weights);
  agentNouns(index, parsed.text, expansion.groups, weights);
  lendTitledDoer(index, parsed.text, expansion.groups, weights);
  membersSaidByGroup(index, parsed.text, expansion.groups, weights);
  peopleSaidByTheirKinds(index, parsed.text, expansion.groups, weights);
  countedSaidByGenus(index, parsed.text, expansion.groups, weights);
  nounSaidByItsKinds(index, parsed, expansion.groups, weights);
  verbSaidByItsWays(index, parsed, expansion.groups, weights);
  roleSaidByItsKinds(index, parsed.text, expansion.groups, weights);
  return expansion;
}

/**
 * "Who was the artist?" of "…the work of the Victorian painter Thomas Kent": the role a who-question
 * asks the holder of, when the articles do not say it in any form, is said by its kinds the story
 * names (`roleKinds`: "painter" is a kind of artist), as a synonym says it. Only for "who is/was the
 * R": whoever holds the kind holds the role; in any other question a kind is another thing ("how many
 * artists…" is no count of painters). A role read only through its definition is read through its
 * kinds instead, a closer reading. Only kinds written in lower case as a named person's title count
 * (`titledKinds`). Groups are changed in place, taking their rarest kind's rarity.
 */
function roleSaidByItsKinds(index: SearchIndex, question: string, groups: Group[], weights: Weights): void {
  if (weights.SYNONYM_WEIGHT <= 0 || !WHO_IS.test(question)) return;
  for (const g of groups) {
    // Any match of the word, its own or a synonym's, says the role: a kind would only tie it.
    if (g.pronoun === true || (g.terms.length > 0 && g.defined !== true)) continue;
    const kinds = roleKinds(g.word);
    if (kinds.length === 0) continue;
    const terms: Term[] = [];
    addSynonyms(index, terms, titledKinds(index, kinds), weights.SYNONYM_WEIGHT);
    if (terms.length === 0) continue;
    g.idf = Math.max(...terms.map((t) => index.idf(t.stem)));
    g.terms = terms;
    delete g.defined;
  }
}

/**
 * "What did listeners pick?" of "The audience voted for…": a plural the articles do not say in any form
 * is said by the group its members make up (`memberGroups`: "listeners" → "audience", "americans" →
 * "US"), as a synonym says it. Not for the noun "how many" counts: the number is of the members, which
 * the group's noun does not count ("how many listeners voted?" is no question about the audience). A
 * word read only through its definition is read through the group instead, a closer reading. Groups
 * are changed in place; one that held nothing takes its rarest reading's rarity.
 */
function membersSaidByGroup(index: SearchIndex, question: string, groups: Group[], weights: Weights): void {
  if (weights.SYNONYM_WEIGHT <= 0) return;
  const counted = countedNoun(question);
  for (const g of groups) {
    // Said in some form or spelling: every term but a reading in other words is the word itself.
    if (g.word === counted || g.pronoun === true || g.terms.some((t) => t.other !== true)) continue;
    const members = memberGroups(g.word);
    const terms = g.defined === true ? [] : [...g.terms];
    const before = terms.length;
    addSynonyms(index, terms, members.words, weights.SYNONYM_WEIGHT);
    addAcronyms(index, terms, members.acronyms, weights.SYNONYM_WEIGHT);
    if (terms.length === before) continue;
    if (before === 0) g.idf = Math.max(...terms.map((t) => index.idf(t.stem)));
    g.terms = terms;
    delete g.defined;
  }
}

/**
 * "How many people turned up?" of "About 600 onlookers lined the finish": the people a how-many
 * question counts, when the articles write the general word in no form, are said by the kinds of person
 * the articles' numbers count (`countedPeople`), as a synonym says a word. A reading through the
 * word's definition ("group", "human") gives way to them, a closer reading. Only the general words
 * (`countsPeople`): "how many fans…" is no count of the stewards. The group is changed in place.
 */
function peopleSaidByTheirKinds(
  index: SearchIndex,
  question: string,
  groups: Group[],
  weights: Weights,
): void {
  const counted = countedNoun(question);
  if (counted === undefined || !countsPeople(counted) || weights.SYNONYM_WEIGHT <= 0) return;
  const g = groups.find((x) => x.word === counted);
  if (g === undefined || g.pronoun === true || g.terms.some((t) => t.other !== true)) return;
  // Lent by the story: the short answer may say whom it counts ("600 onlookers"), as the question's own
  // word would not be repeated.
  const terms: Term[] = [];
  addSynonyms(index, terms, countedPeople(index), weights.SYNONYM_WEIGHT, LENT_OTHER);
  if (terms.length === 0) return;
  // They find the count, but are no evidence that the story counts the people asked about: onlookers are
  // no count of the people who work there. The answerability stage reads the group as it read the word
  // the articles lack (`defined`), so the confidence is what it was.
  if (g.terms.length === 0) g.idf = Math.max(...terms.map((t) => index.idf(t.stem)));
  g.terms = terms;
  g.defined = true;
}

/**
 * "How many houses were they going to build?" of "Plans for 240 homes…": the noun a how-many question
 * counts, when the articles write it in no form, is said by the synonyms of what its commonest sense is
 * defined as a kind of, one step up (`genusWords`: a house is "a dwelling…", {dwelling, home, …}), as a
 * synonym says it. The count side reads a count of the next thing up as a count of the noun already
 * (`countsAsked`); this lets the search find it. Only the counted noun: read for any noun the articles
 * lack, the genus lent "person" to "leader", "region" to "inside", "point" to "position", and answered
 * questions the stories do not answer. The group is changed in place and takes its rarest reading's
 * rarity when it held nothing.
 */
function countedSaidByGenus(index: SearchIndex, question: string, groups: Group[], weights: Weights): void {
  const counted = countedNoun(question);
  if (counted === undefined || weights.GENUS_WEIGHT <= 0) return;
  const g = groups.find((x) => x.word === counted);
  if (g === undefined || g.pronoun === true || g.terms.some((t) => t.other !== true)) return;
  const noun = detachedLemma('noun', counted) ?? counted;
  const terms: Term[] = g.defined === true ? [] : [...g.terms];
  const before = terms.length;
  addSynonyms(index, terms, genusWords(noun), weights.GENUS_WEIGHT);
  if (terms.length === before) return;
  if (before === 0) g.idf = Math.max(...terms.map((t) => index.idf(t.stem)));
  g.terms = terms;
  delete g.defined;
}

/**
 * "Will there still be animals on the fields?" of "sheep would continue to graze", "how many kids go
 * there now?" of "212 pupils": a noun the question uses as one, which the articles write in no form, is
 * said by the words the story names its kinds by (`scopeWords`, `namesKindOf`: below the noun's
 * commonest sense, or below the synset its definition opens with, a kid being "a young person…"), at
 * KIND_WEIGHT, below the word itself. Only a specific noun's: "person", "group", "object" have too many
 * kinds to tell anything (`kindScopes`). Only a story word WordNet's corpus uses as a noun at least as
 * often as otherwise ("young", first an adjective, is no kind of animal in a story). Groups are changed
 * in place; a reading through the definition gives way, and a group read only through its kinds is
 * `widened` and keeps its rarity.
 */
function nounSaidByItsKinds(
  index: SearchIndex,
  parsed: ParsedQuestion,
  groups: Group[],
  weights: Weights,
): void {
  // Not a who-question: the role it asks the holder of is read by its kinds under `roleSaidByItsKinds`'s
  // rules (titled kinds of an occupation only: "who is the doctor?" is no "specialist salvage team",
  // "who was the singer?" no "pair of canaries", "who organised the ball?" no football match).
  if (weights.KIND_WEIGHT <= 0 || parsed.type === 'person') return;
  // As the tagger reads the question: "animal" of "used by animal life" modifies the noun after it (it is
  // tagged an adjective there), and the question is about the life, not about animals.
  const nouns = new Set(
    rememberedTerms(parsed.text).flatMap((t) =>
      t.tags.has('Noun') && !t.tags.has('Verb') ? [t.text.toLowerCase()] : [],
    ),
  );
  const askedFor = askedNouns(parsed.text);
  const counted = countedNoun(parsed.text);
  for (const g of groups) {
    const word = g.word;
    if (g.pronoun === true || parsed.names.has(word) || !isNoun(word) || !nouns.has(word)) continue;
    const lemma = detachedLemma('noun', word) ?? word;
    // "heavy ties", "inside the cabin": a word WordNet's corpus reads mostly as another part of speech.
    if (index.has(stem(word)) || index.has(stem(lemma)) || !usedAsNoun(lemma)) continue;
    const kinds = scopeWords(word).filter(
      (w) => w.length >= 3 && writesNoun(index, w) && namesKindOf(w, word) && usedAsNoun(w),
    );
    if (kinds.length === 0) continue;
    const terms: Term[] = g.defined === true ? [] : [...g.terms];
    const before = terms.length;
    // Where the question asks for the thing ("what animals…", "how many kids…"), lent by the story, as
    // the counted kinds of person are: the short answer may name the kind ("two goats and a donkey",
    // "164 pupils"). Elsewhere it is the question's word in other words, which the answer is not
    // ("share the roadways with what?" is not answered "certain roads").
    const asked = askedFor.has(word) || word === counted;
    addSynonyms(index, terms, kinds, weights.KIND_WEIGHT, asked ? LENT_OTHER : OTHER);
    if (terms.length === before) continue;
    // Read only through its kinds, the word is said where the passage names one ("sheep"), and elsewhere
    // as unknown as before (`widened`): another story's goats or a sentence without any kind are no
    // evidence that the passage is about the animals asked of. Beside other readings (a synonym), it is
    // said as they say it.
    // Its rarity stays the unknown word's (`capUnknown`), so a passage naming no kind is judged as it was.
    if (before === 0) g.widened = true;
    g.terms = terms;
    delete g.defined;
  }
}

/**
 * "Why were residents complaining?" of "residents protested…", "how much was stolen?" of "thieves
 * pilfered…": a verb the question uses as one, which the articles write in no form, is said by the
 * story's verbs for the ways of doing it (`verbKindWords`: WordNet's troponyms of its commonest sense,
 * each in its own commonest sense), at VERB_KIND_WEIGHT, below the word itself: the verb of
 * `nounSaidByItsKinds`. Only a specific verb's: "move", "get", "make" have too many ways to tell
 * anything. Groups are changed in place; a group read only through its ways is `widened` and keeps its
 * rarity, as a noun's is.
 */
function verbSaidByItsWays(
  index: SearchIndex,
  parsed: ParsedQuestion,
  groups: Group[],
  weights: Weights,
): void {
  if (weights.VERB_KIND_WEIGHT <= 0) return;
  const asVerb = taggedAsVerb(parsed.text);
  for (const g of groups) {
    const word = g.word;
    if (g.pronoun === true || parsed.names.has(word) || !asVerb(word)) continue;
    const lemma = lemmaOf(word) ?? word;
    if (!isLemma('verb', lemma) || index.has(stem(word)) || index.has(stem(lemma))) continue;
    // A way whose forms are the plural of another noun ("thieve": "thieves" is the plural of "thief") would
    // read a story's "thieves" as the act: "who stole the bikes?" named whoever the sentence named.
    // And a way the story writes in one of its own forms, not only a word of its stem: "consumers" is no
    // way of eating ("what does the bolinopsis eat?" of an article on consumer law).
    const ways = verbKindWords(lemma).filter(
      (w) =>
        (isNoun(w) || !verbForms(w).some((f) => isNoun(f) && f.endsWith('s'))) &&
        [w, ...verbForms(w)].some((f) => index.words.has(f)),
    );
    if (ways.length === 0) continue;
    const terms: Term[] = g.defined === true ? [] : [...g.terms];
    const before = terms.length;
    addSynonyms(index, terms, [...ways, ...ways.flatMap(verbForms)], weights.VERB_KIND_WEIGHT);
    if (terms.length === before) continue;
    if (before === 0) g.widened = true;
    g.terms = terms;
    delete g.defined;
  }
}

/**
 * Do the articles write the noun `lemma` itself, in either number: not only a word of its stem ("housed
 * around 100 people" is no house).
 */
function writesNoun(index: SearchIndex, lemma: string): boolean {
  if (index.words.has(lemma)) return true;
  const { transform, model } = transforms();
  return index.words.has(transform.noun.toPlural(lemma, model));
}

/** Is `word` used as a noun in WordNet's tagged corpus at least as often as otherwise (a verb, an adjective, an adverb)? */
function usedAsNoun(word: string): boolean {
  return taggedUses(word, '1') >= taggedUses(word, '2345');
}

/** A noun English makes of a verb for whoever or whatever does it: "winner", "opener", "equaliser". */
const AGENT = /(?:er|or)$/;

/**
 * "Who scored the winning goal?" of "Dan Marsh scored an 88th-minute winner": the thing a verb's
 * participle says ("the winning goal", "the equalising goal") is what the noun WordNet derives from that
 * verb for its doer names ("winner", "equaliser"). A participle before a noun lends that noun and itself
 * the agent noun, in another form, at RELATED_WEIGHT. Groups are changed in place. (The other way, an
 * agent noun lent its verb, "winner" → "winning", put no passage of the tests first and read "golfer" as
 * "golf", which only its definition should bridge: not kept.)
 *
 * Only for the verbs of contests (`isContestVerb`): read for any verb, "the largest travelling funfair"
 * lent "traveller" to "funfair", "computing method" "computer", "the inventor" "invented", and squad-dev
 * lost more passages than it found.
 */
function agentNouns(index: SearchIndex, question: string, groups: Group[], weights: Weights): void {
  const tokens = tokenize(question).filter((t) => !t.stop);
  const lend = (word: string, s: string) => {
    const g = groups.find((x) => x.word === word);
    if (g === undefined || !index.has(s) || g.terms.some((t) => t.stem === s)) return;
    if (g.terms.length === 0) g.idf = index.idf(s);
    g.terms.push(newTerm(s, weights.RELATED_WEIGHT, OTHER));
  };
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (/ing$/.test(t.word) && next !== undefined && isNoun(next.word)) {
      const verb = detachedLemma('verb', t.word);
      if (verb === undefined || verb === t.word || !isContestVerb(verb)) return;
      for (const agent of derivedWords(verb))
        if (AGENT.test(agent) && agent.startsWith(verb.slice(0, 3)) && isLemma('noun', agent)) {
          lend(t.word, stem(agent));
          lend(next.word, stem(agent));
        }
    }
  });
}

/**
 * "Who won?": whoever did the question's verb is also whoever did a way of doing it ("Harlow Town beat
 * Ashby United", `doerVerbs`), so a who-question asking its verb's subject (or "which team won?") reads
 * those verbs, in every form, as the verb said in other words, at the synonyms' weight; and so an
 * irregular form's dictionary form's synonyms. Groups are changed in place.
 */
function doneByItsWays(index: SearchIndex, question: string, groups: Group[], weights: Weights): void {
  const verb = subjectVerb(question)?.verb ?? whichSubjectVerb(question)?.asked.verb;
  if (verb === undefined || weights.SYNONYM_WEIGHT <= 0) return;
  const group = groups.find((g) => g.word === verb.word);
  if (group === undefined) return;
  const ways = doerVerbs(lemmaOf(verb.word) ?? verb.word);
  addSynonyms(index, group.terms, [...ways, ...ways.flatMap(verbForms)], weights.SYNONYM_WEIGHT);
  // "Who found the ring?": "found" is a verb of its own ("to found a school"), whose synonyms are all
  // the expansion reads for it, and the past of "find", whose synonyms ("discover") it does not reach.
  // The asked verb written in an irregular form lends its dictionary form's synonyms too. Only the
  // asked verb of a who-question: "where can they be found?" read "observe" into an observation.
  const base = irregularKin(verb.word).length === 0 ? undefined : lemmaOf(verb.word);
  if (base !== undefined && base !== verb.word)
    // Its verb senses only: "find" as a noun brings "discovery", "build" "physique".
    addSynonyms(
      index,
      group.terms,
      sameSenseVerbs(base).flatMap((w) => [w, ...verbForms(w)]),
      weights.SYNONYM_WEIGHT,
    );
}

/**
 * "How long did he get?": the question's verb in the sense WordNet gives a length of time as its object
 * is said by the story's verb for it ("jailed", `measured-sense.ts`), as by the word itself. A verb
 * the search skips ("get") becomes a group of its own, made of the story's verbs; a verb it searches
 * ("serve") gains them. Nothing when the articles hold none of them. Groups are changed in place.
 */
function measuredSenseSaid(index: SearchIndex, question: string, groups: Group[]): void {
  const sense = measuredSenseVerbs(question);
  if (sense === undefined) return;
  const stems = [...new Set(sense.verbs.map(stem))].filter((s) => index.has(s));
  if (stems.length === 0) return;
  const rarest = Math.max(...stems.map((s) => index.idf(s)));
  const own = groups.find((g) => g.word === sense.verb.toLowerCase());
  const group = own ?? { word: sense.verb.toLowerCase(), terms: [], idf: rarest };
  if (group.terms.length === 0) group.idf = rarest;
  for (const s of stems) if (!group.terms.some((t) => t.stem === s)) group.terms.push(newTerm(s, 1, OTHER));
  if (own === undefined) groups.push(group);
}

/**
 * "What was the final score?": the noun is said by a sentence giving a scoreline ("secured a 3-2
 * victory"), as it would be by the word itself (`scoreline.ts`); a match report writes "score" as the
 * verb of a goal. Groups are changed in place; a noun the articles lack takes the scorelines' rarity.
 */
function scoreSaidByScoreline(index: SearchIndex, groups: Group[]): void {
  if (!index.has(SCORELINE_TERM)) return;
  for (const g of groups) {
    if (!SCORE_NOUN.test(g.word) || g.terms.some((t) => t.stem === SCORELINE_TERM)) continue;
    if (g.terms.length === 0) g.idf = index.idf(SCORELINE_TERM);
    g.terms.push(newTerm(SCORELINE_TERM, 1, OTHER));
  }
}

/**
 * "How old was he?" asks his age, which the story says as "aged 81" or "at the age of six", never with
 * "old": the measure adjective of a "how" question counts as the noun WordNet names as its attribute
 * ("old" → "age", "long" → "length", "duration", "far" → "distance"), as a synonym does. Groups are
 * changed in place; the measure takes its attribute's rarity.
 */
function measureSaidAsAttribute(
  index: SearchIndex,
  question: string,
  groups: Group[],
  weights: Weights,
): void {
  const at = measureGroup(groups, question);
  const group = at === undefined ? undefined : groups[at];
  // Only when the articles lack the word: where they say it ("the tallest building"), it finds the
  // passages, and its attribute's neighbours would lend "height" to sentences that only say "tall".
  if (group === undefined || weights.SYNONYM_WEIGHT <= 0) return;
  // "Two long-standing volunteers" does not say "long": a word written only inside hyphened words of
  // their own (`compound-part.ts`) is not said, and its attribute is searched as for a word not said.
  if (saidOnlyInCompounds(index, group.word)) {
    const own = stem(group.word);
    group.terms = group.terms.filter((t) => t.stem !== own);
  }
  if (group.terms.length > 0) return;
  // "How long did the walk take?" asks a time: "long" is a duration then, not the length of Britain.
  const timeOnly = measureAsked(question)?.measures.every((m) => m === 'duration') === true;
  const nouns = attributeNouns(group.word).filter((n) => !timeOnly || isKindOf(n, 'time_period'));
  addSynonyms(index, group.terms, nouns, weights.SYNONYM_WEIGHT);
  if (group.terms.length > 0) group.idf = Math.max(...group.terms.map((t) => index.idf(t.stem)));
}

/**
 * Two words of the question written apart that English also writes as one ("space craft"): when the
 * articles write the one word ("spacecraft") and WordNet lists it, and lack one of the two, it is the
 * same word, and counts as each of the two. Groups are changed in place; a group that held nothing (or
 * only its definition's words) takes the joined word's rarity.
 */
function joinCompounds(index: SearchIndex, question: string, groups: Group[]): void {
  const tokens = tokenize(question);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [first, second] = [tokens[i] as Token, tokens[i + 1] as Token];
    if (first.stop || second.stop || !/^[\s-]*$/u.test(question.slice(first.end, second.start))) continue;
    const joined = first.word + second.word;
    const s = stem(joined);
    if (!index.has(s) || !isEnglishWord(joined)) continue;
    // Only when the articles lack one of the two as written ("craft"): where they write both ("space
    // suits" and "spacesuit"), each word already finds its own, and the joined one would count twice.
    const pair = groups.filter((g) => g.word === first.word || g.word === second.word);
    if (!pair.some((g) => g.terms.length === 0 || g.defined === true)) continue;
    for (const g of pair) {
      if (g.terms.some((t) => t.stem === s)) continue;
      // Read only through its definition until now: the word itself is said.
      if (g.defined === true) {
        g.terms = [];
        delete g.defined;
      }
      if (g.terms.length === 0) g.idf = index.idf(s);
      g.terms.push(newTerm(s, 1));
    }
  }
}

/**
 * The stems that count as the question's own words: every group's terms but the names lent by the
 * story ("minister" → "Obaidi"), which find sentences but may still be the short answer.
 */
export function questionStems(groups: readonly Group[]): Set<string> {
  return new Set(groups.flatMap((g) => g.terms.filter((t) => t.lent !== true).map((t) => t.stem)));
}

/** The stems of the name an acronym stands for in the articles ("un" → unit, nation); none when it stands for nothing there. */
function spelledOut(index: SearchIndex, word: string): string[] {
  const stems = index.acronyms.get(word);
  if (stems !== undefined) return [...stems].filter((s) => index.has(s));
  // Else what the letters stand for in WordNet ("ceo" → "chief executive officer"), when the articles
  // say at least two of its words ("Chief executive Michael Capellas"): one alone ("officer") is
  // another thing.
  const known = spelledOutByWordNet(word).map((words) =>
    words.map(stem).filter((s) => !isStopword(s) && index.has(s)),
  );
  return [...new Set(known.filter((k) => k.length >= 2).flat())];
}

/**
 * The plural of a "-man" noun ("freeman" → "freemen"), which the stemmer does not reach. (Every
 * irregular form through compromise's inflector found one more SQuAD answer, "run" → "ran", for about
 * 2 ms a question on the seed set: not kept. irregular.ts now reads them from compromise's tables
 * without tagging, in microseconds.)
 */
function irregularForms(word: string): string[] {
  return word.endsWith('man') && isLemma('noun', word) ? [stem(word.replace(/man$/, 'men'))] : [];
}

/** The English word `word` misspells, when the articles have it or one of its synonyms. */
function inOtherWords(index: SearchIndex, word: string, minLength: number): string | undefined {
  const fixed = dictionaryCorrection(word, minLength);
  if (fixed === undefined) return undefined;
  const said = [fixed, ...synonyms(fixed)].some((w) => w.length >= 3 && !isStopword(w) && index.has(stem(w)));
  return said ? fixed : undefined;
}

/** Adds the synonyms the articles hold to a word's terms, each stem once, as said in other words. */
function addSynonyms(
  index: SearchIndex,
  terms: Term[],
  words: readonly string[],
  weight: number,
  reading: TermReading = OTHER,
): void {
  for (const synonym of words) {
    // WordNet lists function words and letters among synonyms ("a", "an", "one"): never search for those.
    if (synonym.length < 3 || isStopword(synonym)) continue;
    const s = stem(synonym);
    if (index.has(s) && !terms.some((t) => t.stem === s)) terms.push(newTerm(s, weight, reading));
  }
}

/**
 * The question's word as a noun by WordNet's own detachment rules for nouns ("deals" → "deal"; not
 * "centred", a verb's form), when the articles write that noun in neither number but write the verb of
 * the same lemma ("dealing", "dealt"): a story's verb in whatever sense it has, not the asked noun.
 * Reading the genus of every noun answered off-topic questions through common genera ("man" →
 * "adult", "vote" → "choice"), and of any noun the articles lack, through a part of a compound
 * ("courts" → "assembly", of a story saying "Courthouse" and "assembly center").
 */
function nounSaidAsVerb(index: SearchIndex, word: string): string | undefined {
  const noun = detachedLemma('noun', word.toLowerCase());
  if (noun === undefined || !isLemma('verb', noun)) return undefined;
  const nounForms = [noun, ...inflectionsOf(noun, 'noun')];
  if (nounForms.some((f) => index.words.has(f))) return undefined;
  return inflectionsOf(noun, 'verb').some((f) => index.words.has(f)) ? noun : undefined;
}

/**
 * Adds a word's acronyms ("us", "tv": `acronymSynonyms`) the articles write, as the term the index
 * holds their capitals under (`acronymTerm`). Not through addSynonyms, which rightly drops "us" and
 * two-letter words as function words.
 */
function addAcronyms(index: SearchIndex, terms: Term[], acronyms: readonly string[], weight: number): void {
  for (const a of acronyms) {
    // Only the sentences that write it in capitals: its stem may be another word's ("use" → "us").
    const s = acronymTerm(a);
    if (index.has(s) && !terms.some((t) => t.stem === s)) terms.push(newTerm(s, weight, OTHER));
  }
}

/**
 * The word's acronyms among the synonyms read for it (`listed`): for a yes/no question only those of the
 * senses both words commonly have (`sharedSynonyms` lists them lower case, dotted or not). A word of a
 * longer name the question writes (`name`, `wordsOfLongerNames`) stands for that name: only the acronyms
 * WordNet lists for the whole name too are its ("United States of America" → "US"; none for "Bank of
 * America", "North America", whose "America" is no country).
 */
function acronymsIn(word: string, listed: readonly string[], name?: string): string[] {
  // No synonym listed, no acronym kept: the senses are not read (a first look-up per new word).
  if (listed.length === 0) return [];
  const plain = new Set(listed.map((w) => w.replaceAll('.', '')));
  const kept = acronymSynonyms(word).filter((a) => plain.has(a));
  if (kept.length === 0 || name === undefined) return kept;
  const whole = acronymSynonyms(name);
  return kept.filter((a) => whole.includes(a));
}

/**
 * Question words → groups of weighted stems, correcting misspellings against the articles' words.
 * `names` are the words written as names ("Singh"), never corrected into a common word ("sing");
 * `phrases` are the question's collocations, whose synonyms count as each keyword they span; `inNames`
 * the words of longer names the question writes, with the name (`wordsOfLongerNames`).
 */
export function expand(
  index: SearchIndex,
  words: readonly string[],
  weights: Weights,
  names: ReadonlySet<string> = new Set(),
  phrases: readonly Phrase[] = [],
  type: QuestionType = 'other',
  askedFor: ReadonlySet<string> = new Set(),
  whether = false,
  inNames: ReadonlyMap<string, string> = new Map(),
  attributive: ReadonlySet<string> = new Set(),
  asVerb: (word: string) => boolean = () => false,
): Expansion {
  const corrections: Correction[] = [];
  const maxIdf = index.idf('\u0000');
  const groups = words.map((word) => {
    const own = stem(word);
    const terms: Term[] = [];
    let idf = maxIdf;
    let corrected: string | undefined;
    // The word's irregular forms the articles hold ("grow" → "grew", "found" → "find"): the same word,
    // which the stemmer leaves apart (irregular.ts), weighed as the base form read for a word the
    // articles lack ("met" → "meet", below). Never for a word written as a name ("Rose" is no "rise").
    const kin = names.has(word)
      ? []
      : [...new Set(irregularKin(word).map(stem))].filter((s) => s !== own && index.has(s));
    // The word as a story writes it hyphenated ("grownups" for "grown-ups", "email" for "e-mail"): the
    // same letters, so the same word (`hyphened.ts`).
    const hyphened = joinedTerm(own);
    const writtenHyphened = index.has(hyphened);
    if (index.has(own)) {
      terms.push(newTerm(own, 1));
      idf = index.idf(own);
      if (writtenHyphened) terms.push(newTerm(hyphened, 1));
      for (const s of kin) terms.push(newTerm(s, weights.RELATED_WEIGHT));
      if (weights.EXTENSION_WEIGHT > 0 && own.length >= weights.EXTENSION_MIN) {
        for (const s of index.stemsStartingWith(own))
          if (!terms.some((t) => t.stem === s)) terms.push(newTerm(s, weights.EXTENSION_WEIGHT));
      }
    } else if (writtenHyphened) {
      terms.push(newTerm(hyphened, 1));
      idf = index.idf(hyphened);
    } else if (kin.length > 0) {
      // Said only in another form ("grew up" for "grow up"): as rare as its rarest form.
      for (const s of kin) terms.push(newTerm(s, weights.RELATED_WEIGHT));
      idf = Math.max(...kin.map((s) => index.idf(s)));
    } else {
      // Unknown as written: an acronym of a name the story spells out ("UN", "nz" for "New Zealand"),
      // when written as a name or no common English word; a derived form ("agreed" → "agreements"); an
      // irregular form ("met" → "meet"); then a misspelling ("sined" → "signed"). A name is one written
      // as a name or one WordNet knows only as a name ("paterson", typed in lower case).
      const common = isCommonWord(word);
      const isName = names.has(word) || (!common && isEnglishWord(word));
      const acronym = names.has(word) || !common ? spelledOut(index, word) : [];
      let related = acronym.length > 0 ? [] : index.stemsStartingWith(own);
      if (acronym.length === 0 && related.length === 0) {
        const lemma = lemmaOf(word);
        if (lemma !== undefined && index.has(stem(lemma))) related = [stem(lemma)];
        // The other way: the plural of a dictionary word ("freeman" → "freemen").
        else if (common) related = irregularForms(word).filter((s) => index.has(s));
      }
      if (acronym.length > 0) {
        // The name's words count as the acronym, as a correction does.
        for (const s of acronym) terms.push(newTerm(s, weights.CORRECTION_WEIGHT));
        idf = Math.max(...acronym.map((s) => index.idf(s)));
      } else if (related.length > 0) {
        for (const s of related) terms.push(newTerm(s, weights.RELATED_WEIGHT));
        idf = Math.max(...related.map((s) => index.idf(s)));
      } else {
        // "wasnt", "didnt": a "not" typed without its apostrophe, no misspelling of "want" or "dint".
        let fixed = negativeWithoutApostrophe(word) ? undefined : index.spelling.correct(word);
        // A name the articles lack ("Singh") is someone else, not a misspelt word ("sign"); it may
        // still be a misspelt name they have ("Milliband" → "Miliband", "paterson" → "Patterson").
        if (fixed !== undefined && isName && isCommonWord(fixed)) fixed = undefined;
        // No word of the articles is near: a misspelling of another English word ("authers" →
        // "authors") that the story says in other words (its synonyms, below: "writers"). Never for a
        // word written as a name or one that is English already; and only when the story has the word
        // or a synonym, as a name typed in lower case may be a word's misspelling too ("plath", "path").
        if (
          fixed === undefined &&
          !names.has(word) &&
          !isEnglishWord(word) &&
          !negativeWithoutApostrophe(word)
        )
          fixed = inOtherWords(index, word, weights.DICTIONARY_FIX_MIN);
        if (fixed !== undefined && !common) {
          corrected = fixed;
          corrections.push({ from: word, to: fixed });
          if (index.has(stem(fixed))) {
            terms.push(newTerm(stem(fixed), weights.CORRECTION_WEIGHT));
            idf = index.idf(stem(fixed));
          }
        }
        // A real English word the article does not use is another word, not a typo for one it does:
        // "condemned" is not "convened", "counties" not "countries". Variant spellings ("colour"/"color",
        // "defence"/"defense") are WordNet synonyms of each other, found below.
      }
    }
    // Synonyms of what the word was read as: "agrement" → synonyms of "agreement".
    // An irregular form WordNet does not list has the synonyms of its dictionary form: "bought" → "buy"
    // → "purchase", "held" → "hold" → "convene"; the stemmer cannot get there.
    const read = corrected ?? word;
    // Whether the articles say the word itself, in some form or spelling (before its synonyms).
    const said = terms.length > 0;
    const listed = synonyms(read);
    const base = listed.length === 0 ? lemmaOf(read) : undefined;
    // A yes/no question has no answer of a kind to look for: the words the passage shares with it are
    // all the evidence that it tells the asked event, so only synonyms in a sense both words commonly
    // have count ("was anyone arrested?" is not told by "checked by an electrician").
    const dictionaryForm = base ?? read;
    const listedHere = whether ? sharedSynonyms(dictionaryForm) : synonyms(dictionaryForm);
    addSynonyms(index, terms, listedHere, weights.SYNONYM_WEIGHT);
    // The verb told from its object's side ("sell for" → "expected to fetch": `verbsUndergoing`), as a
    // synonym. Not for a yes/no question, which reads only senses both words commonly have.
    // Only where the question uses the word as a verb: "how many seats does it have?" is no "sit".
    if (!whether && !names.has(word)) {
      const verb = detachedLemma('verb', read) ?? lemmaOf(read);
      const undergoing = verb !== undefined && isLemma('verb', verb) ? verbsUndergoing(verb) : [];
      if (undergoing.length > 0 && asVerb(word))
        addSynonyms(index, terms, undergoing, weights.SYNONYM_WEIGHT);
    }
    // The kin WordNet calls the word another term for ("mum" → "mother", "missus" → "wife": `termFor`),
    // which names the same person as a synonym does. Never for a name ("Bobby" is no policeman), and
    // only for kin: "whats the name of the guy they arrested" read "guy" as "man" and answered of a story
    // that never names him (docs/measured.md, session 41).
    if (!names.has(word))
      addSynonyms(index, terms, termFor(dictionaryForm).filter(isKin), weights.SYNONYM_WEIGHT);
    // A noun the articles write only as its verb ("the deal" of "countries dealing with…", another
    // sense): the noun its definition names it a kind of ("agreement": `genusOf`), as a reader calls a
    // story's "agreement" a deal. Not for a yes/no question, which reads only shared senses.
    const noun = said && !whether && !names.has(word) ? nounSaidAsVerb(index, word) : undefined;
    if (noun !== undefined) addSynonyms(index, terms, genusOf(noun), weights.SYNONYM_WEIGHT);
    // The acronyms WordNet lists in the same senses ("america" → "US"), which the index holds as a
    // story writes them in capitals though they read as a function word ("us") or a two-letter one ("TV").
    const unread = terms.length === 0;
    addAcronyms(
      index,
      terms,
      acronymsIn(dictionaryForm, listedHere, inNames.get(word)),
      weights.SYNONYM_WEIGHT,
    );
    // Said only by its acronym: the name written short, as rare as the acronym is (as for a name the
    // story spells out, above), not as rare as a word the articles lack.
    if (unread && terms.length > 0) idf = Math.max(...terms.map((t) => index.idf(t.stem)));
    // A comparative or superlative's synonyms in the same degree ("biggest" → "largest"), which neither
    // the stemmer nor WordNet's lemmas reach.
    if (weights.DEGREE_WEIGHT > 0) addSynonyms(index, terms, sameDegreeSynonyms(read), weights.DEGREE_WEIGHT);
    // A number in the other writing ("two" ↔ "2", "dozen" → "12"): digits are shorter than the
    // synonyms' three letters, so not through addSynonyms.
    if (weights.NUMBER_WEIGHT > 0)
      for (const form of numberForms(corrected ?? word)) {
        const s = stem(form);
        if (index.has(s) && !terms.some((t) => t.stem === s))
          terms.push(newTerm(s, weights.NUMBER_WEIGHT, OTHER));
      }
    // The phrase the word is part of ("pass away", "top out") in the story's single word ("died",
    // "peaked"), or the verb two words define ("express gratitude" → "thanked").
    // A word read only through the broader verb its phrase is filed under ("off" of "taken off" →
    // "withdrawn") is `widened`: the passage shown must hold such a word for it to count as said.
    const kindStems = new Set<string>();
    if (weights.PHRASE_WEIGHT > 0)
      for (const phrase of phrases)
        if (phrase.keywords.includes(word)) {
          addSynonyms(index, terms, phrase.defines ?? phraseSynonyms(phrase.lemma), weights.PHRASE_WEIGHT);
          if (phrase.defines === undefined) for (const k of phraseKinds(phrase.lemma)) kindStems.add(stem(k));
        }
    // A yes/no question asks whether an event happened ("did anyone die?"), which the story may tell in
    // words of its own: "die" by "death" or "killed", "injuries" by "injured" (`event-kin.ts`), beside
    // the word's synonyms ("harm"), which come from its synset alone. Only for a word the articles do
    // not say and never for a name. (Read for every question, these links answered more of the
    // questions the stories do not answer: docs/measured.md, session 19.)
    if (whether && !said && !names.has(word) && weights.EVENT_WEIGHT > 0) {
      const before = terms.length;
      addSynonyms(index, terms, eventKin(read), weights.EVENT_WEIGHT, OTHER_ENTAILED);
      // As rare as its rarest reading, as a word read only through a related form is.
      if (before === 0 && terms.length > 0) idf = Math.max(...terms.map((t) => index.idf(t.stem)));
    }
    // An adjective's head or satellite ("injured" → "hurt"), as a synonym. Read after the event kin, so
    // that a word that is both ("hurt" → "injured") keeps the entailed reading, which says whether the
    // asked event happened (polarity.ts); read before them it gave no polarity.
    if (whether && !attributive.has(word))
      addSynonyms(index, terms, similarAdjectives(dictionaryForm), weights.SYNONYM_WEIGHT);
    // "Margin", which a story says by "wins … by 812 votes": the verbs of winning and leading find the
    // sentence (margin.ts), as a synonym would.
    if (terms.length === 0 && asksMargin(read))
      addSynonyms(index, terms, MARGIN_VERBS, weights.SYNONYM_WEIGHT);
    // A word nothing above could read ("golfer", "telly") may still be said in other words by the
    // article: the words of its definition count, at reduced weight ("golf"; "television").
    if (terms.length === 0 && weights.DEFINITION_WEIGHT > 0) {
      const text = definition(corrected ?? word);
      if (text !== undefined)
        forEachWord(text, (w, stop) => {
          const s = stem(w);
          if (!stop && index.has(s) && !terms.some((t) => t.stem === s))
            terms.push(newTerm(s, weights.DEFINITION_WEIGHT, OTHER));
        });
      if (terms.length > 0) {
        idf = Math.max(...terms.map((t) => index.idf(t.stem)));
        return { word, terms, idf, defined: true as const };
      }
    }
    if (terms.length > 0 && terms.every((t) => kindStems.has(t.stem)))
      return { word, terms, idf, widened: true as const };
    return { word, terms, idf };
  });
  const capped = capUnknown(groups);
  lendNames(index, capped, type, weights, askedFor);
  return { groups: capped, corrections };
}

/**
 * Whether the tagger reads a word of `text` as a verb there, tagging it on the first word asked about
 * (most questions ask about none: `verbsUndergoing` reads few verbs).
 */
function taggedAsVerb(text: string): (word: string) => boolean {
  let verbs: Set<string> | undefined;
  return (word) => {
    verbs ??= new Set(
      rememberedTerms(text).flatMap((t) => (t.tags.has('Verb') ? [t.text.toLowerCase()] : [])),
    );
    return verbs.has(word.toLowerCase());
  };
}

/** A word for one's kin in some sense: a mother, a wife, a child. */
function isKin(word: string): boolean {
  return isKindOf(word, 'relative');
}

/**
 * A word no article holds ("threats" about a story that never says it) would weigh as the rarest word
 * of all and sink the confidence of a passage that answers the rest; it weighs as the question's
 * rarest known word instead. (Ranking hardly moves, as every sentence lacks it alike; the calibrator
 * sees such words through its own feature, `unknown`.) The groups as new objects where they change.
 */
export function capUnknown(groups: readonly Group[]): Group[] {
  const known = groups.filter((g) => g.terms.length > 0).map((g) => g.idf);
  if (known.length === 0) return [...groups];
  const cap = Math.max(...known);
  return groups.map((g) => (g.terms.length === 0 && g.idf > cap ? { ...g, idf: cap } : g));
}
