/**
 * The short answer: from the best passage, the span that answers the question's type (the people for
 * "who", the date for "when", a noun phrase for "what"), nearest the question's words and not repeating
 * them. Pure: sentences come with their tokens and tags (entities.ts); the only look-up is WordNet's
 * kinds ("What language…" → "Dutch"). No span when nothing fits: the passage alone is then the answer.
 *
 * This module chooses; its parts: the input and output types (`span-input.ts`), the candidate spans
 * and their features (`span-candidates.ts`), and the answers that say what the question names is
 * (`span-described.ts`: "who is Alexander Fomin?", "how old is Leo Marsh?").
 */
import {
  askedKind,
  fitOf,
  headedBy,
  calledOrNamedNoun,
  isWrittenAsName,
  mayBePeopleHead,
  mayBePersonHead,
  headsNamedBody,
  holdsBody,
  namesBodyOfKind,
  namesHeadedBy,
  namesPeople,
  type AskedKind,
  type Fit,
} from './answer-kind.js';
import { asksPast, inCondition } from './conditional.js';
import { destinationAsked, destinationOf, destinationVerb } from './destination.js';
import { asksMargin, marginsIn } from './margin.js';
import { scorelineOf } from './scoreline.js';
import type { ParsedQuestion } from './question.js';
import { askedSlot, datesOrigin, namesOrigin } from './slot.js';
import { unaskedHome, unaskedWords } from './home-place.js';
import {
  clauseAfterMatches,
  everyCandidateOf,
  ofQuestionType,
  withoutCountsOfAnother,
} from './span-candidates.js';
import {
  apposedAgeAsked,
  askedName,
  askedPerson,
  describedPerson,
  describedThing,
  descriptionOf,
  namedPerson,
  titleOf,
  personNameAsked,
} from './span-described.js';
import type { ScoredSpan, Span, SpanInput, SpanWeights } from './span-input.js';
import { SPAN_MODEL, type SpanModel } from './span-model.js';
import {
  afterLocative,
  calledA,
  calledNameOf,
  functionGap,
  namesAPlace,
  placeAfterPreposition,
  tokenRange,
} from './span-parts.js';
import { strandedObject } from './stranded.js';
import { tokenize, type Token } from './text.js';
import { thingAskedWhere, tiedPlace } from './tied-place.js';
import { namesRoleAsked, roleComplements, saysRoleOnlyPossessed, WHO_IS } from './holder-asked.js';
import { lacksQualifier, qualifiedRoleAt, titledNames, titledPeopleIn, titleWordStems } from './titles.js';
import { askedVerb, objectInSpan, objectsOfVerb, passiveAsked } from './verb-object.js';
import {
  agentsOfVerb,
  passiveWithoutAgent,
  namesAskedThing,
  insideAskedThing,
  cutAtVerb,
  subjectsOfVerb,
  subjectVerb,
  whichSubjectVerb,
  type AskedVerb,
} from './verb-subject.js';
import { ofAskedOwner } from './number-owner.js';
import { ofAgeOwner } from './age-owner.js';
import { possessedByAnother } from './possessed-owner.js';
import { askedNoun, nounTiedSpan } from './noun-tied.js';
import { withoutAskedSubject } from './object-asked.js';
import { asksManner, mannerCandidates } from './manner.js';
import { meansOf } from './means.js';
import { tiedToAskedVerb } from './who-tied.js';
import { nameListOf } from './name-list.js';
import { verbLemmaOf } from './lemma.js';
import { isKindOf, isKindOrSame } from './wordnet.js';
import { asksWhether } from './polarity.js';
import { actionAsked } from './action-asked.js';
import { predicateFor } from './predicate.js';
import { infinitiveAsked } from './infinitive-asked.js';
import { ofAskedPhase, phaseOfVerb, type Phase } from './phase-verb.js';
import { questionVerb, verbStems } from './question-verb.js';
import { tiedToQualifier } from './qualifier-tied.js';
import { asksVoteResult, talliesIn } from './vote-tally.js';

// What the engine and the training script import from here, defined in the parts.
export { askedAbout } from './span-input.js';
export { spanCandidatesOf } from './span-candidates.js';
export type { AskedAbout, ScoredSpan, Span, SpanInput, SpanSentence, SpanWeights } from './span-input.js';

/**
 * "What did the English do?", "what does icstis do", "what did the manager say about the scrum?": the
 * answer is an action or a statement, which no noun phrase names ("Belfast" would read as a wrong
 * answer); the passage alone answers.
 */
const ACTION_QUESTION =
  /\b(?:what|which)\b.*\b(?:do|does|did|doing|done|say|says|said|think|thinks|thought)\b(?:\s+(?:about|of)\b.*)?\s*[?.!]*\s*$/i;
/**
 * "Where did the talks take place?": "where" is the question's wh-word. Not "What is the prime where
 * p+1…?" or "Who found that … where …", which ask for a name.
 */
const FIRST_WH = /\b(?:who|whom|whose|what|which|when|where|why|how)\b/i;
/** "What happened…?", typed "happend" too (nc55). */
const HAPPENED = /\bwhat\b.*\b(?:happen(?:ed|d|s)?|took place|occurred)\b/i;

