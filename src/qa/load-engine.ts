import { KnowledgeError, loadKnowledgeOrFail, type LoadOptions } from '../knowledge/load.js';
import type { LoadError } from '../knowledge/types.js';
import { Engine } from './engine.js';
import { wordVectors } from './embeddings.js';

export interface LoadedEngine {
  engine: Engine;
  errors: LoadError[];
  sentences: number;
  ms: number;
}

/** Load a knowledge folder and index it. Throws KnowledgeError when no article can be used, or the word vectors are missing. */
export async function loadEngine(dir: string, options: LoadOptions = {}): Promise<LoadedEngine> {
  const t0 = performance.now();
  const { articles, errors } = await loadKnowledgeOrFail(dir, options);
  // The word vectors are read now rather than at the first question: a cache an install did not build
  // (`npm ci --ignore-scripts`) stops the start, saying what to run, instead of failing every question.
  try {
    wordVectors();
  } catch (error) {
    throw new KnowledgeError(error instanceof Error ? error.message : String(error));
  }
  const engine = new Engine(articles);
  return { engine, errors, sentences: engine.index.docs.length, ms: performance.now() - t0 };
}

export { describeLoadError } from '../knowledge/load.js';
