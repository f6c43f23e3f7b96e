/**
 * Questions and key phrases drawn from the articles themselves, for /help examples and /ask
 * autocomplete: "Who signed an agreement?", "What happened in 2014?", "Who is Alexander Fomin?".
 * They come from each article's own sentences (compromise's tags), so they work for any article.
 */
import { MONTH } from '../knowledge/dateline.js';
import { addressTitle } from '../knowledge/names.js';
import { BE } from './auxiliaries.js';
import { nlp } from '../nlp/nlp.js';
import type { Entity } from './entities.js';
import type { Engine } from './engine.js';
import { isPersonName, startsLongerName } from './person-name.js';

interface TermJson {
  text: string;
  /** Punctuation before the word ("“" opening a quotation). */
  pre?: string;
  /** Punctuation and space after the word (", " closing an apposition). */
  post?: string;
  tags: string[];
}

/** Verbs of saying make poor questions ("Who said?"): the content is in what was said. */
const REPORTING = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'reported']);
const STOP_OBJECT = new Set(['Preposition', 'Conjunction', 'Verb', 'QuestionWord']);

const AUXILIARY = new Set(['had', 'did', 'could', 'would', 'should', 'might']);
/** The auxiliary of a perfect ("has grown", "had won"), which a question keeps with its participle. */
const HAVE = new Set(['has', 'have', 'had']);
const wordOf = (t: TermJson | undefined) => (t?.text ?? '').replace(/[^\p{L}]/gu, '').toLowerCase();

/** A verb that makes a clause ("seized", "opens", "were"), not a gerund ("after leaving") or a participle. */
const FINITE = new Set(['PastTense', 'PresentTense', 'FutureTense', 'Modal']);
const finiteVerb = (t: TermJson): boolean =>
  t.tags.includes('Verb') && t.tags.some((tag) => FINITE.has(tag)) && !t.tags.includes('Gerund');

/** Objects that name nothing out of their sentence ("Who levelled it?"). */
const PRONOUN_OBJECT = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'these', 'those', 'one']);

/** The most words of an object a "Who…?" example asks about, and of the deed after a length of time. */
const OBJECT_WORDS = 4;

/** Is the object so far only a length of time ("five months", "two years")? */
const lengthOfTime = (object: readonly TermJson[]): boolean =>
  object.some((t) => t.tags.includes('Duration')) &&
  object.every((t) => t.tags.includes('Duration') || t.tags.includes('Value'));

/** Words that cannot end an object ("the rye loaf the"): a longer object was cut after them. */
const DANGLING = new Set(['Determiner', 'Preposition', 'Conjunction', 'Possessive']);

/**
 * Does punctuation after the word end a phrase ("bridge," "terminal.")? Only at its end: the point
 * inside "9.6-mile" ends nothing (nc43's console hint "Who completed the 96-mile?").
 */
const endsPhrase = (t: TermJson): boolean => /[,.;:!?”"]$/.test(t.text) || /[,.;:!?”"]/.test(t.post ?? '');