/**
 * The kinds a question's qualifier picks one of among several of ("how much … on a Tuesday", "how many
 * … in 2019"): amounts, which a passage gives one per case. A name or a phrase is as often tied to the
 * question's words by chance ("the Orange revolution in 2004" beside another country's).
 */
const AMOUNTS: ReadonlySet<string> = new Set(['quantity', 'money', 'count', 'share', 'duration']);

/** The model's score of a candidate (a logit: candidates of one passage compete through a softmax). */
export function linear(features: readonly number[], model: SpanModel): number {
  let z = 0;
  features.forEach((x, i) => (z += x * (model.weights[i] ?? 0)));
  return z;
}

export function extractSpan(
  input: SpanInput,
  weights: SpanWeights,
  model: SpanModel = SPAN_MODEL,
): Span | null {
  // "What happened to the chair of governors?": what the passage says of her ("resigned last week").
  const action = actionAsked(input.question, input.corrections);
  const predicate =
    action === undefined
      ? undefined
      : predicateFor(action, input.passage, weights.EXTENSION_MIN, input.about?.stems);
  // null: the subject is the reader or a pronoun read as no one; any span would be another's words.
  if (predicate === null) return null;
  if (action?.form === 'happened' && predicate !== undefined) return predicate;
  if (HAPPENED.test(input.question)) {
    const matchedAt = input.passage.tokens.flatMap((t, i) =>
      !t.stop && input.matched.has(t.stem) ? [i] : [],
    );
    return clauseAfterMatches(input.passage, matchedAt);
  }
  // "Whats the margin?": the number after "by" in a win or a lead, or nothing (margin.ts).
  if (asksMargin(input.question)) return marginsIn(input.passage.text)[0] ?? null;
  // "How did the vote go?": the tally beside a form of "vote" ("voted six to three", `vote-tally.ts`);
  // a passage giving none is read as for any other question.
  const tally = asksVoteResult(input.question) ? talliesIn(input.passage.text)[0] : undefined;
  if (tally !== undefined) return tally;
  // "What did Obaidi thank Russia for?": the object of the preposition the question ends on, when the
  // passage has it after the question's words; else the model's span.
  const stranded = strandedObject(input.question, input.passage, input.matched, questionVerb(input.parsed));
  if (stranded !== null) return stranded;
  // "How did they get home?": the means the passage says ("by taxi"), not any noun of it (`means.ts`),
  // nor the age of the person it names ("Owen Pryce, 58, said he knew it by…").
  const means = asksManner(input.question) ? meansOf(input.question, input.passage) : undefined;
  if (means !== undefined) return means;
  // "What is Feltham's rating?" of "Priya's rating is…": another's thing, no answer (`possessed-owner.ts`).
  if (possessedByAnother(input.question, input.passage.text)) return null;
  // "whats his name?" with "his" read as Martin Quayle: the name, as the passage writes it in full.
  const person = personNameAsked(input);
  if (person !== undefined)
    return { text: input.passage.text.slice(person.start, person.end), start: person.start, end: person.end };
  // What the question wants, read once for the age in apposition and for the kind of the candidates.
  const slot = askedSlot(input.question, input.parsed);
  const age = apposedAgeAsked(input, slot);
  if (age !== null) return age;
  // "What did Lezley Picton do?" asks what she did, not her title ("leader"): that is "what does she do?".
  // With no action of theirs in the passage ("Council leader Lezley Picton said…"), not her title nor
  // a description either: they answer "who is she?" and "what does it do?", never what she did.
  const didOnce = action?.form === 'did' && !action.habitual;
  if (didOnce && predicate !== undefined) return predicate;
  const asked = didOnce ? undefined : askedPerson(input);
  if (asked !== undefined) return titleOf(asked, input);
  const untagged = didOnce ? undefined : namedPerson(input);
  if (untagged !== undefined) return describedPerson(untagged, input.passage);
  // "What does Icstis do?" of "premium phone line regulator Icstis": what the passage calls it; when it
  // calls it nothing ("Mayor Helen Okoro opened…"), what it did.
  const described = didOnce ? undefined : describedThing(input);
  if (described === null && action?.form === 'did' && predicate !== undefined) return predicate;
  if (described !== undefined) return described;
  const named = askedName(input);
  if (named !== undefined) return descriptionOf(named, input.passage);
  // "What did she do in Athens?": the passage's predicate for her (`predicate.ts`).
  if (action?.form === 'did' && predicate !== undefined) return predicate;
  // "What has he offered to do instead of the tune?": the act the passage says after "offered to"
  // (`infinitive-asked.ts`); a passage saying no "offered to" is read as for any other question.
  const act = infinitiveAsked(input.question, input.passage);
  if (act !== undefined) return act;
  // "Can Icstis make phone firms pay people back?", "any injuries?": yes or no, which no span of the
  // passage says (`polarity.ts` reads which).
  if (ACTION_QUESTION.test(input.question) || asksWhether(input.question)) return null;
  // A where-question is answered by a place or not at all: "action mechanisms" would read as a wrong
  // answer to "where did the talks take place?". The model still learns from every candidate.
  const where = asksWhere(input.question, input.parsed);
  // "Where is the bakery?": the place the passage ties to the bakery, not one it gives for something
  // else; with none, a common noun ("the ridge") is no answer to where a named or asked thing is.
  const thing = where ? thingAskedWhere(input.question) : undefined;
  const tied = thing === undefined ? undefined : tiedPlace(thing, input.passage);
  if (tied?.name !== undefined) return tied.name;
  // The asked kind and the passage's candidates, each worked out once for the readings below.
  const kind = askedKind(input.question, input.parsed, weights, slot);
  let every: ScoredSpan[] | undefined;
  const everyCandidate = () => (every ??= everyCandidateOf(input, weights));
  // "Where is production moving to?": the place after the motion's "to" (`destination.ts`).
  const motion = where && thing === undefined ? destinationVerb(input.question, input.parsed) : undefined;
  const destination =
    motion === undefined ? undefined : destinationOf(everyCandidate(), motion, input.passage);
  if (destination !== undefined) return destination;
  // "Who won the cup final?": the name before the same verb in the passage, of whatever type the tagger
  // gives it ("Wakefield Trinity won … as Jamie Dixon's try …").
  const subject = where
    ? undefined
    : (subjectOf(input, kind, everyCandidate) ?? whichSubjectOf(input, everyCandidate));
  // "Who won?" of "Ela Jones, Cai Roberts and Nia Owen won": each of them, not the one picked.
  if (subject !== undefined) return nameListOf(subject, input.passage, input.matched) ?? subject;
  // "What is the boat called?" of 'a boat called "Swallow"': the name right after "called", not another
  // name of the passage ("Mr Ellis"); a name asked of a noun the passage calls so is that one.
  const calledNoun = calledOrNamedNoun(kind);
  const called = where || calledNoun === undefined ? undefined : calledNameOf(calledNoun, input.passage.text);
  if (called !== undefined) return called;
  // "What strain is it?", "how big is the protection zone?": what the passage ties to the asked noun
  // ("the H7N9 strain", "a 4km exclusion zone"), not a filler of another noun (`noun-tied.ts`). After
  // the subject of the asked verb: "which team won?" is whoever won, whatever team the passage names.
  const noun = where ? undefined : askedNoun(input.question, kind);
  const tiedToNoun = noun === undefined ? undefined : nounTiedSpan(input, noun, everyCandidate);
  if (tiedToNoun !== undefined) return tiedToNoun;
  // "What did IS proclaim?": of the candidates of the asked kind, the verb's object when it has one.
  const kindCandidates = withoutCountsOfAnother(
    objectsOfVerb(
      ofAskedKind(
        byTitle(
          // "Who did Richey replace?": not "Edwards" of "Edwards replaced Flicker", whom it names.
          ofQuestionType(
            withoutAskedThing(
              withoutAskedSubject(everyCandidate(), input.question, input.parsed, input.passage),
              input,
            ),
            input.parsed,
          ).filter(
            (c) =>
              !where ||
              (namesAPlace({ ...c.span, kind: c.kind }, input.passage) &&
                (tied === undefined || tied.tied || /\p{Lu}/u.test(c.span.text)) &&
                // "Where is the market moving to?" of "Nobody around that table wanted to be the person
                // who moved the market" (nc56, "table" at 0.95): the passage names no end of the motion
                // (`destinationOf`), and a common noun there is where something else is, not where it
                // goes. A name may still be the place it moves to, said another way. Only when the
                // question asks the end itself, by its last "to": "where does the Council meet?" is
                // answered by "throughout the world".
                (!destinationAsked(input.question, motion) || /\p{Lu}/u.test(c.span.text))),
          ),
          input,
        ),
        input,
        where,
        weights,
        kind,
      ),
      askedVerb(input.question, input.parsed),
      input.passage,
      passiveAsked(input.question, input.parsed) !== null,
    ),
    input,
  );
  // "Who was elected?" is not answered by the "officials" who said something else; "how many votes did
  // Whitcomb get?" by the number of another name; "how old is she?" by another's age (`age-owner.ts`).
  // "How did she die?": no name, date or person says how (`manner.ts`).
  // "When did the trams stop?" of "…built in 1904 …, which ran until 1924": the date marked as the
  // phase the question's verb names, an end or a beginning (`phase-verb.ts`); "When was the sword
  // made?" of "…thought to date from the 9th century, was taken … on Monday": the date marked as when
  // the thing came to be (`ofOrigin`).
  // "How much are tickets on a Tuesday?" of "£6.50, with every seat at £4 on Tuesdays": the amount
  // the passage ties the question's qualifier to (`qualifier-tied.ts`).
  const candidates = tiedToQualifier(
    ofOrigin(
      ofAskedPhase(
        mannerCandidates(
          ofAgeOwner(ofAskedOwner(tiedToAskedVerb(kindCandidates, input), input), input, slot),
          input.question,
          input.passage.tags,
        ),
        kind.kind === 'date' ? askedPhase(input.parsed, input.passage.tokens) : undefined,
        input.passage.text,
      ),
      kind.kind === 'date',
      input,
    ),
    input.question,
    input.passage,
    AMOUNTS.has(kind.kind),
  );
  // "What is the name of the trust?": a name headed by "trust" that no candidate holds whole ("the
  // Wharfe Valley Hospice Trust over five years", one phrase to the tagger).
  const run = where ? undefined : namedRun(input, kind, candidates);
  if (run !== undefined) return run;
  const scores = candidates.map((c) => linear(c.features, model));
  const top = Math.max(...scores);
  const at = scores.indexOf(top);
  // The chosen span's share of the candidates' probability (softmax): low when several fit as well.
  const share = 1 / scores.reduce((sum, z) => sum + Math.exp(z - top), 0);
  const best = candidates[at];
  if (best === undefined || share < weights.SPAN_MIN_SCORE) return null;
  // "What was the final score?": the scoreline, not the words the span runs on into (`scoreline.ts`).
  if (kind.kind === 'scoreline') return scorelineOf(input.passage.text, best.span);
  // "Who was given awards?" of "Owain Hughes, Megan Price and Dafydd Evans were given…": all three.
  if (asksWhoDid(input, kind)) return nameListOf(best.span, input.passage, input.matched) ?? best.span;
  // "What did they sign?" of a headline read as one name: what follows the verb (`objectInSpan`).
  return objectInSpan(best.span, askedVerb(input.question, input.parsed), input.passage);
}

