/**
 * Questions and key phrases drawn from the articles themselves, for /help examples and /ask
 * autocomplete: "Who signed an agreement?", "What happened in 2014?", "Who is Alexander Fomin?".
 * They come from each article's own sentences (compromise's tags), so they work for any article.
 */
import { MONTH } from '../knowledge/dateline.js';
import { nlp } from '../nlp/nlp.js';
import type { Entity } from './entities.js';
import type { Engine } from './engine.js';

interface TermJson {
  text: string;
  tags: string[];
}

/** Verbs of saying make poor questions ("Who said?"): the content is in what was said. */
const REPORTING = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'reported']);
const STOP_OBJECT = new Set(['Preposition', 'Conjunction', 'Verb', 'QuestionWord']);

/** Forms of "be" before a past participle: the verb is passive. */
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const AUXILIARY = new Set(['had', 'did', 'could', 'would', 'should', 'might']);
const wordOf = (t: TermJson | undefined) => (t?.text ?? '').replace(/[^\p{L}]/gu, '').toLowerCase();

/** "Who <past-tense verb> <object>?" when a person or organisation comes before the verb. */
function whoQuestion(text: string): string | undefined {
  const terms: TermJson[] = (nlp(text).json() as { terms: TermJson[] }[]).flatMap((s) => s.terms);
  let sawActor = false;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as TermJson;
    if (t.tags.includes('Person') || t.tags.includes('Organization')) sawActor = true;
    if (!t.tags.includes('PastTense')) continue;
    const verb = t.text.replace(/[^\p{L}-]/gu, '').toLowerCase();
    if (!sawActor || REPORTING.has(verb) || verb === '') return undefined;
    // "was due", "had": no action to ask about. "has long been heralded as…": the name before a
    // passive verb is not who did it.
    if (PASSIVE.has(verb) || AUXILIARY.has(verb) || PASSIVE.has(wordOf(terms[i - 1]))) continue;
    const object: string[] = [];
    for (let j = i + 1; j < terms.length && object.length < 4; j++) {
      const o = terms[j] as TermJson;
      if (o.tags.some((tag) => STOP_OBJECT.has(tag))) break;
      object.push(o.text.replace(/[^\p{L}\p{N}'-]/gu, ''));
      if (/[,.;:!?”"]$/.test(o.text)) break;
    }
    // "Who received?" asks nothing a reader could answer: the verb needs what it was done to.
    const words = object.filter((w) => w !== '');
    if (words.length === 0) continue;
    return `Who ${[verb, ...words].join(' ')}?`;
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
): { text: string; article: number; entities: Entity[] }[] {
  const out: { text: string; article: number; entities: Entity[] }[] = [];
  const docs = engine.index.docs;
  for (let id = 0; id < docs.length && out.length < MAX_SENTENCES; id++) {
    const doc = docs[id];
    if (doc !== undefined && roles.includes(doc.sentence.role)) {
      out.push({ text: doc.sentence.text, article: doc.article, entities: engine.index.entities(id) });
    }
  }
  return out;
}

/** Questions the articles can answer, per article (by position), in sentence order, without repeats. */
function questionsByArticle(engine: Engine): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const add = (article: number, question: string) => {
    if (seen.has(question)) return;
    seen.add(question);
    (out[article] ??= []).push(question);
  };
  for (const { text, article, entities } of sentencesWithEntities(engine, ['body'])) {
    const who = whoQuestion(text);
    if (who !== undefined) add(article, who);
    for (const e of entities) {
      const phrase = text.slice(e.start, e.end).replace(/[,.;:]+$/, '');
      if (e.type === 'date' && /\d{4}/.test(phrase) && !PUBLISHED_BEFORE.test(text.slice(0, e.start)))
        add(article, whatHappened(phrase));
      if (e.type === 'person' && phrase.split(' ').length >= 2) add(article, `Who is ${phrase}?`);
    }
  }
  return out.filter((questions) => questions !== undefined);
}

/** Questions the articles can answer, in article order, without repeats. */
export function suggestedQuestions(engine: Engine): string[] {
  return questionsByArticle(engine).flat();
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
const examplesCache = new WeakMap<Engine, string[][]>();

function cachedByArticle(engine: Engine): string[][] {
  let questions = examplesCache.get(engine);
  if (questions === undefined) {
    questions = questionsByArticle(engine);
    examplesCache.set(engine, questions);
  }
  return questions;
}

export function cachedQuestions(engine: Engine): string[] {
  return cachedByArticle(engine).flat();
}

// Per engine and count: the examples help and greetings show, asked once.
const helpCache = new WeakMap<Engine, Map<number, string[]>>();

/**
 * `n` suggested questions that the bot answers itself: an example that gets "I couldn't find that"
 * (a "Who received?" the sentence did not support) teaches a newcomer the wrong thing. With several
 * articles, one per article in turn, so that /help shows the bot knows more than the first file.
 */
export function helpExamples(engine: Engine, n: number): string[] {
  let byCount = helpCache.get(engine);
  if (byCount === undefined) helpCache.set(engine, (byCount = new Map()));
  let examples = byCount.get(n);
  if (examples === undefined) {
    examples = [];
    const queues = cachedByArticle(engine).map((questions) => [...questions]);
    while (examples.length < n && queues.some((q) => q.length > 0)) {
      for (const queue of queues) {
        // The article's first question the bot answers; an article with none is passed over.
        let q = queue.shift();
        while (q !== undefined && !engine.ask(q).answered) q = queue.shift();
        if (q !== undefined && examples.length < n) examples.push(q);
      }
    }
    byCount.set(n, examples);
  }
  return examples;
}
