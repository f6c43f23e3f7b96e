/**
 * The search structures built once per knowledge folder: an inverted index of word stems over every
 * answerable sentence (for BM25), the vocabulary for spelling correction, and lazily tagged entities.
 *
 * Built for folders of thousands of stories: per-sentence facts the scoring loop reads live in typed
 * arrays (one cache line serves many sentences, and the garbage collector has millions fewer objects
 * to trace), sentences are re-tokenized only when they are a candidate, and each article's terms are
 * computed once per parsed article, so a reload re-tokenizes only the files that changed.
 */
import type { Article, Role, Sentence } from '../knowledge/types.js';
import { findEntities, type Entity } from './entities.js';
import { sentenceKey, type EntityTable } from './entity-cache.js';
import { Recent } from './recent.js';
import { SpellChecker } from './spelling.js';
import { collectAcronyms, writtenAcronyms, type InitialledName } from './acronyms.js';
import { definedAcronyms, nameKey, pairedNames } from './acronym-names.js';
import { continuesQuote } from './quotation.js';
import { SUBJECT_PRONOUNS } from './subject.js';
import { forEachWord, isStopword, stem, tokenize, type Token } from './text.js';
import { termsBeyondWords } from './sentence-terms.js';
import type { ArticleRef } from './types.js';
import { startsLower } from './letters.js';
import { isCommonWord } from './wordnet.js';

/**
 * How far each part of a page may answer a question. Tuning numbers kept here, not in `Weights`: they
 * are the index's sentence weights, computed once per article for every engine (`termsOf`'s cache). Related headlines and tags are other stories
 * or page furniture, and readers' comments under a story are not the story: none of them is indexed,
 * so they can never be an answer.
 */
export const ROLE_WEIGHT: Partial<Record<Role, number>> = {
  body: 1,
  title: 0.7,
  heading: 0.8,
  dateline: 0.8,
  caption: 0.6,
  credit: 0.5,
};

/** The sentences of an article that can answer a question (the ones indexed). */
export function searchedSentences(article: Article): number {
  return article.sentences.filter((s) => ROLE_WEIGHT[s.role] !== undefined).length;
}

