/**
 * Questions and key phrases drawn from the articles themselves, for /help examples and /ask
 * autocomplete: "Who signed an agreement?", "What happened in 2014?", "Who is Alexander Fomin?".
 * They come from each article's own sentences (compromise's tags), so they work for any article.
 */
import { nlp } from './nlp.js';
import { findEntities } from './entities.js';
import type { Engine } from './engine.js';

interface TermJson {
  text: string;
  tags: string[];
}

/** Verbs of saying make poor questions ("Who said?"): the content is in what was said. */
const REPORTING = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'reported']);
const STOP_OBJECT = new Set(['Preposition', 'Conjunction', 'Verb', 'QuestionWord']);

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
    const object: string[] = [];
    for (let j = i + 1; j < terms.length && object.length < 4; j++) {
      const o = terms[j] as TermJson;
      if (o.tags.some((tag) => STOP_OBJECT.has(tag))) break;
      object.push(o.text.replace(/[^\p{L}\p{N}'-]/gu, ''));
      if (/[,.;:!?”"]$/.test(o.text)) break;
    }
    return `Who ${[verb, ...object].filter((w) => w !== '').join(' ')}?`;
  }
  return undefined;
}

/** Questions the articles can answer, in article order, without repeats. */
export function suggestedQuestions(engine: Engine): string[] {
  const out = new Set<string>();
  for (const article of engine.articles) {
    for (const s of article.sentences) {
      if (s.role !== 'body') continue;
      const who = whoQuestion(s.text);
      if (who !== undefined) out.add(who);
      for (const e of findEntities(s.text)) {
        const phrase = s.text.slice(e.start, e.end).replace(/[,.;:]+$/, '');
        if (e.type === 'date' && /\d{4}/.test(phrase)) out.add(`What happened in ${phrase}?`);
        if (e.type === 'person' && phrase.split(' ').length >= 2) out.add(`Who is ${phrase}?`);
      }
    }
  }
  return [...out];
}

/** Names, places and organisations of the articles, most frequent first. */
export function keyPhrases(engine: Engine): string[] {
  const counts = new Map<string, number>();
  for (const article of engine.articles) {
    for (const s of article.sentences) {
      if (s.role !== 'body' && s.role !== 'title') continue;
      for (const e of findEntities(s.text)) {
        if (e.type === 'number') continue;
        const phrase = s.text.slice(e.start, e.end).replace(/[,.;:”"]+$/, '');
        if (phrase.length < 3) continue;
        counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([p]) => p);
}

export function helpExamples(engine: Engine, n: number): string[] {
  return suggestedQuestions(engine).slice(0, n);
}
