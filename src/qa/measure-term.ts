/**
 * A sentence that gives a measure by its unit, with no word for what it measures: "Its water is now
 * heated to 24C" gives a temperature, yet holds neither "hot", "warm" nor "temperature"; "the bell
 * weighs 2.3 tonnes" holds no "heavy". "How hot is the pool?" and "what's the temperature?" ask for
 * exactly that, and found only the sentences naming the pool, or none at all (session 50). The index
 * files each sentence under one term per kind of measure its numbers give by their units, of the kinds
 * searched so (`SEARCHED`: a temperature, by "°", "degrees", a glued "C" or "F"), as it files a
 * scoreline (`scoreline.ts`) or an age (`age-term.ts`); and a question's word that asks such a measure
 * searches its term when the articles do not say the word:
 *  - the measure adjective of a "how" question ("hot", "heavy", "far": `measureNamed`);
 *  - a noun WordNet names as the attribute an adjective asking a measure is a value of ("temperature"
 *    → hot, cold; "weight" → heavy, light: `attributeMeasureWord`), asked as that adjective is;
 *  - a word naming a sum ("cost", "fare", "fee": `namesMoney`) that is all the question asks: "how much
 *    did it cost?" of a story saying "the £38,500 bill" and "after £38,500 repair" found no sentence
 *    (nc51). The index files a sentence giving a sum by its currency sign under `MONEY_TERM`.
 * Pure, apart from WordNet look-ups.
 */
import type { Group } from './expansion.js';
import { measureGroup } from './conversation-article.js';
import {
  givesMoney,
  measureNamed,
  signedMeasuresGiven,
  UNIT_GIVEN,
  unitClassesOf,
  type Measure,
  type MeasureAsked,
} from './measure.js';
import { attributeMeasureWord } from './measure-word.js';
import { dimensionMeasureAsked, saysDimension } from './dimension-measure.js';
import type { SearchIndex } from './search-index.js';
import { newTerm, OTHER } from './term.js';
import { isKindOf, taggedUses } from './wordnet.js';
import { detachedBases } from './morphology.js';
import { lemmaOf } from './lemma.js';

/** What every measure term opens with; no word holds "#". */
const PREFIX = '#measure-';

/** The index's term for "this sentence gives a measure of this kind by its unit". */
export function measureTerm(measure: Measure): string {
  return `${PREFIX}${measure}`;
}

/** The index's term for "this sentence gives a sum of money by its sign" (`givesMoney`). */
export const MONEY_TERM = measureTerm('money');

/** Is the index term a measure's (`measureTerm`)? */
export function isMeasureTerm(term: string): boolean {
  return term.startsWith(PREFIX);
}

/**
 * The measures searched by their units: those no WordNet class of units reads (a temperature: "24C",
 * "19 degrees", `UNIT_CLASSES`). A length, a weight or a length of time is read by those classes, and
 * the stages after retrieval judge a passage giving one by them (`dimensionSaid`, `durationSaid`);
 * searched by its unit too, a length or a length of time found passages of another thing than asked
 * (session 50: "how far apart are the neighborhood's features?" asked of another story, "how long ago
 * did he report the bug?" → "2 years ago", not "21 months … after privately reporting the bug").
 */
const SEARCHED: readonly Measure[] = UNIT_GIVEN.filter((m) => unitClassesOf([m]).length === 0);

/**
 * The terms the sentence is indexed under for the measures its numbers give (`SEARCHED`): those a sign
 * says (`signedMeasuresGiven`), as no searched measure is read by a class of units.
 */
export function measureTerms(text: string): string[] {
  return signedMeasuresGiven(text)
    .filter((m) => SEARCHED.includes(m) || m === 'money')
    .map(measureTerm);
}

/**
 * WordNet's classes of the nouns that name a sum paid or earned: "cost", "price", "fare", "fee",
 * "charge", "wage", "rent", "compensation" are kinds of outgo; "income", "profit", "revenue" of
 * financial gain.
 */
const MONEY_CLASSES = ['outgo', 'financial_gain'];

/**
 * Does the word name a sum of money (`MONEY_CLASSES`, in one of its commonest noun senses), as a noun
 * or the verb of one ("how much did it cost?")? Not a word English uses mostly as an adjective, whose
 * noun sense is rare ("fine": WordNet's tagged corpus has it as a noun never, as an adjective 16 times).
 */