/**
 * "When was the sword made?" of "The sword, which is thought to date from the 9th century, was taken …
 * on Monday": a verb of coming to be asked (`namesOrigin`), and the passage marks a date as when the
 * thing came to be ("date from", "built in": `datesOrigin`); then only such dates answer, not the day
 * something later happened to it. Every candidate otherwise (no such verb, the passage says the verb
 * itself, or no date so marked).
 */
function ofOrigin<T extends { span: { start: number } }>(
  candidates: readonly T[],
  dates: boolean,
  input: SpanInput,
): readonly T[] {
  const verb = dates ? questionVerb(input.parsed) : undefined;
  const lemma = verb === undefined ? undefined : (verbLemmaOf(verb.word) ?? verb.word);
  if (verb === undefined || lemma === undefined || !namesOrigin(lemma)) return candidates;
  // A passage saying the verb itself dates it ("…developments built between the 1960s and 1990s"),
  // wherever another date is marked as something else's origin ("homes … date back to the 1930s"), as
  // for a phase (`askedPhase`).
  const stems = verbStems(verb);
  if (input.passage.tokens.some((t) => stems.has(t.stem))) return candidates;
  const marked = candidates.filter((c) => datesOrigin(input.passage.text, c.span.start));
  return marked.length > 0 ? marked : candidates;
}

