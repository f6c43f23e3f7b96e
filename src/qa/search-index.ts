/**
 * The search structures built once per knowledge folder: an inverted index of word stems over every
 * answerable sentence (for BM25), the vocabulary for spelling correction, and lazily tagged entities.
 */
import type { Article, Role, Sentence } from '../knowledge/types.js';
import { findEntities, type Entity } from './entities.js';
import { SpellChecker } from './spelling.js';
import { tokenize, type Token } from './text.js';
import type { ArticleRef } from './types.js';

/**
 * How far each part of a page may answer a question. Related headlines and tags are other stories
 * or page furniture: they are never indexed, so they can never be an answer.
 */
export const ROLE_WEIGHT: Partial<Record<Role, number>> = {
  body: 1,
  title: 0.7,
  heading: 0.8,
  dateline: 0.8,
  caption: 0.6,
  credit: 0.5,
};

/** Up to this many sentences, warm-up tags every sentence's entities; above it they are tagged on first use (~3 ms a sentence). */
const EAGER_ENTITY_LIMIT = 3000;
/** Sentences this close in the same paragraph lend context (the topic is often named a sentence or two earlier). */
export const CONTEXT_WINDOW = 2;

export interface Doc {
  article: number;
  sentence: Sentence;
  tokens: Token[];
  /** Doc ids of the sentences of the same paragraph at most CONTEXT_WINDOW away, nearest first. */
  neighbours: number[];
  weight: number;
}

export class SearchIndex {
  readonly docs: Doc[] = [];
  readonly refs: ArticleRef[];
  /** stem → flat list of (doc id, term frequency) pairs. */
  private readonly postings = new Map<string, number[]>();
  private readonly entityCache = new Map<number, Entity[]>();
  private sortedStems: string[] | undefined;
  readonly spelling: SpellChecker;
  readonly avgLength: number;
  /** Per doc id: token count and article index, in typed arrays for the scoring loop's sake. */
  lengths = new Uint32Array(0);
  articleOf = new Int32Array(0);

  constructor(readonly articles: readonly Article[]) {
    this.refs = articles.map((a) => ({
      id: a.id,
      title: a.title,
      file: a.file,
      ...(a.date !== undefined ? { date: a.date } : {}),
    }));
    const wordFrequency = new Map<string, number>();
    let totalLength = 0;
    articles.forEach((article, articleIndex) => {
      for (const sentence of article.sentences) {
        const weight = ROLE_WEIGHT[sentence.role];
        if (weight === undefined) continue;
        const id = this.docs.length;
        const tokens = tokenize(sentence.text);
        const doc: Doc = { article: articleIndex, sentence, tokens, neighbours: [], weight };
        for (let back = 1; back <= CONTEXT_WINDOW; back++) {
          const other = this.docs[id - back];
          if (
            other === undefined ||
            other.article !== articleIndex ||
            other.sentence.paragraph !== sentence.paragraph
          )
            break;
          doc.neighbours.push(id - back);
          other.neighbours.push(id);
        }
        this.docs.push(doc);
        totalLength += tokens.length;
        const tf = new Map<string, number>();
        const words = new Set<string>();
        for (const t of tokens) {
          tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
          words.add(t.word);
        }
        for (const [stem, count] of tf) {
          const list = this.postings.get(stem);
          if (list === undefined) this.postings.set(stem, [id, count]);
          else list.push(id, count);
        }
        for (const word of words) wordFrequency.set(word, (wordFrequency.get(word) ?? 0) + 1);
      }
    });
    this.avgLength = this.docs.length > 0 ? totalLength / this.docs.length : 1;
    this.lengths = Uint32Array.from(this.docs, (d) => d.tokens.length);
    this.articleOf = Int32Array.from(this.docs, (d) => d.article);
    this.spelling = new SpellChecker(wordFrequency);
  }

  /** Tag every sentence's entities now (small indexes only), so no question pays for it later. */
  tagEntities(): void {
    if (this.docs.length > EAGER_ENTITY_LIMIT) return;
    for (let i = 0; i < this.docs.length; i++) this.entities(i);
  }

  /**
   * Tag the remaining sentences a few at a time, yielding to the event loop between batches, so a large
   * index gets fast typed answers soon after start without ever blocking a question for long.
   * Resolves with the number of sentences tagged; stops early when `signal` aborts.
   */
  async tagEntitiesInBackground(signal?: AbortSignal, batch = 8): Promise<number> {
    let tagged = 0;
    for (let i = 0; i < this.docs.length; i++) {
      if (signal?.aborted) break;
      if (!this.entityCache.has(i)) {
        this.entities(i);
        tagged++;
        if (tagged % batch === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    return tagged;
  }

  has(stem: string): boolean {
    return this.postings.has(stem);
  }

  /** Known stems that extend `prefix` ("agre" → "agreement"), commonest first; short prefixes match nothing. */
  stemsStartingWith(prefix: string, max = 3): string[] {
    if (prefix.length < 4) return [];
    if (this.sortedStems === undefined) this.sortedStems = [...this.postings.keys()].sort();
    const stems = this.sortedStems;
    let lo = 0;
    let hi = stems.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((stems[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < stems.length && (stems[i] as string).startsWith(prefix); i++)
      found.push(stems[i] as string);
    return found
      .sort((a, b) => (this.postings.get(b)?.length ?? 0) - (this.postings.get(a)?.length ?? 0))
      .slice(0, max);
  }

  /** Flat (doc id, tf) pairs of a stem; empty when unknown. */
  postingsOf(stem: string): readonly number[] {
    return this.postings.get(stem) ?? [];
  }

  /** BM25 inverse document frequency of a stem; unknown stems get the rarest possible weight. */
  idf(stem: string): number {
    const n = this.docs.length;
    const df = (this.postings.get(stem)?.length ?? 0) / 2;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  entities(doc: number): Entity[] {
    let found = this.entityCache.get(doc);
    if (found === undefined) {
      const d = this.docs[doc];
      found = d === undefined ? [] : findEntities(d.sentence.text);
      this.entityCache.set(doc, found);
    }
    return found;
  }
}
