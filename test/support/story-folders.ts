/**
 * Scenario tests that ask each story of a fixture folder alone (one story a sub-folder): the engine of
 * each is built on its first question and kept for the file's later ones.
 */
import type { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';

/** `storyOf(name)`: the engine over `fixtures/<name>` (a URL of the fixture folder, ending in "/"). */
export function storyFolders(fixtures: URL): (name: string) => Promise<Engine> {
  const engines = new Map<string, Engine>();
  return async (name) => {
    let engine = engines.get(name);
    if (engine === undefined) {
      engine = (await loadEngine(new URL(name, fixtures).pathname)).engine;
      engines.set(name, engine);
    }
    return engine;
  };
}