/**
 * The phase (an end, a beginning) the question's verb names ("when did the trams stop?"), if any; none
 * when the passage says the verb itself, whose own date answers, wherever a phase marks another ("When
 * was he killed?" of "…who served from 1998 to 2004, was killed in Helmand in 2009": 2009, not the end
 * of his service; the re-read's probe).
 */
function askedPhase(parsed: ParsedQuestion, tokens: readonly Token[]): Phase | undefined {
  const verb = questionVerb(parsed);
  if (verb === undefined) return undefined;
  const stems = verbStems(verb);
  return tokens.some((t) => stems.has(t.stem)) ? undefined : phaseOfVerb(verb.word);
}

/**
 * Does the question ask who did something, which a list of people may have done together ("who was
 * given awards?", "which singers won?"), not who one is ("who was the chairman?", "who is Tom Hill's
 * wife?": one of a list of names, whichever the list's order)?
 */
function asksWhoDid(input: SpanInput, kind: AskedKind): boolean {
  if (kind.kind !== 'person' && input.parsed.type !== 'person') return false;
  const copula = /^\s*(?:who\s+(?:is|was)|who['’]?s)\s+([\p{L}'’-]+)/iu.exec(input.question);
  if (copula?.[1] === undefined) return true;
  // "Who was given awards?": a passive, said of whoever was given them; its participle is a verb form
  // other than the verb's own dictionary form.
  const word = copula[1].toLowerCase();
  const verb = verbLemmaOf(word);
  return verb !== undefined && verb !== word;
}

/**
 * For a question asking a name by its noun ("which court", "the name of the trust"), when no candidate
 * is a name headed by that noun: the first run of capitalised words of the passage that is one and
 * holds a word that is not the question's; undefined otherwise.
 */
function namedRun(input: SpanInput, asked: AskedKind, candidates: readonly ScoredSpan[]): Span | undefined {
  if (input.parsed.type !== 'other') return undefined;
  if (asked.kind !== 'thing' || candidates.some((c) => headedBy(asked, c.span.text))) return undefined;
  // The question's own words, not those matched only through an expansion: "The Collection Museum" for
  // "which museum wants to buy the hoard?", whose "hoard" found "collection".
  const own = new Set(tokenize(input.question).map((t) => t.stem));
  return namesHeadedBy(asked, input.passage.text).find((run) =>
    input.passage.tokens.some((t) => t.start >= run.start && t.end <= run.end && !t.stop && !own.has(t.stem)),
  );
}

/**
 * For a who-question asking the subject of its verb (`subjectVerb`), the name the passage gives as that
 * verb's subject (`subjectsOfVerb`): a candidate that fits "who" (a person, an organisation, a name)
 * and is written as a name; undefined when the passage has none.
 */