export function namesMoney(word: string): boolean {
  const lower = word.toLowerCase();
  // The form the tagged corpus counts: "costs" is a lemma of WordNet's own ("court costs"), never tagged.
  const forms = [lemmaOf(lower) ?? lower, ...detachedBases(lower, 'noun')];
  const base = forms.find((f) => taggedUses(f, '12345') > 0) ?? lower;
  if (!MONEY_CLASSES.some((c) => isKindOf(base, c))) return false;
  const asNoun = taggedUses(base, '1');
  return asNoun > 0 && asNoun >= taggedUses(base, '35');
}

/**
 * The measures a unit gives that answer what is asked ("how hot": a temperature; "how big": a length, an
 * area, a volume). Not those that answer it only loosely: "how old was he?" is not said by "vanished
 * 10 years ago", nor "how long did the police take?" by "6cm across".
 */
function unitMeasuresOf(asked: MeasureAsked | undefined): Measure[] {
  return asked === undefined ? [] : asked.measures.filter((m) => UNIT_GIVEN.includes(m));
}

/** The measure word the group at `at` asks by: the "how" question's own, or its attribute noun's. */
function adjectiveOf(question: string, groups: readonly Group[], at: number): string | undefined {
  const g = groups[at];
  if (g === undefined) return undefined;
  return at === measureGroup(groups, question) ? g.word : attributeMeasureWord(g.word);
}

/**
 * Does the passage give the measure the group at `at` asks by its unit, of the dimension asked
 * (`saysDimension`: "how tall is the tower?" is not said by "103 miles south of Edinburgh", a length
 * but a gap between two places)? The answerability stage reads a measure term so: holding one says the
 * word only where the measure given is the one asked.
 */
export function measureGiven(
  question: string,
  groups: readonly Group[],
  at: number,
  passage: string,
): boolean {
  // A word naming a sum, searched so only where the question asks nothing else (`measureSaidByUnits`).
  if (groups[at]?.terms.some((t) => t.stem === MONEY_TERM) === true) return givesMoney(passage);
  const adjective = adjectiveOf(question, groups, at);
  if (adjective === undefined) return false;
  const asked = dimensionMeasureAsked(
    at === measureGroup(groups, question) ? question : `how ${adjective} is it`,
  );
  // "How big", "how high" (asked of amounts too): the answerability stage's own reading says whether
  // a size is given (`dimensionSaid`), which a length "from Earth" is not.
  return asked !== undefined && saysDimension(asked, passage);
}

/**
 * The groups, with each word that asks a measure and that the articles do not say in any form (no
 * terms, or only its definition's words) searching the terms of the measures that answer it (see the
 * module comment). A word gains only the terms the index holds, and keeps its rarity. Groups are changed
 * in place, and marked `widened`.
 */
export function measureSaidByUnits(index: SearchIndex, question: string, groups: Group[]): void {
  for (const [i, g] of groups.entries()) {
    if (g.pronoun === true || (g.terms.length > 0 && g.defined !== true)) continue;
    const adjective = adjectiveOf(question, groups, i);
    const asked = adjective === undefined ? undefined : measureNamed(`how ${adjective}`);
    // A word naming a sum ("cost", "fare", "fee") in a question that asks nothing else is said by a sum
    // given by its sign: "how much did it cost?" of "the £38,500 bill". Beside other words the sum may be
    // another payment than the one asked, which the word does not tell apart ("how much does it cost to
    // get into the museum?" found "a reward of £20,000 has been offered by the museum's insurers").
    const alone = groups.every((o, j) => j === i || o.pronoun === true);
    const named = asked === undefined && alone && namesMoney(g.word) ? [MONEY_TERM] : [];
    const terms = [...unitMeasuresOf(asked).map(measureTerm), ...named].filter((t) => index.has(t));
    if (terms.length === 0) continue;
    // The word keeps its rarity as one the articles lack: the evidence where the passage shown gives no
    // such measure is what it was.
    g.terms = terms.map((t) => newTerm(t, 1, OTHER));
    delete g.defined;
    // Said only where the passage shown gives the measure asked (`measureGiven`): elsewhere the word is
    // one the articles lack, as before.
    g.widened = true;
  }
}
