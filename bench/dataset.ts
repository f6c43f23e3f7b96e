/**
 * A question set on disk, shared by the benchmark and the training script: `questions.jsonl`
 * ({id, question, article?, answers?}), an optional `unanswerable.jsonl` of on-topic questions the
 * article does not answer, and `articles/` (or another knowledge folder). Each article gets its own
 * engine, as the bot has when a channel is about one story.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadKnowledgeOrFail } from '../src/knowledge/load.js';
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

export async function loadDataset(
  dir: string,
  options: { knowledge?: string; limit?: number; engine?: EngineOptions } = {},
): Promise<Dataset> {
  const unanswerableFile = path.join(dir, 'unanswerable.jsonl');
  const questions = [
    ...readJsonl(path.join(dir, 'questions.jsonl')).slice(0, options.limit ?? Infinity),
    ...readJsonl(unanswerableFile, { optional: true }),
  ];
  const { articles } = await loadKnowledgeOrFail(options.knowledge ?? path.join(dir, 'articles'));
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
