/** What a person types for an article in the console (`/article tram`) and which articles it means. */
import { describe, expect, it } from 'vitest';
import { articlesMeant } from '../../src/qa/focus.js';

const refs = [
  { id: 'local/tram.html', title: 'Tram line 4 to reopen after storm repairs' },
  { id: 'local/bridge.txt', title: 'Council approves new harbour bridge' },
  { id: 'harbour-fees.md', title: 'Harbour fees rise for ferries' },
];
const ids = (typed: string) => articlesMeant(refs, typed).map((r) => r.id);

describe('the article meant by what was typed', () => {
  it('is the one with that id, or that file name with or without its extension', () => {
    expect(ids('local/tram.html')).toEqual(['local/tram.html']);
    expect(ids('tram.html')).toEqual(['local/tram.html']);
    expect(ids('TRAM')).toEqual(['local/tram.html']);
  });

  it('else every article whose id or title holds the text; several are for the person to choose', () => {
    expect(ids('storm')).toEqual(['local/tram.html']);
    expect(ids('harbour')).toEqual(['local/bridge.txt', 'harbour-fees.md']);
  });

  it('is none for text too short to tell, or found nowhere, and never reads it as a pattern', () => {
    expect(ids('a')).toEqual([]);
    expect(ids('volcano')).toEqual([]);
    expect(ids('.*')).toEqual([]);
    expect(ids('(tram')).toEqual([]);
  });
});
