/** Words the article does not hold. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { expand } from '../../src/qa/expansion.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const story = parseArticle(
  'visit.txt',
  [
    'Ministers meet in Paris',
    '',
    'A Japanese delegation arrived in Paris on Monday for two days of talks.',
    '',
    'The delegation was led by a representative of the trade ministry, Kenji Sato.',
    '',
    'French officials said the talks would cover fishing rights and tariffs.',
    '',
    'Both sides hope to sign a loan deal for a new harbour before the summer.',
  ].join('\n'),
);
const engine = new Engine([story]);

describe('words the article does not hold', () => {
  it('weigh as the rarest known word of the question, not as the rarest word of all', () => {
    const { groups } = expand(engine.index, ['fishing', 'quarrels'], DEFAULT_WEIGHTS);
    const [fishing, quarrels] = groups;
    expect(quarrels?.terms).toEqual([]);
    expect(quarrels?.idf).toBe(fishing?.idf);
    expect(quarrels?.idf).toBeLessThan(engine.index.idf('\u0000'));
  });

  it('do not sink an answer to the rest of the question', () => {
    const answer = engine.ask('Who led the Japanese delegation to the tournament?');
    expect(answer.passages[0]?.text).toContain('Kenji Sato');
    expect(answer.answered).toBe(true);
  });
});
