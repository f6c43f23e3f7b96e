/**
 * "How long did he get?", "how long will she serve?", "what sentence did he get?": "get" and "serve"
 * say what was measured in one sense each, the one WordNet gives with a length of time as the verb's
 * object ("He got 5 years in prison": receive as a retribution or punishment; "He did six years for
 * embezzlement": spend time in prison or in a labor camp). Asked a length of time, the reader means
 * that sense, and a story says it with a verb of its own: "was jailed for four years and eight months".
 * That verb is read from the sense's definition as WordNet links it: a verb derived from a kind of a
 * noun the definition names ("imprisonment", a kind of "punishment", is what "imprison", "jail" and
 * "gaol" do), a verb English makes from such a noun with "im-" or "en-" ("prison" → "imprison"), or a
 * verb the definition names. Words for the length of time itself ("time") say nothing of the sense.
 * Pure, apart from WordNet look-ups.
 */
import { WordCache } from './word-caches.js';
import { taggedTerms, verbForms } from '../nlp/nlp.js';
import { lemmaOf, verbLemmaOf } from './lemma.js';
import { measureAsked, measuresOfUnit, otherMeasureFollows } from './measure.js';
import { numbersIn } from './numbers.js';
import { tokenize, type Token } from './text.js';
import {
  commonSenses,
  firstListed,
  glossedSenses,
  isKindOf,
  isKindOrSame,
  isLemma,
  pointersOf,
  readSynsetWords,
  synsetWords,
} from './wordnet.js';
import { startsUpper } from './letters.js';

/** The prefixes English makes a verb of putting into a thing with ("prison" → "imprison", "slave" → "enslave"). */
const INTO_PREFIXES = ['im', 'em', 'en', 'in'];

/** A quoted example of a gloss. */
const EXAMPLE = /"([^"]*)"/gu;

/** A number and a unit of time opening the text ("5 years in prison"): where it ends, or -1. */
function lengthOfTimeAt(text: string): number {
  const number = numbersIn(text)[0];
  if (number === undefined || number.start !== 0) return -1;
  const unit = /^\s+(\p{L}+)/u.exec(text.slice(number.end));
  const word = unit?.[1];
  if (unit === null || word === undefined) return -1;
  const timed = [word, word.replace(/s$/u, '')].some((u) => measuresOfUnit(u).includes('duration'));
  return timed ? number.end + unit[0].length : -1;
}

/**
 * The senses of a verb whose examples give a word of the sense a length of time as its object ("He got
 * 5 years in prison", "He did six years for embezzlement"): each with its definition (the gloss before
 * its examples) and what those examples say after the length of time ("in prison").
 */
export function durationSenses(lemma: string): { offset: number; definition: string; after: string }[] {
  return glossedSenses('verb', lemma).flatMap(({ offset, gloss }) => {
    const after: string[] = [];
    // Each length of time of an example (most have none: read first, as it is cheap) whose word before
    // is a word of the sense ("got", "did").
    let words: ReadonlySet<string> | undefined;
    for (const [, example = ''] of gloss.matchAll(EXAMPLE))
      for (const number of numbersIn(example)) {
        const end = lengthOfTimeAt(example.slice(number.start));
        const before = tokenize(example.slice(0, number.start)).at(-1);
        if (end === -1 || before === undefined) continue;
        words ??= new Set(readSynsetWords('verb', offset));
        if (!words.has(verbLemmaOf(before.word) ?? before.word)) continue;
        // The length of time is the verb's object: the example ends there or goes on into what the time
        // was spent in or for ("in prison", "for embezzlement"); not a point in time ("created 25 years
        // ago"), what is left of it ("two years left"), or what it took to do ("three hours to get to work").
        const tail = example.slice(number.start + end);
        const next = taggedTerms(tail)[0];
        const infinitive =
          next?.text.toLowerCase() === 'to' && verbLemmaOf(tokenize(tail)[1]?.word ?? '') !== undefined;
        if (next === undefined || (next.tags.has('Preposition') && !infinitive)) after.push(tail);
      }
    const definition = gloss.split(/;\s*"/u)[0]?.trim() ?? '';
    return after.length > 0 ? [{ offset, definition, after: after.join(' ') }] : [];
  });
}

/** The single-word verbs of a verb synset. */
function verbsOf(offset: number): string[] {
  return synsetWords('v', offset).filter((w) => !w.includes('_'));
}

/** The verbs derived from a noun synset (WordNet's derivation pointers to verbs). */
function derivedVerbs(offset: number): string[] {
  return pointersOf('noun', offset)
    .filter((p) => p.symbol === '+' && p.pos === 'v')
    .flatMap((p) => verbsOf(p.offset));
}

/**
 * The words a story may say a sense with, read from the nouns of its definition and of its examples
 * after the length of time (see the module comment): the nouns themselves ("prison"), the verbs derived from their kinds and the verbs English
 * makes of them with "im-"/"en-".
 * Not the words in brackets, which say what the verb takes ("require (time or space)"), nor words for a
 * length of time, which is what was asked; nor the verbs the definition names ("receive", "spend"),
 * which say the measure of anything ("spent three hours in the queue").
 */
export function verbsOfDefinition(definition: string): string[] {
  const verbs = new Set<string>();
  const tokens = tokenize(definition.replace(/\([^)]*\)/gu, ' '));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.stop) continue;
    // A noun of two words is one ("labor camp"), not a labour and a camp.
    const next = tokens[i + 1];
    const compound = next === undefined ? undefined : firstListed('noun', [`${token.word}_${next.word}`]);
    if (compound !== undefined) i++;
    const noun = compound ?? firstListed('noun', [token.word, lemmaOf(token.word) ?? token.word]);
    if (noun === undefined || noun === 'time' || isKindOrSame(noun, 'time_period')) continue;
    // The noun itself: "sentenced to six years in prison" says it as "He got 5 years in prison" does.
    if (!noun.includes('_')) verbs.add(noun);
    for (const sense of commonSenses('noun', noun))
      for (const kind of pointersOf('noun', sense).filter((p) => p.symbol === '~'))
        for (const v of derivedVerbs(kind.offset)) verbs.add(v);
    for (const prefix of INTO_PREFIXES)
      if (isLemma('verb', prefix + noun))
        for (const sense of commonSenses('verb', prefix + noun)) for (const v of verbsOf(sense)) verbs.add(v);
  }
  return [...verbs];
}

