/**
 * A question set on disk, shared by the benchmark and the training script: `questions.jsonl`
 * ({id, question, article?, answers?}), an optional `unanswerable.jsonl` of on-topic questions the
 * article does not answer, and `articles/` (or another knowledge folder), or no articles at all when the
 * questions name stories of a corpus (`corpus`: see corpusPath). Each article gets its own engine, as the
 * bot has when a channel is about one story.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from '../src/knowledge/article.js';
import { decodeArticle, loadKnowledgeOrFail } from '../src/knowledge/load.js';
import type { Article } from '../src/knowledge/types.js';
import { Engine, type EngineOptions } from '../src/qa/engine.js';

export interface Question {
  id: string;
  question: string;
  article?: string;
  answers?: string[];
}

export interface Dataset {
  dir: string;
  questions: Question[];
  articles: Article[];
  /** The engine over one article (by file), or over all of them (undefined). Built on first use. */
  engine(file: string | undefined): Engine;
  /** The article an answerable question is asked of as an off-topic question: the next one in the folder. */
  offTopicOf(file: string): string | undefined;
  /**
   * Position of the question's article among the sorted article files (or of the question itself when
   * the set has one article): held-out halves are odd and even slots.
   */
  slotOf(q: Question, i: number): number;
}

/** One JSON object a line (blank lines skipped); a file that is not there reads as none when `optional`. */
export function readJsonl<T = Question>(file: string, options: { optional?: boolean } = {}): T[] {
  if (options.optional === true && !existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** A dataset that cannot be read as it says: said in one line (the benchmark exits with 2), not a stack trace. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** A story of a corpus kept in one folder per category, as the BBC News dataset is: `business-012.txt`. */
const CORPUS_STORY = /^([a-z]+)-(\d+)\.txt$/;

/**
 * Where a story a question names lives in a corpus: `business-012.txt` is `<corpus>/business/012.txt`.
 * A set that names its stories so holds none of their text (the corpus is not the project's to copy).
 */
export function corpusPath(corpus: string, name: string): string {
  const m = CORPUS_STORY.exec(name);
  if (m === null)
    throw new DatasetError(
      `article ${name}: not a corpus story's name (<category>-<NNN>.txt, such as business-012.txt)`,
    );
  return path.join(corpus, m[1] as string, `${m[2] as string}.txt`);
}

/**
 * The stories the questions name, read from the corpus and known by the names the questions use (their
 * sentences cite that name, as they would from an `articles/` folder). The BBC corpus's files are already
 * in the articles' format (headline on the first line, paragraphs separated by blank lines), so each is
 * read as a text file in a knowledge folder is: nothing is converted.
 */
export async function loadCorpusArticles(corpus: string, questions: readonly Question[]): Promise<Article[]> {
  const names = new Set<string>();
  for (const q of questions) {
    if (q.article === undefined)
      throw new DatasetError(`question ${q.id} names no article: with a corpus, each names its story`);
    names.add(q.article);
  }
  // The order a knowledge folder lists its files in: the next story is the off-topic one, halves by position.
  const sorted = [...names].sort((a, b) => a.localeCompare(b));
  return Promise.all(
    sorted.map(async (name) => {
      const file = corpusPath(corpus, name);
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new DatasetError(
          `article ${name}: ${code === 'ENOENT' ? 'no such story' : `unreadable (${code ?? String(error)})`} at ${file}`,
        );
      }
      const article = parseArticle(name, decodeArticle(bytes));
      if (!article.sentences.some((s) => s.role === 'body'))
        throw new DatasetError(`article ${name}: no story text in ${file}`);
      return article;
    }),
  );
}

export async function loadDataset(
  dir: string,
  options: { knowledge?: string; corpus?: string; limit?: number; engine?: EngineOptions } = {},
): Promise<Dataset> {
  const unanswerableFile = path.join(dir, 'unanswerable.jsonl');
  const questions = [
    ...readJsonl(path.join(dir, 'questions.jsonl')).slice(0, options.limit ?? Infinity),
    ...readJsonl(unanswerableFile, { optional: true }),
  ];
  const articles =
    options.corpus !== undefined
      ? await loadCorpusArticles(options.corpus, questions)
      : (await loadKnowledgeOrFail(options.knowledge ?? path.join(dir, 'articles'))).articles;
  const engines = new Map<string | undefined, Engine>();
  const files = articles.map((a) => a.file);
  const sorted = [...files].sort();
  return {
    dir,
    questions,
    articles,
    engine(file) {
      let engine = engines.get(file);
      if (engine === undefined) {
        const list = file === undefined ? articles : articles.filter((a) => a.file === file);
        if (list.length === 0) throw new Error(`no article ${file}`);
        engine = new Engine(list, options.engine);
        engine.warmUp();
        engines.set(file, engine);
      }
      return engine;
    },
    offTopicOf: (file) => (files.length > 1 ? files[(files.indexOf(file) + 1) % files.length] : undefined),
    slotOf: (q, i) => (q.article !== undefined && sorted.length > 1 ? sorted.indexOf(q.article) : i),
  };
}

/** Answer strings compared case-insensitively, whitespace folded. */
export const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
