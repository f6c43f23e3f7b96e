/**
 * Answering a question: question words (corrected and widened with WordNet synonyms) → BM25 over
 * sentences, with credit for neighbouring sentences of the same paragraph → a boost for sentences
 * holding the kind of thing asked for (a person for "who", a date for "when") → ranked passages with
 * a confidence, or an honest "not in the article".
 */
import Fuse from 'fuse.js';
import type { Article } from '../knowledge/types.js';
import { ANSWER_ENTITIES, parseQuestion, type ParsedQuestion, type QuestionType } from './question.js';
import { CONTEXT_WINDOW, SearchIndex } from './search-index.js';
import { summarize } from './summary.js';
import { Scratch } from './scratch.js';
import { isStopword, stem, type Token } from './text.js';
import type { Answer, ArticleRef, Highlight, Passage, Summary } from './types.js';
import { isEnglishWord, isKindOf, preloadWordNet, synonyms } from './wordnet.js';
import { lemmaOf } from './lemma.js';

/** Longer questions are refused with a message rather than cut: people do not ask in essays. */
export const MAX_QUESTION_CHARS = 500;
export const MAX_PASSAGES = 5;
/** Below this confidence the bot says the article does not say, and offers the closest passages. */
export const ANSWER_THRESHOLD = 0.4;
/** Another article's passage scoring at least this share of the best one makes the question ambiguous. */
const SEVERAL_ARTICLES = 0.9;

/**
 * Scoring weights, chosen by measurement on the SQuAD slice and the seed set (`npm run bench:qa`).
 * Mutable only so that the benchmark can try other values (`--set NAME=value`); the engine never changes them.
 */
export const SCORING = {
  /** BM25 term-frequency saturation and length normalisation (sentences are short: little normalisation). */
  K1: 1.2,
  B: 0.5,
  /** Share of a neighbouring sentence's score lent to a sentence (answers often sit next to the topic's name). */
  CONTEXT: 0.3,
  /**
   * A sentence that opens by pointing back ("The group is notorious for…") and adds question words its
   * antecedent (one of the two sentences before it) lacks is credited with this share of the
   * antecedent's score for the words it lacks itself, and they count this much towards its confidence.
   */
  ANAPHORA: 1,
  ANAPHORA_COVERAGE: 1,
  /**
   * Boost by the (rarity-weighted) share of question words found exactly as asked, not only by stem:
   * "offered" in the sentence for "offered" in the question is stronger evidence than "offer".
   */
  SURFACE_BOOST: 0.8,
  SYNONYM_WEIGHT: 0.5,
  CORRECTION_WEIGHT: 0.9,
  RELATED_WEIGHT: 0.8,
  /** Weight of longer forms of a known word ("success" → "successfully"), which the stemmer keeps apart. */
  EXTENSION_WEIGHT: 0.6,
  NEAR_SPELLING_WEIGHT: 0.7,
  /** Boost for a sentence naming something of the kind asked for ("What language…?" → "Dutch"). */
  KIND_BOOST: 0.2,
  /** Boost for a sentence holding the kind of thing asked for (a person for "who", a date for "when"). */
  TYPE_BOOST: 0.4,
  /** "Where" is asked about events, whose sentences name many places: a place after "in"/"at" is a strong sign. */
  PLACE_BOOST: 1,
  /** Weight of Fuse.js token search in the final ranking of the best candidates. */
  FUSE_RERANK: 0.7,
  /** Fuse token search builds an index per question, so it sees only the best few candidates. */
  FUSE_CANDIDATES: 5,
  /** How many sentences a question collects before commoner words stop adding new ones (see `rank`). */
  MAX_CANDIDATES: 5_000,
  /** How many top candidates are looked at for entity types and phrases. */
  RERANK: 10,
  /** Boost when question words that are next to each other in the question are also close in the sentence. */
  PHRASE_BOOST: 0.2,
  /** Favour sentences of the article that accounts for more of the question (folders of many articles). */
  ARTICLE_EXPONENT: 1,
  /** Favour sentences that account for more of the question over ones that repeat one word of it. */
  COVERAGE_EXPONENT: 0.5,
  /** How many tokens apart two words may be and still count as a phrase. */
  PHRASE_WINDOW: 3,
};