/** Up to this many sentences, warm-up tags every sentence's entities; above it they are tagged on first use (~3 ms a sentence). */
const EAGER_ENTITY_LIMIT = 3000;
/** How many sentences' tokens a large index keeps from recent questions (a few MB; see `tokens`). */
const RECENT_TOKENS = 4000;
/** Sentences this close in the same paragraph lend context (the topic is often named a sentence or two earlier). */
export const CONTEXT_WINDOW = 2;

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'its', 'his', 'her', 'their', 'this', 'these', 'those']);
// "this", "these", "those" open a pointing-back sentence on their own (PRONOUNS).
const DETERMINERS = new Set(['the', 'that', 'such']);
const OPENING = /^["'“‘(]?(\p{L}+)(?:\s+(\p{L}+))?/u;

/**
 * Does the sentence open by pointing back to something named before it ("It", "They", "The group",
 * "This decision")? "The group is notorious for…" is about the group the sentence before it named.
 */
export function opensWithAnaphor(text: string): boolean {
  const m = OPENING.exec(text);
  const first = m?.[1]?.toLowerCase();
  if (first === undefined) return false;
  if (PRONOUNS.has(first)) return true;
  // A common noun (lower case) after a determiner: "The group"; "The Kremlin" names something itself.
  const next = m?.[2];
  return DETERMINERS.has(first) && next !== undefined && startsLower(next);
}

/**
 * The pronoun a sentence opens with, by the subject it can stand for (`SearchIndex.opener`): none, a man
 * ("He said…", "His disappearance…"), a woman, a thing ("It", "Its") or several ("They", "Their").
 * Not inside a quotation: a quoted "He…" is the speaker's, not the story's.
 */
export const OPENER = { none: 0, he: 1, she: 2, it: 3, they: 4 } as const;

export function openingPronoun(text: string): number {
  const first = /^(\p{L}+)/u.exec(text)?.[1]?.toLowerCase();
  const kind = first === undefined ? undefined : SUBJECT_PRONOUNS.get(first);
  return kind === undefined ? OPENER.none : OPENER[kind];
}

/** How a sentence points back (`SearchIndex.anaphoric`): not at all, by a pronoun or "the group…", or as a quote going on. */
export const POINTS_BACK = { no: 0, anaphor: 1, quote: 2 } as const;

/**
 * The common noun a sentence opens with after a determiner ("The protocol summarizes…" → "protocol"),
 * the thing it points back to; undefined for any other opening.
 */
export function openingNoun(text: string): string | undefined {
  const m = OPENING.exec(text);
  const first = m?.[1]?.toLowerCase();
  const next = m?.[2];
  return first !== undefined && DETERMINERS.has(first) && next !== undefined && startsLower(next)
    ? next
    : undefined;
}

export interface Doc {
  article: number;
  sentence: Sentence;
}

/** One article's indexable sentences reduced to terms: what indexing costs, computed once per parsed article. */
interface ArticleTerms {
  sentences: Sentence[];
  weights: number[];
  lengths: number[];
  anaphoric: number[];
  /** Per sentence: distinct stems (stopwords left out: questions never search for them) and their counts. */
  stems: string[][];
  counts: number[][];
  /** Each word and how many of the article's sentences use it (the spelling vocabulary). */
  words: Map<string, number>;
  /** Acronyms the article spells out ("un" → unit, nation): see acronyms.ts. */
  acronyms: Map<string, Set<string>>;
  /** Per sentence (by position) the acronyms (lower case) whose names it writes in full: it is indexed under their stems. */
  inFull: Map<number, string[]>;
  /** Per sentence (by position) that has any, its terms beyond its words (`termsBeyondWords`). */
  beyond: Map<number, readonly string[]>;
  /** Acronym → the key of the name it stands for in the article (`acronym-names.ts`). */
  paired: Map<string, string>;
}

/** One empty list for every sentence that writes no acronym's name in full, or has no term beyond its words. */
const NONE: readonly string[] = [];

// Keyed by the parsed article object: the loader hands back the same object for an unchanged file, so a
// reload reuses the terms of every file that did not change.
const termCache = new WeakMap<Article, ArticleTerms>();
// Entities by sentence object, for the same reason: tags (the slowest thing to compute) outlive a reload.
const entityCache = new WeakMap<Sentence, Entity[]>();

/** The article's terms, and whether they had to be computed (false: reused from an earlier index). */
function termsOf(article: Article): { terms: ArticleTerms; fresh: boolean } {
  let terms = termCache.get(article);
  if (terms !== undefined) return { terms, fresh: false };
  terms = {
    sentences: [],
    weights: [],
    lengths: [],
    anaphoric: [],
    stems: [],
    counts: [],
    words: new Map(),
    acronyms: new Map(),
    inFull: new Map(),
    beyond: new Map(),
    paired: new Map(),
  };
  const tf = new Map<string, number>();
  const seenWords = new Set<string>();
  const acronymsMet: string[] = [];
  // Per sentence, the acronyms of the names it writes in full; and those the article writes as acronyms.
  const spelledIn: InitialledName[][] = [];
  const written = new Set<string>();
  const defined = new Map<string, string>();
  for (const sentence of article.sentences) {
    const weight = ROLE_WEIGHT[sentence.role];
    if (weight === undefined) continue;
    tf.clear();
    seenWords.clear();
    acronymsMet.length = 0;
    let length = 0;
    forEachWord(sentence.text, (word, stop, acronym) => {
      length++;
      seenWords.add(word);
      if (stop) return;
      const s = stem(word);
      tf.set(s, (tf.get(s) ?? 0) + 1);
      if (acronym) acronymsMet.push(word);
    });
    // The acronyms' capitals, hyphenated words joined, a scoreline (`sentence-terms.ts`), from the
    // acronyms this one pass met: kept for the answerability check, which reads what the index holds.
    const beyond = termsBeyondWords(sentence.text, acronymsMet);
    for (const term of beyond) tf.set(term, (tf.get(term) ?? 0) + 1);
    if (beyond.length > 0) terms.beyond.set(terms.sentences.length, beyond);
    terms.sentences.push(sentence);
    terms.weights.push(weight);
    terms.lengths.push(length);
    const previous = terms.sentences[terms.sentences.length - 2]?.text;
    terms.anaphoric.push(
      continuesQuote(sentence.text, previous)
        ? POINTS_BACK.quote
        : opensWithAnaphor(sentence.text)
          ? POINTS_BACK.anaphor
          : POINTS_BACK.no,
    );
    terms.stems.push([...tf.keys()]);
    terms.counts.push([...tf.values()]);
    for (const word of seenWords) terms.words.set(word, (terms.words.get(word) ?? 0) + 1);
    const spelled = new Map<string, Set<string>>();
    const names = collectAcronyms(sentence.text, spelled);
    for (const [acronym, stems] of spelled) {
      const set = terms.acronyms.get(acronym);
      if (set === undefined) terms.acronyms.set(acronym, new Set(stems));
      else for (const s of stems) set.add(s);
    }
    spelledIn.push(names);
    const acronyms = writtenAcronyms(sentence.text);
    for (const a of acronyms) written.add(a);
    // The first definition stands ("the European Union (EU)"): a later one is the same or a slip.
    if (acronyms.length > 0)
      for (const [a, key] of definedAcronyms(sentence.text)) if (!defined.has(a)) defined.set(a, key);
  }
  // A sentence that writes a name in full says the acronym the story also writes for it: "The European
  // Union has said it will deliver 3m euros" answers "how much is the EU giving?" in a story that says
  // "EU" elsewhere. Only for acronyms the story writes as such (initials alone are no word of it), by
  // the name it pairs them with (`acronym-names.ts`: defined by it, or its only name with those
  // initials), and not for one that is also a word or stems to a common one ("US" is "us", which "use"
  // stems to; "AIDS" "aid"): the name would be found by that word. "NHS" stems to "nh", no word.
  const paired = written.size > 0 ? pairedNames(spelledIn.flat(), written, defined) : terms.paired;
  for (const a of paired.keys()) {
    const s = stem(a);
    if (isStopword(a) || (s !== a && (isStopword(s) || isCommonWord(s)))) paired.delete(a);
  }
  terms.paired = paired;
  spelledIn.forEach((names, i) => {
    const stems = terms.stems[i] as string[];
    const counts = terms.counts[i] as number[];
    const added: string[] = [];
    for (const n of names) {
      const a = n.acronym;
      const s = stem(a);
      if (paired.get(a) !== nameKey(n.stems) || stems.includes(s)) continue;
      stems.push(s);
      counts.push(1);
      added.push(a);
    }
    if (added.length > 0) terms.inFull.set(i, added);
  });
  termCache.set(article, terms);
  return { terms, fresh: true };
}

/** The strings of `sorted` (ascending) that start with `prefix`: one range, found by binary search. */
function withPrefix(sorted: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++)
    found.push(sorted[i] as string);
  return found;
}

