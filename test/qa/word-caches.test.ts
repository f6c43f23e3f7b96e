/**
 * The caches a folder's words fill (`word-caches.ts`): what people type is bounded and forgotten when the
 * bound is reached; the folder's words, looked up ahead, are kept whatever is typed after.
 */
import { describe, expect, it } from 'vitest';
import { TYPED_WORDS, WordCache } from '../../src/qa/word-caches.js';

/** A cache whose look-ups are counted, word by word. */
function counted(): { cache: WordCache<number>; looks: Map<string, number>; look: (w: string) => number } {
  const looks = new Map<string, number>();
  const look = (w: string) => {
    looks.set(w, (looks.get(w) ?? 0) + 1);
    return w.length;
  };
  return { cache: new WordCache<number>(), looks, look };
}

describe('a word cache', () => {
  it('looks a word up once, and again only after more words than it holds were typed', () => {
    const { cache, looks, look } = counted();
    expect(cache.get('signed', look)).toBe(6);
    expect(cache.get('signed', look)).toBe(6);
    expect(looks.get('signed')).toBe(1);
    for (let i = 0; i < TYPED_WORDS; i++) cache.get(`w${i}`, look);
    cache.get('signed', look);
    expect(looks.get('signed')).toBe(2);
  });

  it('says whether a word is held, typed or kept, and not once it is forgotten', () => {
    const { cache, look } = counted();
    cache.get('signed', look);
    cache.get('fomin', look, true);
    expect([cache.has('signed'), cache.has('fomin'), cache.has('obaidi')]).toEqual([true, true, false]);
    for (let i = 0; i < TYPED_WORDS; i++) cache.get(`w${i}`, look);
    expect([cache.has('signed'), cache.has('fomin')]).toEqual([false, true]);
  });

  it("keeps the folder's words, looked up ahead, however many words are typed after", () => {
    const { cache, looks, look } = counted();
    cache.get('obaidi', look);
    cache.get('obaidi', look, true); // already looked up when typed: kept without a second look
    cache.get('fomin', look, true);
    for (let i = 0; i <= 2 * TYPED_WORDS; i++) cache.get(`w${i}`, look);
    expect(cache.get('obaidi', look)).toBe(6);
    expect(cache.get('fomin', look)).toBe(5);
    expect([looks.get('obaidi'), looks.get('fomin')]).toEqual([1, 1]);
    expect(cache.keeps('obaidi') && cache.keeps('fomin')).toBe(true);
    expect(cache.keeps('w0')).toBe(false);
  });

  it('forgets, in time, a kept word the reloaded folder no longer has', () => {
    const { cache, looks, look } = counted();
    cache.get('obaidi', look, true);
    cache.get('fomin', look, true);
    cache.keepOnly(new Set(['fomin']));
    expect(cache.keeps('fomin')).toBe(true);
    expect(cache.keeps('obaidi')).toBe(false);
    // Still at hand, as a word just typed is ...
    expect(cache.get('obaidi', look)).toBe(6);
    expect(looks.get('obaidi')).toBe(1);
    // ... until more words than the cache holds besides were typed.
    for (let i = 0; i < TYPED_WORDS; i++) cache.get(`w${i}`, look);
    cache.get('obaidi', look);
    cache.get('fomin', look);
    expect([looks.get('obaidi'), looks.get('fomin')]).toEqual([2, 1]);
  });
});
