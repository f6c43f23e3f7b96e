/**
 * Scenarios: `/summary` never shows a point saying what "she" said, or what "she" did, without the
 * sentence naming her. A newcomer's `/summary 2` in the console chat gave "She added that it was the
 * second fire at the site in three years…" with the council leader named only in the sentence before,
 * which the summary left out. A short story of our own (test/fixtures/summary-reported) walks the same
 * reply: the console's `/summary 2`, then the engine's summary at every count a reader may ask for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { reply } from '../../src/console/chat.js';
import { Engine } from '../../src/qa/engine.js';

const FILE = 'mill-fire.txt';
const engine = new Engine([
  parseArticle(FILE, readFileSync(new URL(`../fixtures/summary-reported/${FILE}`, import.meta.url), 'utf8')),
]);
const NAMING = 'Council leader Joan Whitfield visited the site on Tuesday morning.';

describe('/summary on a story reporting what "she" said', () => {
  it('`/summary 2` in the console gives two points, neither leaning on "she" unnamed', () => {
    const out = reply(engine, '/summary 2', false) ?? '';
    const points = out.split('\n- ').slice(1);
    expect(points).toHaveLength(2);
    expect(out).not.toMatch(/\bShe added\b/);
    expect(out).toContain('A fire destroyed the old wool mill at Ashby Bridge overnight');
  });

  it('shows "She added that…" only right after the sentence naming her, at every count', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const points = engine.summary(undefined, n)?.sentences ?? [];
      expect(points.length, `${n}`).toBe(n);
      const added = points.findIndex((s) => s.startsWith('She added that'));
      if (added >= 0) expect(points[added - 1], `${n}`).toBe(NAMING);
    }
  });
});
