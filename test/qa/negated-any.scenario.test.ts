/**
 * "any" under a negation denies the noun it opens, across the one verb whose object it is: "will not
 * face any charges" answers "was the driver charged?" with a No, as "No charges were brought" would.
 * A verb of doubt between ("did not deny any charges") denies nothing. On a short story written for
 * this test (`test/fixtures/negated-any/`).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrFail } from '../../src/knowledge/load.js';
import { Engine } from '../../src/qa/engine.js';

const { articles } = await loadKnowledgeOrFail(new URL('../fixtures/negated-any', import.meta.url).pathname);
const engine = new Engine(articles);

describe('"not … any" denies the asked event', () => {
  it.each<[string, string]>([
    ['will the driver be charged?', 'will not face any charges'],
    ['was the driver charged?', 'will not face any charges'],
    ['has the council decided on new signs?', 'has not made any decision'],
  ])('"%s": No', (question, passage) => {
    const answer = engine.ask(question);
    expect(answer.answered, `${question} → ${answer.passages[0]?.text ?? ''}`).toBe(true);
    expect(answer.passages[0]?.text).toContain(passage);
    expect(answer.polarity).toBe('no');
  });
});

describe('a verb of doubt between denies nothing', () => {
  it('"did not deny any blame" gives no No to "was dev marr blamed?", where "not face any charges" does', () => {
    expect(engine.ask('was the driver charged?').polarity).toBe('no');
    const blamed = engine.ask('was dev marr blamed?');
    expect(blamed.passages[0]?.text).toContain('did not deny any blame');
    expect(blamed.polarity).toBeUndefined();
  });
});
