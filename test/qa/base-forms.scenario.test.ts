/**
 * A plural is read as its singular before anything shorter: "cures" is "cure", not the noun "cur" (a
 * mongrel) that dropping "-es" leaves. On a story written for this test (test/fixtures/base-forms),
 * main put the "scruffy mongrel" sentence first for "what cures does the clinic offer?".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/base-forms', import.meta.url).pathname);

describe('a plural is read as its own singular', () => {
  it('"what cures does the clinic offer?" → the remedy sentence, not the mongrel one', () => {
    const answer = engine.ask('what cures does the clinic offer?');
    expect(answer.passages[0]?.text).toMatch(/^Dr Amara Osei said the clinic's remedy of honey and lemon/u);
  });
});
