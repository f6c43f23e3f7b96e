/**
 * Answerability stage: does the best passage answer the question, or does the article not say? A
 * logistic regression over the engine's own evidence (features below), trained by `npm run train`
 * (`scripts/train.ts`) on the visible question sets; its weights are `calibration.json`. Also: does
 * the question fit several articles nearly equally?
 */
import { JOB_WORDS, jobOf, jobTimeAsked, onlyUnpaidOf, type AskedJob, type SaidJob } from './job-asked.js';
import { jobAskedIn } from './job-answer.js';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { questionStems, type Correction, type Group } from './expansion.js';
import type { Entity } from './entities.js';
import { typeNounAsked, type ParsedQuestion, type Phrase } from './question.js';
import type { Ranked } from './rerank.js';
import {
  givesAmount,
  isNumeric,
  noCountOfAsked,
  onlyBeingsAged,
  slotEvidence,
  unsaid,
  type AskedSlot,
} from './slot.js';
import { asksFuture, speaksOfFuture } from './tense.js';
import { saysWordOfStem } from './stem-kin.js';
import { stem, type Token } from './text.js';
import { OPENING_AUXILIARY } from './auxiliaries.js';
import type { ArticleRef, Passage } from './types.js';
import type { Weights } from './weights.js';
import { roleSplit, titledPeopleIn, type TitledPeople } from './titles.js';
import { derivedWords, isAdverb, isCommonWord, isLemma, isRoleNoun } from './wordnet.js';
import { wordVectors } from './embeddings.js';
import { creditedTokens, softCoverage } from './soft-match.js';
import { OPENER, openingPronoun, type SearchIndex } from './search-index.js';
import { checkFeatures } from './learned-model.js';
import { dimensionSaid, type NameAsked } from './answer-kind.js';
import { asksMargin, marginsIn } from './margin.js';
import { durationSaid, onlyOtherMeasures } from './measure.js';
import { dimensionMeasureAsked, saysTimeSince } from './dimension-measure.js';
import { saysOnlyUnreal } from './verb-subject.js';
import { measureGroup } from './conversation-article.js';
import { isMeasureTerm, measureGiven } from './measure-term.js';
import { failsAssertion, failsDenial, failsPredication, readOnlyAsSatellite } from './polarity.js';
import { namePartsSaid } from './span-described.js';
import { unnamedOnly } from './unnamed.js';
import { asksWhen, saysTime } from './time-said.js';
import { clockAnswer, clockAsked, saysTimeOfDay } from './clock-time.js';
import { notKnownIn, type NotKnown } from './not-known.js';
import { saysProOne } from './pro-one.js';
import { outcomeWordsSaid } from './vote-tally.js';

/**
 * What the calibrator sees of a question and its best passage, each in [0, 1]. The order is the
 * order of the weights in `calibration.json`; the training script records the names and the engine
 * refuses a calibration whose names differ. Dropped (docs/measured.md): the margin to the second
 * passage and whether the passage is body text (learned weights 0.03 and 0.0002), and the question's
 * length (a mark of how a question set is written, not evidence that the passage answers: without it,
 * held out, more SQuAD answerable questions are kept and the user questions' outcomes do not move).
 */
