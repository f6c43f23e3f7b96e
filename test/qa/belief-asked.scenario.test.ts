/**
 * "How do they think he got to the golf course?": a how-question put inside a verb of thinking asks what
 * the family think, which the story says with "believe" (a verb sharing think's commonest sense) and a
 * clause: that passage comes first, not the lead that tells where he was found and shares more words
 * (`belief-asked.ts`). On a story written for these tests (test/fixtures/tortoise-found).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { beliefAsked } from '../../src/qa/belief-asked.js';

const { engine } = await loadEngine(new URL('../fixtures/tortoise-found', import.meta.url).pathname);

describe('what someone thinks, asked with how', () => {
  it.each([
    'how do they think he got to the golf course',
    'how do his owners think he got out of the garden',
    'how does ffion parry think the tortoise got away',
  ])('"%s" is shown the sentence saying what the family believe first', (q) => {
    expect(engine.ask(q).passages[0]?.text).toMatch(/^The family believe Sheldon squeezed/);
  });

  it('reads the verb of thinking only when a clause follows it, and not a verb of saying', () => {
    expect(beliefAsked('how do they think he got there')).toContain('believe');
    expect(beliefAsked('how do they think so')).toBeUndefined();
    // Why someone thinks a thing asks the cause of the thinking, not what they think.
    expect(beliefAsked("why did she think he'd left")).toBeUndefined();
    expect(beliefAsked('how did the vets know about it')).toBeUndefined();
    expect(beliefAsked('why did she say he left')).toBeUndefined();
  });
});