export class SearchIndex {
  readonly docs: Doc[] = [];
  readonly refs: ArticleRef[];
  /** stem → (doc id, term frequency) pairs, doc ids ascending. */
  private readonly postings = new Map<string, Uint32Array>();
  private sortedStems: string[] | undefined;
  readonly spelling: SpellChecker;
  /** Every word of the articles (lower case) and how many sentences use it: the spelling vocabulary. */
  readonly words: ReadonlyMap<string, number>;
  /** Acronym → stems of the name it stands for, over all the articles (see acronyms.ts). */
  readonly acronyms = new Map<string, Set<string>>();
  /** Acronym → the keys of the names it stands for, over all the articles (`acronym-names.ts`). */
  readonly pairedNames = new Map<string, Set<string>>();
  /** Doc id → the acronyms (lower case) whose names it writes in full, under whose stems it is indexed too. */
  private readonly inFull = new Map<number, readonly string[]>();
  /**
   * Each article's terms (`termsOf`), by position: read for a sentence's terms beyond its words, which
   * they keep already (the term cache holds them while the article lives), rather than a copy by doc id.
   */
  private readonly articleTerms: readonly ArticleTerms[];
  readonly avgLength: number;
  /** How many articles had to be tokenized for this index (the others' terms were reused from a previous one). */
  readonly tokenizedArticles: number;
  /** Per doc id, for the scoring loop: token count, article index, role weight, paragraph (unique across articles). */
  readonly lengths: Uint32Array;
  readonly articleOf: Int32Array;
  readonly weights: Float32Array;
  readonly paragraphOf: Int32Array;
  /** How the sentence points back to an earlier one (`POINTS_BACK`: `opensWithAnaphor`, `continuesQuote`). */
  readonly anaphoric: Uint8Array;
  /** BM25's length normalisation of every sentence for the last `b` asked (`lengthNorms`). */
  private norms: { b: number; values: Float64Array } | undefined;
  /** Every sentence's tokens, kept for a small index once `prepare` has run (see `tokens`). */
  private kept: Token[][] | undefined;
  /**
   * A large index's sentences tokenized lately, the least recently used dropped past RECENT_TOKENS: a
   * question re-tokenized each of its candidates (a tenth of asking it again), and a story's sentences
   * come back question after question.
   */
  private readonly recent = new Recent<number, Token[]>(RECENT_TOKENS, (doc) =>
    tokenize((this.docs[doc] as Doc).sentence.text),
  );
  /**
   * Per sentence, 1 + the pronoun it opens with (`OPENER`), 0 until read: only crediting the story's
   * subject reads it (`openerOf`), which an engine with SUBJECT 0 never does, so indexing does not.
   */
  private openers: Uint8Array | undefined;
  /** The doc ids of article `a` are `firstDoc[a]` up to `firstDoc[a + 1]`. */
  readonly firstDoc: Int32Array;