export const FEATURE_NAMES = [
  /** The rarity-weighted share of the question the best passage (with what it borrows) accounts for. */
  'coverage',
  /** The same share, counting only words found in the passage itself. */
  'own',
  /** The rarest question word the passage lacks (its IDF over the largest possible IDF). */
  'rarestMissing',
  /** The share of the question's weight in words the searched articles do not hold at all (read, if at all, only through their definitions). */
  'unknown',
  /**
   * The question asks for a slot (a person, a date, an amount of money, an age, a count of the thing it
   * names…: `slot.ts`) and the passage holds something that fills it, not made of the question's words.
   */
  'slotFound',
  /** It holds nothing that fills the slot, only something of its broader kind (a number, but no money). */
  'slotLoose',
  /** It holds nothing of the kind asked for at all. */
  'slotMissing',
  /**
   * How close the filler is to what the question is about: the rarity-weighted share of the question
   * words the passage matched that sit within a few words of it ("23,000 people killed" is far from
   * "Sri Lanka" in a list of four countries).
   */
  'slotNear',
  /** A "what <kind>" question ("What language…") finds a word of that kind in the passage. */
  'kindFound',
  /**
   * The share of the passage's content words that are not the question's: a passage that only repeats
   * the question ("E Hayot … said") has nothing to answer with.
   */
  'novelty',
  /**
   * `slotMissing` for a slot a number fills (a count, an amount of money, a share, a quantity, an age):
   * numbers are read by pattern, so a passage without any is surely without the answer, while a missing
   * person, place or date may be the tagger's miss.
   */
  'numberMissing',
  /**
   * The share of the question's weight in words the articles lack that are names (written as one in
   * the question, or no common English word): a story that lacks the question's "Toyota" or "Gagarin"
   * is about something else, while one that lacks its "grown-ups" or "telly" may say it in other words.
   * `unknown` counts both.
   */
  'unknownName',
  /**
   * The question asks when something will happen ("When will the commission publish its next report?")
   * and the passage has no word of the future, a plan or an expectation (`tense.ts`): its dates are of
   * what happened. Only for a date: an estimate of what "the region will need" answers in any tense.
   */
  'futureUnsaid',
  /**
   * How much of the question the passage says in any words (`soft-match.ts`): per question word, 1 when
   * the passage holds it, else its best word-vector cosine to the passage's words, weighted by rarity. A
   * passage that lacks "grown-ups" but says "adults" is nearer to answering than one that says neither.
   */
  'soft',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

const CalibrationSchema = z.object({
  features: z.array(z.string()),
  weights: z.array(z.number()),
  bias: z.number(),
  /** Answer when the probability is at least this. */
  threshold: z.number(),
  provenance: z.record(z.string(), z.unknown()),
});
export type Calibration = z.infer<typeof CalibrationSchema>;

/** Parse and check a calibration against the features this engine computes. */
export function parseCalibration(json: unknown): Calibration {
  const calibration = CalibrationSchema.parse(json);
  checkFeatures('calibration', calibration, FEATURE_NAMES);
  return calibration;
}

/** The committed calibration (read once: the build copies it next to the compiled module). */
export const CALIBRATION: Calibration = parseCalibration(
  JSON.parse(readFileSync(new URL('./calibration.json', import.meta.url), 'utf8')),
);

export function probability(calibration: Calibration, features: Features): number {
  let z = calibration.bias;
  FEATURE_NAMES.forEach((name, i) => (z += (calibration.weights[i] as number) * features[name]));
  return 1 / (1 + Math.exp(-z));
}

export interface Evidence {
  groups: readonly Group[];
  /** The question as asked (its wording tells the slot: "how old", "how much … cost"). */
  text: string;
  question: ParsedQuestion;
  /** What the question wants (`askedSlot` of `text` and `question`): the engine read it for its re-ranking. */
  asked: AskedSlot;
  ranked: readonly Ranked[];
  passages: readonly Passage[];
  /** The IDF of a word no article holds: the largest IDF. */
  maxIdf: number;
  /** The question's misspelt words as read ("syrai" → "syria"). */
  corrections?: readonly Correction[];
  /** The index searched (the sentences the best passage points back to). */
  index: SearchIndex;
  /** The best passage's entities (`SearchIndex.entities`), asked for only when the slot needs them. */
  entities: () => readonly Entity[];
  /**
   * The groups naming the story's subject that the best passage says by a pronoun ("He is 58." for
   * "how old is he?": `subject.ts`): the passage holds them itself, as the word "he".
   */
  saidByPronoun?: readonly number[];
  /** The question's titled people by sentence (`TitledPeople`): the short answer reads the same passage's. */
  titled?: TitledPeople;
  /** The noun the question asks the proper name of ("club" of "what is the rugby club called?": `nameAskedOf`). */
  nameAsked?: NameAsked;
}

/** Does some passage shown (`givesAmount`) give an amount? The best passage's entities are tagged already. */
function amountShown(e: Evidence): boolean {
  return e.ranked.slice(0, e.passages.length).some((r, i) => {
    const text = e.passages[i]?.text ?? '';
    const entities = i === 0 ? e.entities : () => e.index.entities(r.id);
    return givesAmount({ text, tokens: r.tokens, entities });
  });
}

/**
 * Does the passage that answers give an amount? A price asked ("how much is the council tax rise?")
 * may be answered by a passage shown after a headline (`amountShown`); any other amount of money is
 * answered from the best passage when it is body text, as the short answer is, so a sentence saying
 * the payment without a sum ("we paid a heavy price") gives none, whatever the passages after it say.
 */
function amountGiven(e: Evidence): boolean {
  const best = e.ranked[0];
  const passage = e.passages[0];
  if (e.asked.price === true || best === undefined || passage?.section !== 'body') return amountShown(e);
  return givesAmount({ text: passage.text, tokens: best.tokens, entities: e.entities });
}

/**
 * A date to come asked of a headline that gives none ("Library to reopen after flood damage" for "when
 * will the library reopen?"): a headline says its story's news in few words, and the body says the
 * rest ("…will reopen within weeks"), as for an amount (`amountGiven`). So a headline ranked first is
 * judged by the body passage shown after it from the same story: the date is unsaid only when that one
 * too gives no date and says nothing of what is to come. True when the best passage is body text (it
 * was judged itself); false when no body passage of its story is shown, as nothing shows the body
 * withholds the date.
 */
function dateToComeUnsaidAfter(e: Evidence): boolean {
  const first = e.passages[0];
  if (first === undefined || first.section === 'body') return true;
  const at = e.passages.findIndex(
    (p, i) => i > 0 && p.section === 'body' && p.article.id === first.article.id,
  );
  const body = e.passages[at];
  const ranked = e.ranked[at];
  if (body === undefined || ranked === undefined) return false;
  if (speaksOfFuture(body.text)) return false;
  const entities = () => e.index.entities(ranked.id);
  const slot = slotEvidence(e.asked, { text: body.text, tokens: ranked.tokens, entities }, e.groups);
  return slot !== undefined && !slot.found && !slot.loose;
}

/**
 * The features of a question's best passage, or none when there is no evidence at all (no passage, none
 * of the question's words held). Those the engine judges: none, too, when a rule refuses the passage
 * before the calibrator (`readEvidence`).
 */
export function features(e: Evidence): Features | undefined {
  const read = readEvidence(e);
  return read === undefined || read.ruled ? undefined : read.features;
}

/** What `readEvidence` reads of the best passage. */
export interface EvidenceRead {
  features: Features;
  /** A rule refuses the passage whatever the calibrator says. */
  ruled: boolean;
  /**
   * Set only when a rule of the unsaid refused the passage (`Answer.unsaid`): the when-rule's, it says
   * no time (`time-said.ts`); or it says that what is asked is not known, or was not said (`not-known.ts`).
   */
  unsaid?: 'when' | NotKnown;
}

/**
 * What the calibrator reads of the best passage, and whether a rule refuses it whatever the calibrator
 * says (`ruled`). The training fits the calibrator on the features of every question, ruled or not
 * (`scripts/train.ts`): a rule is a refusal laid over the calibrator, and what "a number of another
 * kind" or "no number at all" says of a passage does not change when a rule learns to refuse some of
 * those passages. Fitted on the unruled alone, each new rule took its negatives away from the features
 * that mark them (the refit of session 36: `numberMissing` −1.59 → −0.26) and the passages no rule
 * catches were answered more (docs/measured.md, session 37).
 */
export function readEvidence(e: Evidence): EvidenceRead | undefined {
  const best = e.ranked[0];
  const passage = e.passages[0];
  if (best === undefined || passage === undefined) return undefined;
  // A word found only through its definition ("golfer" → "golf") helps ranking, but is evidence here as
  // a word the articles do not hold is. When they hold none of the question's words, nothing shows that
  // the passage is about what was asked: no evidence, so no answer.
  // A yes/no word read only through other adjectives of its head that the passage says of no one
  // (`readOnlyAsSatellite`) is as unknown as before they were read.
  const said = { text: passage.text, tokens: best.tokens };
  const held = (g: Group) =>
    g.terms.length > 0 && g.defined !== true && !readOnlyAsSatellite(e.text, said, g);
  // A pronoun read as the story's subject only says whom the question is about (`Group.pronoun`); one
  // standing for the person the reader named in the question before says what they named (`Group.named`).
  if (!e.groups.some((g) => held(g) && (g.pronoun !== true || g.named === true))) return undefined;
  const totalIdf = e.groups.reduce((sum, g) => sum + g.idf, 0) || 1;
  const stems = new Set(best.tokens.map((t) => t.stem));
  // The terms the index holds the passage under beyond its words (`sentence-terms.ts`), as derived
  // when it was indexed: a scoreline says "score" ("a 3-2 victory"), an acronym's capitals a synonym
  // written so ("america" → "US"), a hyphenated word its joined spelling ("grown-ups" for "grownups").
  // The first passage is always the index's sentence `best.id` (`Engine.passages`).
  for (const term of e.index.termsBeyondWords(best.id)) stems.add(term);
  // A name written in full says its acronym, as the index reads it ("The European Union…" for "EU"),
  // and its words stand where the acronym would for the slot's filler.
  const aliases = new Map<string, string>();
  for (const a of e.index.acronymsInFull(best.id)) {
    stems.add(stem(a));
    for (const word of e.index.acronyms.get(a) ?? []) aliases.set(word, stem(a));
  }
  let own = 0;
  let unknown = 0;
  let unknownName = 0;
  let rarestMissing = 0;
  const { asked } = e;
  const slot = slotEvidence(
    asked,
    { text: passage.text, tokens: best.tokens, entities: e.entities },
    e.groups,
    aliases,
  );
  // "How far away is the comet?" of "…900 million kilometres from the Sun": the unit says the measure.
  // "whats the margin?": whether the passage gives one ("wins … by 812 votes"), read once for the
  // word it says and the refusal below; undefined when no margin is asked.
  const marginGiven = asksMargin(e.text) ? marginsIn(passage.text).length > 0 : undefined;
  // A measure given says the measure word only of a passage about what is asked (`aboutAsked`).
  const about = aboutAsked(e, stems, passage.text);
  const measured = [
    ...(about ? measureSaid(e.groups, e.text, passage.text) : []),
    ...(marginGiven === true ? marginGroup(e.groups) : []),
    // "Whats the vote result?" of "voted nine to four": the tally is the result (`vote-tally.ts`).
    ...outcomeWordsSaid(
      e.text,
      e.groups.map((g) => g.word),
      passage.text,
    ),
  ];
  // A word said only in another part of speech counts when the passage holds what is asked: "the
  // patient who died" is said by "a patient's death", but the patient's name is what was asked.
  const filled = slot === undefined || slot.found || slot.loose;
  // "What was her job?" of "Mrs Tresize, a retired midwife, …": an occupation said of them says it.
  // The person asked and their occupation here, read once for this credit and the refusal below.
  const job = jobAskedIn(e.index, e.text);
  const jobHere = job === undefined ? undefined : jobOf(passage.text, job);
  measured.push(...jobSaid(e, jobHere));
  // "Which team won?" of "Harlow Town beat Ashby United…": a name of the type asked says its kind noun.
  if (slot?.found === true) measured.push(...typeNounSaid(e.groups, e.text, stems, e.saidByPronoun));
  // "What are the opening times?" of "It will be open from 8am to 4pm": a clock time says the time asked.
  measured.push(...clockWordsSaid(e.groups, e.text, e.passages));
  // "What is his surname?" of "Dennis Harlow, 61, …": a name in full says its parts.
  measured.push(
    ...namePartsSaid(e.text, e.groups, { text: passage.text, tokens: best.tokens, tags: e.entities() }),
  );
  const particles = strandedParticles(e.question.phrases, e.groups, stems);
  e.groups.forEach((g, i) => {
    if (particles.includes(i)) {
      rarestMissing = Math.max(rarestMissing, g.idf);
      return;
    }
    if (measured.includes(i) || (filled && derivedSaid(g, stems))) {
      own += g.idf;
      return;
    }
    // Held by its own stem only through another word of it ("authors" for "authorities"), it is not
    // said (`stem-kin.ts`): retrieval found the passage by the stem, but the passage is about other things.
    // A measure's term says the word only where the passage gives the measure asked (`measureGiven`).
    const here = g.terms.some(
      (t) =>
        stems.has(t.stem) &&
        (isMeasureTerm(t.stem)
          ? about && measureGiven(e.text, e.groups, i, passage.text)
          : saysWordOfStem(g.word, t.stem, best.tokens)),
    );
    if (held(g) && (here || e.saidByPronoun?.includes(i) === true)) own += g.idf;
    else rarestMissing = Math.max(rarestMissing, g.idf);
    // A word read only through a broader verb says nothing where the passage does not hold it.
    if (held(g) && (here || g.widened !== true)) return;
    unknown += g.idf;
    if (e.question.names.has(g.word) || !(isCommonWord(g.word) || isAdverb(g.word))) unknownName += g.idf;
  });
  const futureUnsaid = asked.slot === 'date' && asksFuture(e.text) && !speaksOfFuture(passage.text);
  // Nothing in the passage fills the slot, not even loosely: read once for the rules below (a date to
  // come, a when-question's time, a question of a pronoun alone, a person's age).
  const slotEmpty = slot !== undefined && !slot.found && !slot.loose;
  // The question asks when by its own word, and the passage says no time in any form `time-said.ts`
  // reads (a date, a noun of time, an event or life stage after a preposition, a clause or adverb of
  // time), other than the question's own words. A rule, as the unsaid is: the calibrator weighs a
  // missing date lightly, as the tagger may miss one, and a passage saying every question word
  // outweighs it; a passage with no word of time at all has no date the tagger could have missed. Body
  // text only: a headline says its news in few words, and the body says when.
  const whenUnsaid =
    asksWhen(e.text) &&
    passage.section === 'body' &&
    slotEmpty &&
    !saysTime({ ...said, entities: e.entities }, questionStems(e.groups));
  // "What time were the firefighters called out?" of "…about 50 firefighters were at the scene": a time
  // of day asked (`clockAsked`), and neither the passage nor another of its story shown gives a date, a
  // clock time or a time of day in words (`saysTimeOfDay`; the tagger reads "7.30pm" as a number).
  // Read apart from `whenUnsaid`: a clause of time ("at the height of the blaze") says when, not at what
  // time. The short answer stage finds a clock time in any passage shown of the best one's story
  // (`clockAnswer`), so each is read. Body text only, as for `whenUnsaid`.
  // A date fills the when-slot of such a question but says no time of day: "what time does the shop
  // open?" of "…the Christmas market, which opens on 14 November" (nc52) is the day something opens, and
  // was answered with it at 0.91. So the slot counts as empty when only a date could fill it, and when
  // no slot is read at all: "what are the opening times at the holt surgery?" asks no date, and its
  // "Fakenham Road Surgery in Holt" passage was answered at 0.83 (nc53), the surgery's name for its hours.
  // For hours or times asked, a stretch of days or years ("for 70 years") says no time of day.
  const clockUnsaid =
    (slot === undefined || slotEmpty || asked.slot === 'date') &&
    passage.section === 'body' &&
    clockAsked(e.text) &&
    !e.passages.some((p) => p.article.id === passage.article.id && saysTimeOfDay(p.text, e.text));
  // "Who donated the jacket?" of "…said no one knew who had donated the jacket": the passage says that
  // what is asked is not known, or was not said (`not-known.ts`). A rule, as the unsaid is: the passage
  // holds every word of the question, and often a name (the person who said it is not known), which the
  // calibrator reads as an answer. Read first, as the reason the reply gives.
  const notKnown = notKnownIn(e.text, passage.text);
  const ruled = (): boolean => {
    if (notKnown !== undefined) return true;
    // The passage says that what is asked has not been said ("the council has not said when…"): the
    // story's own word that it does not say. Too rare in the training sets to be learned, so a rule. Only
    // when the passage has nothing that fills the slot: "signed Okafor for an undisclosed fee" does not
    // say the fee, but does say who was signed.
    if (slot !== undefined && !slot.found && unsaid(passage.text)) return true;
    // "When will the old pipes be replaced?" of "…called on the company to replace its old pipes": a date
    // to come asked, and the passage gives no date at all and says nothing of what is to come
    // (`futureUnsaid` with `slotMissing`). A rule, as the unsaid is: the calibrator weighs the two apart,
    // and a passage saying every question word outweighs them.
    if (futureUnsaid && slotEmpty && dateToComeUnsaidAfter(e)) return true;
    // "When is the match?" of "…will lead the team in the IRB Rugby Aid match at Twickenham" (`whenUnsaid`).
    if (whenUnsaid) return true;
    // "What time were the firefighters called out?" with no time of day shown (`clockUnsaid`).
    if (clockUnsaid) return true;
    // The passage holds no question word but a phrasal verb's particle ("paid off" for "sent off"): as
    // with a passage holding none, nothing shows that it is about what was asked.
    if (particles.length > 0 && own === 0) return true;
    // "who won't sign?" of "Obaidi and Fomin signed…": those it names are the ones not asked for.
    if (failsDenial(e.text, passage.text, e.groups)) return true;
    // "who will attend the opening?" of "Sara Holm cannot attend the opening": she is the one not asked for.
    if (failsAssertion(e.text, passage.text, e.groups)) return true;
    // "was anyone injured?" of "…left with a torn roof lining": the asked word only as another adjective
    // of its head, said of no one.
    if (failsPredication(e.text, said, e.groups)) return true;
    // The question asks one kind of measure and every number of the passage gives another ("how high did
    // the water get?" of "…said Karen Mbeki, 54"): an age is never a height. A rule, as the unsaid is: the
    // calibrator's slot features count any number as filling a "how high" slot.
    // An amount of money too: "how much did she earn last year?" of "…the storm lasted less than ten
    // minutes": a length of time is no sum.
    // An age too: "how old is the library manager?" of "…one penny a day … about £95": a sum is no age.
    const measureSlot = asked.slot === 'quantity' || asked.slot === 'money' || asked.slot === 'age';
    if (measureSlot && onlyOtherMeasures(e.text, passage.text)) return true;
    // "How old is the factory?" of "A 43-year-old man…": the ages the passage gives are people's (or
    // animals'), none the thing's. A rule, as the unsaid is: the slot features count any age as one.
    if (onlyBeingsAged(asked, passage.text)) return true;
    // "Where is he from?" (or a bare "where?" after "how old is he?") of "Mr Okafor thanked his staff.": a
    // question that says nothing but whom it is about, by a pronoun standing for them, is answered only
    // by the asked slot's filler; a passage without one shares no more with it than his name.
    const onlyWhom = e.groups.length > 0 && e.groups.every((g) => g.pronoun === true);
    if (onlyWhom && slotEmpty) return true;
    // So too when it asks no slot but about a thing it names only by a pronoun's "one" ("how did he know
    // it was the same one?": `pro-one.ts`, not searched): nothing in a passage about him says which one.
    // Not any question of a pronoun alone: "what did he say?" is answered by what he said.
    if (onlyWhom && slot === undefined && saysProOne(e.text)) return true;
    // "How old is she?" of "She said the old mill would reopen in spring": a person's age is written with
    // a number ("54", "aged 54", "in her 70s", "sixty"), and the slot reads any number of no other measure
    // as loosely one (`slot.ts`), so a passage it finds none in says no one's age, whatever words it
    // shares. A rule, as for an amount of money (below): the calibrator's `numberMissing` is outweighed
    // by a passage saying the question's words.
    if (asked.slot === 'age' && asked.thing !== true && slotEmpty) return true;
    // "How much is a ticket?" of "Tickets go on sale on Monday": a price asked, and no passage shown gives
    // an amount of any kind. Not only money: "how much is the council tax rise?" is answered by the
    // "4.9%" of the passage after the headline. Any amount of money asked, not only a price: "how much
    // compensation will he get?" of "Farmers … receive compensation from the government", "how much does
    // she get paid?" of "we paid a heavy price": a sum is written with a number, so a passage shown
    // without any says the payment, never how much it was. A rule, as the unsaid is: the calibrator's
    // `numberMissing` reads the best passage alone and is outweighed by a passage saying the question's
    // words (the verb of paying is the question's own).
    if (asked.slot === 'money' && slot?.found !== true && !amountGiven(e)) return true;
    // "How many people have diabetes?" of "…type 2 diabetes", "how many countries…" of "a 12-day tour of
    // France, Belgium…": no number of the passage counts the asked noun. A rule, as the unsaid is: the
    // slot features count any number as loosely filling a count.
    const view = { text: passage.text, tokens: best.tokens, entities: e.entities };
    if (noCountOfAsked(asked, e.text, view)) return true;
    // "Who won?" of "Kelby should have won the game", in a drawn match: the passage says the asked verb
    // only as what did not or might happen, so no one it names did it. A rule, as the unsaid is.
    if (saysOnlyUnreal(e.text, best)) return true;
    // "Whats the margin?" of "Raman defeated Whitcomb": a win without the number after "by" gives no margin.
    if (marginGiven === false) return true;
    // "What is Mr Walsh's job?" of a passage saying no occupation of him ("Kevin Walsh, 44, a keen
    // angler, said…"): nothing there says his job, whatever words it shares. A rule, as for the margin.
    if (jobUnsaid(job, jobHere, passage.text)) return true;
    // "What was Owen Pryce's job when he was young?" of "Harbour master Owen Pryce, 66, a former
    // soldier, …": the work asked at a time the passage says nothing of ("young"), so no job it says
    // is the one then. A rule, as for the job above. The clause's words are compared with their lemmas
    // ("younger" is "young"), not its meaning: "when she was younger" of "…a chemistry teacher when she
    // first moved to the village" is refused too. Until session 43 the "when" was read as asking a date,
    // which refused such a question only where no passage shown held a date (review38e's Owen Pryce);
    // one that did was answered by it ("…a child?" → "September", review-sqref43).
    const then = jobTimeAsked(e.text);
    if (then !== undefined && !then.some((w) => stems.has(w))) return true;
    // "What is the name of the farm park?" of "…to donate it to a farm park": the passage says the thing
    // only as one of its kind, so no name it holds is the one asked ("Halloween", "Crescent Road"). A
    // rule, as the unsaid is: the slot features count any name as one.
    // Unless a body passage of its story shown after it names one ("The Penrith Bay Sailing Club…"), which
    // then answers (`answeringPassage`).
    if (e.nameAsked !== undefined && unnamedOnly(e.nameAsked, e.passages)) return true;
    // The passage gives the asked role to one person and the question's nation or organisation to another
    // ("who is Russia's defense minister?" of the Iraqi minister and the Russian director): no one it
    // names is the person asked for. A rule, as the unsaid is: too rare in the training sets to be learned.
    if (
      e.question.type === 'person' &&
      e.question.keywords.some((k) => isRoleNoun(k.word)) &&
      roleSplit(
        { ...e.question, corrections: e.corrections ?? [] },
        titledPeopleIn(e.titled, passage.text, best.tokens, e.entities()),
      )
    )
      return true;
    return false;
  };
  return {
    features: {
      coverage: best.coverage,
      own: own / totalIdf,
      rarestMissing: e.maxIdf > 0 ? rarestMissing / e.maxIdf : 0,
      unknown: unknown / totalIdf,
      slotFound: slot?.found === true ? 1 : 0,
      slotLoose: slot?.loose === true ? 1 : 0,
      slotMissing: slot !== undefined && !slot.found && !slot.loose ? 1 : 0,
      slotNear: slot?.near ?? 0,
      kindFound: e.question.kinds.length > 0 && best.answers.length > 0 ? 1 : 0,
      novelty: novelty(best.tokens, e.groups),
      numberMissing: slot !== undefined && !slot.found && !slot.loose && isNumeric(asked.slot) ? 1 : 0,
      unknownName: unknownName / totalIdf,
      futureUnsaid: futureUnsaid ? 1 : 0,
      soft: softCoverage(wordVectors(), e.groups, creditedTokens(e.index, best.id, best.tokens)),
    },
    ruled: ruled(),
    ...(notKnown !== undefined ? { unsaid: notKnown } : whenUnsaid ? { unsaid: 'when' as const } : {}),
  };
}

/**
 * The groups of the measure a "how far / tall / big / long…" question asks ("far", and the adverb that
 * says its direction: the "away" of "how far away is…", the "down" of "how far down was…") when the
 * passage gives a number in a unit of that dimension (`dimensionSaid`), or a length of time for "how
 * long" (`durationSaid`): the passage says them, though not in the question's words ("30m below").
 */
function measureSaid(groups: readonly Group[], question: string, passage: string): number[] {
  const at = measureGroup(groups, question);
  if (
    at === undefined ||
    !(dimensionSaid(question, passage) || durationSaid(question, passage) || sinceSaid(question, passage))
  )
    return [];
  const direction = MEASURE_ADVERB.exec(question);
  const adverb = direction?.[1]?.toLowerCase();
  const verb = direction?.[2]?.toLowerCase();
  // An adverb, not a preposition with its object ("how far behind the US…"): a verb of the clause follows.
  const said =
    adverb !== undefined && isAdverb(adverb) && (verb === undefined || OPENING_AUXILIARY.has(verb));
  const also = said ? groups.findIndex((g) => g.word === adverb) : -1;
  return also === -1 ? [at] : [at, also];
}

/**
 * The group of the noun a "which team…" or "what city…" question asks a place or an organisation by
 * (`typeNounAsked`), for a passage that holds a filler of the slot (a name of that type, not the
 * question's own): "Harlow Town beat Ashby United 3-2" says which team, though it never says "team". The
 * noun names the type of the answer, as a unit names the measure (`measureSaid`), not what the story is
 * about; the question's other words still have to be said.
 */
export function typeNounSaid(
  groups: readonly Group[],
  question: string,
  stems: ReadonlySet<string>,
  saidByPronoun: readonly number[] = [],
): number[] {
  const noun = typeNounAsked(question);
  const at = noun === undefined ? -1 : groups.findIndex((g) => g.word === noun);
  // Only when the passage says every other word of the question: then the noun is all it lacks, and
  // names nothing but the answer's kind. A passage of another story, or one lacking the question's
  // "Warcraft", is no nearer to answering for holding a company's name (the refit's held-out
  // figures, session 56: credited alone, it raised off-topic and unanswerable questions too).
  const othersSaid = groups.every(
    (g, i) => i === at || saidByPronoun.includes(i) || g.terms.some((t) => stems.has(t.stem)),
  );
  return at === -1 || !othersSaid ? [] : [at];
}

/**
 * The groups of the words a time of day is asked by ("times" of "what are the opening times?", "hours"
 * of "what hours is the cafe open?") when a passage shown gives the clock time the short answer stage
 * would answer with (`clockAnswer`: "8am to 4pm", in a clause holding a word of the question, of the
 * best passage or of one of its story holding every word the best one holds): that passage says them,
 * though not in the question's words, as a unit says the measure asked (`measureSaid`). Not any clock
 * time of the story: "wat time did they break in" of a museum theft whose "02:40 GMT" is in a sentence
 * saying no word of the question is no time of the break-in to it. A time of day in words ("by
 * lunchtime") is not read so: "time" is then often the story's own word.
 */
export function clockWordsSaid(
  groups: readonly Group[],
  question: string,
  passages: readonly Passage[],
): number[] {
  if (!clockAsked(question)) return [];
  const shown = { answer: null, passages: [...passages] };
  if (clockAnswer(question, shown) === shown) return [];
  return groups.flatMap((g, i) => (CLOCK_WORDS.has(g.word) ? [i] : []));
}

/** The nouns a time of day is asked by. */
const CLOCK_WORDS: ReadonlySet<string> = new Set(['time', 'times', 'hour', 'hours']);

/**
 * "How long has the shop been going?" of "…has traded from the same shop since 1962": a length of time
 * asked (a "how long" of no thing's length: `dimensionMeasureAsked`), said by the year it began.
 */
function sinceSaid(question: string, passage: string): boolean {
  return dimensionMeasureAsked(question)?.measures.includes('duration') === true && saysTimeSince(passage);
}

/**
 * Is the passage about what the question asks the measure of: it holds a word of the question other than
 * the measure's (and the adverb after it: "how far away"), or opens with a pronoun standing for what the
 * sentence before named, for a thing ("Its water is now heated to 24C"), or the question names nothing but the measure ("whats the
 * temperature?")? A unit says what is measured, not of what: "how far away is the observatory?" is not
 * said by "The asteroid … is about 40 million kilometres from Earth", which retrieval finds by its unit
 * (`measure-term.ts`).
 */
function aboutAsked(e: Evidence, stems: ReadonlySet<string>, passage: string): boolean {
  const at = measureGroup(e.groups, e.text);
  const adverb = MEASURE_ADVERB.exec(e.text)?.[1]?.toLowerCase();
  const others = [...e.groups.keys()].filter((i) => {
    const g = e.groups[i] as Group;
    return i !== at && g.word !== adverb && !g.terms.some((t) => isMeasureTerm(t.stem));
  });
  // A pronoun for a thing ("Its water…"): "She was taken to hospital with a fever of 39C" is a person's
  // temperature, not the pool's (a review's probe), and "They" stands for people as often as for things
  // ("Two pupils… They were taken to hospital with fevers of 39C": the re-read's, session 50).
  if (others.length === 0 || openingPronoun(passage) === OPENER.it) return true;
  return others.some(
    (i) =>
      e.saidByPronoun?.includes(i) === true || (e.groups[i] as Group).terms.some((t) => stems.has(t.stem)),
  );
}

/** "how far down was…", "how far away is…": the word after the measure word, and the word after it. */
const MEASURE_ADVERB = /\bhow\s+\p{L}+\s+(\p{L}+)(?:\s+(\p{L}+))?/iu;

/**
 * The groups of the word a question names a person's work by ("job", "profession") when the passage
 * says an occupation of the asked person (`job-asked.ts`): it says the job, though not by that word.
 */
function jobSaid(e: Evidence, said: SaidJob | undefined): number[] {
  if (said === undefined) return [];
  return e.groups.flatMap((g, i) => (JOB_WORDS.has(g.word) ? [i] : []));
}

/**
 * A question naming the work by a noun for it ("job", "for a living") of a passage saying of the person
 * only unpaid work or a pastime: positive evidence, not the reader's missing an occupation (review36b:
 * "a former headteacher" was refused).
 */
function jobUnsaid(asked: AskedJob | undefined, said: SaidJob | undefined, passage: string): boolean {
  return asked?.byWord === true && said === undefined && onlyUnpaidOf(passage, asked);
}

/**
 * Does the passage say the question's word in another part of speech, a form the stemmer does not
 * reach ("quieter suburban housing" of "housing in the suburbs", "before the formation of which
 * planet" of "…that formed the Earth")? WordNet's derivation and pertainym links of the word itself
 * (`derivedWords`). Only for this passage, as evidence that it answers: a search through such links
 * draws passages that only share a root with the question ("Victoria" → "Victorian";
 * docs/measured.md), so ranking does not use them. A word read only through other words (`defined`:
 * "monthly" through its definition's "month", "owns" through the title "Owner") is said here when the
 * passage holds one of them too: those words found the passage, but the word is still unsaid elsewhere.
 */
function derivedSaid(g: Group, stems: ReadonlySet<string>): boolean {
  if (g.defined !== true && g.terms.some((t) => stems.has(t.stem))) return false;
  return derivedWords(g.word).some((w) => w.length >= 3 && stems.has(stem(w)));
}

/**
 * The groups of a phrasal verb's particles ("off" of "sent off", "away" of "passed away") when the
 * passage holds none of the verb's words (its own or the phrase's synonyms, which its group carries):
 * "was anyone sent off?" is not said by "The move paid off." The phrase is one word to WordNet
 * (`collocations.ts`), and its particle alone says nothing of it.
 */
function strandedParticles(
  phrases: readonly Phrase[],
  groups: readonly Group[],
  stems: ReadonlySet<string>,
): number[] {
  const out: number[] = [];
  for (const { keywords, lemma, defines } of phrases) {
    const [verb, ...rest] = keywords;
    if (defines !== undefined || verb === undefined || rest.length === 0 || !isLemma('verb', lemma)) continue;
    const verbGroup = groups.find((g) => g.word === verb);
    if (verbGroup === undefined || verbGroup.terms.some((t) => stems.has(t.stem))) continue;
    // A particle is an adverb to WordNet ("off", "away", "back"): "gun" of "machine gun", which WordNet
    // also lists as a verb, is a noun of its own.
    for (const word of rest.filter(isAdverb)) {
      const at = groups.findIndex((g) => g.word === word);
      if (at !== -1) out.push(at);
    }
  }
  return out;
}

/**
 * The group of the noun "margin", for a passage that gives one ("wins … by 812 votes", `margin.ts`):
 * the passage says it, though not in the question's word.
 */
function marginGroup(groups: readonly Group[]): number[] {
  const at = groups.findIndex((g) => asksMargin(g.word));
  return at === -1 ? [] : [at];
}

/**
 * Share of the passage's content words that are not the question's: room for an answer. A name lent to
 * a role word ("minister" → "Obaidi") is no word of the question, so it counts as new.
 */
function novelty(tokens: readonly Token[], groups: readonly Group[]): number {
  const matched = questionStems(groups);
  const content = tokens.filter((t) => !t.stop);
  return content.length === 0 ? 0 : content.filter((t) => !matched.has(t.stem)).length / content.length;
}

export interface Verdict {
  answered: boolean;
  /** 0-1: the calibrated probability that the best passage answers the question. */
  confidence: number;
  /** Other articles whose passages score nearly as well as the best one. */
  alsoIn: ArticleRef[];
}

export function judge(
  passages: readonly Passage[],
  evidence: Features | undefined,
  calibration: Calibration,
  weights: Weights,
): Verdict {
  const first = passages[0];
  const top = first?.score ?? 0;
  const alsoIn: ArticleRef[] = [];
  for (const p of passages.slice(1)) {
    if (first === undefined || p.score < top * weights.SEVERAL_ARTICLES) break;
    if (p.article.id !== first.article.id && !alsoIn.some((a) => a.id === p.article.id))
      alsoIn.push(p.article);
  }
  const confidence = evidence === undefined ? 0 : probability(calibration, evidence);
  return { answered: confidence >= calibration.threshold, confidence, alsoIn };
}
