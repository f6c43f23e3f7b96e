/**
 * Scenarios (review of session 51): `/summary` reads whom a "he" stands for from the people the story
 * names. A baker is named once, after the lead, and is "he" after it (test/fixtures/summary-reported/
 * baker-award.txt): "Speaking at Cardiff City Hall, he said…" was let through alone, its capitalised
 * place taken for a name, and "The Welsh Food Guild gave him…" so too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { reply } from '../../src/console/chat.js';
import { Engine } from '../../src/qa/engine.js';

const FILE = 'baker-award.txt';
const engine = new Engine([
  parseArticle(FILE, readFileSync(new URL(`../fixtures/summary-reported/${FILE}`, import.meta.url), 'utf8')),
]);
const NAMING = 'Owen Pryce, 44, has run the village bakery since 2009.';
const SPEAKS_OF_HIM = /^(?:He |Speaking at Cardiff City Hall, he |The Welsh Food Guild gave him )/u;

describe('/summary on a story naming its "he" once', () => {
  it('`/summary 4` in the console gives no point about "him" without the sentence naming him', () => {
    const out = reply(engine, '/summary 4', false) ?? '';
    const points = out.split('\n- ').slice(1);
    expect(points).toHaveLength(4);
    if (points.some((p) => SPEAKS_OF_HIM.test(p))) expect(out).toContain(NAMING);
  });

  it('shows a point about "him" only with the sentence naming him, at every count', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const points = engine.summary(undefined, n)?.sentences ?? [];
      expect(points.length, `${n}`).toBe(n);
      if (points.some((p) => SPEAKS_OF_HIM.test(p)))
        expect(
          points.some((p) => p.startsWith(NAMING)),
          `${n}`,
        ).toBe(true);
    }
  });
});