  constructor(readonly articles: readonly Article[]) {
    this.refs = articles.map((a) => ({
      id: a.id,
      title: a.title,
      file: a.file,
      ...(a.date !== undefined ? { date: a.date } : {}),
      ...(a.meta?.url !== undefined ? { url: a.meta.url } : {}),
    }));
    const found = articles.map(termsOf);
    const all = found.map((f) => f.terms);
    this.articleTerms = all;
    this.tokenizedArticles = found.filter((f) => f.fresh).length;
    const n = all.reduce((sum, t) => sum + t.sentences.length, 0);
    this.lengths = new Uint32Array(n);
    this.articleOf = new Int32Array(n);
    this.weights = new Float32Array(n);
    this.paragraphOf = new Int32Array(n);
    this.anaphoric = new Uint8Array(n);
    this.firstDoc = new Int32Array(all.length + 1);
    // Two passes over the terms: count each stem's documents, then fill exactly sized arrays, so that no
    // posting list is ever grown and copied.
    const df = new Map<string, number>();
    for (const t of all) for (const stems of t.stems) for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
    const fill = new Map<string, number>();
    for (const [s, count] of df) {
      this.postings.set(s, new Uint32Array(count * 2));
      fill.set(s, 0);
    }
    const wordFrequency = new Map<string, number>();
    let totalLength = 0;
    let paragraph = -1;
    all.forEach((t, articleIndex) => {
      this.firstDoc[articleIndex] = this.docs.length;
      let lastParagraph = Number.NaN;
      t.sentences.forEach((sentence, i) => {
        const id = this.docs.length;
        const weight = t.weights[i] as number;
        const length = t.lengths[i] as number;
        this.docs.push({ article: articleIndex, sentence });
        this.lengths[id] = length;
        this.articleOf[id] = articleIndex;
        this.weights[id] = weight;
        if (sentence.paragraph !== lastParagraph) paragraph++;
        lastParagraph = sentence.paragraph;
        this.paragraphOf[id] = paragraph;
        this.anaphoric[id] = t.anaphoric[i] as number;
        const named = t.inFull.get(i);
        if (named !== undefined) this.inFull.set(id, named);
        totalLength += length;
        const stems = t.stems[i] as string[];
        const counts = t.counts[i] as number[];
        for (let k = 0; k < stems.length; k++) {
          const s = stems[k] as string;
          const at = fill.get(s) as number;
          const list = this.postings.get(s) as Uint32Array;
          list[at] = id;
          list[at + 1] = counts[k] as number;
          fill.set(s, at + 2);
        }
      });
      for (const [word, count] of t.words) wordFrequency.set(word, (wordFrequency.get(word) ?? 0) + count);
      for (const [acronym, stems] of t.acronyms) {
        const set = this.acronyms.get(acronym);
        if (set === undefined) this.acronyms.set(acronym, new Set(stems));
        else for (const s of stems) set.add(s);
      }
      for (const [acronym, key] of t.paired) {
        const set = this.pairedNames.get(acronym);
        if (set === undefined) this.pairedNames.set(acronym, new Set([key]));
        else set.add(key);
      }
    });
    this.firstDoc[all.length] = n;
    this.avgLength = n > 0 ? totalLength / n : 1;
    this.words = wordFrequency;
    this.spelling = new SpellChecker(wordFrequency);
  }

