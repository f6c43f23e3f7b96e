/**
 * Scenarios: `/summary` (every front asks `engine.summary`) never shows a quotation said by "she" or
 * "he" without the sentence naming who that is. A newcomer's `/summary 5` showed '"We measured it
 * twice to be sure," she said.' with the sentence naming her left out. Two short stories of our own
 * (test/fixtures/summary-quoted): in one the speaker is named right before the quotation, in the other
 * two sentences before it, with a "He said…" between.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

function story(file: string): Engine {
  const text = readFileSync(new URL(`../fixtures/summary-quoted/${file}`, import.meta.url), 'utf8');
  return new Engine([parseArticle(file, text)]);
}

/** The summary's sentences at every count a reader may ask for that the story can fill. */
function summaries(engine: Engine): string[][] {
  return [1, 2, 3, 4, 5, 6].map((n) => engine.summary(undefined, n)?.sentences ?? []);
}

describe('/summary on a story quoting someone as "she" or "he"', () => {
  it('shows "…," she said. only with the sentence naming her, at every count', () => {
    const all = summaries(story('bridge.txt'));
    for (const points of all) {
      const quote = points.findIndex((s) => s.endsWith('she said.'));
      if (quote >= 0) expect(points[quote - 1]).toMatch(/^The project was led by Dr Hana Iqbal/);
    }
    // Still five points where five were asked for: the quotation is left out, not the count.
    expect(all[4]).toHaveLength(5);
  });

  it('shows "…," he added. only with the coxswain named, past the "He said…" between', () => {
    for (const points of summaries(story('lifeboat.txt'))) {
      if (points.some((s) => s.endsWith('he added.')))
        expect(points).toContain('Coxswain Rhys Bevan has served on the lifeboat for twenty years.');
    }
  });
});
