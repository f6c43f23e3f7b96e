/**
 * Practice for the tagger before the first question. V8 compiles a function to fast machine code only
 * after it has run many times, and compromise is a large library: in a new process its first hundred
 * sentences cost two to four times what later ones do, and its first conversions of words (verbs to
 * their infinitive, nouns to their singular) about three times. A question on a large folder tags its
 * candidate sentences on first use and converts the words the articles lack, so without practice the
 * first questions after a start paid for the compiling.
 */
import type { Article, Sentence } from '../knowledge/types.js';
import { findEntities, type Entity } from './entities.js';
import { inflect, lemmasByCompromise } from './morphology.js';
import { referentsOf, referentsRead } from './referents.js';
import { Scratch } from './scratch.js';

/** Written for this purpose: the kinds of things news sentences hold (names, places, dates, amounts). */
const SENTENCES = [
  'The Foreign Minister, Anna Petrova, met her French counterpart in Geneva on Monday to discuss the talks.',
  'Shares in Northwind Airlines rose 5% to $12.50 after the company reported profits of £3.2m for 2004.',
  'Police said two men had been arrested in Manchester and would appear before magistrates next week.',
  "It's the third time this year that the club, which won the league in the 1990s, has changed its manager.",
  'Prof John Smith of Oxford University told the BBC that the findings were "deeply worrying" for farmers.',
  'About 1,500 people attended the festival, which was held in a park near the river on 14 July.',
  'The United Nations agency warned that millions of children in East Africa could face hunger.',
  'Because the bank raised interest rates, many homeowners have been struggling to pay their mortgages.',
];

/** Words for the conversions, of each kind the lemmatiser is asked about: irregular, regular, unknown. */
const WORDS = [
  'went',
  'children',
  'signed',
  'counties',
  'better',
  'running',
  'mice',
  'taken',
  'sined',
  'grotly',
];

/** How many times the sentences and words are gone through (about 0.1-0.2 s in all, once a process). */
const PASSES = 3;

/**
 * Module state: compiled code belongs to the process, not to an engine, so the practice runs once
 * however many engines a process builds.
 */
let practised = false;

export function practiseTagger(): void {
  if (practised) return;
  practised = true;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const sentence of SENTENCES) findEntities(sentence);
    for (const word of WORDS) {
      lemmasByCompromise(word);
      inflect(word, pass % 2 === 0 ? 'verb' : 'noun');
    }
  }
}

/**
 * The growth of retrieval's reused buffers (`Scratch`), practised. A question's buffers grow only when
 * it has more words than any question before it: in a new process the first questions grow them before
 * V8 has begun recording what the growing code calls (it records a function's calls only after its
 * first few runs), and later ones seldom do, so V8 compiled `retrieve` with the growth unknown and threw
 * the code away on the first reader's question longer than the warm-up's, then compiled it again
 * during that first ask (`--trace-deopt`: "Insufficient type feedback for call" in `scratch.ts`). Here
 * the buffers grow many times, on a scratch of their own, so the growth is known. Once a process.
 */
export function practiseBuffers(): void {
  if (buffersPractised) return;
  buffersPractised = true;
  const scratch = new Scratch();
  for (let size = 1; size <= 1024; size *= 2) {
    scratch.floats('practice', size);
    scratch.bytes('practice', size);
    scratch.ints('practice', size);
  }
}

/** Module state, as `practised`: what V8 records belongs to the process. */
let buffersPractised = false;

/**
 * Questions of each kind the engine tells apart (a person, a date, a place, a number, an amount, a
 * reason, a kind of thing, what someone said), about nothing in particular: asked of the engine
 * itself, so that V8 compiles the whole pipeline on the folder's own index (retrieval over its
 * postings, the re-ranking, the short answer) rather than on the first questions people ask.
 */
export const PRACTICE_QUESTIONS: readonly string[] = [
  'who said it?',
  'what did the minister say?',
  'when did it happen?',
  'where was the meeting held?',
  'how many people were there?',
  'how much did it cost?',
  'why did prices rise?',
  'which company was sold?',
  'what team won the match?',
  'what language do they speak?',
  'who is the chief executive?',
  'when will the plan start?',
];

/** How many times the questions are asked: V8 compiles a function after many runs (about 0.3-0.5 s in all). */
export const QUESTION_PASSES = 3;

/**
 * A practice question naming someone whom a story's opening "He" or "She" stands for (`referents.ts`),
 * the first such person of the folder whose name a question is credited with (`credited`: on a large
 * folder, a name with a word in few stories, `namesFewStories`): asked with the others, it takes
 * retrieval's path for those sentences, which no question about nothing in particular takes. Without it
 * V8 compiled `retrieve` knowing nothing of that path and threw the code away on the first reader's
 * question that named such a person, then compiled it again, during a first ask (docs/measured.md,
 * sessions 28 and 31: the BBC folder's first such person, "Nick Van", has both words in many stories,
 * so the question naming them never took the path). Undefined when no story's pronoun opening has been
 * read as one person credited (`readReferents` reads them first).
 */
export function namingPractice(
  articles: readonly Article[],
  entitiesOf: (s: Sentence) => readonly Entity[],
  credited: (name: string) => boolean = () => true,
): string | undefined {
  for (const article of articles) {
    // Only stories read already: this question is no reason to tag one.
    if (!referentsRead(article)) continue;
    const read = referentsOf(article, entitiesOf);
    for (const referent of read.one.values())
      if (credited(referent.name)) return `what did ${referent.name} do?`;
  }
  return undefined;
}

/**
 * Ask the practice questions of an engine (`ask`), and `more` of the folder's own (`namingPractice`),
 * yielding to the event loop after each, so that a question people ask meanwhile waits for one practice
 * question at most. Resolves with how many were
 * asked; stops early when `signal` aborts.
 */
export async function practiseAsking(
  ask: (question: string) => unknown,
  signal?: AbortSignal,
  more: readonly string[] = [],
): Promise<number> {
  let count = 0;
  for (let pass = 0; pass < QUESTION_PASSES; pass++)
    for (const question of [...more, ...PRACTICE_QUESTIONS]) {
      if (signal?.aborted === true) return count;
      ask(question);
      count++;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  return count;
}

/** Module state, as `practised`: the pipeline is compiled once per process, whichever engine asks first. */
let askedOnce = false;

/**
 * `practiseAsking`, once per process (0 after the first full pass, and while one runs). A pass that
 * `signal` stopped half-way (a reload or a shutdown) does not count: the next engine practises.
 */
export async function practiseAskingOnce(
  ask: (question: string) => unknown,
  signal?: AbortSignal,
  more: readonly string[] = [],
): Promise<number> {
  if (askedOnce) return 0;
  askedOnce = true;
  const count = await practiseAsking(ask, signal, more);
  if (count < (PRACTICE_QUESTIONS.length + more.length) * QUESTION_PASSES) askedOnce = false;
  return count;
}

/**
 * Each story's pronoun openings read for whom they stand for (`referentsOf`, kept per article), one
 * story between two turns of the event loop: the first reading of a story cost about 13 ms (WordNet's
 * look-ups of its names, cold), which the first question naming someone in it paid. Resolves with how
 * many stories were read; stops early when `signal` aborts.
 */
export async function readReferents(
  articles: readonly Article[],
  entitiesOf: (s: Sentence) => readonly Entity[],
  signal?: AbortSignal,
): Promise<number> {
  let count = 0;
  for (const article of articles) {
    if (signal?.aborted === true) break;
    referentsOf(article, entitiesOf);
    count++;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return count;
}
