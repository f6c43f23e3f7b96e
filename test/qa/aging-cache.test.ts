/**
 * A bounded memo kept by generations (`aging-cache.ts`), as WordNet's `isKindOf` keeps its answers: what
 * is used often stays, memory stays bounded, and every answer is the one computing it gives.
 */
import { describe, expect, it, vi } from 'vitest';
import { AgingCache } from '../../src/qa/aging-cache.js';

describe('a memo kept by generations', () => {
  it('keeps an entry used once every half of its size, however many others come and go', () => {
    const cache = new AgingCache<string, number>(100);
    cache.set('person', 1);
    for (let i = 0; i < 10_000; i++) {
      cache.set(`word${i}`, i);
      if (i % 90 === 0) expect(cache.get('person')).toBe(1);
    }
    expect(cache.has('person')).toBe(true);
  });

  it('forgets an entry not used for two generations, and never holds more than twice half', () => {
    const cache = new AgingCache<string, number>(100);
    cache.set('once', 1);
    for (let i = 0; i < 1_000; i++) {
      cache.set(`word${i}`, i);
      expect(cache.size).toBeLessThanOrEqual(200);
    }
    expect(cache.has('once')).toBe(false);
    expect(cache.get('once')).toBeUndefined();
  });

  it('gives back what was set, from either generation', () => {
    const cache = new AgingCache<string, boolean>(2);
    cache.set('a', true);
    cache.set('b', false);
    cache.set('c', true); // 'a' and 'b' are the old generation now
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([
      true,
      false,
      true,
      undefined,
    ]);
  });
});

describe('isKindOf, kept by generations', () => {
  // Nouns and categories of the kinds "what <kind>" questions ask, crossed: more pairs than the memo holds.
  const words = [
    'dutch',
    'july',
    'oxide',
    'airline',
    'striker',
    'senator',
    'violin',
    'tuesday',
    'river',
    'bank',
  ];
  const categories = [
    'language',
    'month',
    'compound',
    'company',
    'player',
    'person',
    'instrument',
    'day',
    'body',
  ];

  it('answers as a fresh process does, after more new pairs than its limit and in another order', async () => {
    vi.resetModules();
    const fresh = await import('../../src/qa/wordnet.js');
    const expected = new Map<string, boolean>();
    for (const w of words) for (const c of categories) expected.set(`${w} ${c}`, fresh.isKindOf(w, c));
    expect([...expected.values()].filter(Boolean).length).toBeGreaterThanOrEqual(5);
    vi.resetModules();
    const { isKindOf } = await import('../../src/qa/wordnet.js');
    for (let round = 0; round < 3; round++) {
      // Pairs no question asks, past the memo's limit, between the rounds.
      for (let i = 0; i < 6_000; i++) isKindOf(`nonword${round}x${i}`, 'person');
      for (const c of [...categories].reverse())
        for (const w of words) expect(isKindOf(w.toUpperCase(), c)).toBe(expected.get(`${w} ${c}`));
    }
  });
});