  /**
   * The acronyms the sentence is indexed under because it writes their names in full ("The European
   * Union…" for "eu"), lower case: the sentence holds their stems though none of its tokens is one.
   */
  acronymsInFull(doc: number): readonly string[] {
    return this.inFull.get(doc) ?? NONE;
  }

  /**
   * The terms sentence `doc` is indexed under beyond its words' stems (`termsBeyondWords`: an acronym's
   * capitals, a hyphenated word joined, a scoreline's mark), as derived when it was indexed.
   */
  termsBeyondWords(doc: number): readonly string[] {
    const a = this.articleOf[doc];
    if (a === undefined) return NONE;
    return this.articleTerms[a]?.beyond.get(doc - (this.firstDoc[a] as number)) ?? NONE;
  }

  /** The pronoun sentence `doc` opens with (`OPENER`), read on first use (see `openers`). */
  openerOf(doc: number): number {
    this.openers ??= new Uint8Array(this.docs.length);
    let code = this.openers[doc] as number;
    if (code === 0) {
      code = 1 + openingPronoun(this.docs[doc]?.sentence.text ?? '');
      this.openers[doc] = code;
    }
    return code - 1;
  }

  /**
   * The sentence's words with their stems and positions. A large index tokenizes a sentence when it is
   * a candidate (keeping every sentence's tokens would double its heap); a small one keeps them all,
   * as every question re-tokenized most of a short article's sentences. Shared: callers must not change them.
   */
  tokens(doc: number): readonly Token[] {
    const kept = this.kept?.[doc];
    if (kept !== undefined) return kept;
    return this.docs[doc] === undefined ? [] : this.recent.get(doc);
  }

  /**
   * The tokens of `text`, a passage shown from `sentence` of the article `articleId`: the index's own
   * (`tokens`) when the sentence is one of the index's and the passage is its text, else tokenized now.
   * The stages after the search re-tokenized the passages they read for every question. Shared: callers
   * must not change them.
   */
  passageTokens(articleId: string, sentence: Sentence | undefined, text: string): readonly Token[] {
    if (sentence === undefined || sentence.text !== text) return tokenize(text);
    const id = this.docOf(articleId, sentence);
    return id === undefined ? tokenize(text) : this.tokens(id);
  }

  /** Each article's position in `articles` by its id (the first with it), made on first use. */
  private positions: Map<string, number> | undefined;

  /** The position in `articles` (and `refs`) of the article with this id: the first with it. */
  positionOf(id: string): number | undefined {
    if (this.positions === undefined) {
      const positions = new Map<string, number>();
      this.articles.forEach((a, i) => {
        if (!positions.has(a.id)) positions.set(a.id, i);
      });
      this.positions = positions;
    }
    return this.positions.get(id);
  }