function subjectOf(input: SpanInput, asked: AskedKind, everyCandidate: () => ScoredSpan[]): Span | undefined {
  if (input.parsed.type !== 'person') return undefined;
  const verb = subjectVerb(input.question);
  if (verb === undefined) return undefined;
  if (asked.kind !== 'person') return undefined;
  const written = cutAtVerb(everyCandidate(), verb, input.passage).filter(
    (c) => isWrittenAsName(c.span.text) && !namesAskedThing(c.span, verb, input.question, input.passage),
  );
  const fits = written.map((c) => fitOf(asked, { ...c.span, kind: c.kind }, input.passage));
  const names = written.filter((_, i) => fits[i] === 'fine');
  // "Julia Butterfly Hill lived in Luna…", the tagger's place: a name doing the asked thing is whoever
  // does it, when no name of a person does.
  let subjects = subjectsOfVerb(names, verb, input.passage);
  if (subjects.length === 0)
    subjects = subjectsOfVerb(
      written.filter((_, i) => fits[i] === 'loose'),
      verb,
      input.passage,
    );
  if (subjects.length === 0) {
    // "Who designed the building?" is said in the passive too ("designed by Spanish architect Enric
    // Miralles"): the person (or pair) the tagger names after "by", not a phrase running on past the
    // name ("Bob Gallion of the world-famous"); else the nearest name there.
    const agents = agentsOfVerb(names, verb, input.passage);
    const agent = (agents.find((c) => c.kind === 'person') ?? agents[0])?.span;
    // "A 68-year-old woman has died after the river burst its banks": no name does the asked thing, but
    // a phrase for a kind of person does, and is who did it (named in full later: `namedForDescription`),
    // not a name of the sentence that does something else ("its banks").
    if (agent !== undefined) return agent;
    // "The body was discovered by a dog walker": a phrase for a kind of person after the passive's "by"
    // did it, when no name does.
    const roleAgent = agentsOfVerb(agentPhrases(everyCandidate(), input), verb, input.passage)[0];
    if (roleAgent !== undefined) return namedRole(roleAgent.span, everyCandidate(), input.passage);
    return roleSubjectOf(everyCandidate(), verb, input.passage);
  }
  // "The poet Percy Shelley wrote…": the person's name, not the phrase with their title, when both end
  // there ("Khaled Obaidi and Alexander Fomin", a pair the tagger names, is a person's too).
  const first = subjects[0];
  const person = subjects.find((c) => c.kind === 'person' && c.span.end === first?.span.end);
  if (person !== undefined || first === undefined) return (person ?? first)?.span;
  // "City council member Priya Raman", a name the tagger does not know: the name its title names.
  const { text, tokens } = input.passage;
  const named = titledNames(text, tokens, [{ type: 'phrase', ...first.span }]).find(
    (e) => e.end === first.span.end,
  );
  if (named === undefined) return first.span;
  return { text: text.slice(named.start, named.end), start: named.start, end: named.end };
}

/**
 * For a who-question asking its verb's subject in the active, the candidates but the asked thing named
 * (`namesAskedThing`) or a name inside it ("a photograph of Albert": `insideAskedThing`) and, of a
 * passage saying the verb only in the passive with no "by", those from the passive's clause on, what it
 * was done to (`passiveWithoutAgent`). Any other question's, all.
 */
function withoutAskedThing(candidates: ScoredSpan[], input: SpanInput): ScoredSpan[] {
  if (input.parsed.type !== 'person') return candidates;
  const verb = subjectVerb(input.question);
  if (verb === undefined) return candidates;
  // Read once for the passage, not for each candidate.
  const doneFrom = passiveWithoutAgent(verb, input.question, input.passage);
  return candidates.filter(
    (c) =>
      !(doneFrom !== undefined && c.span.start >= doneFrom) &&
      !namesAskedThing(c.span, verb, input.question, input.passage) &&
      !insideAskedThing(c.span, verb, input.question, input.passage.text),
  );
}

/**
 * Of the candidates, the first phrase for a kind of person ("68-year-old woman", "a local man", not a
 * name nor "1,100 people", a count) that is the subject of the asked verb in the passage; undefined
 * when none is.
 */
export function roleSubjectOf(
  candidates: readonly ScoredSpan[],
  verb: AskedVerb,
  passage: SpanInput['passage'],
): Span | undefined {
  const roles = rolePhrases(candidates, passage);
  // A role phrase may be followed by where its person comes from ("a 17-year-old swimmer from Falkirk").
  const role = roles.length === 0 ? undefined : subjectsOfVerb(roles, verb, passage, true)[0]?.span;
  if (role === undefined) return undefined;
  // "A father and his 12-year-old daughter were rescued": both did (or had done to them) what was asked,
  // when the verb says more than one ("Police thanked the paramedic and her daughter was discharged").
  const plural = PLURAL_VERB.test(passage.text.slice(role.end));
  const first = plural
    ? roles.find((c) => PAIRED.test(passage.text.slice(c.span.end, role.start)))
    : undefined;
  if (first !== undefined) {
    const start = first.span.start;
    return { text: passage.text.slice(start, role.end), start, end: role.end };
  }
  return namedRole(role, candidates, passage);
}

/** What joins two phrases for people into one subject: " and his ", " and ". */
const PAIRED = /^\s+and\s+(?:(?:his|her|their)\s+)?$/iu;
/** A verb only more than one subject takes, right after the second phrase: "… were rescued", "… have been". */
const PLURAL_VERB = /^\s*(?:were|are|have)\b/iu;

