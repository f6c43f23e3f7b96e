/**
 * "When did he die?" of an obituary that also says of the man's wife "She died in 2009.": the question
 * is about him, and the sentence about her is not its answer, however short and however many of its
 * words it shares. On a story written for this test (test/fixtures/ferry-captain).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/ferry-captain', import.meta.url).pathname);

describe('a question about him is not answered by a sentence about her', () => {
  it('"when did he die?" → Tuesday, not 2009', () => {
    const answer = engine.ask('when did he die?');
    expect(answer.passages[0]?.text).toBe('He died in hospital in Oban on Tuesday, his family said.');
    expect(answer.answer?.text).toBe('Tuesday');
  });

  it('"when did she die?" → 2009', () => {
    const answer = engine.ask('when did she die?');
    expect(answer.passages[0]?.text).toBe('She died in 2009.');
    expect(answer.answer?.text).toBe('2009');
  });

  it('the sentence about her is still offered, further down', () => {
    const texts = engine.ask('when did he die?', { limit: 5 }).passages.map((p) => p.text);
    expect(texts).toContain('She died in 2009.');
  });
});
