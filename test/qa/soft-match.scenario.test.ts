/**
 * Readers name a thing in other words than the story (`soft-match.ts`): of two sentences that share
 * the question's other words, the one whose words are nearest in use to the reader's comes first —
 * the learned re-ranking weighs the soft coverage (`passage-model.ts`). With that weight at zero, the
 * same question gets the other sentence.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { PASSAGE_FEATURES, PASSAGE_MODEL } from '../../src/qa/passage-model.js';

const story = parseArticle(
  'bridge.txt',
  [
    'Harbour bridge opens to traffic',
    'The new harbour bridge opened on Monday after four years of work, the council said.',
    'Cyclists will be allowed on the bridge from March, once the lanes are painted.',
    'Lorries will be allowed on the bridge from June, when the weight tests are done.',
    'Pedestrians can use it at once.',
  ].join('\n\n'),
);
const engine = new Engine([story]);
const withoutSoft = new Engine([story], {
  passageModel: {
    ...PASSAGE_MODEL,
    weights: PASSAGE_MODEL.weights.map((w, i) => (PASSAGE_FEATURES[i] === 'soft' ? 0 : w)),
  },
});
const first = (e: Engine, q: string) => e.ask(q).passages[0]?.text ?? '';

describe('a reader names the thing in other words', () => {
  it('"When will trucks be allowed on the bridge?" → the lorries, not the cyclists', () => {
    expect(first(engine, 'When will trucks be allowed on the bridge?')).toMatch(/^Lorries/);
    expect(first(withoutSoft, 'When will trucks be allowed on the bridge?')).toMatch(/^Cyclists/);
  });

  it('"when will bicycles be allowed on the bridge?" → the cyclists', () => {
    expect(first(engine, 'when will bicycles be allowed on the bridge?')).toMatch(/^Cyclists/);
  });
});