/** A word as an example writes it: letters and numbers, a decimal point or thousands comma kept ("9.6-mile"). */
const exampleWord = (text: string): string =>
  text.replace(/[^\p{L}\p{N}'.,-]/gu, '').replace(/[.,](?!\p{N})|(?<!\p{N})[.,]/gu, '');

/** The most words an object cut inside its noun phrase may take to end it ("…junior champion"). */
const OBJECT_TAIL = 2;

/** Does `next` go on with the object's noun phrase ("a former national junior" + "champion")? */
const continuesNoun = (object: readonly TermJson[], next: TermJson | undefined): boolean => {
  const last = object.at(-1);
  return (
    last !== undefined &&
    next !== undefined &&
    !endsPhrase(last) &&
    !/[“"(]/.test(next.pre ?? '') &&
    next.tags.includes('Noun') &&
    !next.tags.includes('Pronoun')
  );
};

/** Is the object so far only numbers ("six" of "won six of her seven games"), which "of" goes on from? */
const onlyNumbers = (object: readonly TermJson[]): boolean =>
  object.length > 0 && object.every((t) => t.tags.includes('Value'));

/**
 * Was the object cut on a word that describes, before what it describes ("the black" of "spotted the
 * black, fist-sized stone")? A comma between two adjectives is inside the noun phrase. An adjective
 * that ends its clause ("voted against.") is no cut.
 */
const cutOnDescribing = (object: readonly TermJson[], next: TermJson | undefined): boolean => {
  const last = object.at(-1);
  const describing = (t: TermJson) => t.tags.includes('Adjective') && !t.tags.includes('Noun');
  return (
    last !== undefined &&
    next !== undefined &&
    describing(last) &&
    (describing(next) || next.tags.includes('Noun'))
  );
};

/** Tags of a subject's last word that name a doer ("Hollis", "Club", "(IMF)"). */
const NAMED = ['Person', 'Organization', 'ProperNoun', 'Acronym'];

/** Relative pronouns that stand for a thing ("a field that included…"), never for a doer asked "Who". */
const THING_RELATIVE = new Set(['that', 'which']);

/**
 * Is the verb at `i` the actor's own, rather than a thing's? The word before it (past a perfect's
 * "has" and adverbs) is the subject's last: a relative for a thing ("a field that included…") or a
 * common noun ("The Maidstone Chess Club tournament included…") is a subject that is no person or
 * organisation, so "Who …?" would ask of the wrong thing. A comma or a bracket closes an apposition
 * ("Sarah Jones, 10, has won…"), whose head came before it.
 */
function actorDoes(terms: readonly TermJson[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (HAVE.has(wordOf(terms[k])) || (terms[k] as TermJson).tags.includes('Adverb'))) k--;
  const subject = terms[k];
  if (subject === undefined || /[,;:)]/.test(subject.post ?? '')) return true;
  if (THING_RELATIVE.has(wordOf(subject))) return false;
  return NAMED.some((tag) => subject.tags.includes(tag)) || !subject.tags.includes('Noun');
}

/**
 * "Who <past-tense verb> <object>?" when a person or organisation comes before the verb, with the verb
 * as the sentence writes it (what the answer must come before: `answersOwnSource`).
 */
function whoQuestion(text: string): { question: string; verb: string } | undefined {
  const terms: TermJson[] = (nlp(text).json() as { terms: TermJson[] }[]).flatMap((s) => s.terms);
  let sawActor = false;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as TermJson;
    if (t.tags.includes('Person') || t.tags.includes('Organization')) sawActor = true;
    if (!t.tags.includes('PastTense')) continue;
    const verb = t.text.replace(/[^\p{L}-]/gu, '').toLowerCase();
    if (!sawActor || REPORTING.has(verb) || verb === '') return undefined;
    // "was due", "had": no action to ask about. "has long been heralded as…": the name before a
    // passive verb (after a form of "be") is not who did it.
    if (BE.has(verb) || AUXILIARY.has(verb) || BE.has(wordOf(terms[i - 1]))) continue;
    // "…who started at the bakery aged 15": "aged" gives an age, no deed ("Who aged 15?").
    if (verb === 'aged') continue;
    if (!actorDoes(terms, i)) continue;
    const object: TermJson[] = [];
    let clause = false;
    let most = OBJECT_WORDS;
    let j = i + 1;
    for (; j < terms.length && object.length < most; j++) {
      const o = terms[j] as TermJson;
      // "spent five months growing the vegetable": a length of time says how long, not what was done,
      // so the deed after it is part of the question ("Who spent five months?" asks nothing clear).
      if (o.tags.includes('Gerund') && lengthOfTime(object)) {
        object.push(o);
        most = object.length + OBJECT_WORDS - 1;
        continue;
      }
      // "agreed that the lanes were needed": the words after the verb are a clause's subject, no object
      // to ask about ("Who agreed that the lanes?").
      clause = wordOf(o) === 'that' || (finiteVerb(o) && object.length > 0);
      // "urged people not to spray swarms": a negation opens what they were urged to do, a clause of its
      // own ("Who urged people not?" is no question: nc37's console hint).
      clause ||= o.tags.includes('Negative');
      // "won six of her seven games": "of" after a number goes on to what it counts ("Who won six?" asks
      // nothing a reader could answer).
      if (wordOf(o) === 'of' && onlyNumbers(object) && !endsPhrase(object.at(-1) as TermJson)) {
        object.push(o);
        most = object.length + OBJECT_WORDS - 1;
        continue;
      }
      // A quotation opens what someone said, no part of the object ("called the rye loaf “the best…”").
      if (clause || o.tags.some((tag) => STOP_OBJECT.has(tag)) || /[“"]/.test(o.pre ?? '')) break;
      object.push(o);
      // compromise keeps a word's punctuation after it apart (`post`): "opened the bridge, the council
      // said" ends the object at the comma, not at four words ("Who opened the bridge the council?").
      if (endsPhrase(o)) {
        j++;
        break;
      }
    }
    if (clause) continue;
    // "…included a former national junior champion": cut by length inside its noun phrase, the object
    // names something else ("Who included a former national junior?"); a few more words may end it.
    for (let more = 0; continuesNoun(object, terms[j]) && more < OBJECT_TAIL; more++, j++)
      object.push(terms[j] as TermJson);
    if (continuesNoun(object, terms[j])) continue;
    while (object.length > 0 && (object.at(-1) as TermJson).tags.some((tag) => DANGLING.has(tag)))
      object.pop();
    if (cutOnDescribing(object, terms[j])) continue;
    // "voted nine to four": a number alone counts nothing named, no object ("Who voted nine?", nc56).
    if (onlyNumbers(object)) continue;
    // "Who received?" asks nothing a reader could answer: the verb needs what it was done to.
    const words = object.map((o) => exampleWord(o.text)).filter((w) => w !== '');
    // Nor "Who levelled it?": a pronoun names nothing out of its story.
    if (words.length === 0 || words.every((w) => PRONOUN_OBJECT.has(w.toLowerCase()))) continue;
    // "who has grown vegetables": a participle keeps its "has", "have" or "had" ("Who grown…?" is no English).
    const perfect = HAVE.has(wordOf(terms[i - 1])) ? [wordOf(terms[i - 1])] : [];
    return { question: `Who ${[...perfect, verb, ...words].join(' ')}?`, verb };
  }
  return undefined;
}

/**
 * A date that names its day ("February 1, 2016", "1 Feb 2016", "Tuesday", "2016-02-01") takes "on",
 * as English says "on 1 February"; a month or a year alone ("December 1910", "2012") takes "in".
 */
const NAMES_DAY = new RegExp(
  [
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d|:)`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![a-z])`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b`,
  ].join('|'),
  'i',
);

/** "What happened on February 1, 2016?", "What happened in 1898?" (see above). */
export function whatHappened(date: string): string {
  return `What happened ${NAMES_DAY.test(date) ? 'on' : 'in'} ${date}?`;
}

/**
 * The date a page gives as its own ("First published February 1, 2016: 1:28 AM ET", "Updated 3 May
 * 2021"): when the page was put out, not something that happened in the story, so no question asks
 * what happened then (its sentence answers with the time of day).
 */
const PUBLISHED_BEFORE = /\b(?:published|updated|posted|modified)\s*(?:on\s+|at\s+)?$/i;

/**
 * Sentences looked at for suggestions: enough for a handful of articles, and bounded so that the first
 * autocomplete on a folder of thousands of stories stays inside Discord's 3-second deadline.
 */
const MAX_SENTENCES = 400;

/** Indexed sentences of the given roles, at most MAX_SENTENCES, with the index's cached entities. */
function sentencesWithEntities(
  engine: Engine,
  roles: readonly string[],
): { text: string; article: number; sentence: number; entities: Entity[] }[] {
  const out: { text: string; article: number; sentence: number; entities: Entity[] }[] = [];
  const docs = engine.index.docs;
  for (let id = 0; id < docs.length && out.length < MAX_SENTENCES; id++) {
    const doc = docs[id];
    if (doc !== undefined && roles.includes(doc.sentence.role)) {
      out.push({
        text: doc.sentence.text,
        article: doc.article,
        sentence: doc.sentence.index,
        entities: engine.index.entities(id),
      });
    }
  }
  return out;
}

/**
 * An entity's words as an example names it: without the punctuation after it, nor a possessive's 's
 * ("Who is Mr Pryce?", not "Who is Mr Pryce's?" of "Mr Pryce's workshop").
 */
const entityPhrase = (text: string, e: Entity): string =>
  text
    .slice(e.start, e.end)
    .replace(/[,.;:]+$/, '')
    .replace(/['’]s$/u, '');

/**
 * A question drawn from a sentence, with what it asks of that sentence: who did the deed (`doer`: the
 * words before `verb`), what happened on a date (`event`: the sentence's own clause), or who a person
 * is (`person`: a sentence naming them).
 */
interface Example {
  question: string;
  /** The sentence it was drawn from: its article (by position) and its index there. */
  article: number;
  sentence: number;
  asks: { kind: 'doer'; verb: string } | { kind: 'event' } | { kind: 'person'; name: string };
}

/** Questions the articles can answer, per article (by position), in sentence order, without repeats. */
function questionsByArticle(engine: Engine): Example[][] {
  const seen = new Set<string>();
  const out: Example[][] = [];
  const add = (example: Example) => {
    if (seen.has(example.question)) return;
    seen.add(example.question);
    (out[example.article] ??= []).push(example);
  };
  const sentences = sentencesWithEntities(engine, ['body']);
  const texts: string[][] = [];
  for (const { text, article } of sentences) (texts[article] ??= []).push(text);
  const surnames = namedInFull(sentences);
  for (const { text, article, sentence, entities } of sentences) {
    const from = { article, sentence };
    const who = whoQuestion(text);
    if (who !== undefined) add({ question: who.question, ...from, asks: { kind: 'doer', verb: who.verb } });
    for (const e of entities) {
      const phrase = entityPhrase(text, e);
      if (e.type === 'date' && /\d{4}/.test(phrase) && !PUBLISHED_BEFORE.test(text.slice(0, e.start)))
        add({ question: whatHappened(phrase), ...from, asks: { kind: 'event' } });
      // Not "Who is James Webb Space?" of a telescope, nor "Who is Trent Vale?" of a story that writes
      // "Trent Vale Water" (`person-name.ts`).
      if (
        e.type === 'person' &&
        phrase.split(' ').length >= 2 &&
        isPersonName(text, e) &&
        !startsLongerName(texts[article] ?? [], phrase) &&
        !(titled(phrase) && surnames[article]?.has(surnameOf(phrase)) === true)
      )
        add({ question: `Who is ${phrase}?`, ...from, asks: { kind: 'person', name: phrase } });
    }
  }
  return out.filter((questions) => questions !== undefined);
}

/** Does the name open with a title of address ("Mr Pritchard", "Dr Ann Hope")? */
const titled = (name: string): boolean => addressTitle(name.split(' ')[0] ?? '') !== undefined;
const surnameOf = (name: string): string => name.split(' ').at(-1) ?? '';

/**
 * Per article (by position), the surnames of the people it names in full with no title ("Owen
 * Pritchard"): "Who is Mr Pritchard?" asks of someone "Who is Owen Pritchard?" already names, an
 * example that teaches a newcomer nothing new.
 */
function namedInFull(
  sentences: readonly { text: string; article: number; entities: Entity[] }[],
): Set<string>[] {
  const out: Set<string>[] = [];
  for (const { text, article, entities } of sentences)
    for (const e of entities) {
      const phrase = entityPhrase(text, e);
      if (e.type === 'person' && phrase.includes(' ') && !titled(phrase))
        (out[article] ??= new Set()).add(surnameOf(phrase));
    }
  return out;
}

/** Questions the articles can answer, in article order, without repeats. */
export function suggestedQuestions(engine: Engine): string[] {
  return questionsByArticle(engine).flatMap((questions) => questions.map((q) => q.question));
}

const hasClause = (text: string): boolean =>
  (nlp(text).json() as { terms: TermJson[] }[]).flatMap((s) => s.terms).some(finiteVerb);

/**
 * Whether the bot's answer to an example is what the example asks of the sentence it was drawn from,
 * so that /help never shows a question whose answer is wrong: "What happened in 1989?" answered "with
 * her late husband" is answered, but not with what happened. "Who <verb> …?": that sentence, its short
 * answer before the verb (the doer, not the object). "What happened on <date>?": that sentence, and
 * a short answer, if any, that is a clause ("IS militants seized large areas…"). "Who is <name>?": a
 * sentence naming them.
 */
function answersOwnSource(engine: Engine, example: Example): boolean {
  const answer = engine.ask(example.question);
  const best = answer.passages[0];
  if (!answer.answered || best === undefined) return false;
  const asks = example.asks;
  if (asks.kind === 'person') return best.text.toLowerCase().includes(asks.name.toLowerCase());
  const source = engine.index.refs[example.article]?.id;
  if (best.article.id !== source || best.sentence !== example.sentence) return false;
  const short = answer.answer;
  if (asks.kind === 'event') return short === null || hasClause(short.text);
  if (short === null || short.passage !== 0) return false;
  const verb = new RegExp(`(?<![\\p{L}])${asks.verb}(?![\\p{L}])`, 'iu').exec(best.text.slice(short.end));
  return verb !== null;
}

/** Names, places and organisations of the articles, most frequent first. */
export function keyPhrases(engine: Engine): string[] {
  const counts = new Map<string, number>();
  for (const { text, entities } of sentencesWithEntities(engine, ['body', 'title'])) {
    for (const e of entities) {
      if (e.type === 'number' || e.type === 'phrase') continue;
      const phrase = text.slice(e.start, e.end).replace(/[,.;:”"]+$/, '');
      if (phrase.length < 3) continue;
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([p]) => p);
}

// Per engine, computed once: /help and autocomplete ask again and again, the articles do not change.
const examplesCache = new WeakMap<Engine, Example[][]>();

function cachedByArticle(engine: Engine): Example[][] {
  let questions = examplesCache.get(engine);
  if (questions === undefined) {
    questions = questionsByArticle(engine);
    examplesCache.set(engine, questions);
  }
  return questions;
}

export function cachedQuestions(engine: Engine): string[] {
  return cachedByArticle(engine).flatMap((questions) => questions.map((q) => q.question));
}

// Per engine and count: the examples help and greetings show, asked once.
const helpCache = new WeakMap<Engine, Map<number, string[]>>();

/**
 * `n` suggested questions that the bot answers itself, with what they ask of the sentence they were
 * drawn from (`answersOwnSource`): an example that gets "I couldn't find that" (a "Who received?" the
 * sentence did not support), or a wrong answer, teaches a newcomer the wrong thing. With several
 * articles, one per article in turn, so that /help shows the bot knows more than the first file. Of
 * one article, each next example asks another kind of thing than those shown when one such passes
 * (`nextExample`). None when no example passes: the help then says how to ask without one.
 */
export function helpExamples(engine: Engine, n: number): string[] {
  let byCount = helpCache.get(engine);
  if (byCount === undefined) helpCache.set(engine, (byCount = new Map()));
  let examples = byCount.get(n);
  if (examples === undefined) {
    examples = [];
    const queues = cachedByArticle(engine).map((questions) => ({
      left: [...questions],
      shown: new Set<string>(),
    }));
    while (examples.length < n && queues.some((q) => q.left.length > 0)) {
      for (const queue of queues) {
        // Enough: the articles after it are not asked (the console's welcome waits for these).
        if (examples.length >= n) break;
        // The article's next question the bot answers; an article with none left is passed over.
        const q = nextExample(engine, queue.left, queue.shown);
        if (q === undefined) continue;
        queue.shown.add(q.asks.kind);
        examples.push(q.question);
      }
    }
    byCount.set(n, examples);
  }
  return examples;
}

/**
 * The first of an article's `left` examples (in sentence order) that the bot answers and that asks a
 * kind of thing `shown` lacks, else the first it answers; taken out of `left` with every example
 * passed over that it does not answer. Two examples of one kind ("What happened in August 2024?",
 * "What happened in September 2024?") teach a newcomer one way to ask where a who-question and a
 * when-question teach two.
 */
function nextExample(engine: Engine, left: Example[], shown: ReadonlySet<string>): Example | undefined {
  let fallback: number | undefined;
  for (let i = 0; i < left.length; i++) {
    const q = left[i] as Example;
    const other = !shown.has(q.asks.kind);
    // Only asked when it could be taken: as a new kind, or as the fallback none has filled yet.
    if (!other && fallback !== undefined) continue;
    if (!answersOwnSource(engine, q)) {
      left.splice(i--, 1);
      continue;
    }
    if (other) {
      left.splice(i, 1);
      return q;
    }
    fallback = i;
  }
  return fallback === undefined ? undefined : left.splice(fallback, 1)[0];
}
