/**
 * "not … any" denies the noun only across a verb or preposition whose object it is: not across a verb
 * of saying or knowing ("would not confirm any arrests" says nothing of arrests), nor across "without"
 * ("not without any hope" says there is some). On a short story written for this test
 * (`test/fixtures/negated-any-guards/`).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrFail } from '../../src/knowledge/load.js';
import { Engine } from '../../src/qa/engine.js';

const dir = new URL('../fixtures/negated-any-guards', import.meta.url).pathname;
const { articles } = await loadKnowledgeOrFail(dir);
const engine = new Engine(articles);

describe('"not … any" across a verb of telling or "without" gives no No', () => {
  it.each<[string, string]>([
    ['were there arrests over the fire?', 'would not confirm any arrests'],
    ['is there hope the firefighter will return to work?', 'not without any hope'],
  ])('"%s"', (question, passage) => {
    const answer = engine.ask(question);
    expect(answer.passages[0]?.text, question).toContain(passage);
    expect(answer.polarity).not.toBe('no');
  });
});
