/**
 * Scenario: a distance written "a 1,100-mile walk" answers "how far did Ruth walk?". The tagger leaves a
 * figure with thousands commas joined to its unit by a hyphen untagged, so the reply had the right
 * passage and no short answer (a measure46 review probe; "640-mile" and "1100-mile" were answered).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const engine = new Engine([
  parseArticle(
    'coast-walk.txt',
    [
      'Grandmother completes coast walk for hospice',
      'Ruth Penhallow, 71, has finished a 1,100-mile walk around the coast of Cornwall for the hospice that cared for her husband.',
      'She walked about nine miles a day and was joined by 300 supporters along the way.',
    ].join('\n\n') + '\n',
  ),
]);

describe('a distance with thousands commas joined to its unit', () => {
  it('"how far did Ruth walk?" → the 1,100-mile walk, not the nine miles a day', () => {
    const answer = engine.ask('how far did Ruth walk?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/^1,100-mile/u);
  });
});