const REASON_CUE =
  /\b(because|due to|as a result|in order to|so that|so as to|aim(ed|s)? (at|to)|reason|thanks to|in light of|caused|led to|result(ed)? (in|from)|therefore|thus)\b/i;

const LOCATIVE = /\b(in|at|near|outside|inside|across|throughout|from|to|into|on)\b[^.,;:!?]{0,24}$/i;

interface Term {
  stem: string;
  weight: number;
}

/** One question word and the stems that count as it: itself, its correction, its synonyms. */
interface Group {
  word: string;
  terms: Term[];
  /** Its weight in the confidence: how rare the word is. */
  idf: number;
}

/** A sentence in the running for the answer, with what re-ranking learns about it. */
interface Candidate {
  id: number;
  score: number;
  coverage: number;
  answers?: Highlight[];
  tokens?: Token[];
}

export interface AskOptions {
  /** Restrict the search to one article (its id). */
  article?: string;
  limit?: number;
}

export class Engine {
  readonly index: SearchIndex;

  constructor(readonly articles: readonly Article[]) {
    this.index = new SearchIndex(articles);
  }

  /**
   * Load what questions would otherwise load on first use (the tagger's model, entity tags of a small
   * index, the sorted vocabulary, WordNet's index files), so that the first question is as fast as the
   * others. The bot calls it (without entities) right after it is ready; benchmarks call it before timing.
   */
  warmUp(options: { entities?: boolean } = {}): void {
    this.index.prepare();
    preloadWordNet();
    lemmaOf('went'); // loads the tagger's model
    // The bot leaves entities to SearchIndex.tagEntitiesInBackground, which never blocks a question.
    if (options.entities !== false) this.index.tagEntities();
  }

  ask(rawQuestion: string, options: AskOptions = {}): Answer {
    const question = rawQuestion.trim();
    const base = { question, confidence: 0, passages: [], corrections: [] };
    if (question === '') {
      return {
        ...base,
        answered: false,
        type: 'other',
        refused: 'empty',
        message: 'Ask me a question about the article.',
      };
    }
    if (question.length > MAX_QUESTION_CHARS) {
      return {
        ...base,
        answered: false,
        type: 'other',
        refused: 'too-long',
        message: `That question is ${question.length} characters long; please keep it to ${MAX_QUESTION_CHARS} characters or fewer.`,
      };
    }
    const parsed = parseQuestion(question);
    const corrections: { from: string; to: string }[] = [];
    const groups = this.groups(
      parsed.keywords.map((k) => k.word),
      corrections,
    );

    if (groups.length === 0) {
      return {
        ...base,
        answered: false,
        type: parsed.type,
        refused: 'no-keywords',
        message: 'That question has no words I can look up. Try naming who or what you are asking about.',
      };
    }
    // -1: every article; an unknown article id matches no sentence (-2) rather than all of them.
    const found =
      options.article === undefined ? -1 : this.index.refs.findIndex((r) => r.id === options.article);
    const articleFilter = options.article === undefined ? -1 : found === -1 ? -2 : found;
    const passages = this.rank(groups, parsed, articleFilter, options.limit ?? MAX_PASSAGES);
    const confidence = passages[0]?.score ?? 0;
    const answered = confidence >= ANSWER_THRESHOLD;
    // Passages from other articles that score nearly as well: the question fits several stories.
    const alsoIn: ArticleRef[] = [];
    for (const p of passages.slice(1)) {
      if (p.score < confidence * SEVERAL_ARTICLES) break;
      const first = passages[0];
      if (
        first !== undefined &&
        p.article.id !== first.article.id &&
        !alsoIn.some((a) => a.id === p.article.id)
      ) {
        alsoIn.push(p.article);
      }
    }
    const message = !answered
      ? passages.length > 0
        ? "I couldn't find that in the article. The closest I found:"
        : "I couldn't find that in the article."
      : alsoIn.length > 0
        ? `This matches several articles: ${[passages[0]?.article, ...alsoIn].map((a) => a?.title).join('; ')}.`
        : 'Here is what the article says.';
    return {
      question,
      answered,
      confidence,
      type: parsed.type,
      message,
      passages,
      corrections,
      ...(answered && alsoIn.length > 0 ? { alsoIn } : {}),
    };
  }

