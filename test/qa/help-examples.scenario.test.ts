/**
 * Scenario: a newcomer's own folder (two stories written for these tests, test/fixtures/detour). The
 * console's welcome, `/help` and a greeting offer example questions from these stories, never the seed's
 * "who signed?", and only ones the bot answers with what they ask: typed as offered, each gets the
 * sentence it was drawn from. "What happened in 1994?", answered "with a herd of twelve cows", is not
 * offered (`helpExamples` in `src/qa/suggest.ts`).
 */
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runChat } from '../../src/console/chat.js';
import { KnowledgeBase } from '../../src/qa/knowledge-base.js';
import { chat } from '../support/chat.js';

const kb = await KnowledgeBase.load(new URL('../fixtures/detour', import.meta.url).pathname);
afterAll(() => kb.stopBackground());

/** The questions of a "For example: "…" or "…"" line. */
const offered = (text: string): string[] =>
  [...(/For example: (.*)/.exec(text)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');

describe("examples offered are the folder's own, and answered as asked", () => {
  it('the welcome has examples from these stories, not "who signed?"', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runChat(kb, { input, output, color: false });
    input.end('/quit\n');
    await done;
    expect(text).not.toContain('who signed');
    expect(offered(text).length).toBe(2);
  });

  it('/help and "hi" offer no question whose answer is a fragment, and each offered gets its sentence', () => {
    const ask = chat(kb.engine);
    const examples = [...offered(ask('/help')), ...offered(ask('hi'))];
    expect(examples.length).toBe(3);
    expect(examples).not.toContain('What happened in 1994?');
    for (const question of examples) {
      const answer = ask(question);
      expect(answer, question).not.toMatch(/^I couldn't find/);
    }
    // Drawn from 'Judge Peter Walsh called the blue cheese "the finest …"': the quotation is no part of it.
    expect(examples).toContain('Who called the blue cheese?');
    expect(ask('Who called the blue cheese?')).toMatch(/^Peter Walsh\n/);
  });
});
