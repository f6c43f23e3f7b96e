/**
 * "Where did the talks take place?": the sentence about the talks names no place, and points back (by
 * repeating "the accord") to the sentence before it, which says where.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = parseArticle(
  'accord.txt',
  [
    'Neighbours sign border accord',
    '',
    'Ministers from both countries signed the accord at a ceremony in Geneva on Friday.',
    '',
    'The accord sets out what was agreed during the talks, which lasted three days.',
    '',
    'Trade between the two countries fell by half during the dispute.',
  ].join('\n'),
);
const engine = new Engine([story]);

describe('a where-question answered by the sentence a passage points back to', () => {
  it.each(['where did the talks take place?', 'Where were the talks held', 'where were the talks'])(
    '"%s" → Geneva',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.passages[0]?.text).toMatch(/^Ministers from both countries/);
      expect(answer.answer?.text).toBe('Geneva');
    },
  );

  it('keeps the passage itself for a question it answers', () => {
    expect(engine.ask('how long did the talks last?').passages[0]?.text).toMatch(/^The accord sets out/);
  });

  it('brings nothing back for a sentence that repeats no word of the one before', () => {
    const answer = engine.ask('where did trade fall?');
    expect(answer.passages[0]?.text).toMatch(/^Trade between/);
  });
});