/** Module state: each verb's words, read from WordNet once (a `WordCache`, bounded as wordnet.ts's caches are). */
const cache = new WordCache<readonly string[]>();

/** The words a story says a verb's measured senses with (`durationSenses`, `verbsOfDefinition`), without the verb's own forms. */
function wordsOfMeasuredSenses(lemma: string): readonly string[] {
  return cache.get(lemma, readMeasuredSenses);
}

function readMeasuredSenses(lemma: string): readonly string[] {
  const own = new Set([lemma, ...verbForms(lemma)]);
  const found = durationSenses(lemma).flatMap((s) => verbsOfDefinition(`${s.definition} ${s.after}`));
  return [...new Set(found.flatMap((v) => [v, ...verbForms(v)]))].filter((v) => !own.has(v));
}

/**
 * For a question asking a length of time ("how long", or a noun for one: "what sentence") of a verb
 * with a sense WordNet gives a length of time as its object (`durationSenses`): the words, in every
 * form, a story says that sense with (`verbsOfDefinition`: "jail", "jailed", "imprison", "prison"…),
 * without the question's own verb. None for any other question.
 */
export function measuredSenseVerbs(question: string): { verb: string; verbs: readonly string[] } | undefined {
  // Read first: it is the cheap test, and few questions ask a length of time.
  if (!asksLengthOfTime(question)) return undefined;
  const tokens = tokenize(question);
  // The question's last verb, with no object after it ("how long did he get?", "…get for the fraud?"):
  // the length of time is its object. Not "what day did he get home?", nor the "did" of "how long did
  // the rescue take?".
  // A word written with a capital inside the question is a name's ("to King's Cross"), no verb.
  const at = tokens.findLastIndex(
    (t, i) => verbLemmaOf(t.word) !== undefined && (i === 0 || !startsUpper(question.slice(t.start, t.end))),
  );
  const token = tokens[at];
  const after = tokens[at + 1];
  const lemma = token === undefined ? undefined : verbLemmaOf(token.word);
  if (token === undefined || lemma === undefined || (after !== undefined && !after.stop)) return undefined;
  // An infinitive is not what the length of time is of: "how long did it take China to get in?" asks
  // what it took.
  if (tokens[at - 1]?.word === 'to') return undefined;
  const verbs = wordsOfMeasuredSenses(lemma);
  if (verbs.length === 0) return undefined;
  // "serve as provisional Elders": a word WordNet's examples put right after the verb in another sense
  // ("served as head of the department") says that sense.
  if (after !== undefined && otherSenseBefore(lemma, after.word)) return undefined;
  return { verb: token.word, verbs };
}

/** Does an example of a sense of the verb that is not measured (`durationSenses`) put `word` right after it? */
function otherSenseBefore(lemma: string, word: string): boolean {
  const measured = new Set(durationSenses(lemma).map((s) => s.offset));
  return glossedSenses('verb', lemma).some(({ offset, gloss }) => {
    if (measured.has(offset)) return false;
    const forms = new Set(readSynsetWords('verb', offset).flatMap((w) => [w, ...verbForms(w)]));
    return [...gloss.matchAll(EXAMPLE)].some(([, example = '']) => {
      const said = tokenize(example);
      return said.some((t, i) => forms.has(t.word) && said[i + 1]?.word === word);
    });
  });
}

/** "how many years", "how much time"; "what sentence", "which term": the noun a question asks by. */
const COUNTED = /\bhow\s+(?:many|much)\s+(\p{L}+)/iu;
const NAMED = /^\s*(?:what|which)\s+(\p{L}+)/iu;

/**
 * Does the question ask a length of time: "how long", "how many years", "how much time", or what a
 * length of time is called that is not a unit of time ("what sentence…?": a prison term, in one of the
 * noun's senses), which "what year…?" and "what day…?" are not: they ask a date?
 */
export function asksLengthOfTime(question: string): boolean {
  if (measureAsked(question)?.measures.includes('duration') === true) return true;
  const counted = COUNTED.exec(question)?.[1]?.toLowerCase();
  const timeWord = (w: string) => w === 'time' || isKindOrSame(lemmaOf(w) ?? w, 'time_period');
  if (counted !== undefined && (timeWord(counted) || measuresOfUnit(counted).includes('duration')))
    return true;
  // A unit of time is what follows a number to make it a length of time ("5 years": `otherMeasureFollows`).
  // "What time…?" asks when, as "what year…?" does.
  const named = NAMED.exec(question)?.[1]?.toLowerCase();
  return (
    named !== undefined &&
    named !== 'time' &&
    isKindOf(named, 'time_period') &&
    !otherMeasureFollows(` ${named}`, 'other')
  );
}
