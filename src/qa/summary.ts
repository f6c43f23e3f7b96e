/**
 * Extractive summary of one article: its body sentences scored by a learned weighing of what is known
 * about each (summary-features.ts: centrality as TextRank, likeness to the headline, position, length,
 * whether it is a quotation's piece with no speaker), then chosen one at a time so that no two say the
 * same thing, and given in story order. Only body sentences are candidates: never a caption, credit,
 * heading, related headline or tag.
 *
 * The weights are `summary-model.json`, written by `npm run train:summary` (a conditional logit over
 * the BBC reference summaries: which of a story's sentences its reference took); the other numbers
 * beat leaving them out on both halves (odd and even stories) of those references. An MMR likeness
 * penalty helped one half and cost the other there, so it weighs nothing by default. A quotation said
 * by "he", "she" or "they", a report of what they said and any sentence speaking of someone it does not
 * name are never shown without the sentence naming them, in every summary: who it is about is part of
 * what it says (summary-antecedent.ts). "What is this about?" runs it with two rules of
 * news writing on (`GIST_TUNING`): the lead first, and no sentence without the one it leans on.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Article } from '../knowledge/types.js';
import { selectSentences, type Candidate } from './summary-select.js';
import { isEligible, SUMMARY_FEATURES, storyFeatures, type SummaryFeature } from './summary-features.js';
import { checkFeatures } from './learned-model.js';
import { leansOnPrevious, saidBy, type NamedPerson, type StoryPeople } from './summary-antecedent.js';
import { findEntities, type Entity } from './entities.js';
import { peopleIn } from './referents.js';
import type { Sentence } from '../knowledge/types.js';

export type SummaryWeights = Record<SummaryFeature, number>;

export interface SummaryTuning extends SummaryWeights {
  /** PageRank damping factor of the centrality signal. */
  damping: number;
  /** The position signal halves every `positionHalfLife` sentences from the first. */
  positionHalfLife: number;
  /** MMR: weight of a sentence's score against its likeness to sentences already chosen (0-1; 1 = none). */
  relevance: number;
  /** A sentence sharing this share of its words (Jaccard) with a chosen one is never added. */
  maxOverlap: number;
  /** A sentence with this share of its content stems in another says nothing more than it. */
  maxContainment: number;
  /** Sentences with fewer content words are not chosen (fragments such as "He added:"). */
  minContentWords: number;
  /** 1: the story's first sentence a reader can take alone (its lead) opens every summary. */
  leadFirst: number;
  /** 1: a sentence leaning on the one before it is never chosen without it. */
  antecedents: number;
  /**
   * 1: a quotation said by "he", "she" or "they", or a report of what they said ("She added that…"), is
   * never chosen without the sentences back to the one naming them. On for `/summary` too, though the
   * BBC references take such sentences alone: 0.885 → 0.879 precision at 3 sentences for quotations
   * (session 49), → 0.868 with reports (session 51, docs/measured.md); a reader is not told who said it.
   */
  attributions: number;
  /**
   * 1: with `attributions`, every sentence speaking of someone it does not name ("She also travelled…",
   * "After the vote he urged…") too, not only one giving their words. Costs nothing beyond the reports on
   * the BBC references (0.868 → 0.867 at 3 sentences, 0.913 → 0.919 at 2; session 51).
   */
  unnamedPeople: number;
}

const SummaryModelSchema = z.object({
  features: z.array(z.string()),
  weights: z.array(z.number()),
  provenance: z.record(z.string(), z.unknown()),
});
export type SummaryModel = z.infer<typeof SummaryModelSchema>;

/** Parse a summary model and check it weighs the features this summariser computes, in order. */
export function parseSummaryModel(json: unknown): SummaryWeights {
  const model = SummaryModelSchema.parse(json);
  checkFeatures('summary model', model, SUMMARY_FEATURES);
  return Object.fromEntries(
    SUMMARY_FEATURES.map((f, i) => [f, model.weights[i] as number]),
  ) as SummaryWeights;
}

/** The committed weights (read once: the build copies the JSON next to the compiled module). */
const LEARNED: SummaryWeights = parseSummaryModel(
  JSON.parse(readFileSync(new URL('./summary-model.json', import.meta.url), 'utf8')),
);

export const SUMMARY_TUNING: Readonly<SummaryTuning> = Object.freeze({
  ...LEARNED,
  damping: 0.85,
  positionHalfLife: 1,
  relevance: 1,
  maxOverlap: 0.5,
  maxContainment: 0.8,
  minContentWords: 4,
  leadFirst: 0,
  antecedents: 0,
  attributions: 1,
  unnamedPeople: 1,
});

