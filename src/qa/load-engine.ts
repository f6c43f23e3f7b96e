import { loadKnowledgeOrFail, type LoadOptions } from '../knowledge/load.js';
import type { LoadError } from '../knowledge/types.js';
import { Engine } from './engine.js';

export interface LoadedEngine {
  engine: Engine;
  errors: LoadError[];
  sentences: number;
  ms: number;
}

/** Load a knowledge folder and index it. Throws KnowledgeError when no article can be used. */
export async function loadEngine(dir: string, options: LoadOptions = {}): Promise<LoadedEngine> {
  const t0 = performance.now();
  const { articles, errors } = await loadKnowledgeOrFail(dir, options);
  const engine = new Engine(articles);
  return { engine, errors, sentences: engine.index.docs.length, ms: performance.now() - t0 };
}

export { describeLoadError } from '../knowledge/load.js';
