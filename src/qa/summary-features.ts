/**
 * What the summariser knows about each body sentence of a story, as numbers: the features its learned
 * scoring weighs (`summary-model.json`, written by `npm run train:summary`). One function computes them
 * for the summariser and for the training script, so the two cannot drift apart.
 */
import type { Article } from '../knowledge/types.js';
import { cosine, pageRank, similarityMatrix, tfidfVectors, type TermVector } from './sentence-graph.js';
import { tokenize } from './text.js';
import { startsLower } from './letters.js';

/** The order of the weights in `summary-model.json`. */
export const SUMMARY_FEATURES = ['centrality', 'headline', 'position', 'length', 'quoteFragment'] as const;
export type SummaryFeature = (typeof SUMMARY_FEATURES)[number];

export interface SentenceFeatures {
  /** Position among the story's body sentences. */
  index: number;
  text: string;
  values: Record<SummaryFeature, number>;
  /** Lower-cased words (what repeating is measured on). */
  words: ReadonlySet<string>;
  /** Content stems (what one sentence containing another is measured on). */
  terms: ReadonlySet<string>;
  contentWords: number;
  /** It opens on a lower-case word: the rest of a broken sentence (see `opensMidSentence`). */
  midSentence: boolean;
}

export interface StoryFeatures {
  sentences: SentenceFeatures[];
  /** Likeness 0-1 of two body sentences (TF-IDF cosine), by index. */
  similarity: number[][];
}

export interface FeatureSettings {
  /** PageRank damping factor of the centrality signal. */
  damping: number;
  /** The position signal halves every `positionHalfLife` sentences from the first. */
  positionHalfLife: number;
}

const ATTRIBUTION = /\b(said|says|say|added|adds|told|tells|according|asked|insisted|explained|warned)\b/i;

/**
 * A piece of a quotation with no speaker: it opens a quote ('"I've not jumped indoors before and I
 * just wanted the qualifying mark.') and names nobody saying it, so out of its paragraph it reads as
 * a line without context.
 */
export function isQuoteFragment(text: string): boolean {
  return /^["“‘']/.test(text) && !ATTRIBUTION.test(text);
}

/**
 * A sentence that opens on a word all in lower case ("also set a new championship mark…", "he
 * asked.") is the rest of one whose start was lost (a name dropped from the page's text, a quotation
 * split from its speaker): out of its story it reads as broken. Words such as "iPod" or "eBay", with a
 * capital inside, are names and open sentences as they are.
 */
export function opensMidSentence(text: string): boolean {
  return startsLower(text) && !/^\S*\p{Lu}/u.test(text);
}

/** Whether a sentence may be chosen at all: not a fragment ("He added:"), not the rest of a broken one. */
export function isEligible(s: SentenceFeatures, minContentWords: number): boolean {
  return s.contentWords >= minContentWords && !s.midSentence;
}

export function storyFeatures(article: Article, settings: FeatureSettings): StoryFeatures {
  const body = article.sentences.filter((s) => s.role === 'body');
  const texts = body.map((s) => s.text);
  const headline = article.sentences.find((s) => s.role === 'title')?.text ?? article.title;
  const { vectors, extra } = tfidfVectors(texts, [headline]);
  const similarity = similarityMatrix(vectors);
  const rank = pageRank(similarity, settings.damping);
  const topRank = Math.max(...rank);
  const title = extra[0];
  const sentences = texts.map((text, i): SentenceFeatures => {
    const tokens = tokenize(text);
    const content = tokens.filter((t) => !t.stop);
    return {
      index: i,
      text,
      values: {
        // Scaled so that the story's most central sentence is 1, whatever the story's length.
        centrality: (rank[i] as number) / topRank,
        headline: title !== undefined ? cosine(vectors[i] as TermVector, title) : 0,
        position: 0.5 ** (i / settings.positionHalfLife),
        // Longer sentences carry more of the story (Kupiec et al., 1995); logarithmic, so that one
        // run-on sentence does not win on length alone.
        length: Math.log(1 + tokens.length),
        quoteFragment: isQuoteFragment(text) ? 1 : 0,
      },
      words: new Set(tokens.map((t) => t.word)),
      terms: new Set(content.map((t) => t.stem)),
      contentWords: content.length,
      midSentence: opensMidSentence(text),
    };
  });
  return { sentences, similarity };
}