  /**
   * The doc id of `sentence`, one of the article `articleId`'s: a binary search of the article's docs,
   * which keep its sentences' order (no table of every sentence, which a large folder's heap would hold).
   */
  private docOf(articleId: string, sentence: Sentence): number | undefined {
    const a = this.positionOf(articleId);
    if (a === undefined) return undefined;
    const end = this.firstDoc[a + 1] as number;
    let lo = this.firstDoc[a] as number;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.docs[mid]?.sentence.index ?? Infinity) < sentence.index) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && this.docs[lo]?.sentence === sentence ? lo : undefined;
  }

  /**
   * Doc ids of the sentences of the same paragraph at most CONTEXT_WINDOW away, each with how much of its
   * score it lends (the next sentence fully, the one after `far`: CONTEXT_FAR).
   */
  forEachNeighbour(doc: number, far: number, visit: (other: number, nearness: number) => void): void {
    const paragraph = this.paragraphOf[doc];
    for (let d = 1; d <= CONTEXT_WINDOW; d++) {
      const nearness = d === 1 ? 1 : far;
      if (doc - d >= 0 && this.paragraphOf[doc - d] === paragraph) visit(doc - d, nearness);
      if (doc + d < this.docs.length && this.paragraphOf[doc + d] === paragraph) visit(doc + d, nearness);
    }
  }

  /**
   * Build what lookups would otherwise build on first use: the sorted stems for prefix search, and for a
   * small index (up to EAGER_ENTITY_LIMIT sentences, whose tags warm-up computes too) every sentence's tokens.
   */
  prepare(): void {
    this.sortedStems ??= [...this.postings.keys()].sort();
    if (this.docs.length <= EAGER_ENTITY_LIMIT) this.kept ??= this.docs.map((d) => tokenize(d.sentence.text));
  }

  /** Tag every sentence's entities now (small indexes only), so no question pays for it later. */
  tagEntities(): void {
    if (this.docs.length > EAGER_ENTITY_LIMIT) return;
    for (let i = 0; i < this.docs.length; i++) this.entities(i);
  }

  /** Take the tags of sentences whose exact text an earlier run tagged; returns how many were taken. */
  adoptEntities(table: ReadonlyMap<string, Entity[]>): number {
    if (table.size === 0) return 0;
    let adopted = 0;
    for (const d of this.docs) {
      if (entityCache.has(d.sentence)) continue;
      const known = table.get(sentenceKey(d.sentence.text));
      if (known !== undefined) {
        entityCache.set(d.sentence, known);
        adopted++;
      }
    }
    return adopted;
  }

  /** The entities of every tagged sentence of this index, keyed for the entity cache. */
  taggedEntities(): EntityTable {
    const table: EntityTable = new Map();
    for (const d of this.docs) {
      const found = entityCache.get(d.sentence);
      if (found !== undefined) table.set(sentenceKey(d.sentence.text), found);
    }
    return table;
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
      const doc = this.docs[i];
      if (doc !== undefined && !entityCache.has(doc.sentence)) {
        this.entities(i);
        tagged++;
        if (tagged % batch === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    return tagged;
  }

  /** The article with this id (the first, as a search of `articles` finds it). */
  article(id: string): Article | undefined {
    const at = this.positionOf(id);
    return at === undefined ? undefined : this.articles[at];
  }

  has(stem: string): boolean {
    return this.postings.has(stem);
  }

  /** Known stems that extend `prefix` ("agre" → "agreement"), commonest first; short prefixes match nothing. */
  stemsStartingWith(prefix: string, max = 3): string[] {
    if (prefix.length < 4) return [];
    const stems = (this.sortedStems ??= [...this.postings.keys()].sort());
    return withPrefix(stems, prefix)
      .sort((a, b) => (this.postings.get(b)?.length ?? 0) - (this.postings.get(a)?.length ?? 0))
      .slice(0, max);
  }

  /**
   * BM25's length normalisation of each sentence, `1 - b + b * length / avgLength`, computed once for
   * an engine's `b` rather than for every posting of every question.
   */
  lengthNorms(b: number): Float64Array {
    if (this.norms?.b !== b) {
      const values = new Float64Array(this.lengths.length);
      for (let id = 0; id < values.length; id++)
        values[id] = 1 - b + (b * (this.lengths[id] as number)) / this.avgLength;
      this.norms = { b, values };
    }
    return this.norms.values;
  }

  /** Flat (doc id, tf) pairs of a stem; empty when unknown. */
  postingsOf(stem: string): Uint32Array {
    return this.postings.get(stem) ?? EMPTY;
  }

  /**
   * Whether some sentence holding the stem passes `test` (by doc id): one pass over its postings, stopped
   * at the first that does. For the callers that ask which sentences hold a word, not how often.
   */
  anyDocOf(stem: string, test: (doc: number) => boolean): boolean {
    const postings = this.postingsOf(stem);
    for (let i = 0; i < postings.length; i += 2) if (test(postings[i] as number)) return true;
    return false;
  }

  /** BM25 inverse document frequency of a stem; unknown stems get the rarest possible weight. */
  idf(stem: string): number {
    const n = this.docs.length;
    const df = (this.postings.get(stem)?.length ?? 0) / 2;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  entities(doc: number): Entity[] {
    const d = this.docs[doc];
    return d === undefined ? [] : this.entitiesOf(d.sentence);
  }

  /** The entities (and noun phrases) of a sentence of one of this index's articles, tagged once. */
  entitiesOf(sentence: Sentence): Entity[] {
    let found = entityCache.get(sentence);
    if (found === undefined) {
      found = findEntities(sentence.text);
      entityCache.set(sentence, found);
    }
    return found;
  }
}

const EMPTY = new Uint32Array(0);