  summary(articleId?: string, sentences = 3): Summary | undefined {
    const index = articleId === undefined ? 0 : this.articles.findIndex((a) => a.id === articleId);
    const article = this.articles[index];
    const ref = this.index.refs[index];
    if (article === undefined || ref === undefined) return undefined;
    return { article: ref, sentences: summarize(article, sentences) };
  }

  /** Question words → groups of weighted stems, correcting misspellings against the articles' words. */
  private groups(words: readonly string[], corrections: { from: string; to: string }[]): Group[] {
    const maxIdf = this.index.idf('\u0000');
    return words.map((word) => {
      const own = stem(word);
      const terms: Term[] = [];
      let idf = maxIdf;
      let corrected: string | undefined;
      if (this.index.has(own)) {
        terms.push({ stem: own, weight: 1 });
        idf = this.index.idf(own);
        if (SCORING.EXTENSION_WEIGHT > 0 && own.length >= 5) {
          for (const s of this.index.stemsStartingWith(own))
            if (s !== own) terms.push({ stem: s, weight: SCORING.EXTENSION_WEIGHT });
        }
      } else {
        // Unknown as written: a derived form ("agreed" → "agreements"), an irregular form ("met" → "meet"),
        // then a misspelling ("sined" → "signed").
        let related = this.index.stemsStartingWith(own);
        if (related.length === 0) {
          const lemma = lemmaOf(word);
          if (lemma !== undefined && this.index.has(stem(lemma))) related = [stem(lemma)];
        }
        if (related.length > 0) {
          for (const s of related) terms.push({ stem: s, weight: SCORING.RELATED_WEIGHT });
          idf = Math.max(...related.map((s) => this.index.idf(s)));
        } else {
          const fixed = this.index.spelling.correct(word);
          if (fixed !== undefined && !isEnglishWord(word)) {
            corrected = fixed;
            corrections.push({ from: word, to: fixed });
            terms.push({ stem: stem(fixed), weight: SCORING.CORRECTION_WEIGHT });
            idf = this.index.idf(stem(fixed));
          } else if (fixed !== undefined) {
            // A real English word the article does not use ("tanks") is probably not a typo for one it does
            // ("talks"), but may be a variant spelling ("colour"/"color"): it counts a little, is not shown
            // as a correction, and the question keeps the weight of a word the article lacks.
            terms.push({ stem: stem(fixed), weight: SCORING.NEAR_SPELLING_WEIGHT });
          }
        }
      }
      // Synonyms of what the word was read as: "agrement" → synonyms of "agreement".
      for (const synonym of synonyms(corrected ?? word)) {
        // WordNet lists function words and letters among synonyms ("a", "an", "one"): never search for those.
        if (synonym.length < 3 || isStopword(synonym)) continue;
        const s = stem(synonym);
        if (this.index.has(s) && !terms.some((t) => t.stem === s))
          terms.push({ stem: s, weight: SCORING.SYNONYM_WEIGHT });
      }
      return { word, terms, idf };
    });
  }