/**
 * Of the candidates, the phrases for a kind of person ("68-year-old woman", "a local man"), not a name
 * nor "1,100 people", a count.
 */
function rolePhrases(candidates: readonly ScoredSpan[], passage: SpanInput['passage']): ScoredSpan[] {
  return candidates.filter(
    (c) =>
      c.kind === 'phrase' &&
      !isWrittenAsName(c.span.text) &&
      // The phrase is then read in a person's sense when it has one among its commonest: "a fan from
      // Llanelli has driven…", "the chief executive of Royal Mail has written…" (`mayBePersonHead`), or
      // any of its senses before "of" and a name ("the head of Severn Water has resigned": `headsNamedBody`).
      (mayBePersonHead(c.span.text) ||
        // Not a phrase set off after a comma: "A guard, a member of the union RMT, was assaulted" is
        // about the guard (session 33's review).
        (headsNamedBody(c.span.text, passage.text.slice(c.span.end)) &&
          !/,\s*(?:(?:an?|the)\s+)?$/iu.test(passage.text.slice(0, c.span.start)))) &&
      !countOpens(c.span, passage),
  );
}

/**
 * Of the candidates, the phrases for people that may be a passive's agent ("discovered by a dog walker",
 * "spotted by two surfers", "airlifted by a coastguard helicopter crew": a count or a body of people
 * too, `mayBePeopleHead`), not a name, nor one the question names ("what Greek writer…?" of "by the
 * 2nd century BCE Greek writer on mechanics, Philo of Byzantium": which one it was is asked).
 */
function agentPhrases(candidates: readonly ScoredSpan[], input: SpanInput): ScoredSpan[] {
  const { tokens } = input.passage;
  return candidates.filter(
    (c) =>
      c.kind === 'phrase' &&
      !isWrittenAsName(c.span.text) &&
      mayBePeopleHead(c.span.text) &&
      !tokens.some((t) => t.end === c.span.end && input.matched.has(t.stem)),
  );
}

/** A role phrase found doing the asked thing, or the name the passage gives it (`roleSubjectOf`). */
function namedRole(role: Span, candidates: readonly ScoredSpan[], passage: SpanInput['passage']): Span {
  // "The man, named locally as Daniel Price, was taken to hospital": the name its apposition gives; a
  // body's too ("a giant of the sportswear world, the Danish firm Kovak, has offered…").
  const apposed = (c: ScoredSpan): boolean => {
    if (c.span.start <= role.end) return false;
    const between = passage.text.slice(role.end, c.span.start);
    if (c.kind === 'person') return NAMED_IN_APPOSITION.test(between);
    // A body only when the apposition is the body itself, named after its kind ("the Danish firm
    // Kovak"), not a clause about the person ("The driver, who works for the delivery firm Evri,", "A
    // guard, a member of the union RMT,": session 33's review). Nor a phrase holding one ("a member of
    // the union RMT": `holdsBody`), where a name holding "of" is the body ("the Bank of England").
    return (
      (c.kind === 'organization' || namesBodyOfKind(c.span.text)) &&
      !holdsBody(c.span.text) &&
      BODY_IN_APPOSITION.test(between)
    );
  };
  const first = candidates.find(apposed);
  // The whole name of those that start there: "the charity Friends of the Earth", not "charity Friends".
  const named = candidates
    .filter((c) => c.span.start === first?.span.start && apposed(c))
    .reduce<ScoredSpan | undefined>(
      (a, c) => (a === undefined || c.span.end > a.span.end ? c : a),
      undefined,
    );
  if (named !== undefined) return named.span;
  // "head" alone says none of what a reader takes from "the head of Severn Water": a phrase read as a
  // person only by its "of" name answers with that name.
  if (mayBePersonHead(role.text)) return role;
  const body = candidates.find(
    (c) => c.span.start > role.end && OF_THE.test(passage.text.slice(role.end, c.span.start)),
  );
  return body === undefined
    ? role
    : { text: passage.text.slice(role.start, body.span.end), start: role.start, end: body.span.end };
}

/** From a role phrase's end to the name it is the role of: "of", or "of the". */
const OF_THE = /^\s+of\s+(?:the\s+)?$/u;

/**
 * From a role phrase's end to a body named in apposition: a comma and at most four words, none of them
 * opening a clause or a phrase of its own ("who", "of", "for"…): ", the Danish firm ".
 */