/**
 * "What is this about?" asks what the story is about, which a news story says first: its reply opens
 * with the lead, and no sentence in it leans on one the reply leaves out ("the seat she is leaving"
 * without the sentence naming her). `/summary` keeps the learned choice: on the BBC reference
 * summaries, which take the lead of only 7 stories in 10, opening with it costs precision (0.885 →
 * 0.821 at 3 sentences, below TextRank's 0.865; see docs/measured.md).
 */
export const GIST_TUNING: Readonly<SummaryTuning> = Object.freeze({
  ...SUMMARY_TUNING,
  leadFirst: 1,
  antecedents: 1,
});

/** How many sentences a summary may have: every front accepts and refuses the same counts. */
export const SUMMARY_SENTENCES = Object.freeze({ min: 1, max: 10, default: 3 });

/** A count as typed ("3"): a whole number within bounds, or undefined (never clamped). */
export function parseSentenceCount(text: string): number | undefined {
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= SUMMARY_SENTENCES.min && n <= SUMMARY_SENTENCES.max ? n : undefined;
}

/** The article's sentences (their `index` in `article.sentences`) that make its summary, in story order. */
export function summarizeAt(
  article: Article,
  count: number,
  tuning: Readonly<SummaryTuning> = SUMMARY_TUNING,
  entitiesOf: (s: Sentence) => readonly Entity[] = (s) => findEntities(s.text),
): number[] {
  const body = article.sentences.filter((s) => s.role === 'body');
  const at = (i: number) => (body[i] as { index: number }).index;
  const { sentences, similarity } = storyFeatures(article, tuning);
  // A short story: every sentence a reader can take alone (not the rest of a broken one), in its order.
  const eligible = sentences.filter((s) => isEligible(s, tuning.minContentWords));
  if (eligible.length === 0) return sentences.slice(0, count).map((s) => at(s.index));
  if (eligible.length <= count) return eligible.map((s) => at(s.index));
  const texts = sentences.map((s) => s.text);
  const named = storyPeople(article, body, entitiesOf);
  const candidates: Candidate[] = sentences.map((s) => ({
    index: s.index,
    score: SUMMARY_FEATURES.reduce((sum, f) => sum + tuning[f] * s.values[f], 0),
    words: s.words,
    terms: s.terms,
    eligible: isEligible(s, tuning.minContentWords),
    leansOn: [
      ...(tuning.antecedents > 0 && s.index > 0 && leansOnPrevious(s.text) ? [s.index - 1] : []),
      ...(tuning.attributions > 0 ? saidBy(texts, s.index, { people: tuning.unnamedPeople > 0, named }) : []),
    ],
  }));
  const chosen = selectSentences(candidates, count, {
    relevance: tuning.relevance,
    maxOverlap: tuning.maxOverlap,
    maxContainment: tuning.maxContainment,
    similarity: (a, b) => (similarity[a] as number[])[b] as number,
    ...(tuning.leadFirst > 0 ? { first: eligible[0]?.index } : {}),
  });
  return chosen.sort((a, b) => a - b).map(at);
}

/**
 * The people the story's body sentences and headline name (`referents.ts` `peopleIn`), each sentence
 * tagged only when a pronoun's reading asks for it (most summaries ask for none), once per summary.
 */
function storyPeople(
  article: Article,
  body: readonly Sentence[],
  entitiesOf: (s: Sentence) => readonly Entity[],
): StoryPeople {
  const read = new Map<number, readonly NamedPerson[]>();
  // A sentence's places and organisations, read once: each `naming` of a pronoun asks for them again.
  const places = new Map<number, readonly string[]>();
  let headline: readonly NamedPerson[] | undefined;
  return {
    in(i) {
      let found = read.get(i);
      const sentence = body[i];
      if (found === undefined) {
        found = sentence === undefined ? [] : peopleIn(sentence, entitiesOf);
        read.set(i, found);
      }
      return found;
    },
    things(i) {
      let found = places.get(i);
      const sentence = body[i];
      if (found === undefined) {
        found =
          sentence === undefined
            ? []
            : entitiesOf(sentence)
                .filter((e) => e.type === 'place' || e.type === 'organization')
                .map((e) => sentence.text.slice(e.start, e.end));
        places.set(i, found);
      }
      return found;
    },
    get headline() {
      headline ??= article.sentences
        .filter((s) => s.role === 'title')
        .flatMap((s) => peopleIn(s, entitiesOf));
      return headline;
    },
  };
}

/** The summary's sentences as the article writes them, in story order (see `summarizeAt`). */
export function summarize(
  article: Article,
  count: number,
  tuning: Readonly<SummaryTuning> = SUMMARY_TUNING,
): string[] {
  const byIndex = new Map(article.sentences.map((s) => [s.index, s.text]));
  return summarizeAt(article, count, tuning).map((i) => byIndex.get(i) ?? '');
}