  private rank(groups: Group[], question: ParsedQuestion, articleFilter: number, limit: number): Passage[] {
    const index = this.index;
    const type = question.type;
    // scores[doc * G + g]: BM25 of group g in doc (the best of the group's stems, so synonyms never add up).
    // One flat buffer reused across questions: on a large folder, a map of rows per question cost more
    // than the scoring itself. Only the touched rows are cleared afterwards.
    const G = groups.length;
    const n = index.docs.length;
    const scores = this.scratch.floats('scores', n * G);
    const seen = this.scratch.bytes('seen', n);
    const touched = this.scratch.ints('touched', n);
    let touchedCount = 0;
    const { lengths, articleOf, weights } = index;
    const groupBest = new Float64Array(G);
    const k1 = SCORING.K1;
    const b = SCORING.B;
    const avg = index.avgLength;
    // Rarest words first; once MAX_CANDIDATES sentences hold some question word, commoner words only
    // add to sentences already found (the "continue" strategy of term-at-a-time search). On a large
    // folder a sentence that shares only "year" or "set" with a question is never its best answer, and
    // collecting every such sentence cost more than all the rest of a question.
    const order = groups.map((_, g) => g).sort((x, y) => (groups[y] as Group).idf - (groups[x] as Group).idf);
    for (const g of order) {
      const group = groups[g] as Group;
      for (const term of group.terms) {
        const idf = index.idf(term.stem);
        const list = index.postingsOf(term.stem);
        for (let i = 0; i < list.length; i += 2) {
          const id = list[i] as number;
          if (articleFilter !== -1 && articleOf[id] !== articleFilter) continue;
          if (seen[id] === 0) {
            if (touchedCount >= SCORING.MAX_CANDIDATES) continue;
            seen[id] = 1;
            touched[touchedCount++] = id;
          }
          const tf = list[i + 1] as number;
          const norm = 1 - b + (b * (lengths[id] as number)) / avg;
          const s = (term.weight * idf * tf * (k1 + 1)) / (tf + k1 * norm);
          if (s > (scores[id * G + g] as number)) scores[id * G + g] = s;
          if (s > (groupBest[g] as number)) groupBest[g] = s;
        }
      }
    }
    const totalIdf = groups.reduce((sum, g) => sum + g.idf, 0);
    // How much of the question each article covers anywhere in it: with many articles, a sentence from
    // the story the question is about beats a similar sentence from another story. Flags per (article,
    // group) and the resulting share per article, in reused buffers; only touched articles are reset.
    const articles = index.refs.length;
    const articleShare = this.scratch.floats('articleShare', articles);
    const articleGroups = this.scratch.bytes('articleGroups', articles * G);
    const touchedArticles: number[] = [];
    const byArticle = articles > 1 && SCORING.ARTICLE_EXPONENT > 0 && totalIdf > 0;
    if (byArticle) {
      for (let t = 0; t < touchedCount; t++) {
        const id = touched[t] as number;
        const a = articleOf[id] as number;
        for (let g = 0; g < G; g++) {
          if ((scores[id * G + g] as number) > 0 && articleGroups[a * G + g] === 0) {
            if (articleShare[a] === 0) touchedArticles.push(a);
            articleGroups[a * G + g] = 1;
            articleShare[a] = (articleShare[a] as number) + (groups[g] as Group).idf / totalIdf;
          }
        }
      }
    }
    const articleFactor = (a: number): number =>
      byArticle ? (articleShare[a] as number) ** SCORING.ARTICLE_EXPONENT : 1;
    // Keep only the best RERANK candidates, best first: sorting every matching sentence of a large folder
    // would cost more than scoring them.
    const top: Candidate[] = [];
    // A sentence whose upper bound cannot reach the current top list is skipped before its neighbours
    // are looked at: on a large folder most sentences share only a common word with the question. What
    // a neighbour can lend for a word is at most that word's best score anywhere (groupBest); only a
    // sentence that points back can borrow more than CONTEXT of it, and only for words it lacks.
    const anaphoraLend = Math.max(SCORING.CONTEXT, SCORING.ANAPHORA);
    const anaphoraCover = Math.max(0.5, SCORING.ANAPHORA_COVERAGE);
    const context = new Float64Array(G);
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t] as number;
      const weight = weights[id] as number;
      if (top.length === SCORING.RERANK && totalIdf > 0) {
        const pointsBack = index.anaphoric[id] === 1;
        let bound = 0;
        let coverable = 0;
        for (let g = 0; g < G; g++) {
          const s = scores[id * G + g] as number;
          const best = groupBest[g] as number;
          const idf = (groups[g] as Group).idf;
          if (s > 0) {
            bound += s + SCORING.CONTEXT * best;
            coverable += idf;
          } else {
            bound += (pointsBack ? anaphoraLend : SCORING.CONTEXT) * best;
            coverable += (pointsBack ? anaphoraCover : 0.5) * idf;
          }
        }
        bound *=
          weight *
          Math.min(1, coverable / totalIdf) ** SCORING.COVERAGE_EXPONENT *
          articleFactor(articleOf[id] as number);
        if (bound <= (top[top.length - 1]?.score ?? 0)) continue;
      }
      context.fill(0);
      index.forEachNeighbour(id, (other, nearness) => {
        for (let g = 0; g < G; g++) {
          const own = scores[other * G + g] as number;
          if (own * nearness > (context[g] as number)) context[g] = own * nearness;
        }
      });
      const antecedent = index.anaphoric[id] === 1 ? this.antecedent(id, scores, G) : -1;
      let score = 0;
      let covered = 0;
      for (let g = 0; g < G; g++) {
        const own = scores[id * G + g] as number;
        const near = context[g] as number;
        const back = antecedent === -1 || own > 0 ? 0 : (scores[antecedent * G + g] as number);
        score += own + Math.max(SCORING.CONTEXT * near, SCORING.ANAPHORA * back);
        const idf = (groups[g] as Group).idf;
        // A word found only in a neighbouring sentence counts half towards the confidence.
        if (own > 0) covered += idf * Math.min(1, own / (idf * 0.8));
        else if (back > 0) covered += anaphoraCover * idf;
        else if (near > 0) covered += 0.5 * idf;
      }
      const coverage = totalIdf > 0 ? Math.min(1, covered / totalIdf) : 0;
      const final =
        score * weight * coverage ** SCORING.COVERAGE_EXPONENT * articleFactor(articleOf[id] as number);
      if (top.length === SCORING.RERANK && final <= (top[top.length - 1]?.score ?? 0)) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]?.score ?? 0) < final) at--;
      top.splice(at, 0, { id, score: final, coverage });
      if (top.length > SCORING.RERANK) top.pop();
    }
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t] as number;
      seen[id] = 0;
      scores.fill(0, id * G, id * G + G);
    }
    for (const a of touchedArticles) {
      articleShare[a] = 0;
      articleGroups.fill(0, a * G, a * G + G);
    }
    const matched = new Set(groups.flatMap((g) => g.terms.map((t) => t.stem)));
    for (const c of top) {
      const doc = index.docs[c.id];
      if (doc === undefined) continue;
      const tokens = index.tokens(c.id);
      c.tokens = tokens;
      c.score *= 1 + SCORING.SURFACE_BOOST * surfaceShare(tokens, groups);
      c.score *= 1 + SCORING.PHRASE_BOOST * phraseShare(tokens, groups);
      c.answers = this.answerSpans(c.id, type, matched, tokens);
      if (question.kinds.length > 0 && SCORING.KIND_BOOST > 0) {
        const kinds = kindSpans(tokens, question.kinds, matched);
        if (kinds.length > 0) {
          c.score *= 1 + SCORING.KIND_BOOST;
          c.answers.push(...kinds);
        }
      }
      if (c.answers.length > 0 || (type === 'reason' && REASON_CUE.test(doc.sentence.text))) {
        c.score *= 1 + (type === 'location' ? SCORING.PLACE_BOOST : SCORING.TYPE_BOOST);
      }
    }
    this.tokenRerank(top.slice(0, SCORING.FUSE_CANDIDATES), groups);
    top.sort((a, b) => b.score - a.score);
    const best = top[0];
    if (best === undefined) return [];
    return top.slice(0, limit).map((c) => {
      const doc = index.docs[c.id];
      if (doc === undefined) throw new Error('candidate without document');
      // The first passage's score is the confidence; the others scale with their rank score.
      const score = round(
        c === best ? best.coverage : Math.min(best.coverage, (best.coverage * c.score) / best.score),
      );
      return {
        text: doc.sentence.text,
        score,
        article: index.refs[doc.article] ?? { id: '', title: '', file: '' },
        section: doc.sentence.role,
        sentence: doc.sentence.index,
        highlights: highlights(c.tokens ?? index.tokens(c.id), c.answers ?? [], matched),
      };
    });
  }

  /**
   * The sentence (one or two before `id`, same paragraph) that a sentence opening with "It", "The
   * group"… most likely points back to: the one holding most of the question words `id` lacks, and
   * only when `id` adds a question word that one lacks (otherwise it repeats it and earns nothing).
   */
  private antecedent(id: number, scores: Float64Array, G: number): number {
    let best = -1;
    let bestLacking = 0;
    for (let back = 1; back <= CONTEXT_WINDOW; back++) {
      const other = id - back;
      if (other < 0 || this.index.paragraphOf[other] !== this.index.paragraphOf[id]) break;
      let lacking = 0;
      let adds = false;
      for (let g = 0; g < G; g++) {
        const own = scores[id * G + g] as number;
        const theirs = scores[other * G + g] as number;
        if (own === 0) lacking += theirs;
        else if (theirs === 0) adds = true;
      }
      if (adds && lacking > bestLacking) {
        best = other;
        bestLacking = lacking;
      }
    }
    return best;
  }

  /** Buffers reused across questions: on a large folder, allocating them per question cost more than scoring. */
  private readonly scratch = new Scratch();

  /**
   * Fuse.js token search (per-word Bitap with IDF weights) over the candidates only: it rewards
   * near-matches the stemmer misses ("convened"/"convention") and words in the question's order.
   */
  private tokenRerank(top: Candidate[], groups: readonly Group[]): void {
    if (top.length < 2) return;
    // Content words only: token search costs one Bitap match per sentence word and question word, and
    // stopwords only diluted its scores (measured on SQuAD: top-1 0.804 → 0.805, median per question
    // 1.80 → 1.46 ms).
    const texts = top.map((c) =>
      (c.tokens ?? this.index.tokens(c.id))
        .filter((t) => !t.stop)
        .map((t) => t.word)
        .join(' '),
    );
    const fuse = new Fuse(texts, {
      useTokenSearch: true,
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.4,
    });
    const query = groups.map((g) => g.word).join(' ');
    for (const r of fuse.search(query)) {
      const c = top[r.refIndex];
      if (c !== undefined) c.score *= 1 + SCORING.FUSE_RERANK * (1 - (r.score ?? 1));
    }
  }

  /** Entities of the wanted types that are not the question's own words: the likely answer. */
  private answerSpans(
    id: number,
    type: QuestionType,
    matched: ReadonlySet<string>,
    tokens: readonly Token[],
  ): Highlight[] {
    const wanted: readonly string[] = ANSWER_ENTITIES[type];
    if (wanted.length === 0) return [];
    const doc = this.index.docs[id];
    if (doc === undefined) return [];
    return (
      this.index
        .entities(id)
        .filter((e) => wanted.includes(e.type))
        // A place answers "where" when something happens in or at it, not when it is an actor ("Russia said").
        .filter(
          (e) =>
            type !== 'location' || LOCATIVE.test(doc.sentence.text.slice(Math.max(0, e.start - 30), e.start)),
        )
        .filter((e) => !tokens.some((t) => t.start >= e.start && t.end <= e.end && matched.has(t.stem)))
        .map((e) => ({ start: e.start, end: e.end, kind: 'answer' as const }))
    );
  }
}

