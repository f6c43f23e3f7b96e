/**
 * Learned re-ranking of the best candidates (after `rerank.ts`): a softmax over features of each
 * candidate, its rank score relative to the best one and whether it holds a number of the kind the
 * question asks for ("How much time did the writer spend…" → "15 to 20 hours a week", not the sentence
 * that names the writer; `slot.ts`). The ranking's type boost rewards the tagger's number entities for
 * any "how many/much" question; this learns how much a number that fills the asked slot should weigh
 * against a better word match. The weights are `passage-model.json`, written by `npm run train`
 * (`scripts/passages.ts`; deterministic, cross-validated by article); do not edit by hand.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Entity } from './entities.js';
import type { Group } from './expansion.js';
import type { Ranked } from './rerank.js';
import { isNumeric, slotEvidence, type AskedSlot } from './slot.js';
import { wordVectors } from './embeddings.js';
import { creditedTokens, softCoverage } from './soft-match.js';
import type { SearchIndex } from './search-index.js';
import { checkFeatures } from './learned-model.js';

/**
 * The candidate's features, in the order of the model's weights (the model file records the names).
 * Others were tried and dropped (docs/measured.md): coverage with and without what is borrowed, any
 * slot filled (the tagger's people, places and dates too), the filler's nearness, how close together
 * the matched words stand, the paragraph's place in the story, an opening quotation mark, being the
 * next sentence brought in.
 */
export const PASSAGE_FEATURES = [
  /** ln(score / best score), at least -4: the ranking so far (the learned weight says how much to trust it). */
  'score',
  /**
   * The question asks for a number (a count, an amount of money, a share, an age, a quantity: `slot.ts`)
   * and the sentence holds one of that kind that is not the question's own: numbers are read by
   * pattern, so this is surer than a person or a date the tagger may have missed.
   */
  'numberFound',
  /**
   * How much of the question the sentence says in any words (`soft-match.ts`): per question word, 1 when
   * it holds one of the word's terms, else its best word-vector cosine to the sentence's words, weighted
   * by rarity ("grown-ups" is close to "adults" though WordNet links them not).
   */
  'soft',
] as const;

export type PassageFeatureName = (typeof PASSAGE_FEATURES)[number];

const PassageModelSchema = z.object({
  features: z.array(z.string()),
  weights: z.array(z.number()),
  /** How many of the best candidates are re-ranked. */
  candidates: z.number().int().positive(),
  provenance: z.record(z.string(), z.unknown()),
});
export type PassageModel = z.infer<typeof PassageModelSchema>;

export function parsePassageModel(json: unknown): PassageModel {
  const model = PassageModelSchema.parse(json);
  checkFeatures('passage model', model, PASSAGE_FEATURES);
  return model;
}

/** The committed model (read once: the build copies it next to the compiled module). */
export const PASSAGE_MODEL: PassageModel = parsePassageModel(
  JSON.parse(readFileSync(new URL('./passage-model.json', import.meta.url), 'utf8')),
);

/** How many of the best candidates are re-ranked (the training script writes it into the model). */
export const PASSAGE_CANDIDATES = 8;

/** What the features are computed from, for one candidate. */
export interface CandidateView {
  candidate: Ranked;
  /** The index it comes from (the sentences it points back to). */
  index: SearchIndex;
  text: string;
  /** Its entities, tagged only if asked for (tagging a sentence is costly). */
  entities: () => readonly Entity[];
  /** The question's groups it says by its opening pronoun (the person it stands for), as the ranking credits it. */
  saidByPronoun?: readonly number[];
}

export function passageFeatures(
  view: CandidateView,
  best: number,
  groups: readonly Group[],
  asked: AskedSlot,
): number[] {
  const c = view.candidate;
  const slot = isNumeric(asked.slot)
    ? slotEvidence(asked, { text: view.text, tokens: c.tokens, entities: view.entities }, groups)
    : undefined;
  return [
    best > 0 && c.score > 0 ? Math.max(-4, Math.log(c.score / best)) : -4,
    slot?.found === true ? 1 : 0,
    softCoverage(wordVectors(), groups, creditedTokens(view.index, c.id, c.tokens), view.saidByPronoun),
  ];
}

export function linearScore(features: readonly number[], model: PassageModel): number {
  let z = 0;
  features.forEach((x, i) => (z += (model.weights[i] as number) * x));
  return z;
}

/**
 * The head of `ranked` (one feature row per candidate, as many as `features`) in the model's order, the
 * rest after it as it was. Scores are rewritten so that they stay in order and the best keeps the old
 * best score: each other one gets that times e^(z − best z) (the other passages' shown scores scale with it).
 */
export function reorder(
  ranked: readonly Ranked[],
  features: readonly number[][],
  model: PassageModel,
): Ranked[] {
  const top = ranked[0];
  if (features.length < 2 || top === undefined) return [...ranked];
  const order = features
    .map((f, i) => ({ r: ranked[i] as Ranked, z: linearScore(f, model) }))
    .sort((a, b) => b.z - a.z);
  const bestZ = order[0]?.z ?? 0;
  const rescored = order.map(({ r, z }) => ({ ...r, score: top.score * Math.exp(z - bestZ) }));
  const floor = rescored[rescored.length - 1]?.score ?? 0;
  // The candidates after the head stay below it.
  const tail = ranked.slice(features.length).map((r) => ({ ...r, score: Math.min(r.score, floor) }));
  return [...rescored, ...tail];
}