const BODY_IN_APPOSITION =
  /^\s*,\s*(?:(?!(?:who|whom|whose|which|that|of|for|with|from|in|at|by|to|on)\b)[\p{L}'-]+\s+){0,4}$/iu;

/** From a role phrase's end to a name in the apposition after it: a comma and words with no other comma. */
const NAMED_IN_APPOSITION = /^\s*,[^,.;:!?"“”()]*$/u;

/**
 * Does a number open the span as a count of its head ("1,100 people")? Not one joined to the next word
 * by a hyphen, which says what kind of thing it is ("68-year-old woman", "a three-man crew").
 */
function countOpens(span: Span, passage: SpanInput['passage']): boolean {
  return passage.tags.some(
    (t) => t.type === 'number' && t.start === span.start && !/^-\p{L}/u.test(passage.text.slice(t.end)),
  );
}

/**
 * "Which group seeks to reconceive…?", "what group of civil disobedients brought medicine…?": for a
 * which-question whose noun names people or a body of them and is its verb's subject
 * (`whichSubjectVerb`), the name the passage gives as that verb's subject, as for "who".
 */
function whichSubjectOf(input: SpanInput, everyCandidate: () => ScoredSpan[]): Span | undefined {
  const which = whichSubjectVerb(input.question);
  // "Which country refused…" asks for a place, which `ofAskedKind` reads ("Since Ireland" is no name).
  if (which === undefined || isKindOrSame(which.noun, 'location')) return undefined;
  // "Which group…" itself, but not every noun WordNet files under groups ("which species lives…?").
  if (which.noun !== 'group' && !namesPeople(which.noun)) return undefined;
  const person: AskedKind = { kind: 'person' };
  const written = cutAtVerb(everyCandidate(), which.asked, input.passage).filter((c) =>
    isWrittenAsName(c.span.text),
  );
  const fits = written.map((c) => fitOf(person, { ...c.span, kind: c.kind }, input.passage));
  const subject = (level: string) =>
    subjectsOfVerb(
      written.filter((_, i) => fits[i] === level),
      which.asked,
      input.passage,
    )[0]?.span;
  // "Which team won?" of "Harlow Town beat…": a side's name the tagger reads as a place does it, when
  // no name of a person does (as for "who").
  return subject('fine') ?? subject('loose');
}

/**
 * The candidates of the asked kind (answer-kind.ts): those that fit it, else those that fit it loosely
 * (a country for "who…", when the passage names no one), else none. For "where", a place that does
 * what the question asks ("Iraq, Russia Sign …" for "where did they sign?") is the actor, not where it
 * happened.
 */
function ofAskedKind(
  candidates: ScoredSpan[],
  input: SpanInput,
  where: boolean,
  weights: SpanWeights,
  asked: AskedKind,
): ScoredSpan[] {
  const { passage } = input;
  const matchedAt = passage.tokens.flatMap((t, i) => (!t.stop && input.matched.has(t.stem) ? [i] : []));
  // Where someone comes from ("a family from Winchester") answers "where is she from?" or "where does
  // she live?", and a question about them ("where did the refugees flee?"), only (`unaskedHome`).
  const words = where ? unaskedWords(input.question) : undefined;
  const fits = candidates.map((c): Fit => {
    // Of the passage's own words: "Friday (6 November 2026)", a weekday the reply dates from the
    // dateline, gives no year for "what year…?", though the date added to it does (nc55).
    const own = passage.text.slice(c.span.start, c.span.end);
    const fit = fitOf(asked, { ...c.span, text: own, kind: c.kind }, passage);
    if (!where || fit === 'none') return fit;
    if (words !== undefined && unaskedHome(passage.text, c.span.start, words)) return 'none';
    const [, last] = tokenRange({ ...c.span, kind: c.kind }, passage.tokens);
    const actor =
      !afterLocative(passage.text, c.span.start) &&
      !placeAfterPreposition(passage.text, c.span.start, weights.LOCATIVE_LOOK_BACK) &&
      functionGap(
        passage.tokens,
        last,
        matchedAt.find((m) => m > last),
      );
    return actor ? 'none' : fit;
  });
  // A question about what was is not answered from a condition ("If we lose 2-0 we are out").
  if (asksPast(input.question))
    candidates.forEach((c, i) => {
      if (inCondition(passage.text, c.span.start)) fits[i] = 'none';
    });
  const level = fits.includes('fine') ? 'fine' : 'loose';
  const kept = candidates.filter((_, i) => fits[i] === level);
  // "What court was he sentenced at?": a name headed by "court" before "Wednesday" or "Harrogate".
  // "What was his last song?": a name the passage calls a song ("a song called Judge Y'Self") too.
  const noun = asked.kind === 'thing' ? asked.noun : undefined;
  const headed = kept.filter(
    (c) =>
      headedBy(asked, c.span.text) ||
      (noun !== undefined && noun !== '' && calledA(noun, passage.text, c.span.start)),
  );
  if (headed.length > 0) return headed;
  // "What minute was the winning goal?": the one of the asked noun's kind the passage picks out by a
  // number ("in the 88th minute"), not another phrase near the question's words ("Kingsmead Stadium").
  const numbered = noun === undefined ? [] : kept.filter((c) => numberedOf(noun, c.span, passage));
  if (numbered.length > 0) return numbered;
  // "What reference number do I give the police?": a number is written in figures ("quoting crime
  // reference 50261020114"), not a name near the question's words ("Devon and Cornwall", nc56).
  // Not a date's figures, and not for "what type of number…", which asks a kind.
  const figures =
    noun === 'number' && !/\b(?:type|kind|sort)s?\s+of\b/iu.test(input.question)
      ? kept.filter((c) => c.kind !== 'date' && /\d/u.test(c.span.text))
      : [];
  if (figures.length > 0) return figures;
  // "An 88th-minute winner": the passage gives the asked unit by its number inside a compound no
  // candidate holds, and any other candidate ("Harlow Town 2-1") would be the wrong one.
  return noun !== undefined && numberedInCompound(noun, passage.text) ? [] : kept;
}

/**
 * Does the text join a number to the noun, a unit of time, in a compound modifier ("an 88th-minute
 * winner", "a 90-minute delay")?
 */
function numberedInCompound(noun: string, text: string): boolean {
  if (!isKindOf(noun, 'time_unit')) return false;
  const escaped = noun.replace(/[^\p{L}]/gu, '');
  return new RegExp(String.raw`\b\d+(?:st|nd|rd|th)?-${escaped}\b`, 'iu').test(text);
}

/**
 * Is the span a phrase headed by the noun, a unit or a period of time, with a number before it ("88th
 * minute", "the 3rd day")? A number says which one of a measured scale; of other nouns ("the second
 * meeting" for "which meeting?") a name may say it better.
 */
function numberedOf(noun: string, span: Span, passage: SpanInput['passage']): boolean {
  if (!isKindOf(noun, 'time_unit') && !isKindOf(noun, 'time_period')) return false;
  const tokens = passage.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const head = tokens.at(-1);
  if (head === undefined || tokens.length < 2 || !(head.word === noun || head.word === `${noun}s`))
    return false;
  return passage.tags.some((t) => t.type === 'number' && t.start >= span.start && t.end <= head.start);
}

/**
 * "Who is the Iraqi minister?", "Who represented Russia?": when the passage titles some of its people
 * with the question's words ("Iraqi Defense Minister Khaled Obaidi"), or with the adjective of a place
 * the question names ("Director of the Russian Federal Service … Alexander Fomin" for "Russia"), the
 * person meant is the one whose title says most of them; a pair of names counts by its lesser title.
 * Other candidates are left as they are when no title holds a question word.
 */
function byTitle(all: ScoredSpan[], input: SpanInput): ScoredSpan[] {
  const { parsed, passage } = input;
  if (parsed.type !== 'person' || parsed.keywords.length === 0) return all;
  // "Who is the chancellor?" of "The prime minister, David Allen, said he had full confidence in his
  // chancellor": the passage says the role only of someone it does not name, so none it names holds it.
  const roles = new Set(
    parsed.keywords.filter((k) => namesRoleAsked(input.question, k.word)).map((k) => k.stem),
  );
  const whoIs = WHO_IS.test(input.question);
  if (whoIs && roles.size > 0 && saysRoleOnlyPossessed(roles, passage.text, passage.tokens))
    return all.filter((c) => c.kind !== 'person');
  // "Who is the spokesman?" of "A spokesman for the club, Leeds Rovers, said…": what the role is for
  // (the club, and the name set after it) does not hold it; a person named there does ("A spokesman for
  // the club, Dan Price,").
  const complements = whoIs ? roleComplements(roles, passage.text, passage.tokens) : [];
  const candidates = all.filter(
    (c) => c.kind === 'person' || !complements.some((x) => c.span.start >= x.start && c.span.end <= x.end),
  );
  const asked = new Set(parsed.keywords.map((k) => k.stem));
  const people = titledPeopleIn(input.titled, passage.text, passage.tokens, passage.tags).map((p) => ({
    ...p,
    says: new Set(p.title.flatMap((t) => titleWordStems(t).filter((s) => asked.has(s)))).size,
  }));
  const says = (c: ScoredSpan): number => {
    const inside = people.filter((p) => p.name.start >= c.span.start && p.name.end <= c.span.end);
    return c.kind === 'person' && inside.length > 0 ? Math.min(...inside.map((p) => p.says)) : 0;
  };
  // "Who is the head of the IMF?" is not answered by "Serge Troeber, deputy head of …": a deputy, a
  // vice-president, a former minister does not hold the role asked, unless the question says so too.
  const said = new Set(tokenize(input.question).map((t) => t.word));
  // And the other way round: "Club captain Alan Hughes" is not "the vice captain" asked. Only a title
  // saying the qualified role word itself, as `titlesHolder` reads it: "Club secretary Jo Bell" says
  // another role, which the question's other words weigh as before.
  // The qualifier as the ranking read it (`askedRole`): only a who-is question asks a role's holder.
  const qualified = input.role?.qualified;
  const other = people.filter((p) =>
    p.title.some(
      (t, i) =>
        (asked.has(t.stem) && qualifiedRoleAt(p.title, i, said)) ||
        (qualified?.stems.has(t.stem) === true && lacksQualifier(p.title, qualified.words)),
    ),
  );
  const holders = candidates.filter(
    (c) => !other.some((p) => p.name.start >= c.span.start && p.name.end <= c.span.end),
  );
  const best = Math.max(0, ...holders.map(says));
  if (best > 0) return holders.filter((c) => says(c) === best);
  // "Chancellor Amy Ford, shadow chancellor Luke Grant and shadow home secretary Tim Moss" for "who is
  // the home secretary?": with the role titled only to a shadow (or deputy, former) holder, the others
  // titled hold other roles and answer nothing either.
  const titledElse = other.length === 0 ? [] : people.filter((p) => p.title.length > 0 && p.says === 0);
  return holders.filter(
    (c) => !titledElse.some((p) => p.name.start >= c.span.start && p.name.end <= c.span.end),
  );
}

/** Does the question ask "where" (not "what is the prime where…", which asks for a name)? */
export function asksWhere(question: string, parsed: ParsedQuestion): boolean {
  return parsed.type === 'location' && FIRST_WH.exec(question)?.[0].toLowerCase() === 'where';
}
