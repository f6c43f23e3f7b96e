/**
 * The engine in service, and its replacement on reload: the new index is built completely before it
 * is swapped in, so a question asked during a reload is answered from the old one, never a half-built one.
 */
import Fuse from 'fuse.js';
import { changedSinceRead, type ArticleCache } from '../knowledge/load.js';
import type { Article, LoadError } from '../knowledge/types.js';
import type { Engine } from './engine.js';
import { readEntityCache, writeEntityCache } from './entity-cache.js';
import { loadEngine, type LoadedEngine } from './load-engine.js';
import { cachedQuestions, keyPhrases } from './suggest.js';

export interface ReloadReport {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: number;
  errors: LoadError[];
  sentences: number;
  /** Articles whose text had to be tokenized again (new or changed); the others' index terms were reused. */
  reindexed: number;
  ms: number;
}

export interface WarmUpReport {
  /** Sentences whose entity tags came from the cache file. */
  fromCache: number;
  /** Sentences tagged now. */
  tagged: number;
  /** Words of the folder looked up ahead of the questions (`Engine.settle`), after the tagging. */
  settled: number;
  /** False when a reload or shutdown stopped the tagging before the end (what was tagged is still saved). */
  complete: boolean;
}

function fingerprint(a: Article): string {
  return `${a.title}\u0000${a.sentences.map((s) => `${s.role}:${s.text}`).join('\u0000')}`;
}

export class KnowledgeBase {
  private background: AbortController | undefined;
  /** When the engine in service was built (at start, then by each reload that swapped one in). */
  private loaded = new Date();
  private suggestionsCache: { engine: Engine; questions: string[]; fuse: Fuse<string> } | undefined;
  /**
   * The reload under way, if any. Reloads run one after another: `/learn`, `/reload` and the folder
   * watcher may ask at once, and two overlapping reloads would each swap in an engine, the slower (and
   * maybe older) one last, and report the same changes twice.
   */
  private reloading: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private current: LoadedEngine,
    private readonly cache: ArticleCache,
  ) {}

  static async load(dir: string, onProgress?: (done: number, total: number) => void): Promise<KnowledgeBase> {
    const cache: ArticleCache = new Map();
    return new KnowledgeBase(
      dir,
      await loadEngine(dir, { cache, ...(onProgress ? { onProgress } : {}) }),
      cache,
    );
  }

  get engine(): Engine {
    return this.current.engine;
  }

  get loadErrors(): LoadError[] {
    return this.current.errors;
  }

  get loadedAt(): Date {
    return this.loaded;
  }

  get loadMs(): number {
    return this.current.ms;
  }

  /**
   * Whether the folder has changed since the engine in service read it: a file dropped in while a
   * large folder was still loading, before the watcher started, would otherwise wait for the next change
   * (and one caught half-copied, skipped as empty, would never be read again).
   */
  changedSinceLoad(): Promise<boolean> {
    return changedSinceRead(this.dir, this.cache);
  }

  /**
   * Rebuild from the folder. Throws (keeping the old engine) when no article can be loaded. A reload
   * asked for while one runs waits for it, then reads the folder again.
   */
  reload(): Promise<ReloadReport> {
    const run = this.reloading.then(() => this.reloadNow());
    this.reloading = run.catch(() => undefined);
    return run;
  }

  private async reloadNow(): Promise<ReloadReport> {
    // Unchanged files (same size and modification time) are not read or parsed again.
    const next = await loadEngine(this.dir, { cache: this.cache });
    next.engine.warmUp({ entities: false });
    const before = new Map(this.engine.articles.map((a) => [a.id, a]));
    const after = new Map(next.engine.articles.map((a) => [a.id, a]));
    // An unchanged file hands back the same article object; only re-read files are compared by content.
    const same = (id: string, a: Article) => {
      const old = before.get(id);
      return old === a || (old !== undefined && fingerprint(old) === fingerprint(a));
    };
    const report: ReloadReport = {
      added: [...after.keys()].filter((id) => !before.has(id)),
      removed: [...before.keys()].filter((id) => !after.has(id)),
      changed: [...after].filter(([id, a]) => before.has(id) && !same(id, a)).map(([id]) => id),
      unchanged: [...after].filter(([id, a]) => same(id, a)).length,
      errors: next.errors,
      sentences: next.sentences,
      reindexed: next.engine.index.tokenizedArticles,
      ms: next.ms,
    };
    this.current = next;
    this.loaded = new Date();
    this.background?.abort();
    return report;
  }

  /**
   * Warm the engine up (WordNet, tagger model, sorted vocabulary: a few hundred ms, once), take the
   * entity tags an earlier run saved in `cacheFile` for unchanged sentences, tag the rest in the
   * background, then save them all to `cacheFile` for the next start; then look up the folder's words
   * and practise the pipeline (`Engine.settle`: a few seconds in the background for the BBC folder).
   */
  async warmUp(cacheFile?: string): Promise<WarmUpReport> {
    const engine = this.engine;
    engine.warmUp({ entities: false });
    const index = engine.index;
    // Before the first await: a stopBackground() (the console's /quit) while the cache file is read
    // stops this warm-up too; made after it, the tagging, the cache write and the look-ups ran to the end.
    this.background?.abort();
    const signal = (this.background = new AbortController()).signal;
    const fromCache = cacheFile === undefined ? 0 : index.adoptEntities(await readEntityCache(cacheFile));
    const tagged = signal.aborted ? 0 : await index.tagEntitiesInBackground(signal);
    const complete = !signal.aborted;
    // Saved even when a shutdown stopped the tagging half-way (what was tagged is right), but not for an
    // index a reload has replaced: the new index's warm-up saves its own.
    if (cacheFile !== undefined && tagged > 0 && index === this.engine.index)
      await writeEntityCache(cacheFile, index.taggedEntities());
    // Not for an engine a reload has replaced (its own warm-up settles it), nor after a shutdown.
    const settled = complete && engine === this.engine ? await engine.settle(signal) : 0;
    return { fromCache, tagged, settled, complete };
  }

  stopBackground(): void {
    this.background?.abort();
  }

  /** Questions and key phrases for autocomplete, fuzzy-matched to what the user has typed so far. */
  suggest(typed: string, limit: number): string[] {
    const engine = this.engine;
    if (this.suggestionsCache?.engine !== engine) {
      const questions = [...cachedQuestions(engine), ...keyPhrases(engine)];
      // Plain fuzzy search: whatever the user types is text, never an extended-search operator.
      const fuse = new Fuse(questions, { ignoreLocation: true, threshold: 0.45, useExtendedSearch: false });
      this.suggestionsCache = { engine, questions, fuse };
    }
    const { questions, fuse } = this.suggestionsCache;
    const query = typed.trim();
    if (query === '') return questions.slice(0, limit);
    return fuse.search(query, { limit }).map((r) => r.item);
  }
}