/** The answer spans (already found while ranking) plus the question's words, in text order. */
function highlights(
  tokens: readonly Token[],
  answers: readonly Highlight[],
  matched: ReadonlySet<string>,
): Highlight[] {
  const matches = tokens
    .filter((t) => matched.has(t.stem))
    .filter((t) => !answers.some((a) => t.start < a.end && t.end > a.start))
    .map((t) => ({ start: t.start, end: t.end, kind: 'match' as const }));
  return [...answers, ...matches].sort((a, b) => a.start - b.start);
}

/** Share of the question's words, weighted by rarity, that the sentence uses in exactly the same form. */
function surfaceShare(tokens: readonly Token[], groups: readonly Group[]): number {
  const words = new Set(tokens.map((t) => t.word));
  let same = 0;
  let total = 0;
  for (const g of groups) {
    total += g.idf;
    if (words.has(g.word)) same += g.idf;
  }
  return total > 0 ? same / total : 0;
}

/** Words of the sentence (not the question's own) that name something of a kind asked for. */
function kindSpans(
  tokens: readonly Token[],
  kinds: readonly string[],
  matched: ReadonlySet<string>,
): Highlight[] {
  return tokens
    .filter((t) => t.word.length > 2 && !/\p{N}/u.test(t.word) && !t.stop && !matched.has(t.stem))
    .filter((t) => kinds.some((k) => isKindOf(t.word, k)))
    .map((t) => ({ start: t.start, end: t.end, kind: 'answer' as const }));
}

/** Share of adjacent question-word pairs found close together, in order, in the sentence ("oil crisis"). */
function phraseShare(tokens: readonly { stem: string }[], groups: readonly Group[]): number {
  if (groups.length < 2) return 0;
  const positions = groups.map((g) => {
    const stems = new Set(g.terms.map((t) => t.stem));
    const at: number[] = [];
    tokens.forEach((t, i) => {
      if (stems.has(t.stem)) at.push(i);
    });
    return at;
  });
  let pairs = 0;
  for (let g = 0; g + 1 < positions.length; g++) {
    const a = positions[g] as number[];
    const b = positions[g + 1] as number[];
    if (a.some((i) => b.some((j) => j > i && j - i <= SCORING.PHRASE_WINDOW))) pairs++;
  }
  return pairs / (groups.length - 1);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
